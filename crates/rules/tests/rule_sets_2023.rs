//! The rule sets of 2023 (RULES.md 12.3-12.5: co-sell `2023-08-24`, Marketplace Rewards
//! `2023-08-01`, APSS `2023-01-11`), by date or selected by `rulesets`.
//!
//! The cases run with every other shared case (`tests/shared_cases.rs`); here, what each rule set
//! decides, and a differential test: the default (the rule sets in force on the evaluation date,
//! RULES.md 12.2) gives the same report as pinning them, for every shared case on dates from 2020
//! to 2026.

// Test code: a failing helper fails its test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use eligibility_rules::{
    answers_from_json, evaluate, i18n, ApssRuleset, CoSellRuleset, Date, Locale, Options, Outcome, Report,
    RewardsRuleset, RuleId, RulesetChoice,
};
use serde_json::{json, Value};

fn report_of(answers: &Value, locale: Locale) -> Report {
    let answers = answers_from_json(&answers.to_string()).unwrap_or_else(|e| panic!("{answers}: {e}"));
    evaluate(&answers, &Options::new(locale, Date::parse("2030-01-01").unwrap()))
}

/// Every date from 2020 to 2026 in steps of `step` days, and each rule set's own date and the day
/// before it.
fn dates(step: i64) -> Vec<Date> {
    let (from, to) = (Date::parse("2020-01-01").unwrap(), Date::parse("2026-12-31").unwrap());
    let mut days: Vec<i64> = (from.days_since_epoch()..=to.days_since_epoch()).step_by(step as usize).collect();
    for date in ["2020-07-14", "2020-11-11", "2021-02-24", "2021-07-13", "2023-01-11", "2023-08-01", "2023-08-24"] {
        let day = Date::parse(date).unwrap().days_since_epoch();
        days.extend([day - 1, day]);
    }
    days.into_iter().map(|d| Date::from_days_since_epoch(d).unwrap()).collect()
}

#[test]
fn pinning_the_rule_sets_in_force_gives_the_report_of_the_date_and_no_rule_set_panics() {
    let cases = spec_cases::all().unwrap();
    let mut compared = 0;
    for case in &cases {
        let base = answers_from_json(&case.answers.to_string()).unwrap();
        for as_of in dates(97) {
            let mut dated = base.clone();
            dated.as_of = Some(as_of);
            dated.rulesets = None;
            let options = Options::new(Locale::En, as_of);
            let by_date = evaluate(&dated, &options);
            let mut pinned = dated.clone();
            pinned.rulesets = Some(RulesetChoice {
                co_sell: Some(CoSellRuleset::in_force(as_of)),
                rewards: Some(RewardsRuleset::in_force(as_of)),
                apss: Some(ApssRuleset::in_force(as_of)),
                storefront: None,
            });
            assert_eq!(evaluate(&pinned, &options), by_date, "{} on {as_of}", case.file);
            compared += 1;
        }
        // Every rule set of every program, pinned on a date of each era: a report, never a panic.
        for as_of in ["2020-01-01", "2022-01-01", "2026-12-08"].map(|d| Date::parse(d).unwrap()) {
            for co_sell in CoSellRuleset::ALL {
                for (rewards, apss) in
                    RewardsRuleset::ALL.iter().flat_map(|r| ApssRuleset::ALL.iter().map(move |a| (r, a)))
                {
                    let mut pinned = base.clone();
                    pinned.as_of = Some(as_of);
                    pinned.rulesets = Some(RulesetChoice {
                        co_sell: Some(*co_sell),
                        rewards: Some(*rewards),
                        apss: Some(*apss),
                        storefront: None,
                    });
                    let report = evaluate(&pinned, &Options::new(Locale::Nl, as_of));
                    assert_eq!(report.rulesets.co_sell, *co_sell);
                    assert_eq!(report.checks_len(), RuleId::ALL.len());
                }
            }
        }
    }
    assert!(compared > 4_000, "{compared} reports compared");
}

/// Co-sell ready answers for an Azure IP virtual machine, dated 2024, under `2023-08-24`.
fn ip_vm() -> Value {
    json!({
        "asOf": "2024-03-01",
        "rulesets": { "coSell": "2023-08-24" },
        "partner": { "hasMpnId": true, "marketplaceAccountActive": true, "businessProfileComplete": true,
                     "isvConnect": "none", "azureConsumedRevenueUsd": 150000 },
        "offer": { "offerType": "azure-virtual-machine", "solutionType": "ip-application",
                   "liveIn": ["azure-marketplace"], "coSellTabComplete": true, "onePager": true, "pitchDeck": true,
                   "coSellGeographies": ["US"],
                   "salesContacts": [{ "role": "partner-sales", "regions": ["OOO"] }],
                   "transactable": true, "technicalValidation": "passed" }
    })
}

#[test]
fn an_ip_vm_without_a_diagram_is_azure_ip_co_sell_eligible_and_named_so_in_both_languages() {
    let en = report_of(&ip_vm(), Locale::En);
    assert_eq!(en.co_sell.status.as_str(), "azure-ip-co-sell-incentivized");
    assert_eq!(en.check(RuleId::Ip03).unwrap().outcome, Outcome::NotApplicable);
    assert_eq!(i18n::co_sell_reached_name(Locale::En, &en), "Azure IP co-sell eligible");
    let nl = report_of(&ip_vm(), Locale::Nl);
    assert_eq!(i18n::co_sell_reached_name(Locale::Nl, &nl), "Azure IP co-sell eligible");
    // Every co-sell check cites the page of 24 August 2023 (RULES.md 12.1).
    for check in &en.co_sell.checks {
        assert_eq!(check.source.document.as_str(), "co-sell-requirements.md", "{}", check.rule);
        assert_eq!(check.source.date.to_string(), "2023-08-24", "{}", check.rule);
        assert_eq!(check.source.url, "https://learn.microsoft.com/partner-center/referrals/co-sell-requirements");
    }
    // The seed's rule set asks for the diagram: co-sell ready only, IP-04 does not apply.
    let mut seed = ip_vm();
    seed["rulesets"]["coSell"] = json!("2021-02-24");
    let seed = report_of(&seed, Locale::En);
    assert_eq!(seed.co_sell.status.as_str(), "co-sell-ready");
    assert_eq!(seed.check(RuleId::Ip04).unwrap().outcome, Outcome::NotApplicable);
    assert_eq!(seed.check(RuleId::Ip04).unwrap().source.document.as_str(), "003_50bb911558b9183f.txt");
}

#[test]
fn a_free_offer_is_told_it_must_be_transactable_with_a_next_step_and_the_step_in_next_status() {
    let mut answers = ip_vm();
    answers["offer"]["transactable"] = json!(false);
    for locale in [Locale::En, Locale::Nl] {
        let report = report_of(&answers, locale);
        assert_eq!(report.co_sell.status.as_str(), "co-sell-ready");
        let ip04 = report.check(RuleId::Ip04).unwrap();
        assert_eq!(ip04.outcome, Outcome::NotMet);
        assert!(ip04.message.contains("BYOL") && ip04.next_step.is_some(), "{locale}: {}", ip04.message);
        let next = report.co_sell.next_status.as_ref().unwrap();
        assert_eq!(next.steps.iter().map(|s| s.rule).collect::<Vec<_>>(), [RuleId::Ip04]);
    }
}

#[test]
fn a_live_offer_that_is_not_co_sell_ready_is_in_market_and_an_offer_not_live_is_not_co_sell_ready() {
    let mut answers = ip_vm();
    answers["partner"]["hasMpnId"] = json!(false);
    let report = report_of(&answers, Locale::Nl);
    assert_eq!(report.co_sell.status.as_str(), "not-co-sell-ready");
    assert_eq!(i18n::co_sell_reached_name(Locale::Nl, &report), "Op de markt");
    assert_eq!(i18n::co_sell_reached_name(Locale::En, &report_of(&answers, Locale::En)), "In market");
    answers["offer"]["liveIn"] = json!([]);
    assert_eq!(i18n::co_sell_reached_name(Locale::En, &report_of(&answers, Locale::En)), "Not co-sell ready");
    // The older rule sets have no such name.
    answers["offer"]["liveIn"] = json!(["azure-marketplace"]);
    answers["rulesets"]["coSell"] = json!("2021-07-13");
    assert_eq!(i18n::co_sell_reached_name(Locale::En, &report_of(&answers, Locale::En)), "Not co-sell ready");
}

#[test]
fn messages_name_the_partner_id_and_the_solutions_page_under_2023_and_the_seed_words_elsewhere() {
    let mut answers = ip_vm();
    answers["partner"]["hasMpnId"] = json!(false);
    answers["offer"]["coSellTabComplete"] = json!(false);
    let report = report_of(&answers, Locale::En);
    let cs01 = report.check(RuleId::Cs01).unwrap();
    assert!(cs01.message.contains("PartnerID (formerly MPN ID)"), "{}", cs01.message);
    assert!(report.check(RuleId::Cs04).unwrap().next_step.as_deref().unwrap().contains("Co-sell, Solutions"));
    answers["rulesets"]["coSell"] = json!("2021-02-24");
    let seed = report_of(&answers, Locale::En);
    assert_eq!(seed.check(RuleId::Cs01).unwrap().message, "Co-sell needs an MPN ID.");
    // An open question is named as the rule set asks it.
    answers["partner"].as_object_mut().unwrap().remove("hasMpnId");
    answers["rulesets"]["coSell"] = json!("2023-08-24");
    let open = report_of(&answers, Locale::Nl);
    assert_eq!(
        open.check(RuleId::Cs01).unwrap().message,
        "Nog niet beantwoord: Hebt u een PartnerID (voorheen MPN-ID)?"
    );
}

#[test]
fn the_solution_type_must_be_ip_and_missing_types_are_named() {
    let mut answers = ip_vm();
    answers["offer"]["solutionType"] = json!("service");
    let report = report_of(&answers, Locale::En);
    let ip00 = report.check(RuleId::Ip00).unwrap();
    assert_eq!(ip00.outcome, Outcome::NotApplicable);
    assert!(ip00.message.contains("type IP"), "{}", ip00.message);
    for rule in [RuleId::IpPre, RuleId::Ip01, RuleId::Ip01a, RuleId::Ip02, RuleId::Ip03, RuleId::Ip04] {
        assert_eq!(report.check(rule).unwrap().outcome, Outcome::NotApplicable, "{rule}");
    }
    // Offer type and solution type both unanswered: unknown, naming both.
    let mut open = ip_vm();
    open["offer"].as_object_mut().unwrap().remove("offerType");
    open["offer"].as_object_mut().unwrap().remove("solutionType");
    let ip00 = report_of(&open, Locale::En).check(RuleId::Ip00).unwrap().clone();
    assert_eq!(ip00.outcome, Outcome::Unknown);
    assert!(ip00.message.contains("offer type and the solution type"), "{}", ip00.message);
    // Only the solution type unanswered: the question named is the solution type's.
    open["offer"]["offerType"] = json!("saas");
    let ip00 = report_of(&open, Locale::En).check(RuleId::Ip00).unwrap().clone();
    assert_eq!(ip00.question.map(|f| f.path()), Some("offer.solutionType"));
}

#[test]
fn the_diagram_is_asked_of_saas_only_and_of_an_unanswered_type_only_when_missing() {
    let mut saas = ip_vm();
    saas["offer"]["offerType"] = json!("saas");
    saas["offer"]["referenceArchitectureDiagram"] = json!(false);
    assert_eq!(report_of(&saas, Locale::En).check(RuleId::Ip03).unwrap().outcome, Outcome::NotMet);
    saas["offer"].as_object_mut().unwrap().remove("offerType");
    assert_eq!(report_of(&saas, Locale::En).check(RuleId::Ip03).unwrap().outcome, Outcome::Unknown);
    saas["offer"]["referenceArchitectureDiagram"] = json!(true);
    assert_eq!(report_of(&saas, Locale::En).check(RuleId::Ip03).unwrap().outcome, Outcome::Met);
}
