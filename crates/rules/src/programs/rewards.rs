//! Marketplace Rewards: pre-screen, listing-type track, benefit activation and go-live
//! follow-up. Source: seed `002_8df09a8b1c8abb37.txt` (RULES.md 5).

use super::{distinct, Ctx};
use crate::answers::{Answers, ListingType, Offer, OfferOwner, Partner, Rewards};
use crate::email;
use crate::logic::Tri;
use crate::report::{Activation, Check, GoLiveFollowUp, Outcome, RewardsReport, RewardsStatus, RewardsTrack};
use crate::rules::RuleId::*;

/// Days after go-live within which the Rewards team may still get in touch ("four weeks").
pub const GO_LIVE_WAIT_DAYS: i64 = 28;
/// Days after activation within which the Rewards team should contact the marketing contact.
pub const ACTIVATION_CONTACT_DAYS: i64 = 7;

pub(crate) fn evaluate(answers: &Answers, ctx: &Ctx) -> RewardsReport {
    let (ep, eo, er) = (Partner::default(), Offer::default(), Rewards::default());
    let p = answers.partner.as_ref().unwrap_or(&ep);
    let o = answers.offer.as_ref().unwrap_or(&eo);
    let r = answers.rewards.as_ref().unwrap_or(&er);

    let mr01 = ctx.yes_no(Mr01, p.has_mpn_id, "partner.hasMpnId");
    let mr02 = match o.live_in.as_deref() {
        None => ctx.unknown(Mr02, "offer.liveIn"),
        Some([]) => ctx.keyed(Mr02, Outcome::NotMet, "MR-02.not-met", Some("MR-02.next")),
        Some(list) => {
            let names = ctx.storefronts(&distinct(list));
            ctx.check(Mr02, Outcome::Met, ctx.text("MR-02.met", &[("storefronts", &names)]), None)
        }
    };
    let status = if mr01.outcome != Outcome::Met {
        RewardsStatus::NotEligible
    } else if mr02.outcome != Outcome::Met {
        RewardsStatus::PublishOfferFirst
    } else {
        RewardsStatus::Eligible
    };
    let track = match o.listing_type {
        Some(ListingType::ContactMe) => RewardsTrack::ContactMe,
        Some(ListingType::FreeTrial) => RewardsTrack::FreeTrial,
        Some(ListingType::Transact) => RewardsTrack::Transact,
        Some(ListingType::GetItNow) | None => RewardsTrack::NotDefined,
    };
    let mr03 = match o.listing_type {
        None => ctx.unknown(Mr03, "offer.listingType"),
        Some(ListingType::GetItNow) => {
            ctx.keyed(Mr03, Outcome::Info, "MR-03.info-get-it-now", Some("MR-03.next-get-it-now"))
        }
        Some(t) => {
            let name = ctx.text(&format!("listing.{}", t.as_str()), &[]);
            ctx.check(Mr03, Outcome::Info, ctx.text("MR-03.info", &[("track", &name)]), None)
        }
    };
    let mr04 = if track == RewardsTrack::Transact {
        let billed =
            o.billed_revenue_usd.map(|b| ctx.text("MR-04.billed", &[("amount", &ctx.usd(b))])).unwrap_or_default();
        ctx.check(
            Mr04,
            Outcome::Info,
            ctx.text("MR-04.info", &[("billed", &billed)]),
            Some(ctx.text("MR-04.next", &[])),
        )
    } else {
        ctx.not_applicable(Mr04, "MR-04.na", &[])
    };

    let contact = [
        ctx.yes_no(Mr05, r.marketing_contact_assigned, "rewards.marketingContactAssigned"),
        ctx.yes_no(Mr05a, r.contact_is_partner_center_user, "rewards.contactIsPartnerCenterUser"),
        mr05b(r, ctx),
        mr05c(r, ctx),
    ];
    let activation = if r.activated_on.is_some() {
        Activation::Activated
    } else if contact.iter().any(|c| c.outcome == Outcome::NotMet) {
        Activation::Blocked
    } else if contact.iter().any(|c| c.outcome == Outcome::Unknown) {
        Activation::Unknown
    } else {
        Activation::Ready
    };
    let mr06 = mr06(r, activation, ctx);

    let follow_up = go_live_follow_up(o, ctx);
    let mr07 = mr07(o, follow_up, ctx);
    let mr08 = if mr07.outcome == Outcome::NotMet {
        match o.offer_owner {
            Some(OfferOwner::KnownPresent) => ctx.keyed(Mr08, Outcome::Met, "MR-08.met", None),
            Some(OfferOwner::LeftCompany) => ctx.keyed(Mr08, Outcome::NotMet, "MR-08.not-met", Some("MR-08.next")),
            None => ctx.keyed(Mr08, Outcome::Unknown, "MR-08.unknown", Some("MR-08.next")),
        }
    } else {
        ctx.not_applicable(Mr08, "MR-08.na", &[])
    };
    let mr09 = ctx.keyed(Mr09, Outcome::Info, "MR-09.info", Some("MR-09.next"));

    let mut checks = vec![mr01, mr02, mr03, mr04];
    checks.extend(contact);
    checks.extend([mr06, mr07, mr08, mr09]);
    RewardsReport { status, track, activation, go_live_follow_up: follow_up, checks }
}

/// MR-05b: a valid contact e-mail that differs from the company account's (RULES.md 2.6).
fn mr05b(r: &Rewards, ctx: &Ctx) -> Check {
    let Some(contact) = r.contact_email.as_deref() else {
        return ctx.unknown(Mr05b, "rewards.contactEmail");
    };
    if !email::is_valid(contact) {
        return ctx.keyed(Mr05b, Outcome::NotMet, "MR-05b.not-met-invalid", Some("MR-05b.next"));
    }
    match r.company_account_email.as_deref() {
        None => ctx.unknown(Mr05b, "rewards.companyAccountEmail"),
        Some(company) if email::same(contact, company, ctx.lowercase) => {
            ctx.keyed(Mr05b, Outcome::NotMet, "MR-05b.not-met-same", Some("MR-05b.next"))
        }
        Some(_) => ctx.keyed(Mr05b, Outcome::Met, "MR-05b.met", None),
    }
}

/// MR-05c: phone number and preferred language both non-empty.
fn mr05c(r: &Rewards, ctx: &Ctx) -> Check {
    let filled = |v: &Option<String>| Tri::from_opt(v.as_deref().map(|s| !s.trim().is_empty()));
    let (phone, language) = (filled(&r.contact_phone), filled(&r.contact_language));
    match phone.and(language) {
        Tri::Met => ctx.keyed(Mr05c, Outcome::Met, "MR-05c.met", None),
        Tri::NotMet => ctx.keyed(Mr05c, Outcome::NotMet, "MR-05c.not-met", Some("MR-05c.next")),
        Tri::Unknown if phone == Tri::Unknown => ctx.unknown(Mr05c, "rewards.contactPhone"),
        Tri::Unknown => ctx.unknown(Mr05c, "rewards.contactLanguage"),
    }
}

/// MR-06: activate the benefit, or follow up after activation.
fn mr06(r: &Rewards, activation: Activation, ctx: &Ctx) -> Check {
    match (activation, r.activated_on) {
        (Activation::Activated, Some(on)) => {
            let next =
                (ctx.as_of.days_since(on) > ACTIVATION_CONTACT_DAYS).then(|| ctx.text("MR-06.next-follow-up", &[]));
            let date = crate::i18n::format_date(ctx.locale, on);
            ctx.check(Mr06, Outcome::Info, ctx.text("MR-06.info-activated", &[("date", &date)]), next)
        }
        (Activation::Ready, _) => {
            let benefit = match r.benefit.as_deref().map(str::trim) {
                Some(b) if !b.is_empty() => ctx.text("quoted", &[("text", b)]),
                _ => ctx.text("MR-06.the-benefit", &[]),
            };
            ctx.check(
                Mr06,
                Outcome::Info,
                ctx.text("MR-06.info-ready", &[("benefit", &benefit)]),
                Some(ctx.text("MR-06.next-ready", &[])),
            )
        }
        _ => ctx.not_applicable(Mr06, "MR-06.na", &[]),
    }
}

/// `rewards.goLiveFollowUp` (RULES.md 5.2), first matching line wins.
fn go_live_follow_up(o: &Offer, ctx: &Ctx) -> GoLiveFollowUp {
    if o.rewards_message_received == Some(true) || o.live_in.as_deref() == Some(&[]) {
        return GoLiveFollowUp::NotNeeded;
    }
    let (Some(since), Some(_)) = (o.live_since, o.rewards_message_received) else {
        return GoLiveFollowUp::Unknown;
    };
    if ctx.as_of.days_since(since) <= GO_LIVE_WAIT_DAYS {
        GoLiveFollowUp::Wait
    } else if o.offer_owner == Some(OfferOwner::KnownPresent) {
        GoLiveFollowUp::ContactOfferOwner
    } else {
        GoLiveFollowUp::OpenSupportTicket
    }
}

/// MR-07: no message more than four weeks after going live.
fn mr07(o: &Offer, follow_up: GoLiveFollowUp, ctx: &Ctx) -> Check {
    if o.rewards_message_received == Some(true) {
        return ctx.keyed(Mr07, Outcome::Met, "MR-07.met", None);
    }
    if o.live_in.as_deref() == Some(&[]) {
        return ctx.not_applicable(Mr07, "MR-07.na", &[]);
    }
    match follow_up {
        GoLiveFollowUp::Wait => {
            let days = o.live_since.map_or(0, |since| ctx.as_of.days_since(since).max(0));
            ctx.check(Mr07, Outcome::Info, ctx.text("MR-07.info-wait", &[("days", &days.to_string())]), None)
        }
        GoLiveFollowUp::ContactOfferOwner | GoLiveFollowUp::OpenSupportTicket => {
            ctx.keyed(Mr07, Outcome::NotMet, "MR-07.not-met", Some("MR-07.next"))
        }
        GoLiveFollowUp::Unknown | GoLiveFollowUp::NotNeeded => {
            let field = if o.live_since.is_none() { "offer.liveSince" } else { "offer.rewardsMessageReceived" };
            ctx.unknown(Mr07, field)
        }
    }
}
