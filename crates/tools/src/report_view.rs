//! A report in the tools' panel: each program's status in words with its icon (the page's own
//! summaries), and every check with its outcome, message, next step and source, folded per
//! program. It carries no element ids, so it never collides with the page's result panels.

use crate::text::{t, T};
use eligibility_browser::source_link;
use eligibility_browser::summary::summaries;
use eligibility_rules::{i18n, Check, Locale, Report};
use yew::prelude::*;

fn check_item(locale: Locale, check: &Check) -> Html {
    html! {
        <li class="check" data-rule={check.rule.as_str()} data-outcome={check.outcome.as_str()}>
            <p class="check-for"><span class="rule-id">{ check.rule.as_str() }</span>{ " · " }{ i18n::label(locale, check.outcome) }</p>
            <p class="check-message">{ check.message.clone() }</p>
            if let Some(next) = &check.next_step {
                <p class="next-step"><strong>{ t(locale, T::NextStep) }{ ": " }</strong>{ next.clone() }</p>
            }
            <p class="source">{ t(locale, T::Source) }{ ": " }
                <a href={source_link(locale, check)} target="_blank" rel="noopener noreferrer">{ i18n::label(locale, check.source.document) }</a>
                { format!(" ({})", i18n::format_date(locale, check.source.date)) }</p>
        </li>
    }
}

/// The whole report: one status line per program, then each program's checks in a fold.
pub fn report_view(locale: Locale, report: &Report) -> Html {
    let lines = summaries(report, locale);
    html! {
        <div class="tool-report">
            <ul class="overview-lines">
                { for lines.iter().map(|s| html! {
                    <li class={format!("overview-line tone--{}", s.tone.class())} data-program={s.program.as_str()} data-status={s.status}>
                        <span class="line-icon" aria-hidden="true">{ s.tone.icon() }</span>
                        <strong>{ i18n::label(locale, s.program) }</strong>
                        <span class="overview-status">{ s.text.clone() }</span>
                    </li>
                }) }
            </ul>
            { for lines.iter().map(|s| html! {
                <details class="tool-checks">
                    <summary>{ t(locale, T::ChecksOf) }{ ": " }{ i18n::label(locale, s.program) }</summary>
                    <ul class="checks">{ for report.checks(s.program).iter().map(|c| check_item(locale, c)) }</ul>
                </details>
            }) }
        </div>
    }
}
