//! Lead sharing: what each storefront shares and where leads go (advisory).
//! Source: seed `004_b59eb82b1400f610.txt` (RULES.md 8).

use super::Ctx;
use crate::answers::{Answers, Storefront};
use crate::i18n::Msg;
use crate::report::{
    Campaign, LeadAudience, LeadDestination, LeadSharingEntry, LeadSharingReport, ListingKind, Outcome,
};
use crate::rules::RuleId::*;

/// The fixed data of RULES.md 8.1.
pub fn entry(storefront: Storefront) -> LeadSharingEntry {
    match storefront {
        Storefront::AppSource => LeadSharingEntry {
            storefront,
            audience: LeadAudience::BusinessCustomers,
            campaign: Campaign::Nurture,
            listing_kinds: [ListingKind::App, ListingKind::ConsultingServices],
            lead_destinations: [LeadDestination::YourCrm, LeadDestination::MicrosoftFieldSellerCrm],
        },
        Storefront::AzureMarketplace => LeadSharingEntry {
            storefront,
            audience: LeadAudience::AllCustomers,
            campaign: Campaign::InDemandGeneration,
            listing_kinds: [ListingKind::Offer, ListingKind::Technology],
            lead_destinations: [LeadDestination::AzureMarketplace, LeadDestination::MicrosoftFieldSellerCrm],
        },
    }
}

pub(crate) fn evaluate(answers: &Answers, ctx: &Ctx) -> LeadSharingReport {
    let given: Vec<Storefront> = answers.offer.as_ref().and_then(|o| o.live_in.clone()).unwrap_or_default();
    // Each storefront once, in contract order; both when the offer is live nowhere (or not said).
    let live: Vec<Storefront> =
        Storefront::ALL.iter().copied().filter(|s| given.is_empty() || given.contains(s)).collect();
    let entries: Vec<String> = live
        .iter()
        .map(|s| match s {
            Storefront::AppSource => ctx.text(Msg::LsEntryAppsource, &[]),
            Storefront::AzureMarketplace => ctx.text(Msg::LsEntryAzureMarketplace, &[]),
        })
        .collect();
    let ls01 = ctx.check(
        Ls01,
        Outcome::Info,
        ctx.text(Msg::Ls01Info, &[("entries", &entries.join(" "))]),
        Some(ctx.text(Msg::Ls01Next, &[])),
    );
    let ls02 = ctx.keyed(Ls02, Outcome::Info, Msg::Ls02Info, None);
    LeadSharingReport { storefronts: live.into_iter().map(entry).collect(), checks: vec![ls01, ls02] }
}
