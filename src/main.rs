//! Entry point of the page. The JS API's exports live here, in the binary Trunk builds, so
//! `window.wasmBindings.evaluate` and `window.wasmBindings.shareLink` are always present; they
//! are answered by the tools module, loaded on their first call (see `eligibility_web::tools`).

use wasm_bindgen::prelude::*;

// Talc instead of the default dlmalloc: smaller in the download and faster (single-threaded page).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// `evaluate(answers, options)`: the `Report` for `answers`, as a `Promise`; see
/// `eligibility_web::tools::evaluate` (the types are in `api.d.ts`).
#[wasm_bindgen(unchecked_return_type = "Promise<Report>")]
pub fn evaluate(
    #[wasm_bindgen(unchecked_param_type = "Answers")] answers: JsValue,
    #[wasm_bindgen(unchecked_param_type = "EvaluateOptions | undefined")] options: JsValue,
) -> js_sys::Promise {
    eligibility_web::tools::evaluate(answers, options)
}

/// `shareLink(answers, options)`: see `eligibility_web::tools::share_link`; types in `api.d.ts`.
#[wasm_bindgen(js_name = shareLink, unchecked_return_type = "Promise<string>")]
pub fn share_link(
    #[wasm_bindgen(unchecked_param_type = "Answers")] answers: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ShareLinkOptions | undefined")] options: JsValue,
) -> js_sys::Promise {
    eligibility_web::tools::share_link(answers, options)
}

fn main() {
    eligibility_web::run();
}
