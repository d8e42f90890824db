//! "Compare with the other version": the page's answers under the other co-sell and storefront
//! rule set (`eligibility_exchange::compare`, the same as `eligibility compare`), per program:
//! whether the result would differ, and a table of the checks that change (rule, now, other).

use crate::request::ToolProps;
use crate::text::{t, T};
use eligibility_browser::options::browser_options;
use eligibility_browser::protocol::ToolRequest;
use eligibility_exchange::compare::{compare, ProgramComparison};
use eligibility_rules::i18n::{self, Msg};
use eligibility_rules::{CoSellRuleset, Locale, StorefrontRuleset};
use yew::prelude::*;

/// A rule set by its name in the catalogue ("Requirements of 24 February 2021 (default)").
fn ruleset_name(locale: Locale, ruleset: &str) -> &'static str {
    match (CoSellRuleset::from_str_opt(ruleset), StorefrontRuleset::from_str_opt(ruleset)) {
        (Some(r), _) => i18n::label(locale, r),
        (_, Some(r)) => i18n::label(locale, r),
        _ => "",
    }
}

fn program(locale: Locale, c: &ProgramComparison) -> Html {
    let name = i18n::label(locale, c.program);
    let (now, other) = (c.verdict.words(locale, c.ruleset), c.other_verdict.words(locale, c.other_ruleset));
    let verdict = if c.differs {
        i18n::fill(t(locale, T::CompareDiffers), &[("program", name), ("now", &now), ("other", &other)])
    } else {
        i18n::fill(t(locale, T::CompareSame), &[("program", name), ("verdict", &now)])
    };
    let id = format!("compare-{}", c.program);
    let cell = |outcome, message: &str| {
        html! {
            <td><strong>{ i18n::label(locale, outcome) }</strong><br />{ message.to_owned() }</td>
        }
    };
    html! {
        <section class="compare" {id} data-program={c.program.as_str()} data-differs={c.differs.to_string()}>
            <h3>{ name }</h3>
            <p class="compare-verdict"><span aria-hidden="true">{ if c.differs { "≠ " } else { "= " } }</span>{ verdict }</p>
            if c.changed.is_empty() {
                <p>{ i18n::text(locale, Msg::CompareNoChange) }</p>
            } else {
                <div class="table-scroll" role="region" aria-label={name} tabindex="0">
                    <table class="changes">
                        <thead><tr>
                            <th scope="col">{ t(locale, T::Rule) }</th>
                            <th scope="col">{ i18n::fill(t(locale, T::CompareNow), &[("ruleset", ruleset_name(locale, c.ruleset))]) }</th>
                            <th scope="col">{ i18n::fill(t(locale, T::CompareOther), &[("ruleset", ruleset_name(locale, c.other_ruleset))]) }</th>
                        </tr></thead>
                        <tbody>{ for c.changed.iter().map(|check| html! {
                            <tr data-rule={check.rule.as_str()}>
                                <th scope="row">{ check.rule.as_str() }</th>
                                { cell(check.outcome, &check.message) }
                                { cell(check.other_outcome, &check.other_message) }
                            </tr>
                        }) }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}

/// The comparison of the page's answers, evaluated on the page's date.
#[component]
pub fn Compare(props: &ToolProps) -> Html {
    let request: &ToolRequest = &props.request;
    let locale = request.locale;
    let comparisons = compare(&request.answers, &browser_options(locale, Some(request.today)));
    html! {
        <>
            <p>{ t(locale, T::CompareHelp) }</p>
            { for comparisons.iter().map(|c| program(locale, c)) }
        </>
    }
}
