//! The co-sell panel: the status as the rule set names it, the offer's name, the status ladder
//! (co-sell ready, then the incentive the offer type can reach) with what it takes to reach the
//! next rung, the rule set's date with the comparison with the other rule set, then every check
//! with the status it counts towards.

use super::next::{self, Rung};
use super::{check_groups, panel};
use crate::components::summary::Summary;
use crate::ui_text::{t, Ui};
use eligibility_rules::i18n::{self, Msg};
use eligibility_rules::{CoSellStatus, Locale, Outcome, Program, Report, RuleId};
use yew::prelude::*;

/// The rungs above co-sell ready: the incentive whose offer-type check (IP-00 or BA-00) is met.
fn rungs(report: &Report, locale: Locale) -> Vec<Rung<'_>> {
    let co_sell = &report.co_sell;
    let name = |status| i18n::co_sell_status_name(locale, status, report.rulesets.co_sell);
    let met = |rule| co_sell.checks.iter().any(|c| c.rule == rule && c.outcome == Outcome::Met);
    let ready_rules = [
        RuleId::Cs00,
        RuleId::Cs01,
        RuleId::Cs02,
        RuleId::Cs03,
        RuleId::Cs04,
        RuleId::Cs04a,
        RuleId::Cs04b,
        RuleId::Cs05,
        RuleId::Cs06,
        RuleId::Cs07,
        RuleId::Cs08,
    ];
    let mut rungs = vec![Rung {
        name: name(CoSellStatus::CoSellReady),
        reached: co_sell.status != CoSellStatus::NotCoSellReady,
        open: next::open_checks(&co_sell.checks, &ready_rules),
    }];
    let incentive = if met(RuleId::Ip00) {
        Some((CoSellStatus::AzureIpCoSellIncentivized, &[RuleId::Ip01, RuleId::Ip02, RuleId::Ip03][..]))
    } else if met(RuleId::Ba00) {
        Some((CoSellStatus::BizAppsIsvConnectPremiumIncentive, &[RuleId::Ba02][..]))
    } else {
        None
    };
    if let Some((status, rules)) = incentive {
        rungs.push(Rung {
            name: name(status),
            reached: co_sell.status == status,
            open: next::open_checks(&co_sell.checks, rules),
        });
    }
    rungs
}

/// The co-sell panel.
pub fn co_sell(
    report: &Report,
    summary: &Summary,
    locale: Locale,
    shown: bool,
    offer_name: Option<&str>,
) -> Html {
    let checks = &report.co_sell.checks;
    let target = report.co_sell.next_status.as_ref().map(|n| {
        (i18n::co_sell_status_name(locale, n.status, report.rulesets.co_sell), n.steps.as_slice())
    });
    let body = html! {
        <>
            if let Some(name) = offer_name { <p class="offer-name" id="offer-name-shown">{ name.to_owned() }</p> }
            { next::ladder(locale, Program::CoSell, &rungs(report, locale), target, Msg::NextBestForType) }
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
