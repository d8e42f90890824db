//! The page's side of the keep-and-share tools. Batch checks, decision records and share links
//! live in a second WebAssembly module (`crates/tools`, built by Trunk next to the page) that is
//! loaded the first time one of them is used, so the page's first load stays within its budget.
//!
//! `window.eligibilityTools(kind, request)` (in `www/boot.js`) imports that module once and hands
//! it the request; the module renders into the page's `#tools` element.

use eligibility_rules::Locale;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = window, js_name = eligibilityTools)]
    fn call(kind: &str, request: &JsValue) -> js_sys::Promise;
}

fn request(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), value);
    }
    object.into()
}

/// Opens the tool `kind` (`batch`, `open-record`, or `open-link` with the fragment of a share
/// link) in the page's language.
pub fn open(kind: &str, locale: Locale, fragment: &str) {
    let _ = call(kind, &request(&[("locale", locale.as_str().into()), ("fragment", fragment.into())]));
}

/// `shareLink(answers, options)` of the JS API, answered by the tools module (loaded on first
/// use, hence a `Promise` of the fragment).
pub fn share_link(answers: JsValue, options: JsValue) -> js_sys::Promise {
    call("api-share-link", &request(&[("answers", answers), ("options", options)]))
}
