//! Reading `Answers` from JSON (or any serde data format) with errors that name the JSON path.

use crate::answers::{Answers, SCHEMA_VERSION};
use serde::de::DeserializeOwned;
use serde::Deserializer;
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
        if self.path.is_empty() || self.path == "." {
            write!(f, "(document): {}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for ParseError {}

/// Deserialises any value from any serde `Deserializer`, tracking the path of the first error.
/// The JS API uses this with serde-wasm-bindgen; the JSON helpers below with serde_json.
pub fn from_deserializer<'de, T: DeserializeOwned, D>(deserializer: D) -> Result<T, ParseError>
where
    D: Deserializer<'de>,
    D::Error: fmt::Display,
{
    serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let path = err.path().to_string();
        ParseError {
            path: if path == "?" { String::new() } else { path },
            message: strip_position(&err.into_inner().to_string()),
        }
    })
}

/// serde_json appends " at line 1 column 42"; the path already says where.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) if message[at..].contains(" column ") => message[..at].to_owned(),
        _ => message.to_owned(),
    }
}

/// Checks what serde cannot: the schema version.
pub fn validate(answers: &Answers, path_prefix: &str) -> Result<(), ParseError> {
    match answers.schema_version {
        Some(v) if v != SCHEMA_VERSION => Err(ParseError {
            path: format!("{path_prefix}schemaVersion"),
            message: format!(
                "unsupported schema version {v}; this checker reads version {SCHEMA_VERSION}"
            ),
        }),
        _ => Ok(()),
    }
}

/// Where CONTRACT.md has objects. serde would also accept an array in those places (as a
/// positional struct); we refuse that, so `{"partner":[true]}` cannot pass for an answer.
const OBJECT_SECTIONS: &[&str] = &[
    "rulesets",
    "partner",
    "offer",
    "rewards",
    "apss",
    "storefront",
];

fn expect_object(value: &Value, path: &str) -> Result<(), ParseError> {
    match value {
        Value::Object(_) => Ok(()),
        other => Err(ParseError {
            path: path.trim_end_matches('.').to_owned(),
            message: format!("invalid type: {}, expected an object", kind(other)),
        }),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Parses one `Answers` from a JSON value. `prefix` goes before every error path (`"[3]."`
/// inside an array, `""` otherwise).
///
/// Errors: a non-object where an object belongs, unknown keys, unknown enum values, negative
/// money, percentages outside 0..=100, malformed dates, bad country codes and an unsupported
/// `schemaVersion`, each with its path.
pub fn answers_from_value(value: &Value, prefix: &str) -> Result<Answers, ParseError> {
    expect_object(value, prefix)?;
    for section in OBJECT_SECTIONS {
        match value.get(section) {
            None | Some(Value::Null) => {}
            Some(inner) => expect_object(inner, &format!("{prefix}{section}"))?,
        }
    }
    if let Some(Value::Array(contacts)) = value.pointer("/offer/salesContacts") {
        for (i, contact) in contacts.iter().enumerate() {
            expect_object(contact, &format!("{prefix}offer.salesContacts[{i}]"))?;
        }
    }
    let answers: Answers = from_deserializer(value).map_err(|mut e| {
        e.path = format!("{prefix}{}", e.path);
        e
    })?;
    validate(&answers, prefix)?;
    Ok(answers)
}

fn json_value(text: &str) -> Result<Value, ParseError> {
    serde_json::from_str(text).map_err(|e| ParseError {
        path: String::new(),
        message: format!("not valid JSON: {e}"),
    })
}

/// Parses one `Answers` object from JSON text (see [`answers_from_value`] for the errors).
pub fn answers_from_json(text: &str) -> Result<Answers, ParseError> {
    answers_from_value(&json_value(text)?, "")
}

/// Parses either one `Answers` object or an array of them. The flag says which it was, so a
/// caller can answer in the same shape. Paths inside an array start with the index (`[3].offer`).
pub fn answers_or_list_from_json(text: &str) -> Result<(Vec<Answers>, bool), ParseError> {
    match json_value(text)? {
        Value::Array(items) => {
            let list = items
                .iter()
                .enumerate()
                .map(|(i, item)| answers_from_value(item, &format!("[{i}].")))
                .collect::<Result<Vec<_>, _>>()?;
            Ok((list, true))
        }
        one => Ok((vec![answers_from_value(&one, "")?], false)),
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
            answers_from_json(r#"{"partner":null,"offer":{"liveIn":null}}"#)
                .unwrap()
                .offer
                .unwrap()
                .live_in,
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
        assert!(
            e.message.contains("unknown variant `saas-app`")
                && e.message.contains("`azure-application`"),
            "{e}"
        );
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
            (
                r#"{"rewards":{"activatedOn":20210301}}"#,
                "rewards.activatedOn",
            ),
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
        assert_eq!(
            e.to_string(),
            "schemaVersion: unsupported schema version 2; this checker reads version 1"
        );
    }

    #[test]
    fn syntax_errors_and_trailing_data_are_errors_not_panics() {
        assert!(answers_from_json("{").is_err());
        assert!(answers_from_json("{} {}").is_err());
        assert!(answers_from_json("[]").is_err());
        let e = err(r#"{"partner":[true]}"#);
        assert_eq!(
            (e.path.as_str(), e.message.as_str()),
            ("partner", "invalid type: array, expected an object")
        );
        let e = err(r#"{"offer":{"salesContacts":[["partner-sales",["NL"]]]}}"#);
        assert_eq!(e.path, "offer.salesContacts[0]");
        assert!(answers_from_json("").is_err());
        assert_eq!(
            err("null").to_string(),
            "(document): invalid type: null, expected an object"
        );
    }

    #[test]
    fn arrays_report_the_index() {
        let (list, was_array) =
            answers_or_list_from_json(r#"[{}, {"asOf":"2021-03-15"}]"#).unwrap();
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
