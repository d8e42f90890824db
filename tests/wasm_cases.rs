//! The engine compiled to WebAssembly, in headless Chromium (wasm-bindgen-test): every shared
//! case through the Rust API and through the JS API (`evaluate(answers, options)`).
#![cfg(target_arch = "wasm32")]

use eligibility_rules::{answers_from_json, evaluate, Date, Locale, Options};
use serde::Serialize;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn options_js(locale: &str, as_of: &str) -> JsValue {
    let options = serde_json::json!({ "locale": locale, "asOf": as_of });
    options
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap()
}

#[wasm_bindgen_test]
fn every_shared_case_passes_in_wasm() {
    let cases = spec_cases::all().unwrap();
    assert!(cases.len() >= 70);
    let mut failures = Vec::new();
    for case in &cases {
        let answers = answers_from_json(&case.answers.to_string())
            .unwrap_or_else(|e| panic!("{}: {e}", case.file));
        let options = Options {
            locale: Locale::Nl,
            today: Date::parse("2030-01-01").unwrap(),
        };
        let report = serde_json::to_value(evaluate(&answers, &options)).unwrap();
        failures.extend(
            spec_cases::mismatches(&case.expect, &report)
                .into_iter()
                .map(|m| format!("{}: {m}", case.file)),
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[wasm_bindgen_test]
fn every_shared_case_passes_through_the_js_api() {
    let mut failures = Vec::new();
    for case in spec_cases::all().unwrap() {
        let answers = case
            .answers
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .unwrap();
        let report = eligibility_web::api::evaluate_js(answers, options_js("en", "2030-01-01"))
            .unwrap_or_else(|_| panic!("{}: the JS API threw", case.file));
        let report: serde_json::Value = serde_wasm_bindgen::from_value(report).unwrap();
        failures.extend(
            spec_cases::mismatches(&case.expect, &report)
                .into_iter()
                .map(|m| format!("{}: {m}", case.file)),
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[wasm_bindgen_test]
fn js_api_errors_name_the_path() {
    let bad =
        serde_json::json!({ "offer": { "salesContacts": [{ "role": "boss", "regions": [] }] } })
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .unwrap();
    let err = eligibility_web::api::evaluate_js(bad, JsValue::UNDEFINED).expect_err("an error");
    let message = js_sys::Error::from(JsValue::from(err))
        .message()
        .as_string()
        .unwrap();
    assert!(
        message.starts_with("offer.salesContacts[0].role: unknown variant `boss`"),
        "{message}"
    );
}
