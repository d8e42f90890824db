//! The results panel: the co-sell status in plain words with a badge (icon and text, never
//! colour alone), then every check grouped by outcome with its message, next step and source.
//! It renders the engine's report and decides nothing.

use crate::ui_text::{t, Ui};
use eligibility_rules::{i18n, Check, CoSellReport, CoSellRuleset, CoSellStatus, Locale, Outcome};
use std::rc::Rc;
use yew::prelude::*;

/// Arguments of [`results`].
pub struct ResultsProps {
    /// The co-sell part of the report.
    pub report: Rc<CoSellReport>,
    /// The rule set it was evaluated with (for the status name).
    pub ruleset: CoSellRuleset,
    /// Page language (the report's locale).
    pub locale: Locale,
    /// The offer's name as typed, shown as text.
    pub offer_name: Option<String>,
}

/// Outcome groups in display order, with their icon (the heading is the outcome's name).
const GROUPS: [(Outcome, &str); 5] = [
    (Outcome::NotMet, "✗"),
    (Outcome::Unknown, "?"),
    (Outcome::Met, "✓"),
    (Outcome::Info, "i"),
    (Outcome::NotApplicable, "–"),
];

fn status_icon(status: CoSellStatus) -> &'static str {
    match status {
        CoSellStatus::NotCoSellReady => "✗",
        CoSellStatus::CoSellReady => "✓",
        CoSellStatus::AzureIpCoSellIncentivized | CoSellStatus::BizAppsIsvConnectPremiumIncentive => "★",
    }
}

/// The public page with the section anchor; the Dutch page for Dutch readers.
fn source_link(locale: Locale, check: &Check) -> String {
    let url = match locale {
        Locale::En => check.source.url.to_string(),
        Locale::Nl => check.source.url.replacen("https://docs.microsoft.com/", "https://docs.microsoft.com/nl-nl/", 1),
    };
    format!("{url}#{}", check.source.section)
}

fn check_item(locale: Locale, ruleset: CoSellRuleset, check: &Check) -> Html {
    let date = i18n::format_date(locale, check.source.date);
    let towards = check.counts_towards().map(|s| i18n::co_sell_status_name(locale, s, ruleset)).unwrap_or_default();
    html! {
        <li class="check" id={format!("check-{}", check.rule)} data-outcome={check.outcome.as_str()}>
            <p class="check-for"><span class="rule-id">{ check.rule.as_str() }</span>{ " " }{ towards }</p>
            <p class="check-message">{ check.message.clone() }</p>
            if let Some(next) = &check.next_step {
                <p class="next-step"><strong>{ t(locale, Ui::NextStep) }{ ": " }</strong>{ next.clone() }</p>
            }
            <p class="source">
                { t(locale, Ui::Source) }{ ": " }
                <a href={source_link(locale, check)} target="_blank" rel="noopener noreferrer">{ i18n::label(locale, check.source.document) }</a>
                { format!(", {} “{}”, {} {date}", t(locale, Ui::Section), i18n::label(locale, check.source.section), t(locale, Ui::RuleSetOf)) }
            </p>
        </li>
    }
}

/// The results panel.
pub fn results(props: ResultsProps) -> Html {
    let locale = props.locale;
    let report = &props.report;
    let count = |o: Outcome| report.checks.iter().filter(|c| c.outcome == o).count();
    let name = i18n::co_sell_status_name(locale, report.status, props.ruleset);
    let counts = format!(
        "{} {} · {} {} · {} {}",
        count(Outcome::NotMet),
        t(locale, Ui::CountNotMet),
        count(Outcome::Unknown),
        t(locale, Ui::CountUnknown),
        count(Outcome::Met),
        t(locale, Ui::CountMet),
    );
    html! {
        <section id="results" class="results card" aria-labelledby="results-title">
            <h2 id="results-title">{ t(locale, Ui::ResultsTitle) }</h2>
            if let Some(name) = &props.offer_name { <p class="offer-name" id="offer-name-shown">{ name.clone() }</p> }
            <div id="status" class={classes!("status", format!("status--{}", report.status.as_str()))}
                role="status" aria-live="polite" aria-atomic="true" data-status={report.status.as_str()}>
                <span class="status-icon" aria-hidden="true">{ status_icon(report.status) }</span>
                <span class="status-text">
                    <span class="status-label">{ t(locale, Ui::Status) }{ ": " }</span>
                    <strong id="status-name">{ name }</strong>
                </span>
            </div>
            <p class="counts" id="counts">{ counts }</p>
            { for GROUPS.iter().map(|(outcome, icon)| {
                let checks: Vec<&Check> = report.checks.iter().filter(|c| c.outcome == *outcome).collect();
                if checks.is_empty() {
                    return html! {};
                }
                let heading = html! {
                    <>
                        <span class="group-icon" aria-hidden="true">{ *icon }</span>
                        { format!("{} ({})", i18n::label(locale, *outcome), checks.len()) }
                    </>
                };
                let list = html! { <ul class="checks">{ for checks.iter().map(|c| check_item(locale, props.ruleset, c)) }</ul> };
                let class = classes!("group", format!("group--{}", outcome.as_str()));
                if *outcome == Outcome::NotApplicable || *outcome == Outcome::Met {
                    html! { <details {class}><summary><h3>{ heading }</h3></summary>{ list }</details> }
                } else {
                    html! { <section {class}><h3>{ heading }</h3>{ list }</section> }
                }
            }) }
        </section>
    }
}
