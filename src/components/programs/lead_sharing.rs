//! Lead sharing: for each storefront the offer is live in (both when it is live nowhere yet or
//! not answered), the customers, the campaign, the listing kinds and where the leads go, and the
//! reminder that storefront leads are not Microsoft's seller-qualified co-sell leads.

use super::{panel, scroll_table};
use eligibility_browser::summary::Summary;
use eligibility_browser::ui_text::{t, Ui};
use eligibility_rules::{i18n, LeadSharingEntry, Locale, Report};
use yew::prelude::*;

/// The lead-sharing panel; `live_in_given` says whether the offer is answered as live somewhere.
pub fn lead_sharing(report: &Report, summary: &Summary, locale: Locale, shown: bool, live_in_given: bool) -> Html {
    let leads = &report.lead_sharing;
    let entries = &leads.storefronts;
    // One row per fact of RULES.md 8.1: its heading and each storefront's value in words.
    type Cell = fn(&LeadSharingEntry, Locale) -> String;
    let rows: [(Ui, Cell); 4] = [
        (Ui::LeadsAudience, |e, l| i18n::label(l, e.audience).to_owned()),
        (Ui::LeadsCampaign, |e, l| i18n::label(l, e.campaign).to_owned()),
        (Ui::LeadsListings, |e, l| i18n::join_and(l, &e.listing_kinds.map(|k| i18n::label(l, k)))),
        (Ui::LeadsGoTo, |e, l| i18n::join_and(l, &e.lead_destinations.map(|d| i18n::label(l, d)))),
    ];
    let body = html! {
        <>
            <h3 id="leads-title">{ t(locale, Ui::LeadsPerStorefront) }</h3>
            if !live_in_given { <p class="help">{ t(locale, Ui::LeadsBothListed) }</p> }
            { scroll_table(
                "leads-title",
                "lead-sharing-table",
                html! { <>
                    <td></td>
                    { for entries.iter().map(|e| html! { <th scope="col" data-storefront={e.storefront.as_str()}>{ i18n::storefront_name(e.storefront) }</th> }) }
                </> },
                rows.iter().map(|(head, cell)| html! {
                    <tr><th scope="row">{ t(locale, *head) }</th>
                        { for entries.iter().map(|e| html! { <td>{ cell(e, locale) }</td> }) }</tr>
                }).collect(),
            ) }
        </>
    };
    let title = i18n::label(locale, summary.program);
    panel(locale, summary, shown, title, body, &report.rulesets, &leads.checks)
}
