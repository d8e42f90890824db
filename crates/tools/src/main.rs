//! The tools module's exports, as the page's `www/extras.js` calls them; each hands over to the
//! library (`eligibility_tools`), whose functions the wasm tests call directly.

use wasm_bindgen::prelude::*;

// Talc instead of the default dlmalloc, as in the page: smaller in the download and faster.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// `handle(json)`: opens the tool of a `ToolRequest` (JSON text); see [`eligibility_tools::handle`].
#[wasm_bindgen]
pub fn handle(json: String) -> Result<(), JsError> {
    eligibility_tools::handle(&json)
}

/// `apiEvaluate(answers, options)`: the JS API's `evaluate`; see [`eligibility_tools::api::evaluate_js`].
#[wasm_bindgen(js_name = apiEvaluate)]
pub fn api_evaluate(answers: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    eligibility_tools::api::evaluate_js(&answers, &options)
}

/// `apiShareLink(answers, options)`: the JS API's `shareLink`; see [`eligibility_tools::api::share_link_js`].
#[wasm_bindgen(js_name = apiShareLink)]
pub fn api_share_link(answers: JsValue, options: JsValue) -> Result<String, JsError> {
    eligibility_tools::api::share_link_js(&answers, &options)
}

fn main() {}
