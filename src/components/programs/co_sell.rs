//! The co-sell panel: the status as the rule set names it, the offer's name, how many checks are
//! not met, to confirm and met, then every check with the status it counts towards.

use super::{check_groups, panel};
use crate::components::summary::Summary;
use crate::ui_text::{t, Ui};
use eligibility_rules::{Locale, Outcome, Report};
use yew::prelude::*;

/// The co-sell panel.
pub fn co_sell(report: &Report, summary: &Summary, locale: Locale, shown: bool, offer_name: Option<&str>) -> Html {
    let checks = &report.co_sell.checks;
    let count = |o: Outcome| checks.iter().filter(|c| c.outcome == o).count();
    let counts = format!(
        "{} {} · {} {} · {} {}",
        count(Outcome::NotMet),
        t(locale, Ui::CountNotMet),
        count(Outcome::Unknown),
        t(locale, Ui::CountUnknown),
        count(Outcome::Met),
        t(locale, Ui::CountMet),
    );
    let body = html! {
        <>
            if let Some(name) = offer_name { <p class="offer-name" id="offer-name-shown">{ name.to_owned() }</p> }
            <p class="counts" id="counts">{ counts }</p>
        </>
    };
    panel(
        locale,
        summary,
        shown,
        t(locale, Ui::ResultsTitle),
        body,
        check_groups(locale, report.rulesets.co_sell, checks),
    )
}
