//! The page's side of the keep-and-share tools. Share links, decision records and batch checks
//! live in a second WebAssembly module (`crates/tools`, built by Trunk next to the page) that is
//! loaded the first time one of them is used, so the page's first load stays within its budget.
//!
//! `window.eligibilityTools(kind, request)` (in `www/boot.js`) imports that module once and hands
//! it the request; the module renders into the page's `#tools` element. Answers it puts on the
//! page (an opened link, record or batch row) come back as a `CustomEvent` named
//! [`ANSWERS_EVENT`] on `window`, with `detail = { answers, part, from }` (`from`: `"link"` or
//! `"record"`).

use crate::saved::to_js;
use eligibility_rules::{Answers, Date, Locale};
use wasm_bindgen::prelude::*;

/// The event the tools module sends with answers to open on the page.
pub const ANSWERS_EVENT: &str = "eligibility-answers";

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = window, js_name = eligibilityTools)]
    fn call(kind: &str, request: &JsValue) -> js_sys::Promise;
}

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), value);
    }
    object.into()
}

/// What a tool needs to know about the page.
pub struct Request<'a> {
    /// The answers on the page (for a share link or a record).
    pub answers: &'a Answers,
    /// The part shown (`co-sell`; `""` for the overview).
    pub part: &'a str,
    pub locale: Locale,
    /// Today on the user's clock: pins share links and records to the date used.
    pub today: Date,
    /// Whether the page holds answers of the visitor's own (a link then asks before replacing them).
    pub has_own: bool,
    /// For `open-link`: the URL fragment with a share link's answers.
    pub fragment: &'a str,
}

/// Starts the tool `kind`: `share-link`, `download-record`, `open-record`, `batch` or `open-link`.
pub fn open(kind: &str, request: &Request) {
    let _ = call(
        kind,
        &object(&[
            ("answers", to_js(request.answers)),
            ("part", request.part.into()),
            ("locale", request.locale.as_str().into()),
            ("today", request.today.to_string().into()),
            ("hasOwn", request.has_own.into()),
            ("fragment", request.fragment.into()),
        ]),
    );
}

/// `evaluate(answers, options)` of the JS API: the `Report` as a `Promise`. The engine with its
/// path-naming reader and the `Report` writer live in the tools module (loaded on the first
/// call), so the page's first load does not carry them; the module runs
/// [`crate::api::evaluate_js`].
pub fn evaluate(answers: JsValue, options: JsValue) -> js_sys::Promise {
    call("api-evaluate", &object(&[("answers", answers), ("options", options)]))
}

/// `shareLink(answers, options)` of the JS API, answered by the tools module (loaded on first
/// use, hence a `Promise` of the fragment).
pub fn share_link(answers: JsValue, options: JsValue) -> js_sys::Promise {
    call("api-share-link", &object(&[("answers", answers), ("options", options)]))
}
