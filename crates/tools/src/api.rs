//! The JS API (`window.wasmBindings.evaluate` and `.shareLink`, typed in the page's `api.d.ts`),
//! answered here. A caller's arguments are JS values; they are written as JSON text by the
//! browser (`JSON.stringify`) and read like every other input of this module, through
//! `serde_json::Value` and the engine's path-naming reader, so each contract type is compiled
//! once here. What JSON cannot say is refused first, naming its path: a number that is not
//! finite (`NaN`, `Infinity`), which `JSON.stringify` would silently turn into `null` ("not
//! answered"). The `Report` goes back the same way: `serde_json`, then `JSON.parse`.

use eligibility_browser::options::{browser_options, browser_today};
use eligibility_browser::route::Route;
use eligibility_exchange::link;
use eligibility_rules::{evaluate, read_answers, read_object, Answers, Date, Locale, ParseError};
use serde::Deserialize;
use serde_json::Value;
use wasm_bindgen::{JsCast, JsError, JsValue};

/// How deep [`non_finite`] looks: far deeper than any `Answers`, and a bound on cyclic objects
/// (which `JSON.stringify` then refuses).
const MAX_DEPTH: usize = 32;

/// The path of the first number in `value` that is not finite, if there is one.
fn non_finite(value: &JsValue, path: &str, depth: usize) -> Option<String> {
    if let Some(number) = value.as_f64() {
        return (!number.is_finite()).then(|| path.to_owned());
    }
    if depth >= MAX_DEPTH || !value.is_object() {
        return None;
    }
    if js_sys::Array::is_array(value) {
        let items = js_sys::Array::from(value);
        return (0..items.length()).find_map(|i| non_finite(&items.get(i), &format!("{path}[{i}]"), depth + 1));
    }
    js_sys::Object::entries(value.unchecked_ref()).iter().find_map(|entry| {
        let pair = js_sys::Array::from(&entry);
        let key = pair.get(0).as_string().unwrap_or_default();
        let inner = if path.is_empty() { key } else { format!("{path}.{key}") };
        non_finite(&pair.get(1), &inner, depth + 1)
    })
}

/// `value` (the argument `argument`, `answers` or `options`) as JSON. `undefined` is `null`.
/// Errors name the path as the reader does: `partner.azureConsumedRevenueUsd: …`,
/// `options.asOf: …`.
fn json_of(value: &JsValue, argument: &str) -> Result<Value, JsError> {
    if value.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(path) = non_finite(value, "", 0) {
        // Paths as the reader names them: `offer.…` for answers, `options.…` for options.
        let at = match (argument, path.is_empty()) {
            (_, true) => argument.to_owned(),
            ("answers", false) => path,
            (_, false) => format!("{argument}.{path}"),
        };
        return Err(JsError::new(&format!("{at}: not a finite number (NaN or Infinity is not a JSON number)")));
    }
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| JsError::new(&format!("{argument}: not JSON data (a cycle, a BigInt or a function)")))?;
    serde_json::from_str(&text).map_err(|e| JsError::new(&format!("{argument}: {e}")))
}

/// `offer.offerType: …` for answers, `options.locale: …` for options; `answers: …` or
/// `options: …` when the whole argument is wrong.
fn error(argument: &str, e: ParseError) -> JsError {
    let path = match (argument, e.path.is_empty()) {
        (_, true) => argument.to_owned(),
        ("answers", false) => e.path,
        (_, false) => format!("{argument}.{}", e.path),
    };
    JsError::new(&format!("{path}: {}", e.message))
}

fn answers_of(answers: &JsValue) -> Result<Answers, JsError> {
    read_answers(&json_of(answers, "answers")?).map_err(|e| error("answers", e))
}

/// `options` read as `T`; `undefined` and `null` are `T::default()`.
fn options_of<T: Default + for<'de> Deserialize<'de>>(options: &JsValue) -> Result<T, JsError> {
    match json_of(options, "options")? {
        Value::Null => Ok(T::default()),
        value => read_object(&value).map_err(|e| error("options", e)),
    }
}

/// `options` of `evaluate`: `{ locale?: "en" | "nl", asOf?: "YYYY-MM-DD" }`.
#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
struct EvaluateOptions {
    locale: Option<Locale>,
    as_of: Option<Date>,
}

/// `evaluate(answers, options)`: the `Report` for `answers` as a plain object. `options.asOf` is
/// used only when the answers have no `asOf`; it defaults to the browser's today. Throws an
/// `Error` whose message starts with the bad path (`offer.offerType: …`).
pub fn evaluate_js(answers: &JsValue, options: &JsValue) -> Result<JsValue, JsError> {
    let answers = answers_of(answers)?;
    let options: EvaluateOptions = options_of(options)?;
    let report = evaluate(&answers, &browser_options(options.locale.unwrap_or(Locale::En), options.as_of));
    let json = serde_json::to_string(&report).map_err(|e| JsError::new(&format!("report: {e}")))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("report: not JSON"))
}

/// `options` of `shareLink`.
#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
struct ShareLinkOptions {
    part: Option<String>,
    as_of: Option<Date>,
    base: Option<String>,
}

/// `shareLink(answers, options)`: `options.base` (default `""`) followed by the fragment
/// `#/PART?v=1&a=…` holding the answers with their evaluation date (`asOf`, else `options.asOf`,
/// else today) and both rule sets written in. Throws an `Error` naming the bad path.
pub fn share_link_js(answers: &JsValue, options: &JsValue) -> Result<String, JsError> {
    let answers = answers_of(answers)?;
    let options: ShareLinkOptions = options_of(options)?;
    // The parts of the page, as its router spells them (`/co-sell` → `co-sell`; the overview `""`).
    let parts: Vec<&str> = Route::PARTS.iter().map(|r| r.path().trim_start_matches('/')).collect();
    let part = options.part.unwrap_or_default();
    if !parts.contains(&part.as_str()) {
        let expected: Vec<String> = parts.iter().map(|p| format!("`{p}`")).collect();
        return Err(JsError::new(&format!(
            "options.part: unknown part `{part}`, expected one of {}",
            expected.join(", ")
        )));
    }
    let today = options.as_of.unwrap_or_else(browser_today);
    Ok(format!("{}{}", options.base.unwrap_or_default(), link::encode(&link::pin(answers, today), &part)))
}
