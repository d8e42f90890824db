//! The keep-and-share tools of the page, a second WebAssembly module that the page loads the
//! first time one is used (`window.eligibilityTools` in `www/boot.js`), so the page's first load
//! stays small. It renders into the page's `<dialog id="tools">` and exports:
//!
//! - `handle(kind, request)`: `share-link` (copy a link to the page's answers), `download-record`,
//!   `open-record` (read a decision record back), `batch` (check many offers from a JSON or CSV
//!   file), `open-link` (`request.fragment`: a share link's answers), `compare` (the answers
//!   under the other co-sell and storefront rule set); see [`Request`];
//! - `apiEvaluate(request)` and `apiShareLink(request)`: the JS API's `evaluate(answers, options)`
//!   and `shareLink(answers, options)` (see `api.d.ts`), which the page's exports hand over here.
//!
//! The formats themselves live in `eligibility-exchange`, shared with the CLI.

mod app;
mod compare_view;
mod files;
mod report_view;
mod text;

use eligibility_exchange::link;
use eligibility_rules::{read_answers, read_object, Answers, Date, Locale};
use eligibility_web::api::error;
use eligibility_web::route::Route;
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

/// `object[key]`, `undefined` when there is none.
fn field(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Opens the tool `kind` in the dialog (mounting the tools' view the first time).
#[wasm_bindgen]
pub fn handle(kind: String, request: JsValue) {
    let get = |key: &str| field(&request, key);
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
    eligibility_web::api::evaluate_js(field(&request, "answers"), field(&request, "options"))
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
    let answers = read_answers(serde_wasm_bindgen::Deserializer::from(field(&request, "answers")))
        .map_err(|e| error("answers", e))?;
    let options = field(&request, "options");
    let options: ShareLinkOptions = if options.is_undefined() || options.is_null() {
        ShareLinkOptions::default()
    } else {
        read_object(serde_wasm_bindgen::Deserializer::from(options)).map_err(|e| error("options", e))?
    };
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
    let today = options.as_of.unwrap_or_else(eligibility_web::api::browser_today);
    Ok(format!("{}{}", options.base.unwrap_or_default(), link::encode(&link::pin(&answers, today), &part)))
}

fn main() {}
