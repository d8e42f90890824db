//! The co-sell panel: the status as the rule set names it, the offer's name, the status ladder
//! (co-sell ready, then the incentive the offer type can reach) with what it takes to reach the
//! next rung, then (in `panel`) the rule set's date and every check with the status it counts
//! towards.

use super::next::{self, Rung};
use super::panel;
use crate::components::summary::Summary;
use crate::ui_text::{t, Ui};
use eligibility_rules::i18n::{self, Msg};
use eligibility_rules::{Locale, Program, Report};
use yew::prelude::*;

/// The engine's co-sell ladder with the status names of the report's rule set.
fn rungs(report: &Report, locale: Locale) -> Vec<Rung<'_>> {
    let name = |status| i18n::co_sell_status_name(locale, status, report.rulesets.co_sell);
    report
        .co_sell
        .ladder()
        .into_iter()
        .map(|r| Rung { name: name(r.status), reached: r.reached, open: r.open })
        .collect()
}

/// The co-sell panel.
pub fn co_sell(report: &Report, summary: &Summary, locale: Locale, shown: bool, offer_name: Option<&str>) -> Html {
    let checks = &report.co_sell.checks;
    let target = report
        .co_sell
        .next_status
        .as_ref()
        .map(|n| (i18n::co_sell_status_name(locale, n.status, report.rulesets.co_sell), n.steps.as_slice()));
    let body = html! {
        <>
            if let Some(name) = offer_name { <p class="offer-name" id="offer-name-shown">{ name.to_owned() }</p> }
            { next::ladder(locale, Program::CoSell, &rungs(report, locale), target, Msg::NextBestForType) }
        </>
    };
    panel(locale, summary, shown, t(locale, Ui::ResultsTitle), body, report.rulesets.co_sell, checks)
}
