//! The JavaScript API: `evaluate(answers, options)` ([`evaluate_js`]), reachable as
//! `window.wasmBindings.evaluate` on the built page, with the TypeScript types of `api.d.ts` in
//! the generated declarations. The page's export hands the call to the tools module (loaded on
//! first use, so the page's first load carries neither the path-naming reader nor the `Report`
//! writer), which runs [`evaluate_js`]; the page itself uses the browser helpers below.
//!
//! Arguments are read with serde-wasm-bindgen through the engine's derived `Deserialize` (the same
//! deserializer the page uses for everything it reads), and the `Report` goes back as plain
//! objects through serde-wasm-bindgen's JSON-compatible serializer.

use eligibility_rules::{evaluate, read_answers, read_object, Date, Locale, Options, ParseError};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsError, JsValue};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("api.d.ts");

/// `options` of the JS API: `{ locale?: "en" | "nl", asOf?: "YYYY-MM-DD" }`.
#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
struct JsOptions {
    locale: Option<Locale>,
    as_of: Option<Date>,
}

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

/// Evaluation options for the page: its language, the browser's today (unless given), the
/// browser's lower-case mapping and its country names (`Intl.DisplayNames`).
pub fn browser_options(locale: Locale, today: Option<Date>) -> Options {
    Options {
        locale,
        today: today.unwrap_or_else(browser_today),
        lowercase: browser_lowercase,
        country_name: |code, locale| crate::countries::name(code, locale),
    }
}

/// `offer.offerType: …` for answers, `options.locale: …` for options; `answers: …` or
/// `options: …` when the whole argument is wrong.
pub fn error(argument: &str, e: ParseError) -> JsError {
    let path = match (argument, e.path.is_empty()) {
        (_, true) => argument.to_owned(),
        ("answers", false) => e.path,
        (_, false) => format!("{argument}.{}", e.path),
    };
    // serde-wasm-bindgen's errors are JS `Error`s and display as `String(error)`, "Error: …";
    // the thrown Error adds that word itself.
    let message = e.message.strip_prefix("Error: ").unwrap_or(&e.message);
    JsError::new(&format!("{path}: {message}"))
}

/// Evaluates `answers` (an `Answers` object) and returns the `Report` as a plain object.
/// `options.asOf` is used only when the answers have no `asOf`; it defaults to the browser's
/// today. Throws an `Error` whose message starts with the bad path (`offer.offerType: …`).
pub fn evaluate_js(answers: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let answers = read_answers(serde_wasm_bindgen::Deserializer::from(answers)).map_err(|e| error("answers", e))?;
    let options: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        read_object(serde_wasm_bindgen::Deserializer::from(options)).map_err(|e| error("options", e))?
    };
    let options = browser_options(options.locale.unwrap_or(Locale::En), options.as_of);
    evaluate(&answers, &options)
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("report: {e}")))
}

#[cfg(test)]
mod tests {
    use eligibility_rules::{Field, OfferType};

    const TYPES: &str = include_str!("api.d.ts");

    #[test]
    fn typescript_declarations_name_every_field_and_value() {
        for field in Field::ALL {
            let key = field.path().rsplit('.').next().unwrap_or_default();
            assert!(TYPES.contains(&format!("  {key}?: ")), "api.d.ts lacks {}", field.path());
        }
        for t in OfferType::ALL {
            assert!(TYPES.contains(&format!("\"{t}\"")), "api.d.ts lacks offer type {t}");
        }
        assert!(TYPES.contains("export interface Answers") && TYPES.contains("export interface Report"));
    }
}
