//! The rule sets of 2023 (RULES.md 12.3-12.5: co-sell `2023-08-24`, Marketplace Rewards
//! `2023-08-01`, APSS `2023-01-11`), selected by `rulesets`, against the cases of
//! `../shared/spec/cases-2023/`, and what each rule set decides.
//!
//! Until the rule set in force on `asOf` is the default (RULES.md 12.2, a later step of the work
//! that builds 12), those cases are read here with every program's rule set pinned: the one their
//! `expect.rulesets` names, else the one their answers pin, else the 2023 one (every case that
//! names none is dated 2024). The runners of `cases/` read the folder once the default is built.

// Test code: a failing helper fails its test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use eligibility_rules::{answers_from_json, evaluate, i18n, Date, Locale, Options, Outcome, Report, RuleId};
use serde_json::{json, Value};
use std::path::Path;

/// Every case of `cases-2023/`: file name and JSON.
fn cases_2023() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/spec/cases-2023");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(&name)).unwrap();
            let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, value)
        })
        .collect()
}

fn report_of(answers: &Value, locale: Locale) -> Report {
    let answers = answers_from_json(&answers.to_string()).unwrap_or_else(|e| panic!("{answers}: {e}"));
    evaluate(&answers, &Options::new(locale, Date::parse("2030-01-01").unwrap()))
}

#[test]
fn every_2023_case_holds_with_its_rule_sets_pinned() {
    let cases = cases_2023();
    assert!(cases.len() >= 21, "the cases of cases-2023 ({})", cases.len());
    for (file, case) in cases {
        let mut answers = case["answers"].clone();
        for (key, newest) in [("coSell", "2023-08-24"), ("rewards", "2023-08-01"), ("apss", "2023-01-11")] {
            let pointer = format!("/rulesets/{key}");
            let named = case["expect"].pointer(&pointer).or_else(|| answers.pointer(&pointer)).cloned();
            let ruleset = named.unwrap_or_else(|| json!(newest));
            answers.as_object_mut().unwrap().entry("rulesets").or_insert_with(|| json!({}))[key] = ruleset;
        }
        for locale in [Locale::En, Locale::Nl] {
            let report = serde_json::to_value(report_of(&answers, locale)).unwrap();
            let wrong = spec_cases::mismatches(&case["expect"], &report);
            assert!(wrong.is_empty(), "{file} [{locale}]:\n  {}", wrong.join("\n  "));
        }
    }
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
