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

/// The source this build was made from: its commit's date (YYYY-MM-DD) and short hash,
/// `2026-12-05 a1b2c3d` (`build.rs`); empty for a build outside a git checkout that was not
/// given `ELIGIBILITY_BUILD`. Written into records and shown in the page's footer, so a
/// maintainer can tell which build a host serves.
pub const PRODUCT_BUILD: &str = env!("ELIGIBILITY_BUILD");

/// [`PRODUCT_VERSION`] and [`PRODUCT_BUILD`] in one line for people: `0.1.0 (2026-12-05 a1b2c3d)`,
/// or `0.1.0` alone when the build is unknown (`build.rs`).
pub const PRODUCT_LABEL: &str = env!("ELIGIBILITY_LABEL");
