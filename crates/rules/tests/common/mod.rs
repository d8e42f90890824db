//! Helpers shared by the engine's test files: answers written as JSON, evaluated on 2021-03-15.

use eligibility_rules::{answers_from_json, evaluate, Date, Locale, Options, Report};
use serde_json::Value;

/// The report of `answers` in `locale`, evaluated on 2021-03-15 where `asOf` is absent.
pub fn report_in(answers: &Value, locale: Locale) -> Report {
    let answers = answers_from_json(&answers.to_string()).unwrap_or_else(|e| panic!("{answers}: {e}"));
    evaluate(&answers, &Options::new(locale, Date::parse("2021-03-15").unwrap()))
}

/// `base` with the value at `pointer` set to `value` (`null` removes the key).
pub fn with(mut base: Value, pointer: &str, value: Value) -> Value {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let target = base.pointer_mut(parent).unwrap().as_object_mut().unwrap();
    if value.is_null() {
        target.remove(key);
    } else {
        target.insert(key.to_owned(), value);
    }
    base
}
