//! The tools' own texts in English and Dutch: the catalogue of the page's crate
//! (`eligibility_browser::ui_text`, `tools.*` keys). Domain words come from the engine's catalogue.

pub use eligibility_browser::ui_text::{tool as t, Tool as T};
