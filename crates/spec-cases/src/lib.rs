//! The shared test cases (`../shared/spec/cases/*.json`) and the matcher of
//! `cases/README.md`: compares a serialised `Report` with a case's `expect`.
//!
//! Used by the engine's tests, the CLI's tests and the wasm test in headless Chromium, so a
//! case written once is checked at every entry point.

use serde_json::{Map, Value};

include!(concat!(env!("OUT_DIR"), "/cases.rs"));

/// One case file, split into its parts.
pub struct Case {
    /// File name, e.g. `018-ip-consumed-revenue-99999-99.json`.
    pub file: &'static str,
    /// What the case is about.
    pub name: String,
    /// The `answers` object, as JSON text to parse the way every entry point does.
    pub answers: Value,
    /// The `expect` object.
    pub expect: Value,
}

/// Every shared case. Errors name the file when a case is not the three-field object.
pub fn all() -> Result<Vec<Case>, String> {
    CASES.iter().map(|(file, text)| parse(file, text)).collect()
}

/// Splits one case file.
pub fn parse(file: &'static str, text: &str) -> Result<Case, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| format!("{file}: not JSON: {e}"))?;
    let Value::Object(mut map) = value else {
        return Err(format!("{file}: a case is a JSON object"));
    };
    let mut take = |key: &str| map.remove(key).ok_or_else(|| format!("{file}: missing `{key}`"));
    let name = take("name")?.as_str().map(str::to_owned).ok_or_else(|| format!("{file}: `name` is text"))?;
    let answers = take("answers")?;
    let expect = take("expect")?;
    if let Some(extra) = map.keys().next() {
        return Err(format!("{file}: unexpected key `{extra}`"));
    }
    Ok(Case { file, name, answers, expect })
}

/// Compares a report (as JSON) with `expect`; returns every mismatch as `path: wanted X, got Y`.
/// Objects match on the keys they list; an array of objects must have the report's length and
/// matches item by item the same way; other scalars and arrays must be equal, numbers by value
/// (`87500` matches `87500.0`); `checks` maps a rule id to its outcome in whichever program
/// holds it.
pub fn mismatches(expect: &Value, report: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let Some(expect) = expect.as_object() else {
        return vec!["expect: must be an object".into()];
    };
    for (key, wanted) in expect {
        if key == "checks" {
            check_outcomes(wanted, report, &mut out);
        } else {
            compare(key, wanted, report.get(key), &mut out);
        }
    }
    out
}

fn compare(path: &str, wanted: &Value, got: Option<&Value>, out: &mut Vec<String>) {
    match (wanted, got) {
        (Value::Object(want), Some(Value::Object(have))) => {
            for (key, value) in want {
                compare(&format!("{path}.{key}"), value, have.get(key), out);
            }
        }
        (Value::Array(want), Some(Value::Array(have)))
            if want.len() == have.len() && want.iter().any(Value::is_object) =>
        {
            for (i, (value, item)) in want.iter().zip(have).enumerate() {
                compare(&format!("{path}[{i}]"), value, Some(item), out);
            }
        }
        (_, Some(have)) if same(wanted, have) => {}
        (_, have) => {
            out.push(format!("{path}: wanted {wanted}, got {}", have.map_or("nothing".to_owned(), Value::to_string)))
        }
    }
}

/// Equality with numbers compared by value.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b)),
        _ => a == b,
    }
}

fn check_outcomes(wanted: &Value, report: &Value, out: &mut Vec<String>) {
    let Some(wanted) = wanted.as_object() else {
        out.push("checks: must be an object".into());
        return;
    };
    let all: Map<String, Value> = report
        .as_object()
        .into_iter()
        .flat_map(|programs| programs.values())
        .filter_map(|section| section.get("checks")?.as_array())
        .flatten()
        .filter_map(|c| Some((c.get("rule")?.as_str()?.to_owned(), c.get("outcome")?.clone())))
        .collect();
    for (rule, outcome) in wanted {
        match all.get(rule) {
            Some(have) if have == outcome => {}
            Some(have) => out.push(format!("checks.{rule}: wanted {outcome}, got {have}")),
            None => out.push(format!("checks.{rule}: the report has no such rule")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn cases_are_embedded_and_well_formed() {
        let cases = all().unwrap();
        assert!(cases.len() >= 81, "{} cases", cases.len());
        assert!(cases.iter().any(|c| c.file.starts_with("081-next-status")), "the proposed cases run too");
        assert!(cases.windows(2).all(|w| w[0].file < w[1].file));
    }

    #[test]
    fn matcher_reports_every_kind_of_mismatch() {
        let report = json!({"coSell": {"status": "co-sell-ready", "checks": [{"rule": "CS-01", "outcome": "met"}]},
                            "apss": {"uses": [{"use": "dev-test", "allowed": true}], "checks": []}});
        assert!(
            mismatches(&json!({"coSell": {"status": "co-sell-ready"}, "checks": {"CS-01": "met"}}), &report).is_empty()
        );
        let bad = mismatches(
            &json!({"coSell": {"status": "not-co-sell-ready"}, "checks": {"CS-01": "unknown", "XX-99": "met"},
                    "apss": {"uses": []}, "rewards": {"track": "transact"}}),
            &report,
        );
        let bad: std::collections::BTreeSet<String> = bad.into_iter().collect();
        let wanted: std::collections::BTreeSet<String> = [
            "coSell.status: wanted \"not-co-sell-ready\", got \"co-sell-ready\"",
            "checks.CS-01: wanted \"unknown\", got \"met\"",
            "checks.XX-99: the report has no such rule",
            "apss.uses: wanted [], got [{\"allowed\":true,\"use\":\"dev-test\"}]",
            "rewards: wanted {\"track\":\"transact\"}, got nothing",
        ]
        .into_iter()
        .map(String::from)
        .collect();
        assert_eq!(bad, wanted);
    }

    #[test]
    fn arrays_of_objects_match_item_by_item_and_numbers_by_value() {
        let report = json!({"coSell": {"nextStatus": {"status": "x", "steps": [
            {"rule": "IP-01", "outcome": "not-met", "nextStep": "Grow.", "gaps": [{"current": 87500.0, "gap": 12500}]},
            {"rule": "IP-03", "outcome": "unknown", "nextStep": "Answer.", "gaps": []}]}}});
        let steps = |steps: Value| json!({"coSell": {"nextStatus": {"steps": steps}}});
        let good =
            steps(json!([{"rule": "IP-01", "gaps": [{"current": 87500, "gap": 12500.0}]}, {"outcome": "unknown"}]));
        assert!(mismatches(&good, &report).is_empty(), "{:?}", mismatches(&good, &report));
        assert_eq!(
            mismatches(&steps(json!([{"rule": "IP-01"}])), &report),
            ["coSell.nextStatus.steps: wanted [{\"rule\":\"IP-01\"}], got [{\"gaps\":[{\"current\":87500.0,\"gap\":12500}],\"nextStep\":\"Grow.\",\"outcome\":\"not-met\",\"rule\":\"IP-01\"},{\"gaps\":[],\"nextStep\":\"Answer.\",\"outcome\":\"unknown\",\"rule\":\"IP-03\"}]"],
            "a different length fails"
        );
        assert_eq!(
            mismatches(&steps(json!([{"rule": "IP-01", "gaps": [{"gap": 12500.01}]}, {"rule": "IP-02"}])), &report),
            [
                "coSell.nextStatus.steps[0].gaps[0].gap: wanted 12500.01, got 12500",
                "coSell.nextStatus.steps[1].rule: wanted \"IP-02\", got \"IP-03\""
            ]
        );
        assert_eq!(mismatches(&json!({"coSell": {"nextStatus": null}}), &report).len(), 1, "null matches only null");
        assert!(mismatches(&json!({"apss": {"nextStatus": null}}), &json!({"apss": {"nextStatus": null}})).is_empty());
    }
}
