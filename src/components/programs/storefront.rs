//! The storefront advisor: which storefront or storefronts fit the answered needs, point by point,
//! and the two storefronts side by side (the billing row follows the storefront rule set).

use super::{panel, scroll_table};
use eligibility_browser::summary::Summary;
use eligibility_browser::ui_text::{t, Ui};
use eligibility_rules::{i18n, Locale, Report, Storefront};
use yew::prelude::*;

/// The storefront panel.
pub fn storefront(report: &Report, summary: &Summary, locale: Locale, shown: bool) -> Html {
    let advice = &report.storefront;
    // With nothing recommended yet, the status line already says so.
    let recommended = (!advice.storefronts.is_empty()).then(|| {
        html! {
            <>
                <h3>{ t(locale, Ui::Recommended) }</h3>
                <ul class="storefronts" id="storefront-recommended">
                    { for advice.storefronts.iter().map(|s| html! { <li data-storefront={s.as_str()}>{ i18n::storefront_name(*s) }</li> }) }
                </ul>
            </>
        }
    });
    let rows = i18n::storefront_comparison(locale, report.rulesets.storefront);
    let body = html! {
        <>
            { recommended }
            <h3 id="comparison-title">{ t(locale, Ui::Comparison) }</h3>
            { scroll_table(
                "comparison-title",
                "storefront-comparison",
                html! { <>
                    <th scope="col">{ t(locale, Ui::Compared) }</th>
                    <th scope="col">{ i18n::storefront_name(Storefront::AppSource) }</th>
                    <th scope="col">{ i18n::storefront_name(Storefront::AzureMarketplace) }</th>
                </> },
                rows.iter().map(|(what, appsource, azure)| html! {
                    <tr><th scope="row">{ *what }</th><td>{ *appsource }</td><td>{ *azure }</td></tr>
                }).collect(),
            ) }
        </>
    };
    let title = i18n::label(locale, summary.program);
    panel(locale, summary, shown, title, body, &report.rulesets, &advice.checks)
}
