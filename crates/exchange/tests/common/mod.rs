//! What the decoder tests share: the date their links and records are pinned to, and the answers
//! of every shared case.

use eligibility_rules::{read_answers, Answers, Date};

/// The date links and records are made on.
pub fn today() -> Date {
    Date::parse("2026-11-26").unwrap()
}

/// The answers of every shared case that has valid answers.
pub fn shared_answers() -> Vec<Answers> {
    spec_cases::all().unwrap().iter().filter_map(|case| read_answers(&case.answers).ok()).collect()
}
