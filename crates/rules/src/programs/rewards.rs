//! Marketplace Rewards: pre-screen, listing-type track, benefit activation and go-live
//! follow-up. Source: seed `002_8df09a8b1c8abb37.txt` (RULES.md 5).

use super::{distinct, Ctx, YesNo};
use crate::answers::{Answers, ListingType, Offer, OfferOwner, OfferType, Partner, Rewards};
use crate::date::Date;
use crate::email;
use crate::fields::Field;
use crate::i18n::Msg;
use crate::logic::Tri;
use crate::report::{Activation, Check, GoLiveFollowUp, Outcome, RewardsReport, RewardsStatus, RewardsTrack};
use crate::rules::RuleId::*;
use crate::rulesets::RewardsTracks;

pub(crate) fn evaluate(answers: &Answers, ctx: &Ctx) -> RewardsReport {
    let (ep, eo, er) = (Partner::default(), Offer::default(), Rewards::default());
    let p = answers.partner.as_ref().unwrap_or(&ep);
    let o = answers.offer.as_ref().unwrap_or(&eo);
    let r = answers.rewards.as_ref().unwrap_or(&er);

    let mr01 = ctx.yes_no(
        Mr01,
        p.has_mpn_id,
        Field::PartnerHasMpnId,
        YesNo { met: Msg::Mr01Met, not_met: Msg::Mr01NotMet, next: Msg::Mr01Next },
    );
    let mr02 = match o.live_in.as_deref() {
        None => ctx.unknown(Mr02, Field::OfferLiveIn),
        Some([]) => ctx.keyed(Mr02, Outcome::NotMet, Msg::Mr02NotMet, Some(Msg::Mr02Next)),
        Some(list) => {
            let names = ctx.storefronts(&distinct(list));
            ctx.check(Mr02, Outcome::Met, ctx.text(Msg::Mr02Met, &[("storefronts", &names)]), None)
        }
    };
    let status = if mr01.outcome != Outcome::Met {
        RewardsStatus::NotEligible
    } else if mr02.outcome != Outcome::Met {
        RewardsStatus::PublishOfferFirst
    } else {
        RewardsStatus::Eligible
    };
    let (track, mr03) = match ctx.rewards().tracks {
        RewardsTracks::ListingType => by_listing_type(o, ctx),
        RewardsTracks::PriceAndConsulting => by_price_and_consulting(o, ctx),
    };
    let mr04 = if track == RewardsTrack::Transact {
        let billed =
            o.billed_revenue_usd.map(|b| ctx.text(Msg::Mr04Billed, &[("amount", &ctx.usd(b))])).unwrap_or_default();
        ctx.check(
            Mr04,
            Outcome::Info,
            ctx.text(Msg::Mr04Info, &[("billed", &billed)]),
            Some(ctx.text(Msg::Mr04Next, &[])),
        )
    } else {
        ctx.not_applicable(Mr04, Msg::Mr04Na)
    };

    let contact = [
        ctx.yes_no(
            Mr05,
            r.marketing_contact_assigned,
            Field::RewardsMarketingContactAssigned,
            YesNo { met: Msg::Mr05Met, not_met: Msg::Mr05NotMet, next: Msg::Mr05Next },
        ),
        ctx.yes_no(
            Mr05a,
            r.contact_is_partner_center_user,
            Field::RewardsContactIsPartnerCenterUser,
            YesNo { met: Msg::Mr05aMet, not_met: Msg::Mr05aNotMet, next: Msg::Mr05aNext },
        ),
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
            Some(OfferOwner::KnownPresent) => ctx.keyed(Mr08, Outcome::Met, Msg::Mr08Met, None),
            Some(OfferOwner::LeftCompany) => ctx.keyed(Mr08, Outcome::NotMet, Msg::Mr08NotMet, Some(Msg::Mr08Next)),
            None => ctx.unknown_keyed(Mr08, Msg::Mr08Unknown, Msg::Mr08Next, Field::OfferOfferOwner),
        }
    } else {
        ctx.not_applicable(Mr08, Msg::Mr08Na)
    };
    let mr09 = match ctx.rewards().technical_benefits {
        true => ctx.keyed(Mr09, Outcome::Info, Msg::Mr09Info, Some(Msg::Mr09Next)),
        false => ctx.not_applicable(Mr09, Msg::Mr09NaNoTechnicalBenefits),
    };

    let mut checks = vec![mr01, mr02, mr03, mr04];
    checks.extend(contact);
    checks.extend([mr06, mr07, mr08, mr09]);
    let next_status = super::next_status::rewards(status, &checks);
    RewardsReport { status, next_status, track, activation, go_live_follow_up: follow_up, checks }
}

/// `rewards.track` and MR-03 by listing type alone (the seed, RULES.md 5.2).
fn by_listing_type(o: &Offer, ctx: &Ctx) -> (RewardsTrack, Check) {
    let track = match o.listing_type {
        Some(ListingType::ContactMe) => RewardsTrack::ContactMe,
        Some(ListingType::FreeTrial) => RewardsTrack::FreeTrial,
        Some(ListingType::Transact) => RewardsTrack::Transact,
        Some(ListingType::GetItNow) | None => RewardsTrack::NotDefined,
    };
    let mr03 = match o.listing_type {
        None => ctx.unknown(Mr03, Field::OfferListingType),
        Some(ListingType::GetItNow) => {
            ctx.keyed(Mr03, Outcome::Info, Msg::Mr03InfoGetItNow, Some(Msg::Mr03NextGetItNow))
        }
        Some(t) => {
            let name = crate::i18n::label(ctx.locale, t);
            ctx.check(Mr03, Outcome::Info, ctx.text(Msg::Mr03Info, &[("track", name)]), None)
        }
    };
    (track, mr03)
}

/// `rewards.track` and MR-03 under 2023-08-01 (RULES.md 12.4), first matching line wins:
/// consulting service offers follow the Consulting track whatever their listing type; Get It Now
/// follows Transact when transactable.
fn by_price_and_consulting(o: &Offer, ctx: &Ctx) -> (RewardsTrack, Check) {
    let track = match (o.offer_type, o.listing_type) {
        (Some(OfferType::ConsultingService), _) => RewardsTrack::Consulting,
        (_, Some(ListingType::Transact)) => RewardsTrack::Transact,
        (_, Some(ListingType::GetItNow)) if o.transactable == Some(true) => RewardsTrack::Transact,
        (_, Some(ListingType::ContactMe)) => RewardsTrack::ContactMe,
        (_, Some(ListingType::FreeTrial)) => RewardsTrack::FreeTrial,
        _ => RewardsTrack::NotDefined,
    };
    let info = |msg| ctx.keyed(Mr03, Outcome::Info, msg, None);
    let mr03 = match track {
        RewardsTrack::Consulting => info(Msg::Mr03InfoConsulting),
        _ if o.listing_type.is_none() => ctx.unknown(Mr03, Field::OfferListingType),
        RewardsTrack::ContactMe => info(Msg::Mr03InfoList),
        RewardsTrack::FreeTrial => info(Msg::Mr03InfoTrial),
        RewardsTrack::Transact => info(Msg::Mr03InfoTransact),
        RewardsTrack::NotDefined => info(Msg::Mr03InfoGetItNowByPrice),
    };
    (track, mr03)
}

/// MR-05b: a valid contact e-mail that differs from the company account's (RULES.md 2.6).
fn mr05b(r: &Rewards, ctx: &Ctx) -> Check {
    let Some(contact) = r.contact_email.as_deref() else {
        return ctx.unknown(Mr05b, Field::RewardsContactEmail);
    };
    if !email::is_valid(contact) {
        return ctx.keyed(Mr05b, Outcome::NotMet, Msg::Mr05bNotMetInvalid, Some(Msg::Mr05bNext));
    }
    match r.company_account_email.as_deref() {
        None => ctx.unknown(Mr05b, Field::RewardsCompanyAccountEmail),
        Some(company) if email::same(contact, company, ctx.lowercase) => {
            ctx.keyed(Mr05b, Outcome::NotMet, Msg::Mr05bNotMetSame, Some(Msg::Mr05bNext))
        }
        Some(_) => ctx.keyed(Mr05b, Outcome::Met, Msg::Mr05bMet, None),
    }
}

/// MR-05c: phone number and preferred language both non-empty.
fn mr05c(r: &Rewards, ctx: &Ctx) -> Check {
    let filled = |v: &Option<String>| Tri::from_opt(v.as_deref().map(|s| !s.trim().is_empty()));
    let (phone, language) = (filled(&r.contact_phone), filled(&r.contact_language));
    match phone.and(language) {
        Tri::Met => ctx.keyed(Mr05c, Outcome::Met, Msg::Mr05cMet, None),
        Tri::NotMet => ctx.keyed(Mr05c, Outcome::NotMet, Msg::Mr05cNotMet, Some(Msg::Mr05cNext)),
        Tri::Unknown if phone == Tri::Unknown => ctx.unknown(Mr05c, Field::RewardsContactPhone),
        Tri::Unknown => ctx.unknown(Mr05c, Field::RewardsContactLanguage),
    }
}

/// MR-06: activate the benefit, or follow up after activation.
fn mr06(r: &Rewards, activation: Activation, ctx: &Ctx) -> Check {
    match (activation, r.activated_on) {
        (Activation::Activated, Some(on)) => {
            let next = (ctx.as_of.days_since(on) > ctx.rewards().activation_contact_days)
                .then(|| ctx.text(Msg::Mr06NextFollowUp, &[]));
            let date = crate::i18n::format_date(ctx.locale, on);
            ctx.check(Mr06, Outcome::Info, ctx.text(Msg::Mr06InfoActivated, &[("date", &date)]), next)
        }
        (Activation::Ready, _) => {
            let benefit = match r.benefit.as_deref().map(str::trim) {
                Some(b) if !b.is_empty() => ctx.text(Msg::Quoted, &[("text", b)]),
                _ => ctx.text(Msg::Mr06TheBenefit, &[]),
            };
            ctx.check(
                Mr06,
                Outcome::Info,
                ctx.text(Msg::Mr06InfoReady, &[("benefit", &benefit)]),
                Some(ctx.text(Msg::Mr06NextReady, &[])),
            )
        }
        _ => ctx.not_applicable(Mr06, Msg::Mr06Na),
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
    if ctx.as_of.days_since(since) <= ctx.rewards().go_live_wait_days {
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
        return ctx.keyed(Mr07, Outcome::Met, Msg::Mr07Met, None);
    }
    if o.live_in.as_deref() == Some(&[]) {
        return ctx.not_applicable(Mr07, Msg::Mr07Na);
    }
    match follow_up {
        GoLiveFollowUp::Wait => {
            let since = o.live_since.unwrap_or(ctx.as_of);
            // The first day past four weeks: from then on, follow up (RULES.md 5.2, line 3).
            let from = Date::from_days_since_epoch(since.days_since_epoch() + ctx.rewards().go_live_wait_days + 1)
                .map(|d| crate::i18n::format_date(ctx.locale, d))
                .unwrap_or_default();
            let from = ("from", from.as_str());
            let message = match ctx.as_of.days_since(since) {
                ..0 => {
                    ctx.text(Msg::Mr07InfoNotLiveYet, &[("date", &crate::i18n::format_date(ctx.locale, since)), from])
                }
                0 => ctx.text(Msg::Mr07InfoWaitToday, &[from]),
                1 => ctx.text(Msg::Mr07InfoWaitOne, &[from]),
                days => ctx.text(Msg::Mr07InfoWait, &[("days", &days.to_string()), from]),
            };
            ctx.check(Mr07, Outcome::Info, message, None)
        }
        GoLiveFollowUp::ContactOfferOwner | GoLiveFollowUp::OpenSupportTicket => {
            ctx.keyed(Mr07, Outcome::NotMet, Msg::Mr07NotMet, Some(Msg::Mr07Next))
        }
        GoLiveFollowUp::Unknown | GoLiveFollowUp::NotNeeded => {
            let field = if o.live_since.is_none() { Field::OfferLiveSince } else { Field::OfferRewardsMessageReceived };
            ctx.unknown(Mr07, field)
        }
    }
}
