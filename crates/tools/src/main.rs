//! The keep-and-share tools of the page, a second WebAssembly module that the page loads the
//! first time one is used (`window.eligibilityTools` in `www/boot.js`), so the page's first load
//! stays small. It renders into the page's `#tools` element and exports:
//!
//! - `handle(kind, request)`: `batch` (check many offers from a JSON or CSV file), `open-record`
//!   (read a decision record back), `open-link` (`request.fragment`: a share link's answers);
//!   `request.locale` is the page's language;
//! - `apiEvaluate(request)` and `apiShareLink(request)`: the JS API's `evaluate(answers, options)`
//!   and `shareLink(answers, options)` (see `api.d.ts`), which the page's exports hand over here.
//!
//! The formats themselves live in `eligibility-exchange`, shared with the CLI.

mod app;
mod files;
mod report_view;
mod text;

use eligibility_exchange::link;
use eligibility_rules::{read_answers, read_object, Answers, Date, Locale};
use eligibility_web::api::error;
use serde::Deserialize;
use wasm_bindgen::prelude::*;

/// The request of the page (`eligibility_web::tools::Request`): which tool, the page's answers,
/// part, language and today, whether the visitor has answers of their own, and the fragment of a
/// share link.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub kind: String,
    pub answers: Answers,
    pub part: String,
    pub locale: Locale,
    pub today: Date,
    pub has_own: bool,
    pub fragment: String,
}

/// Opens the tool `kind` in `#tools` (mounting the tools' view the first time).
#[wasm_bindgen]
pub fn handle(kind: String, request: JsValue) {
    let get = |key: &str| js_sys::Reflect::get(&request, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let text = |key: &str| get(key).as_string().unwrap_or_default();
    let locale = if text("locale") == "nl" { Locale::Nl } else { Locale::En };
    let answers = read_answers(serde_wasm_bindgen::Deserializer::from(get("answers"))).unwrap_or_default();
    let today = Date::parse(&text("today")).unwrap_or_else(|_| eligibility_web::api::browser_today());
    let (part, fragment, has_own) = (text("part"), text("fragment"), get("hasOwn").is_truthy());
    app::show(Request { kind, answers, part, locale, today, has_own, fragment });
}

/// `evaluate(answers, options)` of the JS API (`request.answers`, `request.options`): the
/// `Report` as a plain object; throws an `Error` naming the bad path
/// (`eligibility_web::api::evaluate_js`).
#[wasm_bindgen(js_name = apiEvaluate)]
pub fn api_evaluate(request: JsValue) -> Result<JsValue, JsError> {
    let get = |key: &str| js_sys::Reflect::get(&request, &key.into()).unwrap_or(JsValue::UNDEFINED);
    eligibility_web::api::evaluate_js(get("answers"), get("options"))
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
#[wasm_bindgen(js_name = apiShareLink)]
pub fn api_share_link(request: JsValue) -> Result<String, JsError> {
    let get = |key: &str| js_sys::Reflect::get(&request, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let answers =
        read_answers(serde_wasm_bindgen::Deserializer::from(get("answers"))).map_err(|e| error("answers", e))?;
    let options = get("options");
    let options: ShareLinkOptions = if options.is_undefined() || options.is_null() {
        ShareLinkOptions::default()
    } else {
        read_object(serde_wasm_bindgen::Deserializer::from(options)).map_err(|e| error("options", e))?
    };
    let part = options.part.unwrap_or_default();
    if !["", "co-sell", "rewards", "apss", "storefront", "lead-sharing"].contains(&part.as_str()) {
        return Err(JsError::new(&format!("options.part: unknown part `{part}`, expected one of ``, `co-sell`, `rewards`, `apss`, `storefront`, `lead-sharing`")));
    }
    let today = options.as_of.unwrap_or_else(eligibility_web::api::browser_today);
    Ok(format!("{}{}", options.base.unwrap_or_default(), link::encode(&link::pin(&answers, today), &part)))
}

fn main() {}
