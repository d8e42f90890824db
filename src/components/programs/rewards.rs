//! The Marketplace Rewards panel: eligibility, the benefit track of the listing type, the benefit
//! activation checklist with its state, and the follow-up after go-live.

use super::next;
use super::{checklist, fact, panel};
use eligibility_browser::summary::Summary;
use eligibility_browser::ui_text::{t, Ui};
use eligibility_rules::i18n;
use eligibility_rules::{Check, Locale, Outcome, Program, Report, RewardsStatus, RuleId};
use yew::prelude::*;

/// The Rewards panel.
pub fn rewards(report: &Report, summary: &Summary, locale: Locale, shown: bool) -> Html {
    let rewards = &report.rewards;
    let check = |rule: RuleId| rewards.checks.iter().find(|c| c.rule == rule);
    let lines = |rules: &[RuleId]| checklist(locale, &rewards.checks, rules);
    let message = |rule: RuleId| check(rule).map(|c: &Check| c.message.clone()).unwrap_or_default();
    let track = html! {
        <>
            <strong>{ i18n::label(locale, rewards.track) }</strong>
            <p>{ message(RuleId::Mr03) }</p>
            if check(RuleId::Mr04).is_some_and(|c| c.outcome == Outcome::Info) { <p>{ message(RuleId::Mr04) }</p> }
        </>
    };
    let activation = html! {
        <>
            <strong id="rewards-activation-state">{ i18n::label(locale, rewards.activation) }</strong>
            { lines(&[RuleId::Mr05, RuleId::Mr05a, RuleId::Mr05b, RuleId::Mr05c, RuleId::Mr06]) }
        </>
    };
    let follow_up = html! {
        <>
            <strong id="rewards-follow-up">{ i18n::label(locale, rewards.go_live_follow_up) }</strong>
            { lines(&[RuleId::Mr07, RuleId::Mr08]) }
        </>
    };
    let body = html! {
        <>
            { next::one_rung(locale, report, Program::Rewards, i18n::label(locale, RewardsStatus::Eligible)) }
            <dl class="facts">
                { fact(t(locale, Ui::Track), track) }
                { fact(t(locale, Ui::Activation), activation) }
                { fact(t(locale, Ui::FollowUp), follow_up) }
            </dl>
        </>
    };
    let title = i18n::label(locale, summary.program);
    panel(locale, summary, shown, title, body, &report.rulesets, &rewards.checks)
}
