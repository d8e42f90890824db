//! `nextStatus` (RULES.md 11): one test per row of table 11.1 (target and steps) and of table
//! 11.2 (gaps), with the examples of 11.2 and the boundaries around each threshold.

// Test code: a failing helper fails its test with its message (the workspace lints deny these
// outside tests; clippy.toml allows them only inside `#[test]` functions).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use eligibility_rules::{Field, Gap, Locale, NextStatus, Outcome, Report, RuleId};
use serde_json::{json, Value};

mod common;
use common::{report_in, with};

fn report(answers: &Value) -> Report {
    report_in(answers, Locale::En)
}

/// A co-sell ready SaaS offer one gap away from nothing: every IP answer met except those a
/// test changes.
fn ready() -> Value {
    json!({
        "partner": { "hasMpnId": true, "marketplaceAccountActive": true, "businessProfileComplete": true,
                     "goldCompetency": false, "isvConnect": "none", "azureConsumedRevenueUsd": 150000 },
        "offer": { "offerType": "saas", "solutionType": "ip-application", "liveIn": ["azure-marketplace"],
                   "coSellTabComplete": true, "onePager": true, "pitchDeck": true, "coSellGeographies": ["US"],
                   "salesContacts": [{ "role": "partner-sales", "regions": ["US"] }],
                   "transactable": true, "billedRevenueUsd": 0, "technicalValidation": "passed",
                   "azureIpInfrastructurePercent": 80, "referenceArchitectureDiagram": true }
    })
}

/// `(rule, outcome)` of each step.
fn steps<S>(next: &NextStatus<S>) -> Vec<(&'static str, &'static str)> {
    next.steps.iter().map(|s| (s.rule.as_str(), s.outcome.as_str())).collect()
}

/// The gaps of the one step of `rule`, as `(field, current, required, comparison, gap)` in
/// hundredths.
fn gaps(r: &Report, rule: RuleId) -> Vec<(&'static str, i64, i64, &'static str, i64)> {
    let next = r.co_sell.next_status.as_ref().expect("a next status");
    let step = next.steps.iter().find(|s| s.rule == rule).expect("the step");
    step.gaps
        .iter()
        .map(|g: &Gap| {
            (g.field.path(), g.current.hundredths(), g.required.hundredths(), g.comparison.as_str(), g.gap.hundredths())
        })
        .collect()
}

// Table 11.1, co-sell.

#[test]
fn not_co_sell_ready_leads_to_co_sell_ready_through_every_open_cs_check() {
    let answers = with(with(ready(), "/partner/hasMpnId", json!(false)), "/offer/onePager", Value::Null);
    let r = report(&answers);
    assert_eq!(r.co_sell.status.as_str(), "not-co-sell-ready");
    let next = r.co_sell.next_status.as_ref().unwrap();
    assert_eq!(next.status.as_str(), "co-sell-ready", "one rung at a time, not the incentive");
    assert_eq!(steps(next), [("CS-01", "not-met"), ("CS-04a", "unknown")]);
    assert!(r.co_sell.checks.iter().any(|c| c.rule == RuleId::Ip01), "the incentive's checks stay in checks");
}

#[test]
fn every_cs_rule_is_a_step_when_nothing_is_answered_except_cs00() {
    let r = report(&json!({}));
    let next = r.co_sell.next_status.as_ref().unwrap();
    let rules: Vec<&str> = next.steps.iter().map(|s| s.rule.as_str()).collect();
    // CS-00 is not applicable under 2021-02-24 without an offer type; CS-06 asks for countries.
    assert_eq!(rules, ["CS-01", "CS-02", "CS-03", "CS-04", "CS-04a", "CS-04b", "CS-05", "CS-06", "CS-07", "CS-08"]);
    assert!(next.steps.iter().all(|s| s.outcome == Outcome::Unknown && s.gaps.is_empty()));
}

#[test]
fn an_offer_type_the_rule_set_excludes_has_no_next_status_and_no_ladder() {
    // RULES.md 11.1, first row: CS-00 not-met (an Office add-in under 2021-07-13), nothing to reach.
    let later = report(&json!({ "rulesets": { "coSell": "2021-07-13" }, "offer": { "offerType": "office-add-in" } }));
    assert_eq!(later.co_sell.status.as_str(), "not-co-sell-ready");
    assert_eq!(later.co_sell.next_status, None);
    assert!(later.co_sell.excluded());
    assert_eq!(ladder(&later), []);
    assert_eq!(later.co_sell.at_top(), eligibility_rules::i18n::Msg::NextExcludedType);
    // The same type under 2021-02-24 is not excluded: co-sell ready is the next status.
    let earlier = report(&json!({ "offer": { "offerType": "office-add-in" } }));
    assert!(!earlier.co_sell.excluded());
    assert_eq!(earlier.co_sell.next_status.as_ref().unwrap().status.as_str(), "co-sell-ready");
    assert_eq!(earlier.co_sell.at_top(), eligibility_rules::i18n::Msg::NextBestForType);
}

#[test]
fn co_sell_ready_without_an_offer_type_leads_to_the_azure_ip_incentive_through_the_offer_type() {
    // RULES.md 11.1: IP-00 unknown (the type not answered) takes the Azure IP row, IP-00 first.
    let answers = with(ready(), "/offer/offerType", Value::Null);
    let answers = with(answers, "/partner/goldCompetency", json!(true));
    let answers = with(answers, "/partner/isvConnect", json!("enrolled"));
    let r = report(&answers);
    assert_eq!(r.co_sell.status.as_str(), "co-sell-ready");
    let next = r.co_sell.next_status.as_ref().unwrap();
    assert_eq!(next.status.as_str(), "azure-ip-co-sell-incentivized");
    assert_eq!(next.steps[0].rule.as_str(), "IP-00");
    assert_eq!(next.steps[0].question, Some(eligibility_rules::Field::OfferOfferType));
    assert!(r.to_confirm().iter().any(|c| c.rule.as_str() == "IP-00"), "the offer type reaches Confirm these");
    assert_eq!(ladder(&r)[1].0, "azure-ip-co-sell-incentivized");
}

#[test]
fn co_sell_ready_with_an_ip_offer_type_leads_to_the_azure_ip_incentive() {
    let answers = with(ready(), "/offer/referenceArchitectureDiagram", json!(false));
    let r = report(&answers);
    assert_eq!(r.co_sell.status.as_str(), "co-sell-ready");
    let next = r.co_sell.next_status.as_ref().unwrap();
    assert_eq!(next.status.as_str(), "azure-ip-co-sell-incentivized");
    assert_eq!(steps(next), [("IP-03", "not-met")]);
    let open = report(&with(ready(), "/offer/referenceArchitectureDiagram", Value::Null));
    let next = open.co_sell.next_status.as_ref().unwrap();
    assert_eq!(steps(next), [("IP-03", "unknown")]);
    assert_eq!(next.steps[0].question, Some(Field::OfferReferenceArchitectureDiagram));
}

#[test]
fn co_sell_ready_with_a_biz_apps_offer_type_leads_to_the_premium_incentive() {
    let answers = with(ready(), "/offer/offerType", json!("dynamics-365-customer-engagement"));
    let answers = with(answers, "/partner/isvConnect", json!("enrolled"));
    let r = report(&answers);
    assert_eq!(r.co_sell.status.as_str(), "co-sell-ready");
    let next = r.co_sell.next_status.as_ref().unwrap();
    assert_eq!(next.status.as_str(), "biz-apps-isv-connect-premium-incentive");
    assert_eq!(steps(next), [("BA-02", "not-met")]);
    assert_eq!(next.steps[0].next_step, r.check(RuleId::Ba02).unwrap().next_step, "the check's own next step");
}

#[test]
fn co_sell_ready_without_an_incentive_for_the_offer_type_has_no_next_status() {
    let answers = with(ready(), "/offer/offerType", json!("consulting-service"));
    let answers = with(answers, "/offer/solutionType", json!("service"));
    let answers = with(answers, "/partner/goldCompetency", json!(true));
    let r = report(&answers);
    assert_eq!(r.co_sell.status.as_str(), "co-sell-ready");
    assert_eq!(r.co_sell.next_status, None);
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["coSell"]["nextStatus"], Value::Null, "null in JSON, not left out");
}

#[test]
fn either_incentive_status_has_no_next_status() {
    let ip = report(&ready());
    assert_eq!(ip.co_sell.status.as_str(), "azure-ip-co-sell-incentivized");
    assert_eq!(ip.co_sell.next_status, None);
    let answers = with(ready(), "/offer/offerType", json!("dynamics-365-customer-engagement"));
    let ba = report(&with(answers, "/partner/isvConnect", json!("enrolled-premium")));
    assert_eq!(ba.co_sell.status.as_str(), "biz-apps-isv-connect-premium-incentive");
    assert_eq!(ba.co_sell.next_status, None);
}

// Table 11.1, Marketplace Rewards and APSS.

#[test]
fn rewards_below_eligible_leads_to_eligible_through_mr01_and_mr02() {
    let none = report(&json!({ "partner": { "hasMpnId": false }, "offer": { "liveIn": ["appsource"] } }));
    assert_eq!(none.rewards.status.as_str(), "not-eligible");
    let next = none.rewards.next_status.as_ref().unwrap();
    assert_eq!((next.status.as_str(), steps(next)), ("eligible", vec![("MR-01", "not-met")]));
    let first = report(&json!({ "partner": { "hasMpnId": true }, "offer": { "liveIn": [] } }));
    assert_eq!(first.rewards.status.as_str(), "publish-offer-first");
    assert_eq!(steps(first.rewards.next_status.as_ref().unwrap()), [("MR-02", "not-met")]);
    let open = report(&json!({}));
    assert_eq!(steps(open.rewards.next_status.as_ref().unwrap()), [("MR-01", "unknown"), ("MR-02", "unknown")]);
}

#[test]
fn rewards_eligible_has_no_next_status() {
    let r = report(&json!({ "partner": { "hasMpnId": true }, "offer": { "liveIn": ["appsource"] } }));
    assert_eq!(r.rewards.status.as_str(), "eligible");
    assert_eq!(r.rewards.next_status, None);
}

#[test]
fn apss_not_available_or_unknown_leads_to_available_through_ap01_and_ap02() {
    let not = report(&json!({ "partner": { "cspPartner": false, "partnerCenterRole": "other" } }));
    assert_eq!(not.apss.status.as_str(), "not-available");
    let next = not.apss.next_status.as_ref().unwrap();
    assert_eq!((next.status.as_str(), steps(next)), ("available", vec![("AP-01", "not-met"), ("AP-02", "not-met")]));
    let open = report(&json!({ "partner": { "partnerCenterRole": "global-admin" } }));
    assert_eq!(open.apss.status.as_str(), "unknown");
    let next = open.apss.next_status.as_ref().unwrap();
    assert_eq!(steps(next), [("AP-01", "unknown")]);
    assert_eq!(next.steps[0].question, Some(Field::PartnerCspPartner));
}

#[test]
fn apss_available_has_no_next_status() {
    let r = report(&json!({ "partner": { "cspPartner": true, "partnerCenterRole": "admin-agent" } }));
    assert_eq!(r.apss.status.as_str(), "available");
    assert_eq!(r.apss.next_status, None);
}

#[test]
fn storefront_and_lead_sharing_have_no_next_status() {
    let json = serde_json::to_value(report(&json!({}))).unwrap();
    assert!(json["storefront"].get("nextStatus").is_none());
    assert!(json["leadSharing"].get("nextStatus").is_none());
}

// Table 11.2.

#[test]
fn consumed_revenue_below_100000_is_listed_first() {
    let answers = with(ready(), "/partner/azureConsumedRevenueUsd", json!(87500));
    let answers = with(answers, "/offer/billedRevenueUsd", json!(40000));
    let r = report(&answers);
    assert_eq!(
        gaps(&r, RuleId::Ip01),
        [
            ("partner.azureConsumedRevenueUsd", 8_750_000, 10_000_000, ">=", 1_250_000),
            ("offer.billedRevenueUsd", 4_000_000, 10_000_000, ">=", 6_000_000),
        ]
    );
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(
        json["coSell"]["nextStatus"]["steps"][0]["gaps"][0],
        json!({ "field": "partner.azureConsumedRevenueUsd", "current": 87500, "required": 100000,
                "comparison": ">=", "gap": 12500 })
    );
}

#[test]
fn one_cent_short_is_a_gap_of_one_cent() {
    let answers = with(ready(), "/partner/azureConsumedRevenueUsd", json!(99999.99));
    let r = report(&answers);
    assert_eq!(gaps(&r, RuleId::Ip01)[0], ("partner.azureConsumedRevenueUsd", 9_999_999, 10_000_000, ">=", 1));
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["coSell"]["nextStatus"]["steps"][0]["gaps"][0]["gap"], json!(0.01));
}

#[test]
fn billed_revenue_gap_only_when_the_offer_may_be_transactable() {
    let short = with(ready(), "/partner/azureConsumedRevenueUsd", json!(1000));
    let short = with(short, "/offer/billedRevenueUsd", json!(99000));
    let fields = |answers: &Value| -> Vec<&'static str> {
        gaps(&report(answers), RuleId::Ip01).into_iter().map(|g| g.0).collect()
    };
    assert_eq!(fields(&short), ["partner.azureConsumedRevenueUsd", "offer.billedRevenueUsd"]);
    assert_eq!(fields(&with(short.clone(), "/offer/transactable", json!(false))), ["partner.azureConsumedRevenueUsd"]);
    let unsure = with(short.clone(), "/offer/transactable", Value::Null);
    assert_eq!(fields(&unsure), ["partner.azureConsumedRevenueUsd", "offer.billedRevenueUsd"], "not false: listed");
    assert_eq!(fields(&with(short, "/offer/billedRevenueUsd", Value::Null)), ["partner.azureConsumedRevenueUsd"]);
}

#[test]
fn unanswered_or_reached_figures_have_no_gap() {
    // Consumed revenue not answered, billed revenue at the threshold but transactable unknown:
    // IP-01 is unknown and neither figure is short.
    let answers = with(ready(), "/partner/azureConsumedRevenueUsd", Value::Null);
    let answers = with(answers, "/offer/billedRevenueUsd", json!(100000));
    let answers = with(answers, "/offer/transactable", Value::Null);
    let r = report(&answers);
    let next = r.co_sell.next_status.as_ref().unwrap();
    let ip01 = next.steps.iter().find(|s| s.rule == RuleId::Ip01).unwrap();
    assert_eq!((ip01.outcome, ip01.gaps.len()), (Outcome::Unknown, 0));
    assert_eq!(ip01.question, Some(Field::PartnerAzureConsumedRevenueUsd));
}

#[test]
fn infrastructure_share_of_50_percent_or_less_needs_one_hundredth_more_than_50() {
    let at = |percent: Value| {
        let answers = with(ready(), "/offer/azureIpInfrastructurePercent", percent);
        gaps(&report(&answers), RuleId::Ip02)
    };
    assert_eq!(at(json!(50)), [("offer.azureIpInfrastructurePercent", 5000, 5000, ">", 1)]);
    assert_eq!(at(json!(42.5)), [("offer.azureIpInfrastructurePercent", 4250, 5000, ">", 751)]);
    assert_eq!(at(json!(0)), [("offer.azureIpInfrastructurePercent", 0, 5000, ">", 5001)]);
    let above = report(&with(ready(), "/offer/azureIpInfrastructurePercent", json!(50.01)));
    assert_eq!(above.co_sell.next_status, None, "50.01 % is enough: the incentive is reached");
    let json =
        serde_json::to_value(report(&with(ready(), "/offer/azureIpInfrastructurePercent", json!(42.5)))).unwrap();
    let gap = &json["coSell"]["nextStatus"]["steps"][0]["gaps"][0];
    assert_eq!(
        (gap["current"].clone(), gap["gap"].clone(), gap["required"].clone()),
        (json!(42.5), json!(7.51), json!(50))
    );
}

#[test]
fn failed_validation_is_a_step_with_the_share_gap_when_the_share_is_short_too() {
    let answers = with(ready(), "/offer/technicalValidation", json!("failed"));
    let answers = with(answers, "/offer/azureIpInfrastructurePercent", json!(30));
    let r = report(&answers);
    assert_eq!(steps(r.co_sell.next_status.as_ref().unwrap()), [("IP-02", "not-met")]);
    assert_eq!(gaps(&r, RuleId::Ip02).len(), 1);
    let enough = report(&with(ready(), "/offer/technicalValidation", json!("failed")));
    assert_eq!(gaps(&enough, RuleId::Ip02), [], "80 % is enough: the step has no gap");
}

#[test]
fn steps_speak_the_reports_language() {
    let answers = with(ready(), "/offer/referenceArchitectureDiagram", json!(false));
    let (en, nl) = (report_in(&answers, Locale::En), report_in(&answers, Locale::Nl));
    let text = |r: &Report| r.co_sell.next_status.as_ref().unwrap().steps[0].next_step.clone().unwrap();
    assert_ne!(text(&en), text(&nl));
    assert_eq!(Some(text(&nl)), nl.check(RuleId::Ip03).unwrap().next_step);
}

#[test]
fn gaps_in_words_use_each_languages_notation() {
    let words = |answers: &Value, locale: Locale| -> Vec<String> {
        let r = report_in(answers, locale);
        let next = r.co_sell.next_status.unwrap();
        next.steps.iter().flat_map(|s| &s.gaps).map(|g| eligibility_rules::i18n::gap(locale, g)).collect()
    };
    let consumed = with(ready(), "/partner/azureConsumedRevenueUsd", json!(87500));
    let consumed = with(consumed, "/offer/transactable", json!(false));
    assert_eq!(words(&consumed, Locale::En), ["Azure consumed revenue: USD 87,500 of USD 100,000, USD 12,500 to go"]);
    assert_eq!(
        words(&consumed, Locale::Nl),
        ["Azure-verbruiksomzet: USD 87.500 van USD 100.000, er ontbreekt nog USD 12.500"]
    );
    let cent = with(consumed, "/partner/azureConsumedRevenueUsd", json!(99999.99));
    assert_eq!(words(&cent, Locale::En), ["Azure consumed revenue: USD 99,999.99 of USD 100,000, USD 0.01 to go"]);
    let share = with(ready(), "/offer/azureIpInfrastructurePercent", json!(42.5));
    assert_eq!(
        words(&share, Locale::En),
        ["Azure IP share of the infrastructure: 42.50 %, more than 50 % needed, 7.51 % to go"]
    );
    assert_eq!(
        words(&share, Locale::Nl),
        ["Azure-IP-deel van de infrastructuur: 42,50%, meer dan 50% nodig, er ontbreekt nog 7,51%"]
    );
    let seed = eligibility_rules::CoSellRuleset::R2021_02_24;
    assert_eq!(eligibility_rules::i18n::requirement(Locale::Nl, RuleId::Ip03, seed), "referentiearchitectuurdiagram");
    assert_eq!(eligibility_rules::i18n::requirement(Locale::En, RuleId::Sf01, seed), "SF-01", "not a step: its id");
    // In the words of the rule set: a Solutions Partner designation since 2023.
    let newest = eligibility_rules::CoSellRuleset::R2023_08_24;
    assert_eq!(
        eligibility_rules::i18n::requirement(Locale::En, RuleId::Cs07, newest),
        "Solutions Partner designation for a consulting offer"
    );
    assert_eq!(eligibility_rules::i18n::requirement(Locale::En, RuleId::Cs01, newest), "PartnerID");
}

// The co-sell ladder the page draws (`CoSellReport::ladder`), read from the same table 11.1.

/// `(status, reached, open rules)` of each rung.
fn ladder(r: &Report) -> Vec<(&'static str, bool, Vec<&'static str>)> {
    r.co_sell
        .ladder()
        .iter()
        .map(|rung| (rung.status.as_str(), rung.reached, rung.open.iter().map(|c| c.rule.as_str()).collect()))
        .collect()
}

#[test]
fn ladder_below_co_sell_ready_shows_the_incentive_above_with_its_own_open_checks() {
    let answers =
        with(with(ready(), "/partner/hasMpnId", json!(false)), "/offer/referenceArchitectureDiagram", json!(false));
    let r = report(&answers);
    assert_eq!(
        ladder(&r),
        [("co-sell-ready", false, vec!["CS-01"]), ("azure-ip-co-sell-incentivized", false, vec!["IP-03"])],
        "IP-PRE repeats the rung below, so it is not among the incentive's open checks"
    );
    let next = r.co_sell.next_status.as_ref().unwrap();
    assert_eq!(steps(next), [("CS-01", "not-met")], "the next rung's open checks are its steps");
}

#[test]
fn ladder_of_a_ready_offer_has_the_next_rung_open_and_at_the_incentive_every_rung_reached() {
    let short = report(&with(ready(), "/partner/azureConsumedRevenueUsd", json!(87500)));
    assert_eq!(
        ladder(&short),
        [("co-sell-ready", true, vec![]), ("azure-ip-co-sell-incentivized", false, vec!["IP-01"])]
    );
    assert_eq!(
        ladder(&report(&ready())),
        [("co-sell-ready", true, vec![]), ("azure-ip-co-sell-incentivized", true, vec![])]
    );
    let biz = with(ready(), "/offer/offerType", json!("dynamics-365-customer-engagement"));
    let biz = report(&with(biz, "/partner/isvConnect", json!("enrolled")));
    assert_eq!(
        ladder(&biz),
        [("co-sell-ready", true, vec![]), ("biz-apps-isv-connect-premium-incentive", false, vec!["BA-02"])]
    );
}

#[test]
fn ladder_of_an_offer_type_without_incentive_is_co_sell_ready_alone() {
    let add_in = report(&with(ready(), "/offer/offerType", json!("office-add-in")));
    assert_eq!(ladder(&add_in), [("co-sell-ready", true, vec![])]);
    assert!(add_in.co_sell.next_status.is_none());
}
