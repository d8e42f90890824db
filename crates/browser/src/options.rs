//! The engine's evaluation options as the browser gives them: today on the user's clock, the
//! browser's lower-case mapping and its country names.

use eligibility_rules::{Date, Locale, Options};

/// Today on the user's clock (the browser's local date).
pub fn browser_today() -> Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    u16::try_from(y).ok().and_then(|y| Date::new(y, m as u8, d as u8)).unwrap_or(Date::UNIX_EPOCH)
}

/// The browser's Unicode lower-case mapping (`String.prototype.toLowerCase`): the engine uses
/// it to compare e-mail addresses, so the page need not carry Rust's case tables.
pub fn browser_lowercase(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}

/// Evaluation options for the page: its language, the browser's today (unless `today` is
/// given), the browser's lower-case mapping and its country names (`Intl.DisplayNames`).
pub fn browser_options(locale: Locale, today: Option<Date>) -> Options {
    Options {
        locale,
        today: today.unwrap_or_else(browser_today),
        lowercase: browser_lowercase,
        country_name: |code, locale| crate::countries::name(code, locale),
    }
}
