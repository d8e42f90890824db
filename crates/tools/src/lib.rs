//! The page's tools, a second WebAssembly module that the page loads the first time one is
//! needed (`window.eligibilityTools` in `www/extras.js`), so the page's first load stays small. It
//! depends on the shared `eligibility-browser` crate, never on the page. It renders into the
//! page's `<dialog id="tools">` and exports:
//!
//! - `handle(json)`: a tool the page starts, `json` being an
//!   `eligibility_browser::protocol::ToolRequest` as JSON text (download a record, open a record,
//!   check many offers, compare rule sets, a share link the page could not read);
//! - `apiEvaluate(answers, options)` and `apiShareLink(answers, options)`: the JS API's
//!   `evaluate` and `shareLink` (see `api.d.ts`), which the page's exports hand over here.
//!
//! Everything it reads, JS input included, goes through one deserializer: JSON text read into a
//! `serde_json::Value`, then the engine's path-naming reader (`api`), as links, records and batch
//! files are read (`eligibility-exchange`, shared with the CLI).

pub mod api;
mod app;
mod compare_view;
mod files;
mod report_view;
mod request;
mod text;

use eligibility_browser::protocol::ToolRequest;
use eligibility_rules::read_object;
use wasm_bindgen::JsError;

/// Opens the tool of `json` (a `ToolRequest` as JSON text) in the dialog, mounting the tools'
/// view the first time. An error names what is wrong when `json` is not a request (a page bug).
pub fn handle(json: &str) -> Result<(), JsError> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| JsError::new(&format!("request: {e}")))?;
    // The engine's path-naming reader, as for every other input here: one instance of the
    // contract types' readers in this module.
    let request: ToolRequest =
        read_object(&value).map_err(|e| JsError::new(&format!("request.{}: {}", e.path, e.message)))?;
    app::show(request);
    Ok(())
}
