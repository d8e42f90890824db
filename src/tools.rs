//! The page's side of the tools module (`crates/tools`, a second WebAssembly module built by Trunk
//! next to the page and loaded the first time it is needed, so the page's first load stays within
//! its budget): decision records, batch checks, comparing rule sets, share links the page cannot
//! read itself, and the JS API. The seam is typed (`eligibility_browser::protocol`):
//! `window.eligibilityTools(call, …)` (in `www/extras.js`, waited for by `www/boot.js`) loads the
//! module once and calls it.

use eligibility_browser::protocol::ToolRequest;
use eligibility_rules::Answers;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `call`: `"tool"` (`first`: a `ToolRequest` as JSON text), `"evaluate"` or `"shareLink"`
    /// (`first`, `second`: the JS API's arguments).
    #[wasm_bindgen(js_namespace = window, js_name = eligibilityTools)]
    fn call(call: &str, first: &JsValue, second: &JsValue) -> js_sys::Promise;
}

/// Starts the tool of `request` (its dialog opens at once, with "Loading…" the first time).
pub fn open(request: &ToolRequest<&Answers>) {
    let json = crate::saved::to_json(request);
    let _ = call("tool", &json.into(), &JsValue::UNDEFINED);
}

/// `evaluate(answers, options)` of the JS API: the `Report` as a `Promise`, answered by the
/// tools module (the engine's path-naming reader and the `Report` writer live there).
pub fn evaluate(answers: JsValue, options: JsValue) -> js_sys::Promise {
    call("evaluate", &answers, &options)
}

/// `shareLink(answers, options)` of the JS API, answered by the tools module (a `Promise` of
/// the link).
pub fn share_link(answers: JsValue, options: JsValue) -> js_sys::Promise {
    call("shareLink", &answers, &options)
}
