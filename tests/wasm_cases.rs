//! The engine compiled to WebAssembly, in headless Chromium (wasm-bindgen-test): every shared
//! case through the Rust API and through the JS API (`evaluate(answers, options)`).
#![cfg(target_arch = "wasm32")]

use eligibility_rules::{answers_from_json, evaluate, Date, Locale, Options};
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
fn every_shared_case_passes_through_the_js_api() {
    let mut failures = Vec::new();
    for case in spec_cases::all().unwrap() {
        let options = js(&serde_json::json!({ "locale": "en", "asOf": "2030-01-01" }));
        let report = eligibility_web::api::evaluate_js(js(&case.answers), options)
            .unwrap_or_else(|_| panic!("{}: the JS API threw", case.file));
        let report = json(&report);
        failures
            .extend(spec_cases::mismatches(&case.expect, &report).into_iter().map(|m| format!("{}: {m}", case.file)));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[wasm_bindgen_test]
fn js_api_errors_name_the_path() {
    let bad = js(&serde_json::json!({ "offer": { "salesContacts": [{ "role": "boss", "regions": [] }] } }));
    let err = eligibility_web::api::evaluate_js(bad, JsValue::UNDEFINED).expect_err("an error");
    let message = js_sys::Error::from(JsValue::from(err)).message().as_string().unwrap();
    assert!(message.starts_with("offer.salesContacts[0].role: unknown variant `boss`"), "{message}");
}

/// The message of the error the JS API throws for `answers` (and `options`).
fn js_error(answers: JsValue, options: JsValue) -> String {
    let err = eligibility_web::api::evaluate_js(answers, options).expect_err("an error");
    js_sys::Error::from(JsValue::from(err)).message().as_string().unwrap()
}

#[wasm_bindgen_test]
fn js_api_refuses_unknown_keys_and_arrays_where_objects_belong() {
    // serde-wasm-bindgen reads a plain struct by its declared keys only; the engine reads objects
    // as maps so these are still refused, with their paths.
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
    let report = eligibility_web::api::evaluate_js(answers.into(), JsValue::NULL).expect("a report");
    let report = json(&report);
    assert_eq!(report["coSell"]["checks"][1]["outcome"], "unknown");
    assert_eq!(report["coSell"]["checks"][1]["nextStep"].as_str().map(|s| !s.is_empty()), Some(true));
    assert!(report["rewards"]["checks"][0]["source"]["url"].is_string());
}

#[wasm_bindgen_test]
fn page_options_name_countries_in_the_page_language() {
    let answers = answers_from_json(
        r#"{"offer":{"coSellGeographies":["NL","DE"],"salesContacts":[{"role":"partner-marketing","regions":["NL"]}]}}"#,
    )
    .unwrap();
    let report = evaluate(&answers, &eligibility_web::api::browser_options(Locale::Nl, Date::parse("2021-03-15").ok()));
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
        assert_eq!(eligibility_web::api::browser_lowercase(text), text.to_lowercase(), "{text}");
    }
}

#[wasm_bindgen_test]
fn e_mail_sameness_uses_the_browser_mapping_in_the_page() {
    let answers =
        answers_from_json(r#"{"rewards":{"contactEmail":"ÅSA@contoso.se","companyAccountEmail":"åsa@CONTOSO.se"}}"#)
            .unwrap();
    let report = evaluate(&answers, &eligibility_web::api::browser_options(Locale::En, Date::parse("2021-03-15").ok()));
    assert_eq!(report.check(eligibility_rules::RuleId::Mr05b).unwrap().outcome.as_str(), "not-met");
}
