//! The rules engine of the partner-program eligibility checker.
//!
//! `Answers` in, `Report` out (CONTRACT.md), for five programs of the Microsoft commercial
//! marketplace: co-sell status, Marketplace Rewards, Azure Partner Shared Services (APSS),
//! storefront choice and lead sharing. Every rule of RULES.md is here under its rule id.
//!
//! Pure and deterministic: no clock (the evaluation date comes in [`Options::today`] or
//! `asOf`), no I/O, no web dependencies, so it runs natively, in the CLI and in WebAssembly.
//!
//! ```
//! use eligibility_rules::{answers_from_json, evaluate, Date, Locale, Options, RuleId};
//! let answers = answers_from_json(r#"{"partner":{"hasMpnId":false}}"#).unwrap();
//! let options = Options::new(Locale::Nl, Date::parse("2021-03-15").unwrap());
//! let report = evaluate(&answers, &options);
//! assert_eq!(report.co_sell.status.as_str(), "not-co-sell-ready");
//! assert_eq!(report.checks_len(), RuleId::ALL.len());
//! ```

#![deny(missing_docs)]

mod answers;
mod date;
mod de;
mod fields;
mod logic;
mod money;
mod parse;
mod programs;
mod report;
mod rules;
pub mod rulesets;
#[doc(hidden)]
pub mod str_enum;

pub mod email;
pub mod groups;
pub mod i18n;
pub mod relevance;

pub use answers::*;
pub use date::Date;
pub use fields::Field;
pub use money::{Figure, Percent, Usd, MAX_CENTS, MAX_USD};
pub use parse::{
    answers_from_json, answers_or_list_from_json, check_schema_version, read_answers, read_object, ParseError,
};
pub use report::*;
pub use rules::{Document, Program, RuleId, Section, Source};

/// How to evaluate: the language of messages, the date to use when `asOf` is absent, and two
/// text services the caller may supply: the Unicode lower-case mapping for comparing e-mail
/// addresses (RULES.md 2.6) and the names of countries in messages.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Language of messages and next steps.
    pub locale: Locale,
    /// "Today" on the caller's clock; used only where `Answers.asOf` is absent.
    pub today: Date,
    /// Unicode lower-case mapping, `str::to_lowercase` by default. The web page passes the
    /// browser's own (`String.prototype.toLowerCase`, the same Unicode mapping) so that it does
    /// not download Rust's case tables. Must be a pure function.
    pub lowercase: fn(&str) -> String,
    /// The name of a country (ISO 3166-1 alpha-2 code) in a language, for messages that list
    /// countries (CS-06). By default the code itself; the page passes the browser's names.
    pub country_name: fn(&str, Locale) -> String,
}

impl Options {
    /// Options with Rust's own Unicode lower-case mapping and countries named by their codes.
    pub fn new(locale: Locale, today: Date) -> Options {
        Options { locale, today, lowercase: str::to_lowercase, country_name: |code, _| code.to_owned() }
    }
}

/// Evaluates every rule of every program. Never fails and never panics: missing answers give
/// `unknown` outcomes (RULES.md 2.1). Same answers and options, same report.
pub fn evaluate(answers: &Answers, options: &Options) -> Report {
    let chosen = answers.rulesets.clone().unwrap_or_default();
    let as_of = answers.as_of.unwrap_or(options.today);
    let ctx = programs::Ctx {
        locale: options.locale,
        rulesets: chosen.used_on(as_of),
        as_of,
        lowercase: options.lowercase,
        country_name: options.country_name,
    };
    Report {
        schema_version: SCHEMA_VERSION,
        as_of: ctx.as_of,
        locale: ctx.locale,
        rulesets: ctx.rulesets.clone(),
        co_sell: programs::co_sell::evaluate(answers, &ctx),
        rewards: programs::rewards::evaluate(answers, &ctx),
        apss: programs::apss::evaluate(answers, &ctx),
        storefront: programs::storefront::evaluate(answers, &ctx),
        lead_sharing: programs::lead_sharing::evaluate(answers, &ctx),
    }
}

impl Report {
    /// The number of checks over all programs (always one per rule id of RULES.md).
    pub fn checks_len(&self) -> usize {
        self.all_checks().count()
    }
}
