//! The decision record: one JSON file that proves what was answered and what the checker said,
//! with every check (outcome, message, next step, source), the rule-set versions, the evaluation
//! date, the language and the product version. Its format is documented in `docs/record.md`,
//! with an example in `docs/record-example.json`.

use crate::link::pin;
use eligibility_rules::{
    evaluate, read_object, Answers, Check, Date, Locale, Options, Outcome, ParseError, Program, Report, ToConfirm,
};
use serde::{Deserialize, Serialize};

/// The value of `format` in every record.
pub const RECORD_FORMAT: &str = "eligibility-decision-record";
/// The version of the record format this build writes and reads.
pub const RECORD_VERSION: u32 = 1;

/// A decision record (`docs/record.md`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Record {
    /// Always [`RECORD_FORMAT`].
    pub format: String,
    /// Always [`RECORD_VERSION`].
    pub record_version: u32,
    /// The checker's version that made the record ([`crate::PRODUCT_VERSION`]).
    pub product_version: String,
    /// The build that made the record: its source's commit date and short hash
    /// ([`crate::PRODUCT_BUILD`], `2026-12-05 a1b2c3d`); empty when unknown or in records made
    /// before it existed.
    #[serde(default)]
    pub product_build: String,
    /// The day the record was made (the maker's clock).
    pub created_on: Date,
    /// Language of the report's messages.
    pub locale: Locale,
    /// "Confirm these in Partner Center": the open steps towards each next status, with the
    /// question to answer ([`Report::to_confirm`]). Empty in records made before it existed.
    #[serde(default)]
    pub to_confirm: Vec<ToConfirm>,
    /// The answers, with the evaluation date and rule sets written in ([`pin`]).
    pub answers: Answers,
    /// The full report for those answers (it holds the evaluation date and rule sets used).
    pub report: Report,
}

impl Record {
    /// The version that made the record, for people, as the footer writes
    /// [`crate::PRODUCT_LABEL`]: `0.1.0 (2026-12-05 a1b2c3d)`, or the version alone when the
    /// record has no build.
    pub fn product_label(&self) -> String {
        match self.product_build.as_str() {
            "" => self.product_version.clone(),
            build => format!("{} ({build})", self.product_version),
        }
    }
}

/// Makes the record of `answers` on `today`, in `options.locale`.
pub fn make(answers: &Answers, options: &Options) -> Record {
    let answers = pin(answers.clone(), options.today);
    let report = evaluate(&answers, options);
    Record {
        to_confirm: report.to_confirm(),
        format: RECORD_FORMAT.to_owned(),
        record_version: RECORD_VERSION,
        product_version: crate::PRODUCT_VERSION.to_owned(),
        product_build: crate::PRODUCT_BUILD.to_owned(),
        created_on: options.today,
        locale: options.locale,
        answers,
        report,
    }
}

/// The record as indented JSON (what "Download record" saves).
pub fn to_json(record: &Record) -> String {
    serde_json::to_string_pretty(record).unwrap_or_default()
}

/// Reads and checks a record file. Errors name the problem and its JSON path: not JSON, not a
/// record (`format`), a newer record version, invalid answers (`answers.offer.offerType`), an
/// invalid report, or a report that does not belong to the answers (`report.asOf`).
pub fn read(text: &str) -> Result<Record, ParseError> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| ParseError { path: String::new(), message: format!("not a JSON file: {e}") })?;
    let field = |key: &str| value.get(key);
    if field("format").and_then(|f| f.as_str()) != Some(RECORD_FORMAT) {
        return Err(ParseError {
            path: "format".into(),
            message: format!("not a decision record of this checker (expected \"{RECORD_FORMAT}\")"),
        });
    }
    match field("recordVersion").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(RECORD_VERSION) => {}
        other => {
            return Err(ParseError {
                path: "recordVersion".into(),
                message: format!(
                    "record version {} is not read by this version; it reads version {RECORD_VERSION}",
                    other.map_or_else(|| "(missing)".to_owned(), |v| v.to_string())
                ),
            })
        }
    }
    let mut record: Record = read_object(&value)?;
    eligibility_rules::read_answers(&value["answers"]).map_err(|mut e| {
        e.path = if e.path.is_empty() { "answers".into() } else { format!("answers.{}", e.path) };
        e
    })?;
    let mismatch = |path: &str, what: &str| ParseError {
        path: path.into(),
        message: format!("the report's {what} differs from the answers'; the file was changed"),
    };
    if record.answers.as_of != Some(record.report.as_of) {
        return Err(mismatch("report.asOf", "evaluation date"));
    }
    if record.report.locale != record.locale {
        return Err(mismatch("report.locale", "language"));
    }
    // A record made before the Rewards and APSS rule sets could be chosen: their seeds.
    record.answers = crate::link::as_made(record.answers);
    let chosen = record.answers.rulesets.clone().unwrap_or_default();
    let used = &record.report.rulesets;
    if chosen.co_sell != Some(used.co_sell)
        || chosen.rewards != Some(used.rewards)
        || chosen.apss != Some(used.apss)
        || chosen.storefront != Some(used.storefront)
    {
        return Err(mismatch("report.rulesets", "rule sets"));
    }
    Ok(record)
}

/// One difference between the report in a record and today's evaluation of its answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The program's key in `Report` (`coSell`).
    pub program: &'static str,
    /// `status` for the program's status, else the rule id (`CS-04`).
    pub what: String,
    /// In the record.
    pub recorded: String,
    /// From this build.
    pub now: String,
}

/// The record's answers evaluated again by this build (same date, rule sets and language), and
/// every status or check outcome that differs from the recorded report. Message wording is not
/// compared: a reworded message is not another answer.
pub fn recheck(record: &Record, options: &Options) -> (Report, Vec<Change>) {
    let options = Options { locale: record.locale, today: record.report.as_of, ..*options };
    let now = evaluate(&record.answers, &options);
    let (was, is) = (&record.report, &now);
    let mut changes = Vec::new();
    let mut status = |program: &'static str, recorded: &str, now: &str| {
        if recorded != now {
            changes.push(Change { program, what: "status".into(), recorded: recorded.into(), now: now.into() });
        }
    };
    for program in [Program::CoSell, Program::Rewards, Program::Apss] {
        status(program.as_str(), was.status(program).unwrap_or_default(), is.status(program).unwrap_or_default());
    }
    let storefronts = |r: &Report| r.storefront.storefronts.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(";");
    status(Program::Storefront.as_str(), &storefronts(was), &storefronts(is));
    for program in Program::ALL.iter().copied() {
        let recorded: &[Check] = was.checks(program);
        for check in is.checks(program) {
            let program = program.as_str();
            let before = recorded.iter().find(|c| c.rule == check.rule).map(|c| c.outcome.as_str());
            // A rule added since the record was made (IP-04) that does not apply changes nothing.
            let added_and_void = before.is_none() && check.outcome == Outcome::NotApplicable;
            if before != Some(check.outcome.as_str()) && !added_and_void {
                changes.push(Change {
                    program,
                    what: check.rule.as_str().to_owned(),
                    recorded: before.unwrap_or("(absent)").to_owned(),
                    now: check.outcome.as_str().to_owned(),
                });
            }
        }
    }
    (now, changes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use eligibility_rules::answers_from_json;

    fn options() -> Options {
        Options::new(Locale::Nl, Date::parse("2026-11-26").unwrap())
    }

    fn record() -> Record {
        make(&answers_from_json(r#"{"partner":{"hasMpnId":true},"offer":{"offerType":"saas"}}"#).unwrap(), &options())
    }

    #[test]
    fn a_record_holds_everything_and_reads_back() {
        let record = record();
        assert_eq!(record.answers.as_of, Some(Date::parse("2026-11-26").unwrap()));
        assert_eq!(record.report.locale, Locale::Nl);
        assert_eq!(record.product_version, crate::PRODUCT_VERSION);
        assert_eq!(record.product_build, crate::PRODUCT_BUILD);
        // MPN ID answered, the rest open: co-sell ready waits for CS-02 first, Rewards for MR-02.
        let open: Vec<(&str, &str, Option<&str>)> = record
            .to_confirm
            .iter()
            .map(|c| (c.program.as_str(), c.rule.as_str(), c.question.map(|q| q.path())))
            .collect();
        assert_eq!(open[0], ("coSell", "CS-02", Some("partner.marketplaceAccountActive")));
        assert!(open.contains(&("rewards", "MR-02", Some("offer.liveIn"))), "{open:?}");
        assert!(open.contains(&("apss", "AP-01", Some("partner.cspPartner"))), "{open:?}");
        assert!(to_json(&record).contains("\"toConfirm\": [\n    {\n      \"program\": \"coSell\",\n      \"status\": \"co-sell-ready\",\n      \"rule\": \"CS-02\",\n      \"question\": \"partner.marketplaceAccountActive\""));
        let text = to_json(&record);
        assert_eq!(read(&text).unwrap(), record);
        let (_, changes) = recheck(&record, &options());
        assert_eq!(changes, vec![]);
    }

    #[test]
    fn the_build_is_its_commit_date_and_hash_and_old_records_without_it_read() {
        // Built from a git checkout (as every test run is) unless ELIGIBILITY_BUILD says otherwise.
        let build = crate::PRODUCT_BUILD;
        if std::env::var_os("ELIGIBILITY_BUILD").is_none() {
            let (date, commit) = build.split_once(' ').expect("`date commit`");
            assert!(Date::parse(date).is_ok(), "{build}");
            assert!(commit.len() >= 7 && commit.chars().all(|c| c.is_ascii_hexdigit()), "{build}");
            assert_eq!(crate::PRODUCT_LABEL, format!("{} ({build})", crate::PRODUCT_VERSION));
        }
        let text = to_json(&record());
        let older = text.replace(&format!("  \"productBuild\": \"{build}\",\n"), "");
        assert!(!older.contains("productBuild"));
        assert_eq!(read(&older).unwrap().product_build, "");
        assert_eq!(read(&older).unwrap().product_label(), crate::PRODUCT_VERSION);
        assert_eq!(record().product_label(), crate::PRODUCT_LABEL, "the same words as the page's footer");
    }

    #[test]
    fn a_changed_report_is_noticed() {
        let mut record = record();
        record.report.co_sell.status = eligibility_rules::CoSellStatus::CoSellReady;
        let cs01 = record.report.co_sell.checks.iter_mut().find(|c| c.rule.as_str() == "CS-01").unwrap();
        cs01.outcome = eligibility_rules::Outcome::NotMet;
        let (_, changes) = recheck(&record, &options());
        assert_eq!(changes.len(), 2, "{changes:?}");
        assert_eq!(changes[0].what, "status");
        assert_eq!(
            (changes[1].what.as_str(), changes[1].recorded.as_str(), changes[1].now.as_str()),
            ("CS-01", "not-met", "met")
        );
    }

    #[test]
    fn a_rule_added_since_the_record_is_a_change_only_where_it_applies() {
        // A record made before IP-04 existed: without it, a rule that does not apply changes nothing.
        let seed = r#"{"rulesets":{"coSell":"2021-02-24"},"partner":{"hasMpnId":true},"offer":{"offerType":"saas"}}"#;
        let mut record = make(&answers_from_json(seed).unwrap(), &options());
        record.report.co_sell.checks.retain(|c| c.rule.as_str() != "IP-04");
        let (_, changes) = recheck(&record, &options());
        assert_eq!(changes, [], "IP-04 does not apply under the seed's rule set");
        // Under 2023-08-24 it applies to this SaaS offer: now unknown, where it was absent.
        record.answers.rulesets.get_or_insert_with(Default::default).co_sell =
            Some(eligibility_rules::CoSellRuleset::R2023_08_24);
        let (now, changes) = recheck(&record, &options());
        let ip04 = changes.iter().find(|c| c.what == "IP-04").expect("IP-04 is a change");
        assert_eq!((ip04.recorded.as_str(), ip04.now.as_str()), ("(absent)", "unknown"));
        assert_eq!(now.rulesets.co_sell.as_str(), "2023-08-24");
    }

    #[test]
    fn bad_files_name_the_problem() {
        let path = |text: &str| read(text).unwrap_err().path;
        assert_eq!(path("not json"), "");
        assert_eq!(path("{}"), "format");
        assert_eq!(path(r#"{"format":"eligibility-decision-record","recordVersion":2}"#), "recordVersion");
        let good: serde_json::Value = serde_json::from_str(&to_json(&record())).unwrap();
        let with = |pointer: &str, value: serde_json::Value| {
            let mut v = good.clone();
            *v.pointer_mut(pointer).unwrap() = value;
            path(&v.to_string())
        };
        assert_eq!(with("/answers/offer/offerType", "saaas".into()), "answers.offer.offerType");
        assert_eq!(with("/report/coSell/status", "ready".into()), "report.coSell.status");
        assert_eq!(with("/report/asOf", "2020-01-01".into()), "report.asOf");
        assert_eq!(with("/report/locale", "en".into()), "report.locale");
        assert_eq!(with("/report/rulesets/coSell", "2021-07-13".into()), "report.rulesets");
    }
}
