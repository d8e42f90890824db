//! Entry point of the page. The wasm-bindgen export lives here, in the binary Trunk builds,
//! so `window.wasmBindings.evaluate` is always present.

use wasm_bindgen::prelude::*;

/// `evaluate(answers, options)`: see `eligibility_web::api::evaluate_js`.
#[wasm_bindgen]
pub fn evaluate(answers: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    eligibility_web::api::evaluate_js(answers, options)
}

fn main() {
    eligibility_web::run();
}
