//! The JS API (`window.wasmBindings.evaluate` and `.shareLink`, answered by this module) compiled
//! to WebAssembly, in headless Chromium (wasm-bindgen-test): every shared case through
//! `evaluate`, errors that name their path, values JSON cannot say, and share links.

// Test code: a failing helper fails its test with its message (the workspace lints deny these
// outside tests; clippy.toml allows them only inside `#[test]` functions).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![cfg(target_arch = "wasm32")]

use eligibility_tools::api::{evaluate_js, share_link_js};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A JSON value as a plain JS value.
fn js(value: &serde_json::Value) -> JsValue {
    js_sys::JSON::parse(&value.to_string()).unwrap()
}

/// A plain JS value as JSON.
fn json(value: &JsValue) -> serde_json::Value {
    serde_json::from_str(&js_sys::JSON::stringify(value).unwrap().as_string().unwrap()).unwrap()
}

/// The message of the error the JS API throws for `answers` (and `options`).
fn js_error(answers: JsValue, options: JsValue) -> String {
    let err = evaluate_js(&answers, &options).expect_err("an error");
    js_sys::Error::from(JsValue::from(err)).message().as_string().unwrap()
}

#[wasm_bindgen_test]
fn every_shared_case_passes_through_the_js_api() {
    let mut failures = Vec::new();
    for case in spec_cases::all().unwrap() {
        let options = js(&serde_json::json!({ "locale": "en", "asOf": "2030-01-01" }));
        let report =
            evaluate_js(&js(&case.answers), &options).unwrap_or_else(|_| panic!("{}: the JS API threw", case.file));
        let report = json(&report);
        failures
            .extend(spec_cases::mismatches(&case.expect, &report).into_iter().map(|m| format!("{}: {m}", case.file)));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[wasm_bindgen_test]
fn js_api_errors_name_the_path() {
    let bad = js(&serde_json::json!({ "offer": { "salesContacts": [{ "role": "boss", "regions": [] }] } }));
    let err = evaluate_js(&bad, &JsValue::UNDEFINED).expect_err("an error");
    let message = js_sys::Error::from(JsValue::from(err)).message().as_string().unwrap();
    assert!(message.starts_with("offer.salesContacts[0].role: unknown variant `boss`"), "{message}");
}

#[wasm_bindgen_test]
fn js_api_refuses_unknown_keys_and_arrays_where_objects_belong() {
    let cases = [
        (serde_json::json!({ "offer": { "offerTyp": "saas" } }), "offer.offerTyp: unknown field `offerTyp`"),
        (serde_json::json!({ "partnr": {} }), "partnr: unknown field `partnr`"),
        (serde_json::json!({ "partner": [true] }), "partner: invalid type"),
        (serde_json::json!({ "partner": [] }), "partner: invalid type"),
        (
            serde_json::json!({ "offer": { "salesContacts": [{ "role": "partner-sales", "regions": [], "x": 1 }] } }),
            "offer.salesContacts[0].x: unknown field `x`",
        ),
        (
            serde_json::json!({ "offer": { "billedRevenueUsd": -5 } }),
            "offer.billedRevenueUsd: money must not be negative",
        ),
        (serde_json::json!({ "asOf": "2021-02-30" }), "asOf: `2021-02-30` is not a real calendar date"),
        (serde_json::json!([]), "answers: invalid type"),
    ];
    for (answers, wanted) in cases {
        let message = js_error(js(&answers), JsValue::UNDEFINED);
        assert!(message.starts_with(wanted), "{answers}: {message}");
    }
    let message = js_error(js(&serde_json::json!({})), js(&serde_json::json!({ "locale": "de" })));
    assert!(message.starts_with("options.locale: unknown variant `de`"), "{message}");
    let message = js_error(js(&serde_json::json!({})), js(&serde_json::json!({ "lang": "nl" })));
    assert!(message.starts_with("options.lang: unknown field `lang`"), "{message}");
    let message = js_error(JsValue::UNDEFINED, JsValue::UNDEFINED);
    assert!(message.starts_with("answers: invalid type"), "{message}");
}

#[wasm_bindgen_test]
fn js_api_reads_undefined_members_as_not_answered_and_returns_plain_objects() {
    let answers = js_sys::Object::new();
    let partner = js_sys::Object::new();
    js_sys::Reflect::set(&partner, &"hasMpnId".into(), &JsValue::UNDEFINED).unwrap();
    js_sys::Reflect::set(&answers, &"partner".into(), &partner).unwrap();
    let report = evaluate_js(&answers.into(), &JsValue::NULL).expect("a report");
    let report = json(&report);
    assert_eq!(report["coSell"]["checks"][1]["outcome"], "unknown");
    assert_eq!(report["coSell"]["checks"][1]["nextStep"].as_str().map(|s| !s.is_empty()), Some(true));
    assert!(report["rewards"]["checks"][0]["source"]["url"].is_string());
}

#[wasm_bindgen_test]
fn numbers_json_cannot_say_are_refused_by_path_not_read_as_not_answered() {
    let answers = js_sys::Object::new();
    let partner = js_sys::Object::new();
    for (value, name) in [(f64::NAN, "NaN"), (f64::INFINITY, "Infinity"), (f64::NEG_INFINITY, "-Infinity")] {
        js_sys::Reflect::set(&partner, &"azureConsumedRevenueUsd".into(), &JsValue::from_f64(value)).unwrap();
        js_sys::Reflect::set(&answers, &"partner".into(), &partner).unwrap();
        let message = js_error(answers.clone().into(), JsValue::UNDEFINED);
        assert!(message.starts_with("partner.azureConsumedRevenueUsd: not a finite number"), "{name}: {message}");
    }
    let contacts =
        js(&serde_json::json!({ "offer": { "salesContacts": [{ "role": "partner-sales", "regions": [] }] } }));
    let contact =
        js_sys::Reflect::get(&js_sys::Reflect::get(&contacts, &"offer".into()).unwrap(), &"salesContacts".into())
            .unwrap();
    js_sys::Reflect::set(&js_sys::Array::from(&contact).get(0), &"x".into(), &JsValue::from_f64(f64::NAN)).unwrap();
    assert!(js_error(contacts, JsValue::UNDEFINED).starts_with("offer.salesContacts[0].x: not a finite number"));
    // A cycle is not JSON either.
    let cyclic = js_sys::Object::new();
    js_sys::Reflect::set(&cyclic, &"offer".into(), &cyclic).unwrap();
    assert!(js_error(cyclic.into(), JsValue::UNDEFINED).starts_with("answers: not JSON data"));
}

#[wasm_bindgen_test]
fn share_links_match_the_cli_format_and_name_bad_parts() {
    let answers = js(&serde_json::json!({ "partner": { "hasMpnId": false } }));
    let options = js(&serde_json::json!({ "part": "co-sell", "asOf": "2026-11-26", "base": "https://example.test/" }));
    let link = share_link_js(&answers, &options).expect("a link");
    // Every program's rule set is written in: those in force on the date (RULES.md 12.2).
    let pinned = r#"{"schemaVersion":1,"asOf":"2026-11-26","rulesets":{"coSell":"2023-08-24","rewards":"2023-08-01","apss":"2023-01-11","storefront":"2018-06-05"},"partner":{"hasMpnId":false}}"#;
    let expected =
        eligibility_exchange::link::encode(&eligibility_rules::answers_from_json(pinned).unwrap(), "co-sell");
    assert_eq!(link, format!("https://example.test/{expected}"));
    let err = share_link_js(&answers, &js(&serde_json::json!({ "part": "nowhere" }))).expect_err("an error");
    let message = js_sys::Error::from(JsValue::from(err)).message().as_string().unwrap();
    assert!(message.starts_with("options.part: unknown part `nowhere`"), "{message}");
}
