//! Property tests of every decoder of issue 8: share links, records, stored answers and batch
//! files. Valid documents, damaged (cut, edited, a slice repeated), must give a value or an
//! error, never a panic; links and records round-trip every shared case. The same decoders are
//! fuzzed at scale in `fuzz.rs` (`scripts/fuzz.sh`).

// Test code: a failing helper fails its test with its message (the workspace lints deny these
// outside tests; clippy.toml allows them only inside `#[test]` functions).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use eligibility_exchange::{batch, link, record};
mod common;

use common::{shared_answers, today};
use eligibility_rules::{answers_from_json, Answers, Locale, Options};
use proptest::prelude::*;

#[test]
fn links_round_trip_every_shared_case() {
    let cases = shared_answers();
    assert!(cases.len() >= 60, "{} cases", cases.len());
    let mut longest = 0;
    for answers in cases {
        let pinned = link::pin(answers.clone(), today());
        let fragment = link::encode(&pinned, "co-sell");
        longest = longest.max(fragment.len());
        let shared = link::decode(&fragment).unwrap().unwrap();
        assert_eq!(shared.answers, pinned);
        assert!(shared.notices.is_empty());
    }
    println!("longest share link fragment of a shared case: {longest} characters");
    assert!(longest < 2_000, "{longest}");
}

#[test]
fn records_round_trip_every_shared_case() {
    let options = Options::new(Locale::En, today());
    for answers in shared_answers() {
        let made = record::make(&answers, &options);
        assert_eq!(record::read(&record::to_json(&made)).unwrap(), made);
        assert!(record::recheck(&made, &options).1.is_empty());
    }
}

/// A valid document of the given kind, built from a shared case.
fn document(kind: u8, case: &Answers) -> String {
    match kind % 4 {
        0 => link::encode(&link::pin(case.clone(), today()), "rewards"),
        1 => record::to_json(&record::make(case, &Options::new(Locale::Nl, today()))),
        2 => serde_json::to_string(case).unwrap(),
        _ => format!("offer.name,partner.hasMpnId,offer.liveIn\nA,true,appsource;azure-marketplace\nB,{},\n", kind),
    }
}

/// Damages `text`: cut at `at`, a character replaced, or a slice repeated.
fn damage(text: &str, how: u8, at: usize, with: char) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at = at % (chars.len() + 1);
    match how % 4 {
        0 => chars[..at].iter().collect(),
        1 => chars.iter().enumerate().map(|(i, c)| if i == at { with } else { *c }).collect(),
        2 => {
            let mut out: String = chars[..at].iter().collect();
            out.push(with);
            out.extend(&chars[at..]);
            out
        }
        _ => chars.iter().chain(chars[at..].iter()).collect(),
    }
}

/// Every decoder on one text; only panics matter here.
fn decode_everything(text: &str) {
    let _ = link::decode(text);
    let _ = link::decode(&format!("#/co-sell?v=1&a={text}"));
    let _ = record::read(text);
    let _ = answers_from_json(text);
    let _ = batch::read(text);
    let _ = batch::read_csv(text);
}

proptest! {
    // 256 cases each in `cargo test`; `scripts/fuzz.sh` runs many more (PROPTEST_CASES).

    #[test]
    fn damaged_documents_never_panic(case in 0usize..1000, kind: u8, how: u8, at: usize, with: char) {
        let cases = shared_answers();
        let text = document(kind, &cases[case % cases.len()]);
        decode_everything(&damage(&text, how, at, with));
    }

    #[test]
    fn csv_cells_of_any_text_give_a_row_or_a_row_error(cells in proptest::collection::vec("[^\"\r\n]{0,12}", 6)) {
        let header = "offer.name,partner.hasMpnId,offer.offerType,offer.liveIn,partner.azureConsumedRevenueUsd,asOf";
        let line = cells.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(",");
        let rows = batch::read_csv(&format!("{header}\n{line}\n")).unwrap();
        prop_assert!(rows.len() <= 1);
        for row in rows {
            if let Err(e) = row.answers {
                prop_assert!(e.column.is_some(), "{e}");
            }
        }
    }
}

#[test]
fn the_documented_example_record_reads_back_unchanged() {
    let text = include_str!("../../../docs/record-example.json");
    let example = record::read(text).expect("docs/record-example.json is a valid record");
    assert_eq!(example.record_version, record::RECORD_VERSION);
    let options = Options::new(example.locale, example.created_on);
    assert_eq!(record::recheck(&example, &options).1, vec![], "today's build answers the same");
}
