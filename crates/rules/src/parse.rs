//! Reading `Answers` (and other contract objects) with serde, with errors that name the JSON
//! path (`offer.salesContacts[1].role`) through `serde_path_to_error`.
//!
//! Natively the text goes through `serde_json`; the web page hands a `serde_wasm_bindgen`
//! deserializer to [`read_answers`], so both read through the same derived `Deserialize`.

use crate::answers::{Answers, CountryCode, SCHEMA_VERSION};
use crate::de::Object;
use serde::{Deserialize, Deserializer};
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

impl ParseError {
    /// The path and message of a serde error, with `prefix` (`[3]`) before the path.
    fn from_serde<E: fmt::Display>(error: serde_path_to_error::Error<E>, prefix: &str) -> ParseError {
        let path = match error.path().to_string().as_str() {
            "." => prefix.to_owned(),
            p if prefix.is_empty() || p.starts_with('[') => format!("{prefix}{p}"),
            p => format!("{prefix}.{p}"),
        };
        ParseError { path, message: error.into_inner().to_string() }
    }
}

/// Reads one JSON object as `T` from any serde deserializer, refusing anything but an object
/// and every key `T` does not have. Errors name the path inside the object.
pub fn read_object<'de, T: Deserialize<'de>, D: Deserializer<'de>>(deserializer: D) -> Result<T, ParseError> {
    serde_path_to_error::deserialize::<_, Object<T>>(deserializer)
        .map(|Object(t)| t)
        .map_err(|e| ParseError::from_serde(e, ""))
}

/// Checks what the shapes cannot: the schema version (for answers read without [`read_answers`]).
pub fn check_schema_version(answers: Answers) -> Result<Answers, ParseError> {
    validate(answers, "")
}

/// Checks what the shapes cannot: the schema version, and that `offer.coSellGeographies` holds
/// countries only (`OOO`, "all countries", belongs in a contact's regions). `at` is the answers'
/// own path.
fn validate(answers: Answers, at: &str) -> Result<Answers, ParseError> {
    let path = |p: &str| if at.is_empty() { p.to_owned() } else { format!("{at}.{p}") };
    if let Some(v) = answers.schema_version.filter(|v| *v != SCHEMA_VERSION) {
        return Err(ParseError {
            path: path("schemaVersion"),
            message: format!("unsupported schema version {v}; this checker reads version {SCHEMA_VERSION}"),
        });
    }
    let geographies = answers.offer.as_ref().and_then(|o| o.co_sell_geographies.as_ref());
    if let Some(i) = geographies.and_then(|g| g.iter().position(CountryCode::is_all)) {
        return Err(ParseError {
            path: path(&format!("offer.coSellGeographies[{i}]")),
            message: "`OOO` (all countries) is for a contact's regions; list the countries of co-sell by their ISO 3166-1 alpha-2 codes".into(),
        });
    }
    Ok(answers)
}

/// Reads one `Answers` object from any serde deserializer (the page passes serde-wasm-bindgen's).
///
/// Errors (each with its path): a non-object where an object belongs, unknown keys, unknown
/// enum values, negative money, percentages outside 0..=100 or with more than two decimals,
/// malformed dates, bad country codes and an unsupported `schemaVersion`.
pub fn read_answers<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Answers, ParseError> {
    validate(read_object(deserializer)?, "")
}

fn json_value(text: &str) -> Result<Value, ParseError> {
    serde_json::from_str(text).map_err(|e| ParseError { path: String::new(), message: format!("not valid JSON: {e}") })
}

/// Parses one `Answers` object from JSON text (see [`read_answers`] for the errors).
pub fn answers_from_json(text: &str) -> Result<Answers, ParseError> {
    // Through a `Value`, so data errors carry the path and no line and column.
    read_answers(&json_value(text)?)
}

/// Parses either one `Answers` object or an array of them. The flag says which it was, so a
/// caller can answer in the same shape. Paths inside an array start with the index (`[3].offer`).
pub fn answers_or_list_from_json(text: &str) -> Result<(Vec<Answers>, bool), ParseError> {
    match json_value(text)? {
        Value::Array(items) => {
            let list = items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let at = format!("[{i}]");
                    let answers = read_object(item).map_err(|mut e| {
                        e.path = if e.path.is_empty() { at.clone() } else { format!("{at}.{}", e.path) };
                        e
                    })?;
                    validate(answers, &at)
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok((list, true))
        }
        one => Ok((vec![read_answers(&one)?], false)),
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
        assert!(e.message.starts_with("unknown field `offerTyp`, expected one of `name`"), "{e}");
        let e = err(r#"{"partnr":{}}"#);
        assert_eq!(e.path, "partnr");
        let e = err(r#"{"offer":{"salesContacts":[{"role":"partner-sales","regions":[],"phone":"1"}]}}"#);
        assert_eq!(e.path, "offer.salesContacts[0].phone");
    }

    #[test]
    fn bad_enum_value_names_path_and_allowed_values() {
        let e = err(r#"{"offer":{"offerType":"saas-app"}}"#);
        assert_eq!(e.path, "offer.offerType");
        assert!(e.message.contains("unknown variant `saas-app`, expected one of `azure-application`"), "{e}");
        let e = err(
            r#"{"offer":{"salesContacts":[{"role":"partner-sales","regions":["US"]},{"role":"boss","regions":[]}]}}"#,
        );
        assert_eq!(e.path, "offer.salesContacts[1].role");
        let e = err(r#"{"offer":{"salesContacts":[{"regions":["US"]}]}}"#);
        assert_eq!((e.path.as_str(), e.message.as_str()), ("offer.salesContacts[0]", "missing field `role`"));
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
        assert!(e.message.contains("expected an amount in US dollars"), "{e}");
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
        // Assigned codes only; OOO ("all countries") only in a contact's regions.
        for (text, path) in [
            (r#"{"offer":{"coSellGeographies":["ZZ"]}}"#, "offer.coSellGeographies[0]"),
            (r#"{"offer":{"coSellGeographies":["NL","OOO"]}}"#, "offer.coSellGeographies[1]"),
            (
                r#"{"offer":{"salesContacts":[{"role":"partner-sales","regions":["XX"]}]}}"#,
                "offer.salesContacts[0].regions[0]",
            ),
            (r#"[{}, {"offer":{"coSellGeographies":["OOO"]}}]"#, "[1].offer.coSellGeographies[0]"),
        ] {
            let e = answers_or_list_from_json(text).unwrap_err();
            assert_eq!(e.path, path, "{text}: {e}");
        }
        let contact =
            answers_from_json(r#"{"offer":{"salesContacts":[{"role":"partner-sales","regions":["OOO","NL"]}]}}"#);
        assert!(contact.is_ok(), "{contact:?}");
    }

    #[test]
    fn schema_version_is_a_number_one_however_written() {
        assert_eq!(answers_from_json(r#"{"schemaVersion":1.0}"#).unwrap().schema_version, Some(1));
        assert_eq!(answers_from_json(r#"{"schemaVersion":null}"#).unwrap().schema_version, None);
        assert_eq!(err(r#"{"schemaVersion":1.5}"#).path, "schemaVersion");
        assert_eq!(err(r#"{"schemaVersion":-1}"#).path, "schemaVersion");
        assert!(err(r#"{"schemaVersion":"1"}"#).message.contains("a whole number"));
        assert_eq!(
            err(r#"{"schemaVersion":2.0}"#).message,
            "unsupported schema version 2; this checker reads version 1"
        );
    }

    #[test]
    fn syntax_errors_and_trailing_data_are_errors_not_panics() {
        assert!(answers_from_json("{").is_err());
        assert!(answers_from_json("{} {}").is_err());
        assert!(answers_from_json("[]").is_err());
        let e = err(r#"{"partner":[true]}"#);
        assert_eq!((e.path.as_str(), e.message.as_str()), ("partner", "invalid type: sequence, expected an object"));
        let e = err(r#"{"offer":{"salesContacts":[["partner-sales",["NL"]]]}}"#);
        assert_eq!(e.path, "offer.salesContacts[0]");
        let e = err(r#"{"rulesets":["2021-07-13"]}"#);
        assert_eq!(e.path, "rulesets");
        assert!(answers_from_json("").is_err());
        assert_eq!(err("null").to_string(), "(document): invalid type: null, expected an object");
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
        let e = answers_or_list_from_json(r#"[{"offer":{"coSellGeographies":["x"]}}]"#).unwrap_err();
        assert_eq!(e.path, "[0].offer.coSellGeographies[0]");
        let (one, was_array) = answers_or_list_from_json(" {}").unwrap();
        assert!(!was_array && one.len() == 1);
    }
}
