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
//! use eligibility_rules::{answers_from_json, evaluate, Date, Locale, Options};
//! let answers = answers_from_json(r#"{"partner":{"hasMpnId":false}}"#).unwrap();
//! let options = Options::new(Locale::Nl, Date::parse("2021-03-15").unwrap());
//! let report = evaluate(&answers, &options);
//! assert_eq!(report.co_sell.status.as_str(), "not-co-sell-ready");
//! assert_eq!(report.checks_len(), 53);
//! ```

mod str_enum;

pub mod answers;
pub mod date;
pub mod email;
pub mod groups;
pub mod i18n;
pub mod json;
pub mod logic;
pub mod money;
pub mod parse;
mod programs;
pub mod report;
pub mod rules;

pub use answers::*;
pub use date::Date;
pub use money::{Percent, Usd};
pub use parse::{answers_from_json, answers_from_value, answers_or_list_from_json, ParseError};
pub use report::*;
pub use rules::{Program, RuleId};

/// How to evaluate: the language of messages, the date to use when `asOf` is absent, and the
/// Unicode lower-case mapping for comparing e-mail addresses (RULES.md 2.6).
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
}

impl Options {
    /// Options with Rust's own Unicode lower-case mapping.
    pub fn new(locale: Locale, today: Date) -> Options {
        Options { locale, today, lowercase: str::to_lowercase }
    }
}

/// Evaluates every rule of every program. Never fails and never panics: missing answers give
/// `unknown` outcomes (RULES.md 2.1). Same answers and options, same report.
pub fn evaluate(answers: &Answers, options: &Options) -> Report {
    let chosen = answers.rulesets.clone().unwrap_or_default();
    let ctx = programs::Ctx {
        locale: options.locale,
        co_sell: chosen.co_sell.unwrap_or(CoSellRuleset::R2021_02_24),
        storefront: chosen.storefront.unwrap_or(StorefrontRuleset::R2018_06_05),
        as_of: answers.as_of.unwrap_or(options.today),
        lowercase: options.lowercase,
    };
    Report {
        schema_version: SCHEMA_VERSION,
        as_of: ctx.as_of,
        locale: ctx.locale,
        rulesets: RulesetsUsed {
            co_sell: ctx.co_sell,
            rewards: rules::REWARDS_RULESET,
            apss: rules::APSS_RULESET,
            storefront: ctx.storefront,
            lead_sharing: rules::LEAD_SHARING_RULESET,
        },
        co_sell: programs::co_sell::evaluate(answers, &ctx),
        rewards: programs::rewards::evaluate(answers, &ctx),
        apss: programs::apss::evaluate(answers, &ctx),
        storefront: programs::storefront::evaluate(answers, &ctx),
        lead_sharing: programs::lead_sharing::evaluate(answers, &ctx),
    }
}

impl Report {
    /// The number of checks over all programs (always 53).
    pub fn checks_len(&self) -> usize {
        self.all_checks().count()
    }
}

/// Every input field of RULES.md 3 by JSON path; each has a question in both languages.
pub const FIELDS: &[&str] = &[
    "asOf",
    "rulesets.coSell",
    "rulesets.storefront",
    "partner.hasMpnId",
    "partner.mpnId",
    "partner.marketplaceAccountActive",
    "partner.businessProfileComplete",
    "partner.partnerTypes",
    "partner.goldCompetency",
    "partner.isvConnect",
    "partner.azureConsumedRevenueUsd",
    "partner.cspPartner",
    "partner.partnerCenterRole",
    "offer.name",
    "offer.offerType",
    "offer.solutionType",
    "offer.liveIn",
    "offer.coSellTabComplete",
    "offer.onePager",
    "offer.pitchDeck",
    "offer.coSellGeographies",
    "offer.salesContacts",
    "offer.transactable",
    "offer.billedRevenueUsd",
    "offer.technicalValidation",
    "offer.azureIpInfrastructurePercent",
    "offer.referenceArchitectureDiagram",
    "offer.listingType",
    "offer.liveSince",
    "offer.rewardsMessageReceived",
    "offer.offerOwner",
    "rewards.marketingContactAssigned",
    "rewards.contactIsPartnerCenterUser",
    "rewards.contactEmail",
    "rewards.companyAccountEmail",
    "rewards.contactPhone",
    "rewards.contactLanguage",
    "rewards.benefit",
    "rewards.activatedOn",
    "apss.sharedServicesTenant",
    "apss.targetTenant",
    "apss.uses",
    "apss.marketplaceItem",
    "apss.purchasedOn",
    "apss.existingDeployment",
    "storefront.audience",
    "storefront.clouds",
    "storefront.inProduct",
    "storefront.billing",
    "storefront.linkPartners",
];
