//! The JavaScript API: `evaluate(answers, options)`, exported by `main.rs` through
//! wasm-bindgen and reachable as `window.wasmBindings.evaluate` on the built page.
//!
//! Arguments are read straight from the JS values into JSON values (no text parser in the page);
//! the report goes back as JSON text through `JSON.parse`.

use eligibility_rules::json::{FromJson, JsonPath};
use eligibility_rules::{answers_from_value, evaluate, Date, Locale, Options, ParseError};
use js_sys::{Array, Object};
use serde_json::{Map, Number, Value};
use wasm_bindgen::{JsCast, JsError, JsValue};

/// `options` of the JS API: `{ locale?: "en" | "nl", asOf?: "YYYY-MM-DD" }`.
#[derive(Default)]
struct JsOptions {
    locale: Option<Locale>,
    as_of: Option<Date>,
}

eligibility_rules::json_object!(JsOptions { locale: "locale", as_of: "asOf" });

/// Today on the user's clock (the browser's local date).
pub fn browser_today() -> Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    u16::try_from(y).ok().and_then(|y| Date::new(y, m as u8, d as u8)).unwrap_or(Date::UNIX_EPOCH)
}

/// The browser's Unicode lower-case mapping (`String.prototype.toLowerCase`): the engine uses
/// it to compare e-mail addresses, so the page need not carry Rust's case tables.
pub fn browser_lowercase(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}

/// Evaluation options for the page: its language, the browser's today (unless given) and the
/// browser's lower-case mapping.
pub fn browser_options(locale: Locale, today: Option<Date>) -> Options {
    Options { locale, today: today.unwrap_or_else(browser_today), lowercase: browser_lowercase }
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

/// A plain JS value (objects, arrays, strings, numbers, booleans, null) as JSON, read directly
/// rather than through `JSON.stringify` and a parser. `undefined` object members are left out,
/// as `JSON.stringify` would; functions, symbols and big integers are refused.
fn to_json(value: &JsValue, path: &JsonPath) -> Result<Value, ParseError> {
    if value.is_null() || value.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(b) = value.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(text) = value.as_string() {
        return Ok(Value::String(text));
    }
    if let Some(n) = value.as_f64() {
        // Whole numbers become integers, as a JSON parser would make them.
        let number = if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 {
            Some(if n < 0.0 { Number::from(n as i64) } else { Number::from(n as u64) })
        } else {
            Number::from_f64(n)
        };
        return number.map(Value::Number).ok_or_else(|| path.error("expected a finite number"));
    }
    if let Some(array) = value.dyn_ref::<Array>() {
        let items = array.iter().enumerate().map(|(i, item)| to_json(&item, &path.index(i)));
        return items.collect::<Result<Vec<_>, _>>().map(Value::Array);
    }
    if value.is_object() && !value.is_function() {
        let mut map = Map::new();
        for entry in Object::entries(value.unchecked_ref()).iter() {
            let pair: Array = entry.unchecked_into();
            let key = pair.get(0).as_string().unwrap_or_default();
            let item = pair.get(1);
            if !item.is_undefined() {
                let json = to_json(&item, &path.key(&key))?;
                map.insert(key, json);
            }
        }
        return Ok(Value::Object(map));
    }
    Err(path.error("expected JSON data (an object, array, string, number, boolean or null)"))
}

/// Evaluates `answers` (an `Answers` object) and returns the `Report` as a plain object.
/// `options.asOf` is used only when the answers have no `asOf`; it defaults to the browser's
/// today. Throws an `Error` whose message starts with the bad path (`offer.offerType: …`).
pub fn evaluate_js(answers: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let root = JsonPath::ROOT;
    let answers = to_json(&answers, &root).and_then(|v| answers_from_value(&v)).map_err(|e| error("answers", e))?;
    let options: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        to_json(&options, &root).and_then(|v| JsOptions::from_json(&v, &root)).map_err(|e| error("options", e))?
    };
    let options = browser_options(options.locale.unwrap_or(Locale::En), options.as_of);
    let report =
        serde_json::to_string(&evaluate(&answers, &options)).map_err(|e| JsError::new(&format!("report: {e}")))?;
    js_sys::JSON::parse(&report).map_err(|_| JsError::new("report: not valid JSON"))
}
