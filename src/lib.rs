//! The web page of the eligibility checker (Yew, WebAssembly). It collects answers, asks the
//! rules engine (`eligibility-rules`) for a `Report` and renders it; it decides nothing itself.
//!
//! Layout: `questions` (the question table), `form` (state, actions, → `Answers`),
//! `number_input` (locale number parsing), `countries`, `ui_text` (the page's own texts in English
//! and Dutch), `components` (the view), `api` (the JS API and its TypeScript types).

pub mod api;
pub mod components;
pub mod countries;
pub mod form;
pub mod number_input;
pub mod questions;
pub mod route;
pub mod saved;
pub mod tools;
pub mod ui_text;

/// The page's element with this id, if there is one.
pub(crate) fn element_by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Moves focus to the element with this id, if there is one (scrolling it into view).
pub(crate) fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Runs `f` once the page has been drawn again (on the next animation frame, after Yew has
/// applied the change that is being dispatched).
fn after_render(f: impl FnOnce() + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let later = Closure::once_into_js(f);
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(later.unchecked_ref());
    }
}

/// Moves focus to the element with this id once the page has been drawn again.
pub(crate) fn focus_after_render(id: String) {
    after_render(move || focus(&id));
}

/// Moves focus to the control of the question whose JSON path is `path` once the page has been
/// drawn again: the ticked choice of a group, else the first control with that `name`.
pub(crate) fn focus_control_after_render(path: &'static str) {
    use wasm_bindgen::JsCast;
    after_render(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let find = |selector: String| document.query_selector(&selector).ok().flatten();
        let control = find(format!("[name=\"{path}\"]:checked")).or_else(|| find(format!("[name=\"{path}\"]")));
        if let Some(control) = control.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = control.focus();
        }
    });
}

/// Mounts the app on `#app` (or on `<body>` when there is none).
pub fn run() {
    match element_by_id("app") {
        Some(root) => {
            yew::Renderer::<components::app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<components::app::App>::new().render();
        }
    }
}

/// Offers `text` as a file download named `name` (a Blob URL; nothing is sent anywhere). The
/// tools module uses it too.
pub fn download(name: &str, text: &str, mime: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // The URL is kept until the page closes: revoking it at once can cancel the download.
}
