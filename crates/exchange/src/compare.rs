//! "Compare with the other version": the same answers evaluated under the other rule set of
//! co-sell (`2021-02-24` and `2021-07-13`, RULES.md 4.7; `2023-08-24` is compared with the seed,
//! RULES.md 12.6) and of the storefront advisor
//! (`2018-06-05` and `2018-06-05-later`, RULES.md 7.3), and what would change: the status (for
//! the storefront advisor, the storefronts) and every check whose outcome differs.
//!
//! Used by `eligibility compare` and by the page's tools module, so both show the same table.

use eligibility_rules::{
    evaluate, i18n, Answers, CoSellRuleset, CoSellStatus, Locale, Options, Outcome, Program, Report, RuleId,
    RulesetChoice, Storefront, StorefrontRuleset,
};
use serde::Serialize;

/// A program's result under one rule set: the co-sell status, or the storefronts the advisor
/// points to. In JSON a status code or an array of storefront codes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Verdict {
    /// `coSell.status`.
    Status(CoSellStatus),
    /// `storefront.storefronts`.
    Storefronts(Vec<Storefront>),
}

/// One check that reads differently under the two rule sets: another outcome, or the same
/// outcome for another reason (SF-04 pointing to other storefronts, a renamed status); a rule
/// that applies under neither is not listed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangedCheck {
    /// The rule id.
    pub rule: RuleId,
    /// Its outcome under the rule set the answers chose (or the default).
    pub outcome: Outcome,
    /// Its outcome under the other rule set.
    pub other_outcome: Outcome,
    /// Its message now, in the options' language.
    pub message: String,
    /// Its message under the other rule set.
    pub other_message: String,
}

/// One program compared across its two rule sets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProgramComparison {
    /// `coSell` or `storefront`.
    pub program: Program,
    /// The rule set the answers are checked against now.
    pub ruleset: &'static str,
    /// The other rule set.
    pub other_ruleset: &'static str,
    /// The result now.
    pub verdict: Verdict,
    /// The result under the other rule set.
    pub other_verdict: Verdict,
    /// Whether the result (status or storefronts) differs.
    pub differs: bool,
    /// Every check whose outcome or message differs, in RULES.md order (`[]` when none does).
    pub changed: Vec<ChangedCheck>,
}

/// The comparison of both programs that have two rule sets: co-sell first, then the storefront
/// advisor. `options` as for [`evaluate`]; the evaluation date is the same for both versions.
pub fn compare(answers: &Answers, options: &Options) -> Vec<ProgramComparison> {
    let now = evaluate(answers, options);
    let mut other = answers.clone();
    other.rulesets = Some(RulesetChoice {
        co_sell: Some(other_co_sell(now.rulesets.co_sell)),
        rewards: Some(now.rulesets.rewards),
        apss: Some(now.rulesets.apss),
        storefront: Some(other_storefront(now.rulesets.storefront)),
    });
    let then = evaluate(&other, options);
    vec![
        program(Program::CoSell, (&now, &then), |r| (r.rulesets.co_sell.as_str(), Verdict::Status(r.co_sell.status))),
        program(Program::Storefront, (&now, &then), |r| {
            (r.rulesets.storefront.as_str(), Verdict::Storefronts(r.storefront.storefronts.clone()))
        }),
    ]
}

fn other_co_sell(ruleset: CoSellRuleset) -> CoSellRuleset {
    match ruleset {
        CoSellRuleset::R2021_02_24 => CoSellRuleset::R2021_07_13,
        CoSellRuleset::R2021_07_13 | CoSellRuleset::R2023_08_24 => CoSellRuleset::R2021_02_24,
    }
}

fn other_storefront(ruleset: StorefrontRuleset) -> StorefrontRuleset {
    match ruleset {
        StorefrontRuleset::R2018_06_05 => StorefrontRuleset::R2018_06_05Later,
        StorefrontRuleset::R2018_06_05Later => StorefrontRuleset::R2018_06_05,
    }
}

fn program(
    program: Program,
    (now, then): (&Report, &Report),
    verdict: fn(&Report) -> (&'static str, Verdict),
) -> ProgramComparison {
    let ((ruleset, verdict), (other_ruleset, other_verdict)) = (verdict(now), verdict(then));
    let changed = now
        .checks(program)
        .iter()
        .zip(then.checks(program))
        // A rule that does not apply under either version is no change, whatever it says why.
        .filter(|(a, b)| a.outcome != b.outcome || (a.message != b.message && a.outcome != Outcome::NotApplicable))
        .map(|(a, b)| ChangedCheck {
            rule: a.rule,
            outcome: a.outcome,
            other_outcome: b.outcome,
            message: a.message.clone(),
            other_message: b.message.clone(),
        })
        .collect();
    ProgramComparison {
        program,
        ruleset,
        other_ruleset,
        differs: verdict != other_verdict,
        verdict,
        other_verdict,
        changed,
    }
}

impl Verdict {
    /// The result in words: the co-sell status as `ruleset` names it, or the storefronts
    /// ("AppSource and Azure Marketplace"; "none yet" when no need was stated).
    pub fn words(&self, locale: Locale, ruleset: &str) -> String {
        match self {
            Verdict::Status(status) => {
                let ruleset = CoSellRuleset::from_str_opt(ruleset).unwrap_or(CoSellRuleset::R2021_02_24);
                i18n::co_sell_status_name(locale, *status, ruleset).to_owned()
            }
            Verdict::Storefronts(list) if list.is_empty() => {
                i18n::text(locale, i18n::Msg::CompareNoStorefront).to_owned()
            }
            Verdict::Storefronts(list) => {
                let names: Vec<&str> = list.iter().map(|s| i18n::storefront_name(*s)).collect();
                i18n::join_and(locale, &names)
            }
        }
    }
}

/// The comparison as text for a terminal (`eligibility compare --format text`).
pub fn to_text(comparisons: &[ProgramComparison], locale: Locale) -> String {
    let mut out = String::new();
    for c in comparisons {
        let (now, other) = (c.verdict.words(locale, c.ruleset), c.other_verdict.words(locale, c.other_ruleset));
        let same = if c.differs { "" } else { " (=)" };
        out.push_str(&format!(
            "{} ({} → {}): {now} → {other}{same}\n",
            i18n::label(locale, c.program),
            c.ruleset,
            c.other_ruleset
        ));
        for check in &c.changed {
            out.push_str(&format!(
                "  {}: {} → {}\n      {}\n    → {}\n",
                check.rule,
                i18n::label(locale, check.outcome),
                i18n::label(locale, check.other_outcome),
                check.message,
                check.other_message
            ));
        }
        if c.changed.is_empty() {
            out.push_str(&format!("  {}\n", i18n::text(locale, i18n::Msg::CompareNoChange)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use eligibility_rules::{answers_from_json, Date};

    fn run(json: &str) -> Vec<ProgramComparison> {
        // The seed's rule sets are in force on this date (RULES.md 12.2).
        compare(&answers_from_json(json).unwrap(), &Options::new(Locale::En, Date::parse("2021-03-15").unwrap()))
    }

    #[test]
    fn an_office_add_in_loses_co_sell_under_2021_07_13() {
        let c = run(r#"{"partner":{"hasMpnId":true,"marketplaceAccountActive":true,"businessProfileComplete":true},
            "offer":{"offerType":"office-add-in","solutionType":"ip-application","liveIn":["appsource"],
            "coSellTabComplete":true,"onePager":true,"pitchDeck":true,"coSellGeographies":["US"],
            "salesContacts":[{"role":"partner-sales","regions":["OOO"]}]}}"#);
        let co_sell = &c[0];
        assert_eq!(
            (co_sell.program, co_sell.ruleset, co_sell.other_ruleset),
            (Program::CoSell, "2021-02-24", "2021-07-13")
        );
        assert_eq!(co_sell.verdict, Verdict::Status(CoSellStatus::CoSellReady));
        assert_eq!(co_sell.other_verdict, Verdict::Status(CoSellStatus::NotCoSellReady));
        assert!(co_sell.differs);
        let outcomes: Vec<(RuleId, Outcome, Outcome)> =
            co_sell.changed.iter().map(|c| (c.rule, c.outcome, c.other_outcome)).collect();
        assert_eq!(outcomes, [(RuleId::Cs00, Outcome::Info, Outcome::NotMet)]);
        let json = serde_json::to_value(co_sell).unwrap();
        assert_eq!(json["verdict"], "co-sell-ready");
        assert_eq!(
            (json["changed"][0]["rule"].as_str(), json["changed"][0]["otherOutcome"].as_str()),
            (Some("CS-00"), Some("not-met"))
        );
        assert!(json["changed"][0]["otherMessage"].as_str().unwrap().contains("Office"), "{json}");
        let text = to_text(&c, Locale::En);
        assert!(
            text.starts_with("Co-sell (2021-02-24 → 2021-07-13): Co-sell ready → Not co-sell ready\n  CS-00: "),
            "{text}"
        );
    }

    #[test]
    fn the_chosen_rule_set_is_now_and_the_other_is_compared() {
        let c = run(r#"{"rulesets":{"coSell":"2021-07-13","storefront":"2018-06-05-later"}}"#);
        assert_eq!((c[0].ruleset, c[0].other_ruleset), ("2021-07-13", "2021-02-24"));
        assert_eq!((c[1].ruleset, c[1].other_ruleset), ("2018-06-05-later", "2018-06-05"));
        assert!(!c[1].differs);
        assert!(c[1].changed.is_empty());
        assert!(to_text(&c, Locale::Nl).contains("Storefront (2018-06-05-later → 2018-06-05): "));
    }

    #[test]
    fn byol_points_to_both_storefronts_only_in_the_later_revision() {
        let c = run(r#"{"storefront":{"billing":"byol"}}"#);
        let storefront = &c[1];
        assert_eq!(storefront.verdict, Verdict::Storefronts(vec![Storefront::AzureMarketplace]));
        assert_eq!(
            storefront.other_verdict,
            Verdict::Storefronts(vec![Storefront::AppSource, Storefront::AzureMarketplace])
        );
        assert!(storefront.differs);
        let sf04 = &storefront.changed[0];
        assert_eq!((sf04.rule, storefront.changed.len()), (RuleId::Sf04, 1), "SF-04 points elsewhere: a change");
        assert_ne!(sf04.message, sf04.other_message);
        assert_eq!(
            serde_json::to_value(storefront).unwrap()["otherVerdict"],
            serde_json::json!(["appsource", "azure-marketplace"])
        );
        assert_eq!(
            storefront.other_verdict.words(Locale::Nl, storefront.other_ruleset),
            "AppSource en Azure Marketplace"
        );
    }
}
