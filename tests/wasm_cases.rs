//! The engine compiled to WebAssembly, in headless Chromium (wasm-bindgen-test): every shared
//! case through the Rust API, and the page's browser options (country names, lower case). The JS
//! API is tested where it lives: `crates/tools/tests/wasm_api.rs`.

// Test code: a failing helper fails its test with its message (the workspace lints deny these
// outside tests; clippy.toml allows them only inside `#[test]` functions).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![cfg(target_arch = "wasm32")]

use eligibility_browser::options::{browser_lowercase, browser_options};
use eligibility_rules::{answers_from_json, evaluate, Date, Locale, Options};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn every_shared_case_passes_in_wasm() {
    let cases = spec_cases::all().unwrap();
    assert!(cases.len() >= 70);
    let mut failures = Vec::new();
    for case in &cases {
        let answers = answers_from_json(&case.answers.to_string()).unwrap_or_else(|e| panic!("{}: {e}", case.file));
        let options = Options::new(Locale::Nl, Date::parse("2030-01-01").unwrap());
        let report = serde_json::to_value(evaluate(&answers, &options)).unwrap();
        failures
            .extend(spec_cases::mismatches(&case.expect, &report).into_iter().map(|m| format!("{}: {m}", case.file)));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[wasm_bindgen_test]
fn page_options_name_countries_in_the_page_language() {
    let answers = answers_from_json(
        r#"{"offer":{"coSellGeographies":["NL","DE"],"salesContacts":[{"role":"partner-marketing","regions":["NL"]}]}}"#,
    )
    .unwrap();
    let report = evaluate(&answers, &browser_options(Locale::Nl, Date::parse("2021-03-15").ok()));
    let message = &report.check(eligibility_rules::RuleId::Cs06).unwrap().message;
    assert_eq!(message, "Geen contactpersoon met de rol Partner sales voor: Nederland, Duitsland.");
}

#[wasm_bindgen_test]
fn browser_lowercase_is_the_same_unicode_mapping_as_rust() {
    for text in [
        "CEO@Contoso.COM",
        "ÅSA@Ex.SE",
        "ΟΔΥΣΣΕΥΣ",
        "Σ",
        "İSTANBUL@ex.tr",
        "STRASSE ß",
        "ǅemal",
        "ÀÉÎÕÜ Ÿ",
        "ДМИТРИЙ",
        "ＡＢＣ",
    ] {
        assert_eq!(browser_lowercase(text), text.to_lowercase(), "{text}");
    }
}

#[wasm_bindgen_test]
fn e_mail_sameness_uses_the_browser_mapping_in_the_page() {
    let answers =
        answers_from_json(r#"{"rewards":{"contactEmail":"ÅSA@contoso.se","companyAccountEmail":"åsa@CONTOSO.se"}}"#)
            .unwrap();
    let report = evaluate(&answers, &browser_options(Locale::En, Date::parse("2021-03-15").ok()));
    assert_eq!(report.check(eligibility_rules::RuleId::Mr05b).unwrap().outcome.as_str(), "not-met");
}
