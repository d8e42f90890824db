//! The Azure Partner Shared Services panel: whether the partner can get the offer, each planned
//! use allowed or not with the rule that says why, the marketplace item with the ways forward, and
//! a short guide (tenant, consumption, prices, cancelling) in the engine's words.

use super::next;
use super::{checklist, fact, panel, scroll_table};
use eligibility_browser::summary::Summary;
use eligibility_browser::ui_text::{t, Ui};
use eligibility_rules::i18n::{self, Msg};
use eligibility_rules::{ApssStatus, Locale, Program, Report, RuleId};
use yew::prelude::*;

/// The APSS panel.
pub fn apss(report: &Report, summary: &Summary, locale: Locale, shown: bool) -> Html {
    let apss = &report.apss;
    let check = |rule: RuleId| apss.checks.iter().find(|c| c.rule == rule);
    let lines = |rules: &[RuleId]| checklist(locale, &apss.checks, rules);
    let uses = if apss.uses.is_empty() {
        html! { <p class="empty">{ t(locale, Ui::NoUses) }</p> }
    } else {
        scroll_table(
            "apss-uses-title",
            "apss-uses-verdicts",
            html! { <>
                <th scope="col">{ t(locale, Ui::Use) }</th>
                <th scope="col">{ t(locale, Ui::Allowed) }</th>
                <th scope="col">{ t(locale, Ui::Why) }</th>
            </> },
            apss.uses
                .iter()
                .map(|verdict| {
                    let (icon, word) = if verdict.allowed { ("✓", Ui::Allowed) } else { ("✗", Ui::NotAllowed) };
                    html! {
                        <tr data-use={verdict.use_.as_str()} data-allowed={verdict.allowed.to_string()}>
                            <th scope="row">{ i18n::label(locale, verdict.use_) }</th>
                            <td class={if verdict.allowed { "verdict verdict--yes" } else { "verdict verdict--no" }}>
                                <span aria-hidden="true">{ icon }{ " " }</span>{ t(locale, word) }
                            </td>
                            <td>{ apss.reason(verdict).map(|c| c.message.clone()).unwrap_or_default() }</td>
                        </tr>
                    }
                })
                .collect(),
        )
    };
    let guide = [
        (Ui::GuideTenant, i18n::text(locale, Msg::Ap03Next).to_owned()),
        (Ui::GuideConsumption, check(RuleId::Ap10).map(|c| c.message.clone()).unwrap_or_default()),
        (Ui::GuidePrices, check(RuleId::Ap11).map(|c| c.message.clone()).unwrap_or_default()),
        (Ui::GuideCancel, check(RuleId::Ap12).map(|c| c.message.clone()).unwrap_or_default()),
    ];
    let body = html! {
        <>
            { next::one_rung(locale, report, Program::Apss, i18n::label(locale, ApssStatus::Available)) }
            <dl class="facts">
                { fact(t(locale, Ui::Tenant), lines(&[RuleId::Ap03, RuleId::Ap04])) }
            </dl>
            <h3 id="apss-uses-title">{ t(locale, Ui::Uses) }</h3>
            { uses }
            <dl class="facts">
                { fact(t(locale, Ui::MarketplaceVerdict), html! { <>
                    <strong id="apss-marketplace-verdict">{ i18n::label(locale, apss.marketplace) }</strong>
                    { lines(&[RuleId::Ap08, RuleId::Ap09]) }
                </> }) }
            </dl>
            <section class="guide" aria-labelledby="apss-guide-title">
                <h3 id="apss-guide-title">{ t(locale, Ui::Guide) }</h3>
                <dl>
                    { for guide.into_iter().map(|(title, text)| fact(t(locale, title), html! { text })) }
                </dl>
            </section>
        </>
    };
    let title = i18n::label(locale, summary.program);
    panel(locale, summary, shown, title, body, &report.rulesets, &apss.checks)
}
