//! The six parts of the page and their place in the URL fragment (`#/rewards`). The fragment is
//! kept by gloo's `HashHistory` (the history behind yew-router, without its route matching and
//! query parsing, which cost 21 KB gzip here): a link opens the right part, and the browser's Back
//! and Forward buttons work.

use eligibility_rules::{i18n, Locale, Program};

/// A part of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// Every program's status in one line each (`#/`, and any fragment that names no part).
    Overview,
    /// Co-sell status (`#/co-sell`).
    CoSell,
    /// Marketplace Rewards (`#/rewards`).
    Rewards,
    /// Azure Partner Shared Services (`#/apss`).
    Apss,
    /// Storefront advisor (`#/storefront`).
    Storefront,
    /// Lead sharing (`#/lead-sharing`).
    LeadSharing,
}

impl Route {
    /// The parts in navigation order.
    pub const PARTS: [Route; 6] =
        [Route::Overview, Route::CoSell, Route::Rewards, Route::Apss, Route::Storefront, Route::LeadSharing];

    /// The program a part checks; `None` for the overview.
    pub fn program(self) -> Option<Program> {
        match self {
            Route::CoSell => Some(Program::CoSell),
            Route::Rewards => Some(Program::Rewards),
            Route::Apss => Some(Program::Apss),
            Route::Storefront => Some(Program::Storefront),
            Route::LeadSharing => Some(Program::LeadSharing),
            Route::Overview => None,
        }
    }

    /// The path in the fragment, after `#`.
    pub const fn path(self) -> &'static str {
        match self {
            Route::Overview => "/",
            Route::CoSell => "/co-sell",
            Route::Rewards => "/rewards",
            Route::Apss => "/apss",
            Route::Storefront => "/storefront",
            Route::LeadSharing => "/lead-sharing",
        }
    }

    /// The part at `path`; the overview for any path that names no part.
    pub fn from_path(path: &str) -> Route {
        Route::PARTS.into_iter().find(|r| r.path() == path).unwrap_or(Route::Overview)
    }

    /// The part that checks `program`.
    pub fn of(program: Program) -> Route {
        match program {
            Program::CoSell => Route::CoSell,
            Program::Rewards => Route::Rewards,
            Program::Apss => Route::Apss,
            Program::Storefront => Route::Storefront,
            Program::LeadSharing => Route::LeadSharing,
        }
    }

    /// The part's name in the navigation: the program's name, or "Overview".
    pub fn title(self, locale: Locale) -> &'static str {
        match self.program() {
            Some(program) => i18n::label(locale, program),
            None => crate::ui_text::t(locale, crate::ui_text::Ui::Overview),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_program_has_its_part_and_back() {
        for program in Program::ALL {
            assert_eq!(Route::of(*program).program(), Some(*program));
        }
        assert_eq!(Route::PARTS.iter().filter_map(|r| r.program()).count(), Program::ALL.len());
        for part in Route::PARTS {
            assert_eq!(Route::from_path(part.path()), part);
        }
        assert_eq!(Route::from_path("/nonsense"), Route::Overview);
        assert_eq!(Route::from_path(""), Route::Overview);
    }
}
