//! Reading `Answers` from JSON text or a JSON value, with errors that name the JSON path.

use crate::answers::{Answers, SCHEMA_VERSION};
use crate::json::{FromJson, JsonPath};
use serde_json::Value;
use std::fmt;

/// Bad input: where it is (`offer.salesContacts[0].role`, or `[2].asOf` inside an array;
/// empty for the document itself) and what is wrong, including what is allowed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// JSON path of the offending value; `""` for the whole document.
    pub path: String,
    /// What is wrong and what is allowed.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "(document): {}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for ParseError {}

/// Checks what the shapes cannot: the schema version.
fn validate(answers: &Answers, path: &JsonPath) -> Result<(), ParseError> {
    match answers.schema_version {
        Some(v) if v != SCHEMA_VERSION => Err(path
            .key("schemaVersion")
            .error(format!("unsupported schema version {v}; this checker reads version {SCHEMA_VERSION}"))),
        _ => Ok(()),
    }
}

fn answers_at(value: &Value, path: &JsonPath) -> Result<Answers, ParseError> {
    let answers = Answers::from_json(value, path)?;
    validate(&answers, path)?;
    Ok(answers)
}

/// Parses one `Answers` from a JSON value.
///
/// Errors (each with its path): a non-object where an object belongs, unknown keys, unknown
/// enum values, negative money, percentages outside 0..=100 or with more than two decimals,
/// malformed dates, bad country codes and an unsupported `schemaVersion`.
pub fn answers_from_value(value: &Value) -> Result<Answers, ParseError> {
    answers_at(value, &JsonPath::ROOT)
}

fn json_value(text: &str) -> Result<Value, ParseError> {
    serde_json::from_str(text).map_err(|e| ParseError { path: String::new(), message: format!("not valid JSON: {e}") })
}

/// Parses one `Answers` object from JSON text (see [`answers_from_value`] for the errors).
pub fn answers_from_json(text: &str) -> Result<Answers, ParseError> {
    answers_from_value(&json_value(text)?)
}

/// Parses either one `Answers` object or an array of them. The flag says which it was, so a
/// caller can answer in the same shape. Paths inside an array start with the index (`[3].offer`).
pub fn answers_or_list_from_json(text: &str) -> Result<(Vec<Answers>, bool), ParseError> {
    match json_value(text)? {
        Value::Array(items) => {
            let root = JsonPath::ROOT;
            let list = items
                .iter()
                .enumerate()
                .map(|(i, item)| answers_at(item, &root.index(i)))
                .collect::<Result<Vec<_>, _>>()?;
            Ok((list, true))
        }
        one => Ok((vec![answers_from_value(&one)?], false)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> ParseError {
        answers_from_json(text).unwrap_err()
    }

    #[test]
    fn empty_object_is_valid_and_all_unknown() {
        assert_eq!(answers_from_json("{}").unwrap(), Answers::default());
        assert_eq!(
            answers_from_json(r#"{"partner":null,"offer":{"liveIn":null}}"#).unwrap().offer.unwrap().live_in,
            None
        );
    }

    #[test]
    fn unknown_field_names_its_path() {
        let e = err(r#"{"offer":{"offerTyp":"saas"}}"#);
        assert_eq!(e.path, "offer.offerTyp");
        assert!(e.message.contains("unknown field `offerTyp`"), "{e}");
        let e = err(r#"{"partnr":{}}"#);
        assert_eq!(e.path, "partnr");
    }

    #[test]
    fn bad_enum_value_names_path_and_allowed_values() {
        let e = err(r#"{"offer":{"offerType":"saas-app"}}"#);
        assert_eq!(e.path, "offer.offerType");
        assert!(e.message.contains("unknown value `saas-app`, expected one of `azure-application`"), "{e}");
        let e = err(
            r#"{"offer":{"salesContacts":[{"role":"partner-sales","regions":["US"]},{"role":"boss","regions":[]}]}}"#,
        );
        assert_eq!(e.path, "offer.salesContacts[1].role");
    }

    #[test]
    fn negative_money_and_out_of_range_percent_are_refused() {
        let e = err(r#"{"partner":{"azureConsumedRevenueUsd":-1}}"#);
        assert_eq!(e.path, "partner.azureConsumedRevenueUsd");
        assert!(e.message.contains("negative"), "{e}");
        let e = err(r#"{"offer":{"azureIpInfrastructurePercent":100.5}}"#);
        assert_eq!(e.path, "offer.azureIpInfrastructurePercent");
        assert!(e.message.contains("between 0 and 100"), "{e}");
        let e = err(r#"{"offer":{"billedRevenueUsd":"100000"}}"#);
        assert_eq!(e.path, "offer.billedRevenueUsd");
    }

    #[test]
    fn malformed_dates_are_refused() {
        for (text, path) in [
            (r#"{"asOf":"15-03-2021"}"#, "asOf"),
            (r#"{"asOf":"2021-02-30"}"#, "asOf"),
            (r#"{"apss":{"purchasedOn":"2019-3-1"}}"#, "apss.purchasedOn"),
            (r#"{"rewards":{"activatedOn":20210301}}"#, "rewards.activatedOn"),
        ] {
            let e = err(text);
            assert_eq!(e.path, path, "{text}: {e}");
        }
    }

    #[test]
    fn bad_country_code_and_schema_version_are_refused() {
        let e = err(r#"{"offer":{"coSellGeographies":["US","nl"]}}"#);
        assert_eq!(e.path, "offer.coSellGeographies[1]");
        assert!(e.message.contains("ISO 3166-1"), "{e}");
        let e = err(r#"{"schemaVersion":2}"#);
        assert_eq!(e.path, "schemaVersion");
        assert_eq!(e.to_string(), "schemaVersion: unsupported schema version 2; this checker reads version 1");
    }

    #[test]
    fn syntax_errors_and_trailing_data_are_errors_not_panics() {
        assert!(answers_from_json("{").is_err());
        assert!(answers_from_json("{} {}").is_err());
        assert!(answers_from_json("[]").is_err());
        let e = err(r#"{"partner":[true]}"#);
        assert_eq!((e.path.as_str(), e.message.as_str()), ("partner", "expected an object, found an array"));
        let e = err(r#"{"offer":{"salesContacts":[["partner-sales",["NL"]]]}}"#);
        assert_eq!(e.path, "offer.salesContacts[0]");
        assert!(answers_from_json("").is_err());
        assert_eq!(err("null").to_string(), "(document): expected an object, found null");
    }

    #[test]
    fn arrays_report_the_index() {
        let (list, was_array) = answers_or_list_from_json(r#"[{}, {"asOf":"2021-03-15"}]"#).unwrap();
        assert!(was_array);
        assert_eq!(list.len(), 2);
        let e = answers_or_list_from_json(r#"[{}, {"offer":{"offerType":"x"}}]"#).unwrap_err();
        assert_eq!(e.path, "[1].offer.offerType");
        let e = answers_or_list_from_json(r#"[{}, []]"#).unwrap_err();
        assert_eq!(e.path, "[1]");
        let e = answers_or_list_from_json(r#"[{}, {"schemaVersion":3}]"#).unwrap_err();
        assert_eq!(e.path, "[1].schemaVersion");
        let (one, was_array) = answers_or_list_from_json(" {}").unwrap();
        assert!(!was_array && one.len() == 1);
    }
}
