//! The JavaScript API: `evaluate(answers, options)`, exported by `main.rs` through
//! wasm-bindgen and reachable as `window.wasmBindings.evaluate` on the built page.

use eligibility_rules::{
    answers_from_value, evaluate, from_deserializer, Date, Locale, Options, ParseError,
};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsError, JsValue};

/// `options` of the JS API: `{ locale?: "en" | "nl", asOf?: "YYYY-MM-DD" }`.
#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct JsOptions {
    #[serde(default)]
    locale: Option<Locale>,
    #[serde(default)]
    as_of: Option<Date>,
}

/// Today on the user's clock (the browser's local date).
pub fn browser_today() -> Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    u16::try_from(y)
        .ok()
        .and_then(|y| Date::new(y, m as u8, d as u8))
        .unwrap_or(Date::UNIX_EPOCH)
}

fn error(prefix: &str, mut e: ParseError) -> JsError {
    // serde-wasm-bindgen's messages are JS errors printed as "Error: …".
    if let Some(rest) = e.message.strip_prefix("Error: ") {
        e.message = rest.to_owned();
    }
    let path = if e.path.is_empty() {
        prefix.trim_end_matches('.').to_owned()
    } else {
        format!("{prefix}{}", e.path)
    };
    if path.is_empty() {
        JsError::new(&format!("answers: {}", e.message))
    } else {
        JsError::new(&format!("{path}: {}", e.message))
    }
}

/// Evaluates `answers` (an `Answers` object) and returns the `Report` as a plain object.
/// `options.asOf` is used only when the answers have no `asOf`; it defaults to the browser's
/// today. Throws an `Error` whose message starts with the bad path (`offer.offerType: …`).
pub fn evaluate_js(answers: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let value: serde_json::Value = serde_wasm_bindgen::from_value(answers)
        .map_err(|e| JsError::new(&format!("answers: {e}")))?;
    let answers = answers_from_value(&value, "").map_err(|e| error("", e))?;
    let options: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        from_deserializer(serde_wasm_bindgen::Deserializer::from(options))
            .map_err(|e| error("options.", e))?
    };
    let options = Options {
        locale: options.locale.unwrap_or(Locale::En),
        today: options.as_of.unwrap_or_else(browser_today),
    };
    let report = evaluate(&answers, &options);
    report
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("report: {e}")))
}
