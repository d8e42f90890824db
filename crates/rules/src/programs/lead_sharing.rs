//! Lead sharing: what each storefront shares and where leads go (advisory).
//! Source: seed `004_b59eb82b1400f610.txt` (RULES.md 8).

use super::Ctx;
use crate::answers::{Answers, Storefront};
use crate::report::{LeadSharingEntry, LeadSharingReport, Outcome};
use crate::rules::RuleId::*;

/// The fixed data of RULES.md 8.1.
pub fn entry(storefront: Storefront) -> LeadSharingEntry {
    match storefront {
        Storefront::AppSource => LeadSharingEntry {
            storefront,
            audience: "business-customers",
            campaign: "nurture",
            listing_kinds: ["app", "consulting-services"],
            lead_destinations: ["your-crm", "microsoft-field-seller-crm"],
        },
        Storefront::AzureMarketplace => LeadSharingEntry {
            storefront,
            audience: "all-customers",
            campaign: "in-demand-generation",
            listing_kinds: ["offer", "technology"],
            lead_destinations: ["azure-marketplace", "microsoft-field-seller-crm"],
        },
    }
}

pub(crate) fn evaluate(answers: &Answers, ctx: &Ctx) -> LeadSharingReport {
    let mut live: Vec<Storefront> = answers.offer.as_ref().and_then(|o| o.live_in.clone()).unwrap_or_default();
    if live.is_empty() {
        live = Storefront::ALL.to_vec();
    }
    live.sort();
    live.dedup();
    let entries: Vec<String> = live.iter().map(|s| ctx.text(&format!("LS.entry.{}", s.as_str()), &[])).collect();
    let ls01 = ctx.check(
        Ls01,
        Outcome::Info,
        ctx.text("LS-01.info", &[("entries", &entries.join(" "))]),
        Some(ctx.text("LS-01.next", &[])),
    );
    let ls02 = ctx.keyed(Ls02, Outcome::Info, "LS-02.info", None);
    LeadSharingReport { storefronts: live.into_iter().map(entry).collect(), checks: vec![ls01, ls02] }
}
