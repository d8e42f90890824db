//! Co-sell status: co-sell ready (CS-), Azure IP Co-sell incentivized (IP-) and Biz Apps ISV
//! Connect Premium incentive (BA-). Source: seed `003_50bb911558b9183f.txt` (RULES.md 4) and
//! Partner Center's page of 2023-08-24 (RULES.md 12.3); what a rule set decides is in its record
//! (`rulesets`), read here through `ctx.co_sell()`.

use super::{all_fulfilled, distinct, outcome_of, Ctx, YesNo};
use crate::answers::{
    Answers, ContactRole, CountryCode, IsvConnect, Offer, OfferType, Partner, SolutionType, TechnicalValidation,
};
use crate::fields::Field;
use crate::groups;
use crate::i18n::Msg;
use crate::logic::Tri;
use crate::report::{Check, CoSellReport, CoSellStatus, Outcome};
use crate::rules::RuleId::{self, *};
use crate::rulesets::{BizAppsEnrolment, CoSellOfferTypes, IpValidation, ServiceRequirement};

pub(crate) fn evaluate(answers: &Answers, ctx: &Ctx) -> CoSellReport {
    let (empty_partner, empty_offer) = (Partner::default(), Offer::default());
    let p = answers.partner.as_ref().unwrap_or(&empty_partner);
    let o = answers.offer.as_ref().unwrap_or(&empty_offer);

    let mut checks = vec![
        cs00(o, ctx),
        ctx.yes_no(
            Cs01,
            p.has_mpn_id,
            Field::PartnerHasMpnId,
            YesNo { met: Msg::Cs01Met, not_met: Msg::Cs01NotMet, next: Msg::Cs01Next },
        ),
        ctx.yes_no(
            Cs02,
            p.marketplace_account_active,
            Field::PartnerMarketplaceAccountActive,
            YesNo { met: Msg::Cs02Met, not_met: Msg::Cs02NotMet, next: Msg::Cs02Next },
        ),
        ctx.yes_no(
            Cs03,
            p.business_profile_complete,
            Field::PartnerBusinessProfileComplete,
            YesNo { met: Msg::Cs03Met, not_met: Msg::Cs03NotMet, next: Msg::Cs03Next },
        ),
        ctx.yes_no(
            Cs04,
            o.co_sell_tab_complete,
            Field::OfferCoSellTabComplete,
            YesNo { met: Msg::Cs04Met, not_met: Msg::Cs04NotMet, next: Msg::Cs04Next },
        ),
        ctx.yes_no(
            Cs04a,
            o.one_pager,
            Field::OfferOnePager,
            YesNo { met: Msg::Cs04aMet, not_met: Msg::Cs04aNotMet, next: Msg::Cs04aNext },
        ),
        ctx.yes_no(
            Cs04b,
            o.pitch_deck,
            Field::OfferPitchDeck,
            YesNo { met: Msg::Cs04bMet, not_met: Msg::Cs04bNotMet, next: Msg::Cs04bNext },
        ),
        cs05(o, ctx),
        cs06(o, ctx),
        cs07(p, o, ctx),
        cs08(p, o, ctx),
    ];
    let ready = all_fulfilled(&checks);
    let ip = azure_ip(p, o, ready, ctx);
    let ba = biz_apps(p, o, ready, ctx);
    // IP-03 and IP-04 may not apply (a diagram only for SaaS since 2023; no IP-04 before it).
    let ip_all_met = [Ip00, Ip01, Ip02].iter().all(|r| outcome_of(&ip, *r) == Some(Outcome::Met))
        && [Ip03, Ip04].iter().all(|r| matches!(outcome_of(&ip, *r), Some(Outcome::Met | Outcome::NotApplicable)));
    let ba_met = [Ba00, Ba02].iter().all(|r| outcome_of(&ba, *r) == Some(Outcome::Met));
    let status = match ready {
        Tri::Met if ip_all_met => CoSellStatus::AzureIpCoSellIncentivized,
        Tri::Met if ba_met => CoSellStatus::BizAppsIsvConnectPremiumIncentive,
        Tri::Met => CoSellStatus::CoSellReady,
        _ => CoSellStatus::NotCoSellReady,
    };
    checks.extend(ip);
    checks.extend(ba);
    CoSellReport { status, next_status: super::next_status::co_sell(status, &checks, answers, ctx.co_sell()), checks }
}

/// CS-00: which offer types can take co-sell status, as the rule set says.
fn cs00(o: &Offer, ctx: &Ctx) -> Check {
    match (ctx.co_sell().offer_types, o.offer_type) {
        (CoSellOfferTypes::CoSellTab(types), Some(t)) if !types.contains(&t) => {
            ctx.keyed(Cs00, Outcome::Info, Msg::Cs00Info, Some(Msg::Cs00InfoNext))
        }
        (CoSellOfferTypes::CoSellTab(_), _) => ctx.not_applicable(Cs00, Msg::Cs00Na),
        (CoSellOfferTypes::AllExcept(types), Some(t)) if types.contains(&t) => {
            ctx.keyed(Cs00, Outcome::NotMet, Msg::Cs00NotMet, None)
        }
        (CoSellOfferTypes::AllExcept(_), Some(_)) => ctx.keyed(Cs00, Outcome::Met, Msg::Cs00Met, None),
        (CoSellOfferTypes::AllExcept(_), None) => ctx.unknown(Cs00, Field::OfferOfferType),
    }
}

/// CS-05: live in at least one storefront.
fn cs05(o: &Offer, ctx: &Ctx) -> Check {
    match o.live_in.as_deref() {
        None => ctx.unknown(Cs05, Field::OfferLiveIn),
        Some([]) => ctx.keyed(Cs05, Outcome::NotMet, Msg::Cs05NotMet, Some(Msg::Cs05Next)),
        Some(list) => {
            let names = ctx.storefronts(&distinct(list));
            ctx.check(Cs05, Outcome::Met, ctx.text(Msg::Cs05Met, &[("storefronts", &names)]), None)
        }
    }
}

/// CS-06: a Partner sales contact for every co-sell country (`OOO` covers all).
fn cs06(o: &Offer, ctx: &Ctx) -> Check {
    let geographies = match o.co_sell_geographies.as_deref() {
        None | Some([]) => {
            return ctx.unknown_keyed(
                Cs06,
                Msg::Cs06UnknownCountries,
                Msg::Cs06UnknownCountriesNext,
                Field::OfferCoSellGeographies,
            )
        }
        Some(list) => list,
    };
    let Some(contacts) = o.sales_contacts.as_deref() else {
        return ctx.unknown(Cs06, Field::OfferSalesContacts);
    };
    let covered = |country: &CountryCode| {
        contacts
            .iter()
            .any(|c| c.role == ContactRole::PartnerSales && c.regions.iter().any(|r| r.is_all() || r == country))
    };
    let mut missing: Vec<&CountryCode> = Vec::new();
    for country in geographies.iter().filter(|g| !covered(g)) {
        if !missing.contains(&country) {
            missing.push(country);
        }
    }
    if missing.is_empty() {
        ctx.keyed(Cs06, Outcome::Met, Msg::Cs06Met, None)
    } else {
        let list = ctx.countries(&missing);
        ctx.check(
            Cs06,
            Outcome::NotMet,
            ctx.text(Msg::Cs06NotMet, &[("countries", &list)]),
            Some(ctx.text(Msg::Cs06Next, &[])),
        )
    }
}

/// CS-07: what a service offer needs under the rule set.
fn cs07(p: &Partner, o: &Offer, ctx: &Ctx) -> Check {
    match ctx.co_sell().service {
        ServiceRequirement::GoldForServiceSolutions => cs07_gold(p, o, ctx),
        ServiceRequirement::SolutionsPartnerForConsulting => cs07_designation(p, o, ctx),
    }
}

/// CS-07 (2023-08-24): consulting service offers need a Solutions Partner designation.
fn cs07_designation(p: &Partner, o: &Offer, ctx: &Ctx) -> Check {
    let designation = p.solutions_partner_designation;
    let msgs = YesNo { met: Msg::Cs07Met20230824, not_met: Msg::Cs07NotMet20230824, next: Msg::Cs07Next20230824 };
    match o.offer_type {
        Some(OfferType::ConsultingService) => {
            ctx.yes_no(Cs07, designation, Field::PartnerSolutionsPartnerDesignation, msgs)
        }
        Some(_) => ctx.not_applicable(Cs07, Msg::Cs07Na20230824),
        None if designation == Some(true) => ctx.keyed(Cs07, Outcome::Met, Msg::Cs07Met20230824, None),
        None => ctx.unknown_keyed(Cs07, Msg::Cs07UnknownType20230824, Msg::UnknownNext, Field::OfferOfferType),
    }
}

/// CS-07 (2021 rule sets): service solutions need an active Gold competency.
fn cs07_gold(p: &Partner, o: &Offer, ctx: &Ctx) -> Check {
    let by_solution = o.solution_type.map(groups::is_service_solution_type);
    let by_offer = o.offer_type.map(groups::is_service_offer_type);
    if by_solution == Some(true) || by_offer == Some(true) {
        return match p.gold_competency {
            Some(true) => ctx.keyed(Cs07, Outcome::Met, Msg::Cs07Met, None),
            Some(false) => ctx.keyed(Cs07, Outcome::NotMet, Msg::Cs07NotMet, Some(Msg::Cs07Next)),
            None => ctx.unknown(Cs07, Field::PartnerGoldCompetency),
        };
    }
    if by_solution.is_some() && by_offer.is_some() {
        return ctx.not_applicable(Cs07, Msg::Cs07Na);
    }
    // One of the two type answers is missing and the other is no service value.
    if p.gold_competency == Some(true) {
        ctx.keyed(Cs07, Outcome::Met, Msg::Cs07Met, None)
    } else {
        let missing = if o.offer_type.is_none() { Field::OfferOfferType } else { Field::OfferSolutionType };
        ctx.unknown_keyed(Cs07, Msg::Cs07UnknownTypes, Msg::UnknownNext, missing)
    }
}

/// CS-08: ISV Connect enrolment for Dynamics 365 (except Business Central) and Power Apps.
fn cs08(p: &Partner, o: &Offer, ctx: &Ctx) -> Check {
    let enrolled = p.isv_connect.map(|v| v != IsvConnect::None);
    match o.offer_type {
        Some(t) if groups::ISV_CONNECT_REQUIRED.contains(&t) => match enrolled {
            Some(true) => ctx.keyed(Cs08, Outcome::Met, Msg::Cs08Met, None),
            Some(false) => ctx.keyed(Cs08, Outcome::NotMet, Msg::Cs08NotMet, Some(Msg::Cs08Next)),
            None => ctx.unknown(Cs08, Field::PartnerIsvConnect),
        },
        Some(OfferType::Dynamics365BusinessCentral) => ctx.not_applicable(Cs08, Msg::Cs08NaBusinessCentral),
        Some(_) => ctx.not_applicable(Cs08, Msg::Cs08Na),
        None => match enrolled {
            Some(true) => ctx.keyed(Cs08, Outcome::Met, Msg::Cs08Met, None),
            Some(false) => ctx.unknown_keyed(Cs08, Msg::Cs08UnknownType, Msg::UnknownNext, Field::OfferOfferType),
            None => ctx.unknown(Cs08, Field::PartnerIsvConnect),
        },
    }
}

/// The check shared by IP-PRE and BA-01: co-sell ready first.
fn ready_first(rule: RuleId, ready: Tri, not_met: Msg, ctx: &Ctx) -> Check {
    match ready {
        Tri::Met => ctx.keyed(rule, Outcome::Met, Msg::PreMet, None),
        Tri::NotMet => ctx.keyed(rule, Outcome::NotMet, not_met, Some(Msg::PreNextNotMet)),
        Tri::Unknown => ctx.keyed(rule, Outcome::Unknown, Msg::PreUnknown, Some(Msg::PreNextUnknown)),
    }
}

/// IP-00: the offer type (and, where the rule set says so, the solution type) qualifies.
fn ip00(o: &Offer, ctx: &Ctx) -> Check {
    let ip_type = o.offer_type.map(|t| groups::AZURE_IP.contains(&t));
    let ip_solution = match ctx.co_sell().ip.solution_type {
        true => o.solution_type.map(|s| s == SolutionType::IpApplication),
        false => Some(true),
    };
    match (ip_type, ip_solution, o.solution_type) {
        (Some(false), _, _) => ctx.not_applicable(Ip00, Msg::Ip00Na),
        (_, Some(false), Some(solution)) => {
            let solution = crate::i18n::label(ctx.locale, solution);
            ctx.check(Ip00, Outcome::NotApplicable, ctx.text(Msg::Ip00NaSolutionType, &[("type", solution)]), None)
        }
        (Some(true), Some(true), _) => {
            let status = crate::i18n::co_sell_status_name(
                ctx.locale,
                CoSellStatus::AzureIpCoSellIncentivized,
                ctx.rulesets.co_sell,
            );
            ctx.check(Ip00, Outcome::Met, ctx.text(Msg::Ip00Met, &[("status", status)]), None)
        }
        (None, None, _) => ctx.unknown_keyed(Ip00, Msg::Ip00UnknownBoth, Msg::UnknownNext, Field::OfferOfferType),
        (None, _, _) => ctx.unknown(Ip00, Field::OfferOfferType),
        (_, _, _) => ctx.unknown(Ip00, Field::OfferSolutionType),
    }
}

/// IP-00 … IP-04 (RULES.md 4.4, 12.3).
fn azure_ip(p: &Partner, o: &Offer, ready: Tri, ctx: &Ctx) -> Vec<Check> {
    let ip00 = ip00(o, ctx);
    if ip00.outcome == Outcome::NotApplicable {
        let mut checks = vec![ip00];
        checks.extend([IpPre, Ip01, Ip01a, Ip02, Ip03, Ip04].map(|r| ctx.not_applicable(r, Msg::IpNa)));
        return checks;
    }
    let ip01a = match o.billed_revenue_usd {
        _ if ctx.co_sell().ip.billed_period_stated => ctx.not_applicable(Ip01a, Msg::Ip01aNaPeriodStated),
        Some(_) => ctx.keyed(Ip01a, Outcome::Info, Msg::Ip01aInfo, Some(Msg::Ip01aNext)),
        None => ctx.not_applicable(Ip01a, Msg::Ip01aNa),
    };
    let ip04 = match ctx.co_sell().ip.transactable_required {
        true => ctx.yes_no(
            Ip04,
            o.transactable,
            Field::OfferTransactable,
            YesNo { met: Msg::Ip04Met, not_met: Msg::Ip04NotMet, next: Msg::Ip04Next },
        ),
        false => ctx.not_applicable(Ip04, Msg::Ip04Na),
    };
    vec![
        ip00,
        ready_first(IpPre, ready, Msg::IpPreNotMet, ctx),
        ip01(p, o, ctx),
        ip01a,
        ip02(o, ctx),
        ip03(o, ctx),
        ip04,
    ]
}

/// IP-03: a reference architecture diagram, for the offer types the rule set names.
fn ip03(o: &Offer, ctx: &Ctx) -> Check {
    let types = ctx.co_sell().ip.diagram_types;
    let diagram = o.reference_architecture_diagram;
    let msgs = YesNo { met: Msg::Ip03Met, not_met: Msg::Ip03NotMet, next: Msg::Ip03Next };
    // With the offer type not answered, a missing diagram is a gap only if every IP type needs one.
    let every_type = groups::AZURE_IP.iter().all(|t| types.contains(t));
    match o.offer_type {
        Some(t) if !types.contains(&t) => ctx.not_applicable(Ip03, Msg::Ip03NaType),
        None if !every_type && diagram == Some(false) => ctx.unknown(Ip03, Field::OfferOfferType),
        _ => ctx.yes_no(Ip03, diagram, Field::OfferReferenceArchitectureDiagram, msgs),
    }
}

/// IP-01: USD 100,000 of Azure consumed revenue, or of billed revenue on a transactable offer.
fn ip01(p: &Partner, o: &Offer, ctx: &Ctx) -> Check {
    let min = ctx.co_sell().ip.revenue_min_cents;
    let at_least = |v: Option<crate::money::Usd>| Tri::from_opt(v.map(|u| u.cents() >= min));
    let consumed = at_least(p.azure_consumed_revenue_usd);
    let billed = Tri::from_opt(o.transactable).and(at_least(o.billed_revenue_usd));
    match consumed.or(billed) {
        Tri::Met => {
            let via = match (consumed, p.azure_consumed_revenue_usd, o.billed_revenue_usd) {
                (Tri::Met, Some(acr), _) => ctx.text(Msg::Ip01ViaConsumed, &[("amount", &ctx.usd(acr))]),
                (_, _, Some(billed)) => ctx.text(Msg::Ip01ViaBilled, &[("amount", &ctx.usd(billed))]),
                _ => String::new(),
            };
            ctx.check(Ip01, Outcome::Met, ctx.text(Msg::Ip01Met, &[("via", &via)]), None)
        }
        Tri::NotMet => {
            let acr = p.azure_consumed_revenue_usd.map(|u| ctx.usd(u)).unwrap_or_default();
            let billed = match (o.transactable, o.billed_revenue_usd) {
                (Some(false), _) => ctx.text(Msg::Ip01NotTransactable, &[]),
                (_, Some(b)) => ctx.text(Msg::Ip01BilledIs, &[("amount", &ctx.usd(b))]),
                _ => ctx.text(Msg::Ip01BilledUnanswered, &[]),
            };
            let message = ctx.text(Msg::Ip01NotMet, &[("consumed", &acr), ("billed", &billed)]);
            ctx.check(Ip01, Outcome::NotMet, message, Some(ctx.text(Msg::Ip01Next, &[])))
        }
        Tri::Unknown => {
            let field = if consumed == Tri::Unknown {
                Field::PartnerAzureConsumedRevenueUsd
            } else if o.transactable.is_none() {
                Field::OfferTransactable
            } else {
                Field::OfferBilledRevenueUsd
            };
            ctx.unknown(Ip01, field)
        }
    }
}

/// IP-02: Microsoft's technical validation, as the rule set reads it.
fn ip02(o: &Offer, ctx: &Ctx) -> Check {
    match ctx.co_sell().ip.validation {
        IpValidation::DefaultOrShare(types) => ip02_default_or_share(o, types, ctx),
        IpValidation::PassedOnly => match o.technical_validation {
            Some(TechnicalValidation::Passed) => ctx.keyed(Ip02, Outcome::Met, Msg::Ip02MetPassed, None),
            Some(other) => {
                let message = ctx.text(Msg::Ip02NotMetPassed, &[("validation", &validation_words(Some(other), ctx))]);
                ctx.check(Ip02, Outcome::NotMet, message, Some(ctx.text(Msg::Ip02NextPassed, &[])))
            }
            None => ctx.unknown(Ip02, Field::OfferTechnicalValidation),
        },
    }
}

/// How a validation answer reads in a message ("failed", "not submitted").
fn validation_words(validation: Option<TechnicalValidation>, ctx: &Ctx) -> String {
    match validation {
        Some(TechnicalValidation::Passed) => ctx.text(Msg::ValidationPassed, &[]),
        Some(TechnicalValidation::Failed) => ctx.text(Msg::ValidationFailed, &[]),
        Some(TechnicalValidation::NotSubmitted) => ctx.text(Msg::ValidationNotSubmitted, &[]),
        None => ctx.text(Msg::NotAnswered, &[]),
    }
}

/// IP-02 (2021 rule sets): transactable VM / Azure Application by default, or validated with more
/// than the rule set's share.
fn ip02_default_or_share(o: &Offer, default_types: &[OfferType], ctx: &Ctx) -> Check {
    let default_type = o.offer_type.map(|t| default_types.contains(&t));
    let by_default = Tri::from_opt(o.transactable).and(Tri::from_opt(default_type));
    let passed = Tri::from_opt(o.technical_validation.map(|v| v == TechnicalValidation::Passed));
    let share = o.azure_ip_infrastructure_percent;
    let above = ctx.co_sell().ip.infrastructure_above_hundredths;
    let over_half = Tri::from_opt(share.map(|p| p.hundredths() > above));
    let validated = passed.and(over_half);
    let percent = |ctx: &Ctx| match share {
        Some(p) => crate::i18n::format_percent(ctx.locale, p),
        None => ctx.text(Msg::ShareNotAnswered, &[]),
    };
    match by_default.or(validated) {
        Tri::Met => {
            let how = if by_default == Tri::Met {
                ctx.text(Msg::Ip02ByDefault, &[])
            } else {
                ctx.text(Msg::Ip02Validated, &[("percent", &percent(ctx))])
            };
            ctx.check(Ip02, Outcome::Met, ctx.text(Msg::Ip02Met, &[("how", &how)]), None)
        }
        Tri::NotMet => {
            let validation = validation_words(o.technical_validation, ctx);
            let message = ctx.text(Msg::Ip02NotMet, &[("validation", &validation), ("percent", &percent(ctx))]);
            ctx.check(Ip02, Outcome::NotMet, message, Some(ctx.text(Msg::Ip02Next, &[])))
        }
        Tri::Unknown => {
            let field = if validated == Tri::Unknown && o.technical_validation.is_none() {
                Field::OfferTechnicalValidation
            } else if validated == Tri::Unknown {
                Field::OfferAzureIpInfrastructurePercent
            } else if o.transactable.is_none() {
                Field::OfferTransactable
            } else {
                Field::OfferOfferType
            };
            ctx.unknown(Ip02, field)
        }
    }
}

/// BA-00 … BA-04 (RULES.md 4.5).
fn biz_apps(p: &Partner, o: &Offer, ready: Tri, ctx: &Ctx) -> Vec<Check> {
    let later = ctx.co_sell().biz_apps == BizAppsEnrolment::AnyEnrolment;
    let ba00 = match o.offer_type {
        Some(t) if ctx.co_sell().biz_apps_types.contains(&t) => ctx.keyed(Ba00, Outcome::Met, Msg::Ba00Met, None),
        Some(_) if later => ctx.not_applicable(Ba00, Msg::Ba00Na20210713),
        Some(_) => ctx.not_applicable(Ba00, Msg::Ba00Na),
        None => ctx.unknown(Ba00, Field::OfferOfferType),
    };
    let (ba01, ba02) = if ba00.outcome == Outcome::NotApplicable {
        (ctx.not_applicable(Ba01, Msg::BaNa), ctx.not_applicable(Ba02, Msg::BaNa))
    } else {
        (ready_first(Ba01, ready, Msg::Ba01NotMet, ctx), ba02(p, ctx))
    };
    let all_met = [&ba00, &ba01, &ba02].iter().all(|c| c.outcome == Outcome::Met);
    let ba03 = match later {
        true => ctx.not_applicable(Ba03, Msg::Ba03Na20210713),
        false if all_met => ctx.keyed(Ba03, Outcome::Info, Msg::Ba03Info, None),
        // An offer type that can never reach the incentive is told so, as BA-01 and BA-02 are.
        false if ba00.outcome == Outcome::NotApplicable => ctx.not_applicable(Ba03, Msg::BaNa),
        false => ctx.not_applicable(Ba03, Msg::Ba03Na),
    };
    let ba04 = match later {
        true => ctx.not_applicable(Ba04, Msg::Ba04Na20210713),
        false if ba00.outcome == Outcome::Met => ctx.keyed(Ba04, Outcome::Info, Msg::Ba04Info, None),
        false => ctx.not_applicable(Ba04, Msg::Ba04Na),
    };
    vec![ba00, ba01, ba02, ba03, ba04]
}

/// BA-02: ISV Connect premium tier (2021-02-24) or any enrolment (2021-07-13).
fn ba02(p: &Partner, ctx: &Ctx) -> Check {
    let later = ctx.co_sell().biz_apps == BizAppsEnrolment::AnyEnrolment;
    let met = p.isv_connect.map(|v| match v {
        IsvConnect::EnrolledPremium => true,
        IsvConnect::Enrolled => later,
        IsvConnect::None => false,
    });
    match (met, later) {
        (None, _) => ctx.unknown(Ba02, Field::PartnerIsvConnect),
        (Some(true), false) => ctx.keyed(Ba02, Outcome::Met, Msg::Ba02Met, None),
        (Some(true), true) => ctx.keyed(Ba02, Outcome::Met, Msg::Ba02Met20210713, None),
        (Some(false), false) => ctx.keyed(Ba02, Outcome::NotMet, Msg::Ba02NotMet, Some(Msg::Ba02Next)),
        (Some(false), true) => ctx.keyed(Ba02, Outcome::NotMet, Msg::Ba02NotMet20210713, Some(Msg::Ba02Next20210713)),
    }
}
