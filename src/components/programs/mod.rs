//! The result panel of each program, rendered only from the engine's `Report`: its status in
//! words with an icon (a polite live region), what is particular to the program, and every check
//! grouped by outcome with its message, next step and source. Each panel carries `data-program`
//! (its key in the `Report`) and, where the program has a status, `data-status`.
//!
//! All five panels stay in the page; the part shown decides which is visible, and printing shows
//! them all.

pub mod apss;
pub mod co_sell;
pub mod lead_sharing;
pub mod next;
pub mod rewards;
pub mod storefront;

use eligibility_browser::source_link;
use eligibility_browser::summary::Summary;
use eligibility_browser::ui_text::{t, Ui};
use eligibility_rules::i18n::{self, Msg};
use eligibility_rules::{Check, CoSellRuleset, Locale, Outcome, Program, RuleId, RulesetsUsed};
use yew::prelude::*;

/// Outcome groups in display order, with their icon (the heading is the outcome's name).
const GROUPS: [(Outcome, &str); 5] = [
    (Outcome::NotMet, "✗"),
    (Outcome::Unknown, "?"),
    (Outcome::Met, "✓"),
    (Outcome::Info, "i"),
    (Outcome::NotApplicable, "–"),
];

/// One check. The source is a link the first time its page and section appear in the panel and
/// plain text after that, so a keyboard user meets each link once. The generic next step of an
/// open question is left out: its group says it once.
fn check_item(locale: Locale, ruleset: CoSellRuleset, check: &Check, linked: &mut Vec<String>) -> Html {
    let generic = i18n::text(locale, Msg::UnknownNext);
    let date = i18n::format_date(locale, check.source.date);
    let towards = check.counts_towards().map(|s| i18n::co_sell_status_name(locale, s, ruleset));
    let href = source_link(locale, check);
    let document = i18n::label(locale, check.source.document);
    let first = !linked.contains(&href);
    let document = if first {
        linked.push(href.clone());
        html! { <a href={href} target="_blank" rel="noopener noreferrer">{ document }</a> }
    } else {
        html! { document }
    };
    html! {
        <li class="check" id={format!("check-{}", check.rule)} data-outcome={check.outcome.as_str()}>
            <p class="check-for"><span class="rule-id">{ check.rule.as_str() }</span>
                if let Some(towards) = towards { { " " }{ towards } }</p>
            <p class="check-message">{ check.message.clone() }</p>
            if let Some(next) = check.next_step.as_deref().filter(|n| *n != generic) {
                <p class="next-step"><strong>{ t(locale, Ui::NextStep) }{ ": " }</strong>{ next }</p>
            }
            <p class="source">
                { t(locale, Ui::Source) }{ ": " }{ document }
                { format!(", {} “{}”, {} {date}", t(locale, Ui::Section), i18n::label(locale, check.source.section), t(locale, Ui::RuleSetOf)) }
            </p>
        </li>
    }
}

/// Every check grouped by outcome: what fails and what is open first, met and not applicable
/// folded away.
fn check_groups(locale: Locale, ruleset: CoSellRuleset, checks: &[Check]) -> Html {
    let mut linked = Vec::new();
    GROUPS
        .iter()
        .map(|(outcome, icon)| {
            let group: Vec<&Check> = checks.iter().filter(|c| c.outcome == *outcome).collect();
            if group.is_empty() {
                return Html::default();
            }
            let heading = html! {
                <>
                    <span class="group-icon" aria-hidden="true">{ *icon }</span>
                    { format!("{} ({})", i18n::label(locale, *outcome), group.len()) }
                </>
            };
            let list = html! {
                <>
                    <ul class="checks">{ for group.iter().map(|c| check_item(locale, ruleset, c, &mut linked)) }</ul>
                    // The open questions' one next step, after them (it speaks of them).
                    if *outcome == Outcome::Unknown {
                        <p class="next-step group-next"><strong>{ t(locale, Ui::NextStep) }{ ": " }</strong>{ i18n::text(locale, Msg::UnknownNext) }</p>
                    }
                </>
            };
            let class = format!("group group--{}", outcome.as_str());
            if *outcome == Outcome::NotApplicable || *outcome == Outcome::Met {
                html! { <details {class}><summary><h3>{ heading }</h3></summary>{ list }</details> }
            } else {
                html! { <section {class}><h3>{ heading }</h3>{ list }</section> }
            }
        })
        .collect()
}

/// The element id of a program's panel (`results` for co-sell, `results-rewards`, …).
pub fn panel_id(program: Program) -> String {
    match program {
        Program::CoSell => "results".to_owned(),
        other => format!("results-{other}"),
    }
}

/// The status line: icon and words, in a polite live region where `live` (the result panel's);
/// else focusable by script (its copy above the questions on phones, where a tap on a part puts
/// the focus).
pub fn status_line(locale: Locale, summary: &Summary, id: &str, live: bool) -> Html {
    html! {
        <div id={id.to_owned()} class={format!("status status--{}", summary.tone.class())}
            role={live.then_some("status")} aria-live={live.then_some("polite")} aria-atomic={live.then_some("true")}
            tabindex={(!live).then_some("-1")}
            data-status={summary.status}>
            <span class="status-icon" aria-hidden="true">{ summary.tone.icon() }</span>
            <span class="status-text">
                <span class="status-label">{ t(locale, Ui::Status) }{ ": " }</span>
                <strong id={format!("{id}-name")}>{ summary.text.clone() }</strong>
            </span>
        </div>
    }
}

/// A program's panel: heading, status, the program's own details, the dated version of the rules
/// it was checked against, then every check.
pub fn panel(
    locale: Locale,
    summary: &Summary,
    shown: bool,
    title: &str,
    body: Html,
    rulesets: &RulesetsUsed,
    checks: &[Check],
) -> Html {
    let id = panel_id(summary.program);
    let status_id = match summary.program {
        Program::CoSell => "status".to_owned(),
        other => format!("status-{other}"),
    };
    html! {
        <section id={id.clone()} class="results card" hidden={!shown} tabindex="-1"
            aria-labelledby={format!("{id}-title")} data-program={summary.program.as_str()} data-status={summary.status}>
            <h2 id={format!("{id}-title")}>{ title.to_owned() }</h2>
            { status_line(locale, summary, &status_id, true) }
            { body }
            if let Some(first) = checks.first() { { next::version_note(locale, first, rulesets) } }
            <h3 class="checks-title">{ t(locale, Ui::Checks) }</h3>
            { check_groups(locale, rulesets.co_sell, checks) }
        </section>
    }
}

/// The icon of an outcome.
fn outcome_icon(outcome: Outcome) -> &'static str {
    GROUPS.iter().find(|(o, _)| *o == outcome).map_or("", |(_, icon)| icon)
}

/// A check as one line of a checklist: icon (and the outcome in words for screen readers), the
/// message, and the next step where something fails (open questions share the generic one,
/// which the full check list below carries).
pub fn check_line(locale: Locale, check: &Check) -> Html {
    html! {
        <li class="check-line" data-rule={check.rule.as_str()} data-outcome={check.outcome.as_str()}>
            <span class="line-icon" aria-hidden="true">{ outcome_icon(check.outcome) }</span>
            <span><span class="visually-hidden">{ i18n::label(locale, check.outcome) }{ ": " }</span>{ check.message.clone() }
                if let Some(next) = check.next_step.as_ref().filter(|_| check.outcome == Outcome::NotMet) {
                    <span class="line-next"><strong>{ t(locale, Ui::NextStep) }{ ": " }</strong>{ next.clone() }</span>
                }
            </span>
        </li>
    }
}

/// The checks of `rules` (in that order) as a checklist, leaving out those that do not apply.
pub fn checklist(locale: Locale, checks: &[Check], rules: &[RuleId]) -> Html {
    let lines = rules
        .iter()
        .filter_map(|rule| checks.iter().find(|c| c.rule == *rule))
        .filter(|c| c.outcome != Outcome::NotApplicable)
        .map(|c| check_line(locale, c));
    html! { <ul class="checklist">{ for lines }</ul> }
}

/// A table under the heading `title_id`, scrolling sideways on its own when it is wider than
/// the screen (a focusable region, so keyboard users can scroll it too).
pub fn scroll_table(title_id: &'static str, id: &'static str, head: Html, body: Html) -> Html {
    html! {
        <div class="table-scroll" role="region" aria-labelledby={title_id} tabindex="0">
            <table class="comparison" {id}><thead><tr>{ head }</tr></thead><tbody>{ body }</tbody></table>
        </div>
    }
}

/// A term and its value in a panel's summary list.
pub fn fact(term: &str, value: Html) -> Html {
    html! { <><dt>{ term.to_owned() }</dt><dd>{ value }</dd></> }
}
