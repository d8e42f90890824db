//! One module per program; each turns `Answers` into its report section. This module holds
//! what they share: the evaluation context (with the rule sets used, whose records in
//! `rulesets` hold the thresholds and groups the rules read) and the constructors for checks.

pub(crate) mod apss;
pub(crate) mod co_sell;
pub(crate) mod lead_sharing;
pub(crate) mod next_status;
pub(crate) mod rewards;
pub(crate) mod storefront;

use crate::answers::{CountryCode, Storefront};
use crate::date::Date;
use crate::fields::Field;
use crate::i18n::{self, Msg};
use crate::logic::Tri;
use crate::report::{Check, Locale, Outcome, RulesetsUsed};
use crate::rules::RuleId;
use crate::rulesets::{ApssRules, CoSellRules, RewardsRules, StorefrontRules};

/// What every rule may read besides the answers: language, rule sets, the evaluation date and
/// the caller's text services (see [`crate::Options`]).
pub(crate) struct Ctx {
    pub locale: Locale,
    pub rulesets: RulesetsUsed,
    pub as_of: Date,
    pub lowercase: fn(&str) -> String,
    pub country_name: fn(&str, Locale) -> String,
}

/// The outcome of `rule` among `checks`, if it is there.
pub(crate) fn outcome_of(checks: &[Check], rule: RuleId) -> Option<Outcome> {
    checks.iter().find(|c| c.rule == rule).map(|c| c.outcome)
}

/// Named values for a message template (`{amount}` and so on).
pub(crate) type Args<'a> = &'a [(&'a str, &'a str)];

/// The three messages of a yes/no requirement.
pub(crate) struct YesNo {
    pub met: Msg,
    pub not_met: Msg,
    pub next: Msg,
}

impl Ctx {
    /// The co-sell rule set used.
    pub fn co_sell(&self) -> &'static CoSellRules {
        self.rulesets.co_sell.rules()
    }

    /// The Marketplace Rewards rule set used.
    pub fn rewards(&self) -> &'static RewardsRules {
        self.rulesets.rewards.rules()
    }

    /// The APSS rule set used.
    pub fn apss(&self) -> &'static ApssRules {
        self.rulesets.apss.rules()
    }

    /// The storefront rule set used.
    pub fn storefront(&self) -> &'static StorefrontRules {
        self.rulesets.storefront.rules()
    }

    /// A catalogue text with its placeholders filled in, worded as the rule sets in use word it
    /// (each record names the messages of its program it words its own way).
    pub fn text(&self, msg: Msg, args: Args) -> String {
        let msg = self.apss().message(self.rewards().message(self.co_sell().message(msg)));
        i18n::message(self.locale, msg, args)
    }

    /// A check with a message and an optional next step, both already written.
    pub fn check(&self, rule: RuleId, outcome: Outcome, message: String, next: Option<String>) -> Check {
        Check { rule, outcome, message, next_step: next, source: rule.source(&self.rulesets), question: None }
    }

    /// A check whose message and next step are catalogue texts without placeholders.
    pub fn keyed(&self, rule: RuleId, outcome: Outcome, msg: Msg, next: Option<Msg>) -> Check {
        self.check(rule, outcome, self.text(msg, &[]), next.map(|m| self.text(m, &[])))
    }

    /// `not-applicable`, with a message saying why (nothing to do).
    pub fn not_applicable(&self, rule: RuleId, msg: Msg) -> Check {
        self.keyed(rule, Outcome::NotApplicable, msg, None)
    }

    /// The default `unknown` check of RULES.md 2.8: names the question still open.
    pub fn unknown(&self, rule: RuleId, field: Field) -> Check {
        let mut question = i18n::question(self.locale, field, self.rulesets.co_sell).to_owned();
        if !question.ends_with('?') {
            question.push('.');
        }
        let message = self.text(Msg::Unknown, &[("question", &question)]);
        self.open(self.check(rule, Outcome::Unknown, message, Some(self.text(Msg::UnknownNext, &[]))), field)
    }

    /// An `unknown` check with its own catalogue texts, settled by answering `field`.
    pub fn unknown_keyed(&self, rule: RuleId, msg: Msg, next: Msg, field: Field) -> Check {
        self.open(self.keyed(rule, Outcome::Unknown, msg, Some(next)), field)
    }

    /// Marks which question would settle an open check ([`Check::question`]).
    fn open(&self, check: Check, field: Field) -> Check {
        Check { question: Some(field), ..check }
    }

    /// A yes/no requirement: met, not met with its next step, or unknown naming `field`.
    pub fn yes_no(&self, rule: RuleId, value: Option<bool>, field: Field, msgs: YesNo) -> Check {
        match value {
            Some(true) => self.keyed(rule, Outcome::Met, msgs.met, None),
            Some(false) => self.keyed(rule, Outcome::NotMet, msgs.not_met, Some(msgs.next)),
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

    /// Countries by name in the reader's language, `OOO` as "all countries and regions".
    pub fn countries(&self, list: &[&CountryCode]) -> String {
        let names: Vec<String> = list
            .iter()
            .map(|c| {
                if c.is_all() {
                    self.text(Msg::CountriesAll, &[])
                } else {
                    (self.country_name)(c.as_str(), self.locale)
                }
            })
            .collect();
        names.join(", ")
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
