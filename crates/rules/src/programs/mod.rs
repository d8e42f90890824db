//! One module per program; each turns `Answers` into its report section. This module holds
//! what they share: the evaluation context and the constructors for checks.

pub(crate) mod apss;
pub(crate) mod co_sell;
pub(crate) mod lead_sharing;
pub(crate) mod rewards;
pub(crate) mod storefront;

use crate::answers::{CoSellRuleset, Storefront, StorefrontRuleset};
use crate::date::Date;
use crate::i18n;
use crate::logic::Tri;
use crate::report::{Check, Locale, Outcome};
use crate::rules::RuleId;

/// What every rule may read besides the answers: language, rule sets and the evaluation date.
pub(crate) struct Ctx {
    pub locale: Locale,
    pub co_sell: CoSellRuleset,
    pub storefront: StorefrontRuleset,
    pub as_of: Date,
    pub lowercase: fn(&str) -> String,
}

/// Named values for a message template (`{amount}` and so on).
pub(crate) type Args<'a> = &'a [(&'a str, &'a str)];

impl Ctx {
    /// A catalogue text with its placeholders filled in.
    pub fn text(&self, key: &str, args: Args) -> String {
        i18n::fill(i18n::lookup(self.locale, key), args)
    }

    /// A check with a message (key and values) and an optional next-step key.
    pub fn check(&self, rule: RuleId, outcome: Outcome, message: String, next: Option<String>) -> Check {
        Check { rule, outcome, message, next_step: next, source: rule.source(self.co_sell.as_str()) }
    }

    /// A check whose message and next step are plain catalogue keys.
    pub fn keyed(&self, rule: RuleId, outcome: Outcome, key: &str, next: Option<&str>) -> Check {
        self.check(rule, outcome, self.text(key, &[]), next.map(|k| self.text(k, &[])))
    }

    /// `not-applicable`, with a message saying why (nothing to do).
    pub fn not_applicable(&self, rule: RuleId, key: &str, args: Args) -> Check {
        self.check(rule, Outcome::NotApplicable, self.text(key, args), None)
    }

    /// The default `unknown` check of RULES.md 2.8: names the question still open.
    /// `field` is the JSON path, e.g. `partner.hasMpnId`.
    pub fn unknown(&self, rule: RuleId, field: &str) -> Check {
        let mut question = i18n::question(self.locale, field);
        if !question.ends_with('?') {
            question.push('.');
        }
        self.check(
            rule,
            Outcome::Unknown,
            self.text("unknown", &[("question", &question)]),
            Some(self.text("unknown.next", &[])),
        )
    }

    /// A yes/no requirement: keys `<rule>.met`, `<rule>.not-met`, `<rule>.next`.
    pub fn yes_no(&self, rule: RuleId, value: Option<bool>, field: &str) -> Check {
        let id = rule.as_str();
        match value {
            Some(true) => self.keyed(rule, Outcome::Met, &format!("{id}.met"), None),
            Some(false) => self.keyed(rule, Outcome::NotMet, &format!("{id}.not-met"), Some(&format!("{id}.next"))),
            None => self.unknown(rule, field),
        }
    }

    /// Money as the locale writes it, with the `USD` prefix and two decimals.
    pub fn usd(&self, amount: crate::money::Usd) -> String {
        i18n::format_usd(self.locale, amount)
    }

    /// Storefront names joined as the locale does ("AppSource and Azure Marketplace").
    pub fn storefronts(&self, list: &[Storefront]) -> String {
        let names: Vec<&str> = list.iter().map(|s| i18n::storefront_name(*s)).collect();
        i18n::join_and(self.locale, &names)
    }
}

/// The precondition of IP-PRE and BA-01 (RULES.md 4.4): not met if any check is not met,
/// else unknown if any is unknown, else met.
pub(crate) fn all_fulfilled(checks: &[Check]) -> Tri {
    checks.iter().fold(Tri::Met, |acc, c| {
        acc.and(match c.outcome {
            Outcome::NotMet => Tri::NotMet,
            Outcome::Unknown => Tri::Unknown,
            _ => Tri::Met,
        })
    })
}

/// Distinct values in first-seen order.
pub(crate) fn distinct<T: PartialEq + Copy>(items: &[T]) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(item) {
            out.push(*item);
        }
    }
    out
}
