//! The co-sell panel: the status as the rule set names it, the offer's name, the status ladder
//! (co-sell ready, then the incentive the offer type can reach) with what it takes to reach the
//! next rung, then (in `panel`) the rule set's date and every check with the status it counts
//! towards.

use super::next;
use super::panel;
use eligibility_browser::summary::Summary;
use eligibility_browser::ui_text::{t, Ui};
use eligibility_rules::{Locale, Report};
use yew::prelude::*;

/// The co-sell panel.
pub fn co_sell(report: &Report, summary: &Summary, locale: Locale, shown: bool, offer_name: Option<&str>) -> Html {
    let checks = &report.co_sell.checks;
    let body = html! {
        <>
            if let Some(name) = offer_name { <p class="offer-name" id="offer-name-shown">{ name.to_owned() }</p> }
            { next::co_sell(locale, report) }
        </>
    };
    panel(locale, summary, shown, t(locale, Ui::ResultsTitle), body, &report.rulesets, checks)
}
