//! Keep, share and prove (issue 8): the formats that carry `Answers` outside the page.
//!
//! - [`link`]: share links, `Answers` compressed into the URL fragment (no server sees them);
//! - [`record`]: the downloadable decision record (answers, full report, versions);
//! - [`batch`]: many offers at once, from a JSON array or a CSV file, and the result table as CSV.
//!
//! Pure Rust like the engine: no clock (callers pass today), no browser. The CLI and the page's
//! tools module (`tools/`) both use it, so a link, record or table made by one is read the same
//! way by the other.

pub mod batch;
pub mod compare;
pub mod link;
pub mod record;

/// The product version written into records and shown with them (the workspace version).
pub const PRODUCT_VERSION: &str = env!("CARGO_PKG_VERSION");
