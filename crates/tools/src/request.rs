//! The request a tool opens with (the page's `ToolRequest`, `eligibility-browser`), as the
//! properties of every tool's component: each tool module reads it from here, so no tool depends
//! on the dialog that shows it (`app`).

pub use eligibility_browser::protocol::ToolRequest;
use yew::Properties;

/// A tool's properties: the request that opened it (its kind, the page's answers and language).
#[derive(Properties, PartialEq)]
pub struct ToolProps {
    /// The request that opened the tool.
    pub request: ToolRequest,
}
