//! Co-sell status: co-sell ready (CS-), Azure IP Co-sell incentivized (IP-) and Biz Apps ISV
//! Connect Premium incentive (BA-). Source: seed `003_50bb911558b9183f.txt` (RULES.md 4).

use super::{all_fulfilled, distinct, Ctx};
use crate::answers::{Answers, CoSellRuleset, ContactRole, IsvConnect, Offer, OfferType, Partner, TechnicalValidation};
use crate::groups;
use crate::logic::Tri;
use crate::report::{Check, CoSellReport, CoSellStatus, Outcome};
use crate::rules::RuleId::{self, *};

/// USD 100,000 in cents: the IP-01 revenue threshold ("at least").
pub const IP_REVENUE_THRESHOLD_CENTS: i64 = 10_000_000;
/// 50 % in hundredths: IP-02 needs strictly more.
pub const IP_INFRASTRUCTURE_MIN_HUNDREDTHS: u16 = 5_000;

pub(crate) fn evaluate(answers: &Answers, ctx: &Ctx) -> CoSellReport {
    let (empty_partner, empty_offer) = (Partner::default(), Offer::default());
    let p = answers.partner.as_ref().unwrap_or(&empty_partner);
    let o = answers.offer.as_ref().unwrap_or(&empty_offer);

    let mut checks = vec![
        cs00(o, ctx),
        ctx.yes_no(Cs01, p.has_mpn_id, "partner.hasMpnId"),
        ctx.yes_no(Cs02, p.marketplace_account_active, "partner.marketplaceAccountActive"),
        ctx.yes_no(Cs03, p.business_profile_complete, "partner.businessProfileComplete"),
        ctx.yes_no(Cs04, o.co_sell_tab_complete, "offer.coSellTabComplete"),
        ctx.yes_no(Cs04a, o.one_pager, "offer.onePager"),
        ctx.yes_no(Cs04b, o.pitch_deck, "offer.pitchDeck"),
        cs05(o, ctx),
        cs06(o, ctx),
        cs07(p, o, ctx),
        cs08(p, o, ctx),
    ];
    let ready = all_fulfilled(&checks);
    let ip = azure_ip(p, o, ready, ctx);
    let ba = biz_apps(p, o, ready, ctx);
    let outcome =
        |checks: &[Check], rule: RuleId| checks.iter().find(|c| c.rule == rule).map_or(Outcome::Unknown, |c| c.outcome);
    let ip_all_met = [Ip00, Ip01, Ip02, Ip03].iter().all(|r| outcome(&ip, *r) == Outcome::Met);
    let ba_met = [Ba00, Ba02].iter().all(|r| outcome(&ba, *r) == Outcome::Met);
    let status = match ready {
        Tri::Met if ip_all_met => CoSellStatus::AzureIpCoSellIncentivized,
        Tri::Met if ba_met => CoSellStatus::BizAppsIsvConnectPremiumIncentive,
        Tri::Met => CoSellStatus::CoSellReady,
        _ => CoSellStatus::NotCoSellReady,
    };
    checks.extend(ip);
    checks.extend(ba);
    CoSellReport { status, checks }
}

/// CS-00: which offer types can take co-sell status, by rule set.
fn cs00(o: &Offer, ctx: &Ctx) -> Check {
    match (ctx.co_sell, o.offer_type) {
        (CoSellRuleset::R2021_02_24, Some(t)) if !groups::CO_SELL_TAB.contains(&t) => {
            ctx.keyed(Cs00, Outcome::Info, "CS-00.info", Some("CS-00.info.next"))
        }
        (CoSellRuleset::R2021_02_24, _) => ctx.not_applicable(Cs00, "CS-00.na", &[]),
        (CoSellRuleset::R2021_07_13, Some(OfferType::OfficeAddIn)) => {
            ctx.keyed(Cs00, Outcome::NotMet, "CS-00.not-met", None)
        }
        (CoSellRuleset::R2021_07_13, Some(_)) => ctx.keyed(Cs00, Outcome::Met, "CS-00.met", None),
        (CoSellRuleset::R2021_07_13, None) => ctx.unknown(Cs00, "offer.offerType"),
    }
}

/// CS-05: live in at least one storefront.
fn cs05(o: &Offer, ctx: &Ctx) -> Check {
    match o.live_in.as_deref() {
        None => ctx.unknown(Cs05, "offer.liveIn"),
        Some([]) => ctx.keyed(Cs05, Outcome::NotMet, "CS-05.not-met", Some("CS-05.next")),
        Some(list) => {
            let names = ctx.storefronts(&distinct(list));
            ctx.check(Cs05, Outcome::Met, ctx.text("CS-05.met", &[("storefronts", &names)]), None)
        }
    }
}

/// CS-06: a Partner sales contact for every co-sell country (`OOO` covers all).
fn cs06(o: &Offer, ctx: &Ctx) -> Check {
    let geographies = match o.co_sell_geographies.as_deref() {
        None | Some([]) => {
            return ctx.keyed(Cs06, Outcome::Unknown, "CS-06.unknown-countries", Some("CS-06.unknown-countries.next"))
        }
        Some(list) => list,
    };
    let Some(contacts) = o.sales_contacts.as_deref() else {
        return ctx.unknown(Cs06, "offer.salesContacts");
    };
    let covered = |country: &crate::answers::CountryCode| {
        contacts
            .iter()
            .any(|c| c.role == ContactRole::PartnerSales && c.regions.iter().any(|r| r.is_all() || r == country))
    };
    let mut missing: Vec<&str> = Vec::new();
    for country in geographies.iter().filter(|g| !covered(g)) {
        if !missing.contains(&country.as_str()) {
            missing.push(country.as_str());
        }
    }
    if missing.is_empty() {
        ctx.keyed(Cs06, Outcome::Met, "CS-06.met", None)
    } else {
        let list = missing.join(", ");
        ctx.check(
            Cs06,
            Outcome::NotMet,
            ctx.text("CS-06.not-met", &[("countries", &list)]),
            Some(ctx.text("CS-06.next", &[])),
        )
    }
}

/// CS-07: service solutions need an active Gold competency.
fn cs07(p: &Partner, o: &Offer, ctx: &Ctx) -> Check {
    let by_solution = o.solution_type.map(groups::is_service_solution_type);
    let by_offer = o.offer_type.map(groups::is_service_offer_type);
    if by_solution == Some(true) || by_offer == Some(true) {
        return match p.gold_competency {
            Some(true) => ctx.keyed(Cs07, Outcome::Met, "CS-07.met", None),
            Some(false) => ctx.keyed(Cs07, Outcome::NotMet, "CS-07.not-met", Some("CS-07.next")),
            None => ctx.unknown(Cs07, "partner.goldCompetency"),
        };
    }
    if by_solution.is_some() && by_offer.is_some() {
        return ctx.not_applicable(Cs07, "CS-07.na", &[]);
    }
    // One of the two type answers is missing and the other is no service value.
    if p.gold_competency == Some(true) {
        ctx.keyed(Cs07, Outcome::Met, "CS-07.met", None)
    } else {
        ctx.keyed(Cs07, Outcome::Unknown, "CS-07.unknown-types", Some("unknown.next"))
    }
}

/// CS-08: ISV Connect enrolment for Dynamics 365 (except Business Central) and Power Apps.
fn cs08(p: &Partner, o: &Offer, ctx: &Ctx) -> Check {
    let enrolled = p.isv_connect.map(|v| v != IsvConnect::None);
    match o.offer_type {
        Some(t) if groups::ISV_CONNECT_REQUIRED.contains(&t) => match enrolled {
            Some(true) => ctx.keyed(Cs08, Outcome::Met, "CS-08.met", None),
            Some(false) => ctx.keyed(Cs08, Outcome::NotMet, "CS-08.not-met", Some("CS-08.next")),
            None => ctx.unknown(Cs08, "partner.isvConnect"),
        },
        Some(OfferType::Dynamics365BusinessCentral) => ctx.not_applicable(Cs08, "CS-08.na-business-central", &[]),
        Some(_) => ctx.not_applicable(Cs08, "CS-08.na", &[]),
        None => match enrolled {
            Some(true) => ctx.keyed(Cs08, Outcome::Met, "CS-08.met", None),
            Some(false) => ctx.keyed(Cs08, Outcome::Unknown, "CS-08.unknown-type", Some("unknown.next")),
            None => ctx.unknown(Cs08, "partner.isvConnect"),
        },
    }
}

/// The check shared by IP-PRE and BA-01: co-sell ready first.
fn ready_first(rule: RuleId, ready: Tri, not_met_key: &str, ctx: &Ctx) -> Check {
    match ready {
        Tri::Met => ctx.keyed(rule, Outcome::Met, "PRE.met", None),
        Tri::NotMet => ctx.keyed(rule, Outcome::NotMet, not_met_key, Some("PRE.next-not-met")),
        Tri::Unknown => ctx.keyed(rule, Outcome::Unknown, "PRE.unknown", Some("PRE.next-unknown")),
    }
}

/// IP-00 … IP-03 (RULES.md 4.4).
fn azure_ip(p: &Partner, o: &Offer, ready: Tri, ctx: &Ctx) -> Vec<Check> {
    let ip00 = match o.offer_type {
        Some(t) if groups::AZURE_IP.contains(&t) => ctx.keyed(Ip00, Outcome::Met, "IP-00.met", None),
        Some(_) => ctx.not_applicable(Ip00, "IP-00.na", &[]),
        None => ctx.unknown(Ip00, "offer.offerType"),
    };
    if ip00.outcome == Outcome::NotApplicable {
        let mut checks = vec![ip00];
        checks.extend([IpPre, Ip01, Ip01a, Ip02, Ip03].map(|r| ctx.not_applicable(r, "IP.na", &[])));
        return checks;
    }
    let ip01a = match o.billed_revenue_usd {
        Some(_) => ctx.keyed(Ip01a, Outcome::Info, "IP-01a.info", Some("IP-01a.next")),
        None => ctx.not_applicable(Ip01a, "IP-01a.na", &[]),
    };
    vec![
        ip00,
        ready_first(IpPre, ready, "IP-PRE.not-met", ctx),
        ip01(p, o, ctx),
        ip01a,
        ip02(o, ctx),
        ctx.yes_no(Ip03, o.reference_architecture_diagram, "offer.referenceArchitectureDiagram"),
    ]
}

/// IP-01: USD 100,000 of Azure consumed revenue, or of billed revenue on a transactable offer.
fn ip01(p: &Partner, o: &Offer, ctx: &Ctx) -> Check {
    let at_least = |v: Option<crate::money::Usd>| Tri::from_opt(v.map(|u| u.cents() >= IP_REVENUE_THRESHOLD_CENTS));
    let consumed = at_least(p.azure_consumed_revenue_usd);
    let billed = Tri::from_opt(o.transactable).and(at_least(o.billed_revenue_usd));
    match consumed.or(billed) {
        Tri::Met => {
            let via = match (consumed, p.azure_consumed_revenue_usd, o.billed_revenue_usd) {
                (Tri::Met, Some(acr), _) => ctx.text("IP-01.via-consumed", &[("amount", &ctx.usd(acr))]),
                (_, _, Some(billed)) => ctx.text("IP-01.via-billed", &[("amount", &ctx.usd(billed))]),
                _ => String::new(),
            };
            ctx.check(Ip01, Outcome::Met, ctx.text("IP-01.met", &[("via", &via)]), None)
        }
        Tri::NotMet => {
            let acr = p.azure_consumed_revenue_usd.map(|u| ctx.usd(u)).unwrap_or_default();
            let billed = match (o.transactable, o.billed_revenue_usd) {
                (Some(false), _) => ctx.text("IP-01.not-transactable", &[]),
                (_, Some(b)) => ctx.text("IP-01.billed-is", &[("amount", &ctx.usd(b))]),
                _ => ctx.text("IP-01.billed-unanswered", &[]),
            };
            let message = ctx.text("IP-01.not-met", &[("consumed", &acr), ("billed", &billed)]);
            ctx.check(Ip01, Outcome::NotMet, message, Some(ctx.text("IP-01.next", &[])))
        }
        Tri::Unknown => {
            let field = if consumed == Tri::Unknown {
                "partner.azureConsumedRevenueUsd"
            } else if o.transactable.is_none() {
                "offer.transactable"
            } else {
                "offer.billedRevenueUsd"
            };
            ctx.unknown(Ip01, field)
        }
    }
}

/// IP-02: transactable VM / Azure Application by default, or validated with more than 50 %.
fn ip02(o: &Offer, ctx: &Ctx) -> Check {
    let default_type = o.offer_type.map(|t| groups::IP_DEFAULT_VALIDATION.contains(&t));
    let by_default = Tri::from_opt(o.transactable).and(Tri::from_opt(default_type));
    let passed = Tri::from_opt(o.technical_validation.map(|v| v == TechnicalValidation::Passed));
    let share = o.azure_ip_infrastructure_percent;
    let over_half = Tri::from_opt(share.map(|p| p.hundredths() > IP_INFRASTRUCTURE_MIN_HUNDREDTHS));
    let validated = passed.and(over_half);
    let percent = |ctx: &Ctx| match share {
        Some(p) => crate::i18n::format_percent(ctx.locale, p),
        None => ctx.text("not-answered", &[]),
    };
    match by_default.or(validated) {
        Tri::Met => {
            let how = if by_default == Tri::Met {
                ctx.text("IP-02.by-default", &[])
            } else {
                ctx.text("IP-02.validated", &[("percent", &percent(ctx))])
            };
            ctx.check(Ip02, Outcome::Met, ctx.text("IP-02.met", &[("how", &how)]), None)
        }
        Tri::NotMet => {
            let validation = match o.technical_validation {
                Some(v) => ctx.text(&format!("validation.{}", v.as_str()), &[]),
                None => ctx.text("not-answered", &[]),
            };
            let message = ctx.text("IP-02.not-met", &[("validation", &validation), ("percent", &percent(ctx))]);
            ctx.check(Ip02, Outcome::NotMet, message, Some(ctx.text("IP-02.next", &[])))
        }
        Tri::Unknown => {
            let field = if validated == Tri::Unknown && o.technical_validation.is_none() {
                "offer.technicalValidation"
            } else if validated == Tri::Unknown {
                "offer.azureIpInfrastructurePercent"
            } else if o.transactable.is_none() {
                "offer.transactable"
            } else {
                "offer.offerType"
            };
            ctx.unknown(Ip02, field)
        }
    }
}

/// BA-00 … BA-04 (RULES.md 4.5).
fn biz_apps(p: &Partner, o: &Offer, ready: Tri, ctx: &Ctx) -> Vec<Check> {
    let later = ctx.co_sell == CoSellRuleset::R2021_07_13;
    let ba00 = match o.offer_type {
        Some(t) if groups::biz_apps(ctx.co_sell).contains(&t) => ctx.keyed(Ba00, Outcome::Met, "BA-00.met", None),
        Some(_) if later => ctx.not_applicable(Ba00, "BA-00.na.2021-07-13", &[]),
        Some(_) => ctx.not_applicable(Ba00, "BA-00.na", &[]),
        None => ctx.unknown(Ba00, "offer.offerType"),
    };
    let (ba01, ba02) = if ba00.outcome == Outcome::NotApplicable {
        (ctx.not_applicable(Ba01, "BA.na", &[]), ctx.not_applicable(Ba02, "BA.na", &[]))
    } else {
        (ready_first(Ba01, ready, "BA-01.not-met", ctx), ba02(p, ctx))
    };
    let all_met = [&ba00, &ba01, &ba02].iter().all(|c| c.outcome == Outcome::Met);
    let ba03 = match later {
        true => ctx.not_applicable(Ba03, "BA-03.na.2021-07-13", &[]),
        false if all_met => ctx.keyed(Ba03, Outcome::Info, "BA-03.info", None),
        false => ctx.not_applicable(Ba03, "BA-03.na", &[]),
    };
    let ba04 = match later {
        true => ctx.not_applicable(Ba04, "BA-04.na.2021-07-13", &[]),
        false if ba00.outcome == Outcome::Met => ctx.keyed(Ba04, Outcome::Info, "BA-04.info", None),
        false => ctx.not_applicable(Ba04, "BA-04.na", &[]),
    };
    vec![ba00, ba01, ba02, ba03, ba04]
}

/// BA-02: ISV Connect premium tier (2021-02-24) or any enrolment (2021-07-13).
fn ba02(p: &Partner, ctx: &Ctx) -> Check {
    let later = ctx.co_sell == CoSellRuleset::R2021_07_13;
    let met = p.isv_connect.map(|v| match v {
        IsvConnect::EnrolledPremium => true,
        IsvConnect::Enrolled => later,
        IsvConnect::None => false,
    });
    match (met, later) {
        (None, _) => ctx.unknown(Ba02, "partner.isvConnect"),
        (Some(true), false) => ctx.keyed(Ba02, Outcome::Met, "BA-02.met", None),
        (Some(true), true) => ctx.keyed(Ba02, Outcome::Met, "BA-02.met.2021-07-13", None),
        (Some(false), false) => ctx.keyed(Ba02, Outcome::NotMet, "BA-02.not-met", Some("BA-02.next")),
        (Some(false), true) => {
            ctx.keyed(Ba02, Outcome::NotMet, "BA-02.not-met.2021-07-13", Some("BA-02.next.2021-07-13"))
        }
    }
}
