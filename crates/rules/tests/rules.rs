//! Edge cases of every rule: each branch, each boundary (>= vs >), each unknown path, in both
//! rule sets where they differ. Answers are written as JSON, as publishers would send them.

// Test code: a failing helper fails its test with its message (the workspace lints deny these
// outside tests; clippy.toml allows them only inside `#[test]` functions).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use eligibility_rules::{
    answers_from_json, evaluate, i18n, CoSellStatus, Date, Locale, Options, Outcome, Program, Report, RuleId,
};
use serde_json::{json, Value};

mod common;
use common::with;

fn report_in(answers: Value, locale: Locale) -> Report {
    common::report_in(&answers, locale)
}

fn report(answers: Value) -> Report {
    report_in(answers, Locale::En)
}

fn outcome(r: &Report, rule: &str) -> &'static str {
    let id = RuleId::from_str_opt(rule).unwrap_or_else(|| panic!("no rule {rule}"));
    r.check(id).map(|c| c.outcome.as_str()).unwrap_or("absent")
}

fn message(r: &Report, rule: &str) -> String {
    r.check(RuleId::from_str_opt(rule).unwrap()).unwrap().message.clone()
}

fn next(r: &Report, rule: &str) -> Option<String> {
    r.check(RuleId::from_str_opt(rule).unwrap()).unwrap().next_step.clone()
}

/// A SaaS offer that is co-sell ready (like shared case 001), to vary one answer at a time.
fn ready() -> Value {
    json!({
        "asOf": "2021-03-15",
        "partner": { "hasMpnId": true, "marketplaceAccountActive": true, "businessProfileComplete": true,
                     "goldCompetency": false, "isvConnect": "none", "azureConsumedRevenueUsd": 0 },
        "offer": { "offerType": "saas", "solutionType": "ip-application", "liveIn": ["azure-marketplace"],
                   "coSellTabComplete": true, "onePager": true, "pitchDeck": true, "coSellGeographies": ["US", "NL"],
                   "salesContacts": [{ "role": "partner-sales", "regions": ["US", "NL"] }],
                   "transactable": true, "billedRevenueUsd": 0, "technicalValidation": "not-submitted",
                   "azureIpInfrastructurePercent": 0, "referenceArchitectureDiagram": true }
    })
}

#[test]
fn every_report_lists_all_rules_of_each_program_in_order() {
    for answers in [json!({}), ready()] {
        let r = report(answers);
        let sections = [
            (Program::CoSell, &r.co_sell.checks),
            (Program::Rewards, &r.rewards.checks),
            (Program::Apss, &r.apss.checks),
            (Program::Storefront, &r.storefront.checks),
            (Program::LeadSharing, &r.lead_sharing.checks),
        ];
        for (program, checks) in sections {
            let ids: Vec<RuleId> = checks.iter().map(|c| c.rule).collect();
            assert_eq!(ids, RuleId::of_program(program).collect::<Vec<_>>(), "{program}");
            assert_eq!(r.checks(program), checks.as_slice(), "{program}: looked up by program");
        }
        assert_eq!(r.checks_len(), RuleId::ALL.len());
    }
}

#[test]
fn each_program_s_status_is_looked_up_by_program_as_json_spells_it() {
    let r = report(ready());
    let json = serde_json::to_value(&r).unwrap();
    for program in Program::ALL {
        let status = json[program.as_str()].get("status").and_then(|s| s.as_str());
        assert_eq!(r.status(*program), status, "{program}");
    }
    assert_eq!(r.status(Program::CoSell), Some("co-sell-ready"));
    assert_eq!(r.status(Program::Storefront), None, "the advisor has storefronts, not a status");
}

#[test]
fn yes_no_rules_map_true_false_and_unanswered() {
    let cases = [
        ("CS-01", "/partner/hasMpnId"),
        ("CS-02", "/partner/marketplaceAccountActive"),
        ("CS-03", "/partner/businessProfileComplete"),
        ("CS-04", "/offer/coSellTabComplete"),
        ("CS-04a", "/offer/onePager"),
        ("CS-04b", "/offer/pitchDeck"),
        ("IP-03", "/offer/referenceArchitectureDiagram"),
    ];
    for (rule, field) in cases {
        let r = report(with(ready(), field, json!(true)));
        assert_eq!((outcome(&r, rule), next(&r, rule)), ("met", None), "{rule}");
        let r = report(with(ready(), field, json!(false)));
        assert_eq!(outcome(&r, rule), "not-met", "{rule}");
        assert!(next(&r, rule).is_some(), "{rule} has a next step when not met");
        let r = report(with(ready(), field, Value::Null));
        assert_eq!(outcome(&r, rule), "unknown", "{rule}");
        assert!(message(&r, rule).starts_with("Not answered yet: "), "{rule}: {}", message(&r, rule));
        if rule.starts_with("CS") {
            assert_eq!(r.co_sell.status.as_str(), "not-co-sell-ready", "{rule} unknown blocks the status");
        }
    }
}

#[test]
fn cs00_depends_on_the_rule_set() {
    let r = report(with(ready(), "/offer/offerType", json!("azure-container")));
    assert_eq!(outcome(&r, "CS-00"), "info");
    assert!(next(&r, "CS-00").is_some());
    assert_eq!(outcome(&report(json!({})), "CS-00"), "not-applicable");
    let later =
        |t: Value| report(with(with(ready(), "/offer/offerType", t), "/rulesets", json!({ "coSell": "2021-07-13" })));
    let r = later(json!("office-add-in"));
    assert_eq!((outcome(&r, "CS-00"), next(&r, "CS-00")), ("not-met", None), "nothing can change this");
    assert_eq!(r.co_sell.status.as_str(), "not-co-sell-ready");
    assert_eq!(outcome(&later(json!("azure-container")), "CS-00"), "met");
    assert_eq!(outcome(&later(Value::Null), "CS-00"), "unknown");
    let r = report(with(ready(), "/offer/offerType", json!("office-add-in")));
    assert_eq!(
        (outcome(&r, "CS-00"), r.co_sell.status.as_str()),
        ("info", "co-sell-ready"),
        "2021-02-24 excludes nothing"
    );
}

#[test]
fn cs05_live_somewhere() {
    assert_eq!(outcome(&report(with(ready(), "/offer/liveIn", json!([]))), "CS-05"), "not-met");
    assert_eq!(outcome(&report(with(ready(), "/offer/liveIn", Value::Null)), "CS-05"), "unknown");
    let r = report(with(ready(), "/offer/liveIn", json!(["appsource", "azure-marketplace", "appsource"])));
    assert_eq!(message(&r, "CS-05"), "The offer is live in AppSource and Azure Marketplace.");
}

#[test]
fn cs06_partner_sales_contact_per_country() {
    let contacts = |c: Value| report(with(ready(), "/offer/salesContacts", c));
    let r = contacts(
        json!([{ "role": "partner-marketing", "regions": ["OOO"] }, { "role": "partner-sales", "regions": ["NL"] }]),
    );
    assert_eq!(outcome(&r, "CS-06"), "not-met", "another role covers nothing");
    assert_eq!(message(&r, "CS-06"), "No Partner sales contact for: US.");
    let r = contacts(json!([]));
    assert_eq!(message(&r, "CS-06"), "No Partner sales contact for: US, NL.");
    assert_eq!(outcome(&contacts(json!([{ "role": "partner-sales", "regions": [] }])), "CS-06"), "not-met");
    assert_eq!(outcome(&contacts(json!([{ "role": "partner-sales", "regions": ["OOO"] }])), "CS-06"), "met");
    let r = contacts(Value::Null);
    assert_eq!(
        (outcome(&r, "CS-06"), message(&r, "CS-06").as_str()),
        ("unknown", "Not answered yet: Sales contacts, with role and regions.")
    );
    for geos in [Value::Null, json!([])] {
        let r = report(with(ready(), "/offer/coSellGeographies", geos));
        assert_eq!(
            (outcome(&r, "CS-06"), message(&r, "CS-06").as_str()),
            ("unknown", "List the countries where you want co-sell.")
        );
    }
    let r = report(with(
        with(ready(), "/offer/coSellGeographies", json!(["DE", "FR", "DE"])),
        "/offer/salesContacts",
        json!([]),
    ));
    assert_eq!(message(&r, "CS-06"), "No Partner sales contact for: DE, FR.", "order kept, repeats once");
}

#[test]
fn cs07_gold_for_service_solutions() {
    let case = |solution: Value, offer: Value, gold: Value| {
        let a = with(
            with(with(ready(), "/offer/solutionType", solution), "/offer/offerType", offer),
            "/partner/goldCompetency",
            gold,
        );
        outcome(&report(a), "CS-07")
    };
    assert_eq!(case(json!("service"), json!("saas"), json!(true)), "met");
    assert_eq!(case(json!("service"), json!("saas"), json!(false)), "not-met");
    assert_eq!(case(json!("managed-service"), json!("saas"), Value::Null), "unknown");
    assert_eq!(case(json!("ip-application"), json!("consulting-service"), json!(false)), "not-met");
    assert_eq!(case(json!("ip-application"), json!("managed-service"), json!(true)), "met");
    assert_eq!(case(json!("ip-application"), json!("saas"), json!(false)), "not-applicable");
    assert_eq!(case(json!("device-hardware"), json!("azure-application"), Value::Null), "not-applicable");
    // One type missing, the other not a service: Gold settles it, otherwise unknown.
    assert_eq!(case(Value::Null, json!("saas"), json!(true)), "met");
    assert_eq!(case(Value::Null, json!("saas"), json!(false)), "unknown");
    assert_eq!(case(json!("ip-application"), Value::Null, Value::Null), "unknown");
    assert_eq!(
        case(Value::Null, json!("consulting-service"), json!(false)),
        "not-met",
        "an offer type alone can make it apply"
    );
}

#[test]
fn cs08_isv_connect_for_business_applications() {
    let case =
        |offer: Value, isv: Value| report(with(with(ready(), "/offer/offerType", offer), "/partner/isvConnect", isv));
    for t in ["dynamics-365-customer-engagement", "dynamics-365-finance-operations", "power-apps"] {
        assert_eq!(outcome(&case(json!(t), json!("none")), "CS-08"), "not-met", "{t}");
        assert_eq!(outcome(&case(json!(t), json!("enrolled")), "CS-08"), "met", "{t}");
        assert_eq!(outcome(&case(json!(t), json!("enrolled-premium")), "CS-08"), "met", "{t}");
        assert_eq!(outcome(&case(json!(t), Value::Null), "CS-08"), "unknown", "{t}");
    }
    let r = case(json!("dynamics-365-business-central"), json!("none"));
    assert_eq!(outcome(&r, "CS-08"), "not-applicable");
    assert_eq!(message(&r, "CS-08"), "Dynamics 365 Business Central offers are exempt from ISV Connect enrolment.");
    assert_eq!(outcome(&case(json!("saas"), Value::Null), "CS-08"), "not-applicable");
    assert_eq!(outcome(&case(Value::Null, json!("enrolled")), "CS-08"), "met");
    assert_eq!(outcome(&case(Value::Null, json!("none")), "CS-08"), "unknown");
    assert_eq!(outcome(&case(Value::Null, Value::Null), "CS-08"), "unknown");
}

fn ip(pointer: &str, value: Value) -> Report {
    report(with(ready(), pointer, value))
}

#[test]
fn ip01_revenue_threshold_is_inclusive_and_has_two_paths() {
    assert_eq!(outcome(&ip("/partner/azureConsumedRevenueUsd", json!(100000)), "IP-01"), "met");
    assert_eq!(outcome(&ip("/partner/azureConsumedRevenueUsd", json!(99999.99)), "IP-01"), "not-met");
    let r = ip("/offer/billedRevenueUsd", json!(100000.00));
    assert_eq!(outcome(&r, "IP-01"), "met");
    assert_eq!(
        message(&r, "IP-01"),
        "The revenue requirement is met through marketplace billed revenue of USD 100,000.00."
    );
    let not_transactable =
        with(with(ready(), "/offer/transactable", json!(false)), "/offer/billedRevenueUsd", json!(500000));
    let r = report(not_transactable.clone());
    assert_eq!(outcome(&r, "IP-01"), "not-met");
    assert_eq!(
        message(&r, "IP-01"),
        "The revenue requirement of USD 100,000 is not met: Azure consumed revenue is USD 0.00, and the offer is not transactable."
    );
    let r = report(with(ready(), "/offer/billedRevenueUsd", json!(99999.99)));
    assert_eq!(
        message(&r, "IP-01"),
        "The revenue requirement of USD 100,000 is not met: Azure consumed revenue is USD 0.00, and billed revenue is USD 99,999.99."
    );
    let nl = report_in(with(ready(), "/offer/billedRevenueUsd", json!(99999.99)), Locale::Nl);
    assert_eq!(
        message(&nl, "IP-01"),
        "De omzeteis van USD 100.000 is niet gehaald: de Azure-verbruiksomzet is USD 0,00 en de gefactureerde omzet is USD 99.999,99."
    );
    // Unknowns: consumed missing and billed path below → unknown; a met path wins over unknowns.
    let r = ip("/partner/azureConsumedRevenueUsd", Value::Null);
    assert_eq!(
        (outcome(&r, "IP-01"), message(&r, "IP-01").as_str()),
        (
            "unknown",
            "Not answered yet: Azure consumed revenue (ACR) of your whole organisation over the last 12 months (USD)."
        )
    );
    let a =
        with(with(ready(), "/partner/azureConsumedRevenueUsd", Value::Null), "/offer/billedRevenueUsd", json!(200000));
    assert_eq!(outcome(&report(a), "IP-01"), "met");
    let a = with(with(ready(), "/offer/transactable", Value::Null), "/offer/billedRevenueUsd", json!(200000));
    assert_eq!(
        message(&report(a), "IP-01"),
        "Not answered yet: Is the offer transactable (sold and billed through Microsoft)?"
    );
}

#[test]
fn ip01a_notes_the_missing_period_only_for_answered_billed_revenue() {
    assert_eq!(outcome(&report(ready()), "IP-01a"), "info");
    assert_eq!(outcome(&ip("/offer/billedRevenueUsd", Value::Null), "IP-01a"), "not-applicable");
    assert_eq!(outcome(&ip("/offer/offerType", json!("power-bi-app")), "IP-01a"), "not-applicable");
}

#[test]
fn ip02_default_path_and_strict_fifty_percent() {
    let validated = |v: &str, pct: Value| {
        let a = with(with(ready(), "/offer/technicalValidation", json!(v)), "/offer/azureIpInfrastructurePercent", pct);
        outcome(&report(a), "IP-02")
    };
    assert_eq!(validated("passed", json!(50)), "not-met", "50 % is not more than half");
    assert_eq!(validated("passed", json!(50.01)), "met");
    assert_eq!(validated("failed", json!(90)), "not-met");
    assert_eq!(validated("not-submitted", json!(90)), "not-met");
    assert_eq!(validated("passed", Value::Null), "unknown");
    for t in ["azure-virtual-machine", "azure-application"] {
        let r = ip("/offer/offerType", json!(t));
        assert_eq!(outcome(&r, "IP-02"), "met", "{t} passes by default when transactable");
        assert!(message(&r, "IP-02").contains("by default"));
        let a = with(with(ready(), "/offer/offerType", json!(t)), "/offer/transactable", json!(false));
        assert_eq!(outcome(&report(a), "IP-02"), "not-met", "{t} not transactable");
    }
    for t in ["saas", "azure-container", "iot-edge-module"] {
        assert_eq!(outcome(&ip("/offer/offerType", json!(t)), "IP-02"), "not-met", "{t} needs validation");
    }
    let r = ip("/offer/azureIpInfrastructurePercent", json!(40));
    assert_eq!(message(&r, "IP-02"), "Microsoft's technical validation must show that more than half of the offer's infrastructure runs your own repeatable IP on Azure (now: validation not submitted, 40 %).");
}

#[test]
fn ip_rules_do_not_apply_to_other_offer_types_and_need_co_sell_ready_first() {
    let r = ip("/offer/offerType", json!("dynamics-365-business-central"));
    for rule in ["IP-00", "IP-PRE", "IP-01", "IP-01a", "IP-02", "IP-03"] {
        assert_eq!(outcome(&r, rule), "not-applicable", "{rule}");
    }
    assert_eq!(outcome(&report(json!({})), "IP-00"), "unknown");
    let a = with(
        with(ready(), "/partner/azureConsumedRevenueUsd", json!(100000)),
        "/offer/technicalValidation",
        json!("passed"),
    );
    let incentivized = with(a, "/offer/azureIpInfrastructurePercent", json!(75));
    assert_eq!(report(incentivized.clone()).co_sell.status.as_str(), "azure-ip-co-sell-incentivized");
    let r = report(with(incentivized.clone(), "/partner/hasMpnId", json!(false)));
    assert_eq!((outcome(&r, "IP-PRE"), r.co_sell.status.as_str()), ("not-met", "not-co-sell-ready"));
    assert_eq!(outcome(&r, "IP-01"), "met", "IP requirements are still evaluated on their own");
    let r = report(with(incentivized, "/offer/onePager", Value::Null));
    assert_eq!(outcome(&r, "IP-PRE"), "unknown");
    assert_eq!(next(&r, "IP-PRE").as_deref(), Some("Answer the co-sell ready questions that are still open."));
}

#[test]
fn biz_apps_rules_in_both_rule_sets() {
    let case = |t: &str, isv: &str, rs: &str| {
        let a = with(
            with(with(ready(), "/offer/offerType", json!(t)), "/partner/isvConnect", json!(isv)),
            "/rulesets",
            json!({ "coSell": rs }),
        );
        report(a)
    };
    let r = case("dynamics-365-business-central", "enrolled-premium", "2021-02-24");
    assert_eq!(
        r.co_sell.status.as_str(),
        "biz-apps-isv-connect-premium-incentive",
        "Business Central counts in 2021-02-24"
    );
    assert_eq!((outcome(&r, "BA-03"), outcome(&r, "BA-04")), ("info", "info"));
    let r = case("dynamics-365-business-central", "enrolled-premium", "2021-07-13");
    assert_eq!(
        (outcome(&r, "BA-00"), outcome(&r, "BA-01"), outcome(&r, "BA-02")),
        ("not-applicable", "not-applicable", "not-applicable")
    );
    assert_eq!(r.co_sell.status.as_str(), "co-sell-ready");
    let r = case("power-apps", "enrolled", "2021-02-24");
    assert_eq!(
        (outcome(&r, "BA-02"), outcome(&r, "BA-03"), outcome(&r, "BA-04")),
        ("not-met", "not-applicable", "info")
    );
    let r = case("power-apps", "enrolled", "2021-07-13");
    assert_eq!((outcome(&r, "BA-02"), r.co_sell.status.as_str()), ("met", "biz-apps-isv-connect-premium-incentive"));
    assert_eq!((outcome(&r, "BA-03"), outcome(&r, "BA-04")), ("not-applicable", "not-applicable"));
    let r = case("power-apps", "none", "2021-07-13");
    assert_eq!(next(&r, "BA-02").as_deref(), Some("Enrol in the ISV Connect Program."));
    let r = case("saas", "enrolled-premium", "2021-02-24");
    assert_eq!((outcome(&r, "BA-00"), outcome(&r, "BA-04")), ("not-applicable", "not-applicable"));
    assert_eq!(i18n::co_sell_status_name(Locale::En, r.co_sell.status, r.rulesets.co_sell), "Co-sell ready");
}

fn rewards(offer: Value, rewards: Value) -> Report {
    report(json!({ "asOf": "2021-03-15", "partner": { "hasMpnId": true }, "offer": offer, "rewards": rewards }))
}

#[test]
fn rewards_status_track_and_tiers() {
    let r = report(
        json!({ "partner": { "hasMpnId": true, "partnerTypes": ["services-partner"], "goldCompetency": false }, "offer": { "liveIn": [] } }),
    );
    assert_eq!((r.rewards.status.as_str(), outcome(&r, "MR-01")), ("publish-offer-first", "met"));
    assert_eq!(outcome(&r, "MR-07"), "not-applicable");
    assert_eq!(r.rewards.go_live_follow_up.as_str(), "not-needed");
    let r = report(json!({ "partner": { "hasMpnId": false }, "offer": { "liveIn": ["appsource"] } }));
    assert_eq!(r.rewards.status.as_str(), "not-eligible");
    for (listing, track, mr04) in [
        ("contact-me", "contact-me", "not-applicable"),
        ("free-trial", "free-trial", "not-applicable"),
        ("transact", "transact", "info"),
        ("get-it-now", "not-defined", "not-applicable"),
    ] {
        let r =
            rewards(json!({ "liveIn": ["appsource"], "listingType": listing, "billedRevenueUsd": 1234.5 }), json!({}));
        assert_eq!(
            (r.rewards.track.as_str(), outcome(&r, "MR-03"), outcome(&r, "MR-04")),
            (track, "info", mr04),
            "{listing}"
        );
        if listing == "transact" {
            assert!(message(&r, "MR-04").ends_with(" Your billed revenue: USD 1,234.50."), "{}", message(&r, "MR-04"));
        }
        assert_eq!(next(&r, "MR-03").is_some(), listing == "get-it-now");
    }
    assert_eq!(outcome(&rewards(json!({ "liveIn": ["appsource"] }), json!({})), "MR-03"), "unknown");
}

#[test]
fn marketing_contact_checks_and_activation() {
    let base = json!({ "marketingContactAssigned": true, "contactIsPartnerCenterUser": true, "contactEmail": " Marketing@Contoso.com ",
                       "companyAccountEmail": "admin@contoso.com", "contactPhone": "+31 20", "contactLanguage": "nl" });
    let offer = json!({ "liveIn": ["appsource"] });
    let r = rewards(offer.clone(), base.clone());
    assert_eq!((outcome(&r, "MR-05b"), r.rewards.activation.as_str(), outcome(&r, "MR-06")), ("met", "ready", "info"));
    assert_eq!(message(&r, "MR-06"), "The marketing contact is set up; you can activate the benefit you want.");
    let r = rewards(offer.clone(), with(base.clone(), "/companyAccountEmail", json!("MARKETING@contoso.COM")));
    assert_eq!((outcome(&r, "MR-05b"), r.rewards.activation.as_str()), ("not-met", "blocked"));
    for bad in ["marketing@contoso", "marketing contoso.com", "@contoso.com", "a@b..com", ""] {
        let r = rewards(offer.clone(), with(base.clone(), "/contactEmail", json!(bad)));
        assert_eq!(message(&r, "MR-05b"), "The marketing contact's e-mail address is not valid.", "{bad:?}");
    }
    let r = rewards(offer.clone(), with(base.clone(), "/companyAccountEmail", Value::Null));
    assert_eq!((outcome(&r, "MR-05b"), r.rewards.activation.as_str()), ("unknown", "unknown"));
    let r = rewards(offer.clone(), with(base.clone(), "/contactPhone", json!("   ")));
    assert_eq!(outcome(&r, "MR-05c"), "not-met", "whitespace only is empty");
    let r =
        rewards(offer.clone(), with(with(base.clone(), "/contactPhone", json!("")), "/contactLanguage", Value::Null));
    assert_eq!(outcome(&r, "MR-05c"), "not-met", "empty and unknown is not met");
    let r = rewards(offer.clone(), with(base.clone(), "/marketingContactAssigned", json!(false)));
    assert_eq!((r.rewards.activation.as_str(), outcome(&r, "MR-06")), ("blocked", "not-applicable"));
    // Activated wins, and after more than 7 days the next step is to follow up.
    let activated = |on: &str| {
        rewards(
            offer.clone(),
            with(with(base.clone(), "/marketingContactAssigned", json!(false)), "/activatedOn", json!(on)),
        )
    };
    let r = activated("2021-03-08");
    assert_eq!((r.rewards.activation.as_str(), next(&r, "MR-06")), ("activated", None), "7 days: still within a week");
    assert_eq!(message(&r, "MR-06"), "Benefit activated on 8 March 2021; someone from the Rewards team should contact your marketing contact within a week.");
    assert!(next(&activated("2021-03-07"), "MR-06").is_some(), "8 days: follow up");
}

#[test]
fn go_live_follow_up_after_four_weeks() {
    let follow = |since: Value, received: Value, owner: Value| {
        let offer = with(
            with(with(json!({ "liveIn": ["appsource"] }), "/liveSince", since), "/rewardsMessageReceived", received),
            "/offerOwner",
            owner,
        );
        rewards(offer, json!({}))
    };
    let r = follow(json!("2021-02-15"), json!(false), json!("known-present"));
    assert_eq!((r.rewards.go_live_follow_up.as_str(), outcome(&r, "MR-07")), ("wait", "info"), "28 days: wait");
    assert_eq!(
        message(&r, "MR-07"),
        "Your offer has been live for 28 days. The Rewards team gets in touch after go-live, so wait until it has been \
         live for more than four weeks: follow up from 16 March 2021 if you have not heard by then."
    );
    // The day it names is the first day the follow-up changes: one day later (as seen from the
    // same evaluation date, an offer live one day longer) it is no longer "wait".
    let r = follow(json!("2021-02-14"), json!(false), json!("known-present"));
    assert_eq!(
        r.rewards.go_live_follow_up.as_str(),
        "contact-offer-owner",
        "29 days, from the named day on: follow up"
    );
    let r = follow(json!("2021-02-14"), json!(false), json!("known-present"));
    assert_eq!(
        (r.rewards.go_live_follow_up.as_str(), outcome(&r, "MR-07"), outcome(&r, "MR-08")),
        ("contact-offer-owner", "not-met", "met")
    );
    let r = follow(json!("2021-02-14"), json!(false), json!("left-company"));
    assert_eq!((r.rewards.go_live_follow_up.as_str(), outcome(&r, "MR-08")), ("open-support-ticket", "not-met"));
    assert!(next(&r, "MR-08").unwrap().contains("https://aka.ms/marketplacepublishersupport"));
    let r = follow(json!("2021-02-14"), json!(false), Value::Null);
    assert_eq!((r.rewards.go_live_follow_up.as_str(), outcome(&r, "MR-08")), ("open-support-ticket", "unknown"));
    let r = follow(json!("2021-04-01"), json!(false), Value::Null);
    assert_eq!(r.rewards.go_live_follow_up.as_str(), "wait", "a future go-live date waits");
    let r = follow(json!("2020-01-01"), json!(true), Value::Null);
    assert_eq!((r.rewards.go_live_follow_up.as_str(), outcome(&r, "MR-07")), ("not-needed", "met"));
    let r = follow(json!("2020-01-01"), Value::Null, Value::Null);
    assert_eq!((r.rewards.go_live_follow_up.as_str(), outcome(&r, "MR-07")), ("unknown", "unknown"));
    assert_eq!(outcome(&r, "MR-09"), "info");
}

fn apss(partner: Value, apss: Value) -> Report {
    report(json!({ "asOf": "2021-03-15", "partner": partner, "apss": apss }))
}

#[test]
fn apss_availability_uses_and_marketplace_cut_off() {
    let ok = json!({ "cspPartner": true, "partnerCenterRole": "global-admin" });
    assert_eq!(apss(ok.clone(), json!({})).apss.status.as_str(), "available");
    assert_eq!(apss(json!({ "cspPartner": false }), json!({})).apss.status.as_str(), "not-available");
    assert_eq!(apss(json!({ "partnerCenterRole": "other" }), json!({})).apss.status.as_str(), "not-available");
    assert_eq!(apss(json!({ "cspPartner": true }), json!({})).apss.status.as_str(), "unknown");
    let r = apss(ok.clone(), json!({ "targetTenant": "customer", "uses": ["dev-test", "reserved-instances"] }));
    assert!(r.apss.uses.iter().all(|u| !u.allowed), "nothing is allowed on a customer tenant");
    assert_eq!((outcome(&r, "AP-04"), outcome(&r, "AP-07")), ("not-met", "info"));
    let r = apss(ok.clone(), json!({ "uses": ["office365-or-dynamics-licences", "other-services-on-tenant"] }));
    assert_eq!((outcome(&r, "AP-05"), outcome(&r, "AP-06")), ("not-met", "met"));
    let r = apss(ok.clone(), json!({ "uses": [] }));
    assert_eq!(
        (outcome(&r, "AP-05"), outcome(&r, "AP-06"), outcome(&r, "AP-07")),
        ("not-applicable", "not-applicable", "not-applicable")
    );
    let market = |item: &str, on: Value, existing: Value| {
        let r = apss(
            ok.clone(),
            with(with(json!({ "marketplaceItem": item }), "/purchasedOn", on), "/existingDeployment", existing),
        );
        (r.apss.marketplace.as_str(), outcome(&r, "AP-08"), outcome(&r, "AP-09"))
    };
    assert_eq!(market("byol", json!("2019-02-28"), Value::Null), ("supported", "met", "not-applicable"));
    assert_eq!(
        market("free-service", json!("2019-03-01"), Value::Null),
        ("not-supported", "not-met", "not-applicable"),
        "1 March 2019 itself is not supported"
    );
    assert_eq!(market("byol", json!("2019-02-28"), json!(true)), ("existing-deployment-unaffected", "met", "info"));
    assert_eq!(market("byol", json!("2020-01-01"), json!(true)), ("not-supported", "not-met", "not-applicable"));
    assert_eq!(
        market("other-third-party", json!("2018-01-01"), Value::Null),
        ("not-supported", "not-met", "not-applicable")
    );
    assert_eq!(market("byol", Value::Null, Value::Null), ("unknown", "unknown", "not-applicable"));
    assert_eq!(
        market("none", json!("2018-01-01"), Value::Null),
        ("not-applicable", "not-applicable", "not-applicable")
    );
    let r = apss(ok, json!({ "marketplaceItem": "other-third-party" }));
    assert_eq!(
        message(&r, "AP-08"),
        "APSS has never supported third-party marketplace offers other than BYOL and free services."
    );
    assert!(next(&r, "AP-08").unwrap().starts_with("(1) For the full marketplace catalogue"));
}

fn storefront(needs: Value, ruleset: &str) -> Report {
    report(json!({ "rulesets": { "storefront": ruleset }, "storefront": needs }))
}

#[test]
fn storefront_needs_point_to_storefronts_per_rule_set() {
    let fronts = |needs: Value, rs: &str| -> Vec<&'static str> {
        storefront(needs, rs).storefront.storefronts.iter().map(|s| s.as_str()).collect()
    };
    for rs in ["2018-06-05", "2018-06-05-later"] {
        assert_eq!(fronts(json!({ "audience": "business-users" }), rs), ["appsource"]);
        assert_eq!(fronts(json!({ "audience": "it-pros-developers" }), rs), ["azure-marketplace"]);
        assert_eq!(fronts(json!({ "clouds": ["public"] }), rs), Vec::<&str>::new());
        assert_eq!(fronts(json!({ "clouds": ["regional-china"] }), rs), ["azure-marketplace"]);
        assert_eq!(
            fronts(json!({ "inProduct": ["office-365", "azure-portal"] }), rs),
            ["appsource", "azure-marketplace"]
        );
        assert_eq!(fronts(json!({ "billing": "trial-only" }), rs), Vec::<&str>::new());
        assert_eq!(fronts(json!({ "billing": "pay-as-you-go" }), rs), ["azure-marketplace"]);
        assert_eq!(fronts(json!({ "linkPartners": false }), rs), Vec::<&str>::new());
        assert_eq!(
            fronts(json!({ "linkPartners": true, "clouds": ["azure-stack"] }), rs),
            ["appsource", "azure-marketplace"]
        );
    }
    for billing in ["free-tier", "try-it-now", "byol", "commerce-transaction"] {
        assert_eq!(fronts(json!({ "billing": billing }), "2018-06-05"), ["azure-marketplace"], "{billing}");
        assert_eq!(
            fronts(json!({ "billing": billing }), "2018-06-05-later"),
            ["appsource", "azure-marketplace"],
            "{billing}"
        );
    }
    let r = storefront(json!({ "inProduct": ["dynamics-365", "azure-portal"] }), "2018-06-05");
    assert!(
        message(&r, "SF-03").ends_with("Your choices: Dynamics 365: AppSource; Azure portal: Azure Marketplace."),
        "{}",
        message(&r, "SF-03")
    );
    let r = storefront(json!({ "inProduct": [], "clouds": [] }), "2018-06-05");
    assert_eq!(
        (outcome(&r, "SF-02"), outcome(&r, "SF-03"), outcome(&r, "SF-01")),
        ("not-applicable", "not-applicable", "unknown")
    );
    assert_eq!(r.rulesets.storefront.as_str(), "2018-06-05");
}

#[test]
fn lead_sharing_lists_live_storefronts_or_both() {
    let fronts = |live: Value| -> Vec<&'static str> {
        report(json!({ "offer": { "liveIn": live } }))
            .lead_sharing
            .storefronts
            .iter()
            .map(|e| e.storefront.as_str())
            .collect()
    };
    assert_eq!(fronts(json!(["azure-marketplace"])), ["azure-marketplace"]);
    assert_eq!(
        fronts(json!(["azure-marketplace", "appsource", "azure-marketplace"])),
        ["appsource", "azure-marketplace"]
    );
    assert_eq!(fronts(json!([])), ["appsource", "azure-marketplace"]);
    assert_eq!(fronts(Value::Null), ["appsource", "azure-marketplace"]);
    let r = report(json!({ "offer": { "liveIn": ["appsource"] } }));
    assert!(message(&r, "LS-01").ends_with("go to your CRM and the Microsoft field seller CRM."));
    assert!(next(&r, "LS-01").is_some() && next(&r, "LS-02").is_none());
}

#[test]
fn reports_speak_dutch_when_asked_and_never_show_a_missing_text() {
    let r = report_in(ready(), Locale::Nl);
    assert_eq!(message(&r, "CS-01"), "U hebt een MPN-ID.");
    assert_eq!(r.locale.as_str(), "nl");
    let r = report_in(json!({}), Locale::Nl);
    assert_eq!(
        message(&r, "CS-02"),
        "Nog niet beantwoord: Is uw account voor de commerciële marketplace in Partner Center actief?"
    );
    for locale in Locale::ALL {
        for answers in [json!({}), ready()] {
            let r = report_in(answers, *locale);
            for c in r.all_checks() {
                assert!(!c.message.contains('{') && !c.message.contains('}'), "{} {}: {}", locale, c.rule, c.message);
                assert!(!c.message.trim().is_empty(), "{} {} has no message", locale, c.rule);
                if matches!(c.outcome, Outcome::Met | Outcome::NotApplicable) {
                    assert_eq!(c.next_step, None, "{} {}", locale, c.rule);
                }
            }
        }
    }
}

#[test]
fn as_of_comes_from_the_answers_or_from_today() {
    let a = answers_from_json(
        r#"{"offer":{"liveIn":["appsource"],"liveSince":"2021-01-01","rewardsMessageReceived":false}}"#,
    )
    .unwrap();
    let early = evaluate(&a, &Options::new(Locale::En, Date::parse("2021-01-20").unwrap()));
    let late = evaluate(&a, &Options::new(Locale::En, Date::parse("2021-06-01").unwrap()));
    assert_eq!((early.as_of.to_string(), early.rewards.go_live_follow_up.as_str()), ("2021-01-20".into(), "wait"));
    assert_eq!(late.rewards.go_live_follow_up.as_str(), "open-support-ticket");
    let r = report(json!({ "asOf": "2020-02-02" }));
    assert_eq!(r.as_of.to_string(), "2020-02-02");
}

#[test]
fn mr07_counts_days_with_a_singular_and_a_future_go_live_date() {
    let wait = |since: &str| {
        let r = report(json!({ "asOf": "2021-03-15",
            "offer": { "liveIn": ["appsource"], "liveSince": since, "rewardsMessageReceived": false } }));
        assert_eq!((r.rewards.go_live_follow_up.as_str(), outcome(&r, "MR-07")), ("wait", "info"), "{since}");
        message(&r, "MR-07")
    };
    assert!(wait("2021-03-14").starts_with("Your offer has been live for 1 day. "), "{}", wait("2021-03-14"));
    assert!(wait("2021-03-15").starts_with("Your offer went live today. "));
    assert!(wait("2021-03-13").starts_with("Your offer has been live for 2 days. "));
    let future = wait("2021-04-01");
    assert!(future.starts_with("Your offer goes live on 1 April 2021. "), "{future}");
    assert!(!future.contains("0 days"));
}

#[test]
fn apss_item_and_use_messages_never_state_an_answer_not_given() {
    let r = report(json!({}));
    assert_eq!(outcome(&r, "AP-07"), "not-applicable");
    assert!(message(&r, "AP-07").contains("not answered yet"), "{}", message(&r, "AP-07"));
    assert!(message(&r, "AP-08").contains("not answered yet"), "{}", message(&r, "AP-08"));
    let r = report(json!({ "apss": { "uses": ["dev-test"], "marketplaceItem": "none" } }));
    assert_eq!(message(&r, "AP-07"), "Reserved Instances are not among your planned uses.");
    assert_eq!(message(&r, "AP-08"), "You do not plan to use a marketplace item on APSS.");
    let bought = |item: &str, locale: Locale| {
        let r = report_in(
            json!({ "apss": { "marketplaceItem": item, "purchasedOn": "2019-02-28", "existingDeployment": false } }),
            locale,
        );
        message(&r, "AP-08")
    };
    assert_eq!(
        bought("byol", Locale::En),
        "APSS supports this BYOL (bring your own licence) item, bought before 1 March 2019."
    );
    assert_eq!(bought("free-service", Locale::En), "APSS supports this free service, bought before 1 March 2019.");
    assert_eq!(bought("free-service", Locale::Nl), "APSS ondersteunt deze gratis service, gekocht vóór 1 maart 2019.");
}

#[test]
fn ip00_names_the_status_as_the_rule_set_does() {
    let saas = |ruleset: &str| report(json!({ "rulesets": { "coSell": ruleset }, "offer": { "offerType": "saas" } }));
    assert_eq!(
        message(&saas("2021-02-24"), "IP-00"),
        "This offer type can reach the Azure IP Co-sell incentivized status."
    );
    assert_eq!(
        message(&saas("2021-07-13"), "IP-00"),
        "This offer type can reach the Azure IP Co-sell incentive status."
    );
}

#[test]
fn cs06_names_countries_in_the_readers_language_when_the_caller_can() {
    let answers = answers_from_json(
        r#"{"offer":{"coSellGeographies":["NL","US","DE"],"salesContacts":[{"role":"partner-marketing","regions":["NL"]}]}}"#,
    )
    .unwrap();
    let plain = evaluate(&answers, &Options::new(Locale::En, Date::parse("2021-03-15").unwrap()));
    assert_eq!(message(&plain, "CS-06"), "No Partner sales contact for: NL, US, DE.");
    let mut options = Options::new(Locale::Nl, Date::parse("2021-03-15").unwrap());
    options.country_name = |code, locale| format!("{code}-{locale}");
    let named = evaluate(&answers, &options);
    assert_eq!(message(&named, "CS-06"), "Geen contactpersoon met de rol Partner sales voor: NL-nl, US-nl, DE-nl.");
}

#[test]
fn every_check_counts_towards_a_co_sell_status_exactly_when_it_is_a_co_sell_check() {
    let r = report(json!({}));
    for c in r.all_checks() {
        assert_eq!(c.counts_towards().is_some(), c.rule.program() == Program::CoSell, "{}", c.rule);
    }
    let status = |rule: &str| r.check(RuleId::from_str_opt(rule).unwrap()).unwrap().counts_towards().unwrap();
    assert_eq!(status("CS-04a").as_str(), "co-sell-ready");
    assert_eq!(status("IP-PRE").as_str(), "azure-ip-co-sell-incentivized");
    assert_eq!(status("BA-04").as_str(), "biz-apps-isv-connect-premium-incentive");
}

#[test]
fn a_report_reads_back_through_serde_unchanged() {
    let r = report(ready());
    let text = serde_json::to_string(&r).unwrap();
    let back: Report = serde_json::from_str(&text).unwrap();
    assert_eq!(back, r);
    let bad = text.replacen("\"schemaVersion\"", "\"schemaVersionX\"", 1);
    assert!(serde_json::from_str::<Report>(&bad).unwrap_err().to_string().contains("unknown field `schemaVersionX`"));
}

#[test]
fn a_status_held_back_only_by_open_questions_is_undetermined() {
    // Nothing answered: not co-sell ready, but only because of open questions.
    let empty = report(json!({}));
    let open_ready_checks = empty
        .co_sell
        .checks
        .iter()
        .filter(|c| c.counts_towards() == Some(CoSellStatus::CoSellReady) && c.outcome == Outcome::Unknown)
        .count();
    assert!(open_ready_checks > 3);
    assert_eq!(empty.co_sell.undetermined(), Some(open_ready_checks));
    assert_eq!(empty.rewards.undetermined(), Some(2), "MR-01 and MR-02 open");
    // One failing check settles it.
    let failing = report(json!({ "partner": { "hasMpnId": false } }));
    assert_eq!(failing.co_sell.undetermined(), None);
    assert_eq!(failing.rewards.undetermined(), None);
    // A reached status is settled whatever else is open.
    let ready = report(ready());
    assert_eq!(ready.co_sell.status.as_str(), "co-sell-ready");
    assert_eq!(ready.co_sell.undetermined(), None);
    let eligible = report(json!({ "partner": { "hasMpnId": true }, "offer": { "liveIn": ["appsource"] } }));
    assert_eq!(eligible.rewards.status.as_str(), "eligible");
    assert_eq!(eligible.rewards.undetermined(), None);
    let one_open = report(json!({ "partner": { "hasMpnId": true, "cspPartner": true } }));
    assert_eq!(one_open.rewards.undetermined(), Some(1), "only MR-02 open");
    assert_eq!(empty.apss.undetermined(), Some(2), "AP-01 and AP-02 open");
    assert_eq!(one_open.apss.undetermined(), Some(1), "only AP-02 open");
    assert_eq!(report(json!({ "partner": { "cspPartner": false } })).apss.undetermined(), None);
}

#[test]
fn each_apss_use_is_explained_by_the_rule_that_decides_it() {
    let reasons = |answers: Value| {
        let r = report(answers);
        r.apss
            .uses
            .iter()
            .map(|v| (v.use_.as_str(), v.allowed, r.apss.reason(v).map(|c| c.rule.as_str())))
            .collect::<Vec<_>>()
    };
    let own = json!({ "apss": { "targetTenant": "shared-services",
        "uses": ["dev-test", "resale-to-customers", "office365-or-dynamics-licences", "reserved-instances"] } });
    assert_eq!(
        reasons(own),
        [
            ("dev-test", true, Some("AP-06")),
            ("resale-to-customers", false, Some("AP-06")),
            ("office365-or-dynamics-licences", false, Some("AP-05")),
            ("reserved-instances", true, Some("AP-07")),
        ]
    );
    let customer = json!({ "apss": { "targetTenant": "customer", "uses": ["dev-test", "reserved-instances"] } });
    assert_eq!(reasons(customer), [("dev-test", false, Some("AP-04")), ("reserved-instances", false, Some("AP-04"))]);
}
