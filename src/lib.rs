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
pub mod ui_text;

/// The page's element with this id, if there is one.
pub(crate) fn element_by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
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
