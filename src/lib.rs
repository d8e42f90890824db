//! The web page of the eligibility checker (Yew, WebAssembly). It collects answers, asks the
//! rules engine (`eligibility-rules`) for a `Report` and renders it; it decides nothing itself.
//!
//! Layout: `questions` (the question table), `form` (state, actions, → `Answers`),
//! `number_input` (locale number parsing), `components` (the view), `saved` (answers kept in the
//! browser), `share` (share links), `tools` (starting the tools module), `api` (the JS API's
//! TypeScript types). What the page shares with the tools module (texts, statuses in words, the
//! parts, country names, browser options, the request to the tools) is `eligibility-browser`.

pub mod api;
pub mod components;
pub mod form;
pub mod number_input;
pub mod questions;
pub mod saved;
pub mod share;
pub mod tools;

use wasm_bindgen::JsValue;

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

/// Runs `settled` with the outcome of `promise` once it settles: `Ok` with its value, `Err` with
/// the reason it was rejected. One function for both (boxed, so the JS glue is made once for
/// every caller); a one-shot JS function per outcome (`Closure::once_into_js`) frees itself once
/// called, the other stays allocated (a few bytes per call).
pub(crate) fn when(promise: &js_sys::Promise, settled: Box<dyn FnOnce(Result<JsValue, JsValue>)>) {
    use std::{cell::Cell, rc::Rc};
    use wasm_bindgen::{closure::Closure, JsCast};
    let settled = Rc::new(Cell::new(Some(settled)));
    let outcome = |ok: bool| {
        let settled = settled.clone();
        Closure::once_into_js(move |value: JsValue| {
            if let Some(settled) = settled.take() {
                settled(if ok { Ok(value) } else { Err(value) });
            }
        })
    };
    if let Ok(then) = js_sys::Reflect::get(promise, &"then".into()) {
        let _ = then.unchecked_into::<js_sys::Function>().call2(promise, &outcome(true), &outcome(false));
    }
}

/// Shows a part the visitor chose once the page has been drawn again. Where the page shows the
/// part's status above its questions (phones, `#part-status`), focus goes to that status and
/// the page scrolls to the top of the questions: status and first question on screen, and the
/// next Tab reaches the first question. Elsewhere focus goes to the part's result (`id`) and the
/// page scrolls to the top of the questions (a program) or to the result (the overview).
pub(crate) fn show_part_after_render(id: String) {
    after_render(move || {
        focus("part-status");
        let on_status = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_some_and(|e| e.id() == "part-status");
        if !on_status {
            focus(&id);
        }
        let top = if element_by_id("part-status").is_some() { "questions" } else { id.as_str() };
        if let Some(top) = element_by_id(top) {
            top.scroll_into_view();
        }
    });
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
