//! The decoders fuzzed at scale, on stable Rust (no nightly, so no cargo-fuzz): stored answers,
//! share links, decision records and batch files (CSV and JSON arrays), each fed `FUZZ_INPUTS`
//! generated inputs (default 2,000 in `cargo test`; `scripts/fuzz.sh` runs 1,000,000 each).
//! Every input starts from a valid document made from a shared case, then is damaged: cut, a
//! character changed, inserted or dropped, a slice repeated or swapped, or re-encoded after a
//! change inside its JSON (a value of another type, a key dropped, renamed or added). Each input
//! must give a value or an error, never a panic or a hang, and never a silently wrong value:
//! what a decoder accepts must read back the same after writing it out again, and an amount or
//! percentage a CSV cell gives must be exactly the cell's plain number.

// Test code: a failing helper fails its test with its message (the workspace lints deny these
// outside tests; clippy.toml allows them only inside `#[test]` functions).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use eligibility_exchange::{batch, link, record};
mod common;

use common::{shared_answers, today};
use eligibility_rules::{answers_from_json, Answers, Locale, Options};
use serde_json::{Map, Value};
use std::time::{Duration, Instant};

/// A small, fast and seeded generator (xorshift64*): the same seed gives the same inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Characters that matter to the formats: JSON's, CSV's, lz-string's URL alphabet, digits,
/// separators people type, and some that are not ASCII.
const CHARS: &[char] = &[
    '{', '}', '[', ']', '"', ',', ':', '\\', ' ', '\n', '\r', '-', '+', '.', 'e', '0', '1', '9', 'a', 'z', 'A', '$',
    '#', '/', '?', '&', '=', ';', 'é', '€', '\u{0}', '\u{feff}', '😀',
];

/// A text damaged in one to three places.
fn damage(rng: &mut Rng, text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..=rng.below(3) {
        let len = chars.len();
        let at = rng.below(len + 1);
        let to = (at + 1 + rng.below(16)).min(len);
        match rng.below(6) {
            0 => chars.truncate(at),
            1 if at < len => chars[at] = *rng.pick(CHARS),
            2 => chars.insert(at, *rng.pick(CHARS)),
            3 if at < len => drop(chars.drain(at..to)),
            4 if at < len => {
                let slice: Vec<char> = chars[at..to].to_vec();
                chars.splice(at..at, slice);
            }
            _ if at < len => {
                let other = rng.below(len);
                chars.swap(at, other);
            }
            _ => chars.push(*rng.pick(CHARS)),
        }
    }
    chars.into_iter().collect()
}

/// Values of every JSON type, and the edges of the contract's numbers and strings.
fn odd_value(rng: &mut Rng) -> Value {
    match rng.below(14) {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => Value::from(0),
        3 => Value::from(-1),
        4 => serde_json::json!(1e300),
        5 => serde_json::json!(100000.005),
        6 => serde_json::json!(49.999),
        7 => Value::from(""),
        8 => Value::from("x"),
        9 => Value::from("2021-02-30"),
        10 => Value::from("ZZ"),
        11 => Value::Array(vec![Value::from("US"), Value::Null]),
        12 => Value::Object(Map::new()),
        _ => Value::from(u64::MAX),
    }
}

/// Changes one place inside a JSON value: a value of another type, a key dropped, renamed or
/// added, an array item repeated.
fn change(rng: &mut Rng, value: &mut Value) {
    match value {
        Value::Object(map) if !map.is_empty() && rng.below(3) > 0 => {
            let key = map.keys().nth(rng.below(map.len())).cloned().unwrap();
            match rng.below(5) {
                0 => drop(map.remove(&key)),
                1 => {
                    let moved = map.remove(&key).unwrap();
                    map.insert(format!("{key}X"), moved);
                }
                2 => drop(map.insert("unknownKey".into(), odd_value(rng))),
                _ => change(rng, map.get_mut(&key).unwrap()),
            }
        }
        Value::Array(items) if !items.is_empty() && rng.below(3) > 0 => {
            let at = rng.below(items.len());
            if rng.below(3) == 0 {
                let copy = items[at].clone();
                items.push(copy);
            } else {
                change(rng, &mut items[at]);
            }
        }
        other => *other = odd_value(rng),
    }
}

/// A JSON document changed in one or two places and written again.
fn re_encoded(rng: &mut Rng, value: &Value) -> Value {
    let mut changed = value.clone();
    for _ in 0..=rng.below(2) {
        change(rng, &mut changed);
    }
    changed
}

/// A JSON document as a fuzz input: damaged as text (compact or pretty), changed inside and
/// re-encoded, or both.
fn json_input(rng: &mut Rng, document: &Value) -> String {
    match rng.below(4) {
        0 => damage(rng, &document.to_string()),
        1 => re_encoded(rng, document).to_string(),
        2 => {
            let changed = re_encoded(rng, document).to_string();
            damage(rng, &changed)
        }
        _ => damage(rng, &serde_json::to_string_pretty(document).unwrap()),
    }
}

/// What one decoder saw: inputs, accepted, refused, the slowest input.
#[derive(Default)]
struct Tally {
    inputs: u64,
    accepted: u64,
    refused: u64,
    slowest: Duration,
}

impl Tally {
    fn time(&mut self, accepted: impl FnOnce() -> bool) {
        let start = Instant::now();
        let ok = accepted();
        self.slowest = self.slowest.max(start.elapsed());
        self.inputs += 1;
        if ok {
            self.accepted += 1;
        } else {
            self.refused += 1;
        }
    }

    fn report(&self, decoder: &str) {
        println!(
            "fuzz: {decoder:<15} {:>9} inputs, {:>9} accepted, {:>9} refused, slowest {:>6} µs",
            self.inputs,
            self.accepted,
            self.refused,
            self.slowest.as_micros()
        );
        assert!(self.slowest < Duration::from_secs(2), "{decoder}: an input took {:?} (a hang?)", self.slowest);
    }
}

fn inputs() -> u64 {
    std::env::var("FUZZ_INPUTS").ok().and_then(|n| n.parse().ok()).unwrap_or(2_000)
}

/// Answers that survive being written and read again unchanged.
fn reads_back(answers: &Answers) {
    let again = answers_from_json(&serde_json::to_string(answers).unwrap());
    assert_eq!(again.as_ref(), Ok(answers), "written and read again, the answers changed");
}

#[test]
fn stored_answers() {
    let cases: Vec<Value> = shared_answers().iter().map(|a| serde_json::to_value(a).unwrap()).collect();
    let mut rng = Rng(0x5eed_0001);
    let mut tally = Tally::default();
    for _ in 0..inputs() {
        let document = rng.below(cases.len());
        let text = json_input(&mut rng, &cases[document]);
        tally.time(|| match answers_from_json(&text) {
            Ok(answers) => {
                reads_back(&answers);
                true
            }
            Err(e) => {
                assert!(!e.message.is_empty());
                false
            }
        });
    }
    tally.report("stored answers");
}

#[test]
fn share_links() {
    let cases: Vec<Value> =
        shared_answers().into_iter().map(|a| serde_json::to_value(link::pin(a, today())).unwrap()).collect();
    let parts = ["", "co-sell", "rewards", "apss", "storefront", "lead-sharing"];
    let mut rng = Rng(0x5eed_0002);
    let mut tally = Tally::default();
    for _ in 0..inputs() {
        let document = rng.pick(&cases);
        let part = *rng.pick(&parts);
        let json = if rng.below(2) == 0 { re_encoded(&mut rng, document) } else { document.clone() };
        let fragment = link::fragment_with(&lz_str::compress_to_encoded_uri_component(&json.to_string()), part);
        let fragment = if rng.below(3) > 0 { damage(&mut rng, &fragment) } else { fragment };
        tally.time(|| match link::decode(&fragment) {
            Ok(Some(shared)) => {
                reads_back(&shared.answers);
                // What was read makes a link that reads back the same.
                let again = link::decode(&link::encode(&shared.answers, &shared.part)).unwrap().unwrap();
                assert_eq!(again.answers, shared.answers, "{fragment}");
                true
            }
            Ok(None) => false,
            Err(e) => {
                assert!(!e.to_string().is_empty());
                false
            }
        });
    }
    tally.report("share links");
}

#[test]
fn decision_records() {
    let options = Options::new(Locale::Nl, today());
    let cases: Vec<Value> = shared_answers()
        .iter()
        .map(|a| serde_json::from_str(&record::to_json(&record::make(a, &options))).unwrap())
        .collect();
    let mut rng = Rng(0x5eed_0003);
    let mut tally = Tally::default();
    for _ in 0..inputs() {
        let document = rng.below(cases.len());
        let text = json_input(&mut rng, &cases[document]);
        tally.time(|| match record::read(&text) {
            Ok(read) => {
                assert_eq!(record::read(&record::to_json(&read)).as_ref(), Ok(&read), "written and read again");
                reads_back(&read.answers);
                true
            }
            Err(_) => false,
        });
    }
    tally.report("records");
}

/// The CSV columns of the generated batches, and cells for them (valid, odd and wrong).
const COLUMNS: &[(&str, &[&str])] = &[
    ("offer.name", &["A", "Offer, with comma", "\"quoted\"", ""]),
    ("partner.hasMpnId", &["true", "false", "yes", "nee", "maybe", ""]),
    ("offer.offerType", &["saas", "azure-vm", "saaas", "", "SaaS"]),
    ("offer.liveIn", &["appsource", "appsource;azure-marketplace", "[]", "[\"appsource\"]", "[x", "nowhere"]),
    ("offer.coSellGeographies", &["US;NL", "ZZ", "OOO", "us", "", "[\"DE\"]"]),
    (
        "partner.azureConsumedRevenueUsd",
        &["100000", "99999.99", "100.000", "100,000", "1e5", "-5", "0.1", "50.5", "12.", ".5"],
    ),
    ("offer.azureIpInfrastructurePercent", &["50", "50.01", "49.999", "100", "101", "50,5", "0"]),
    ("asOf", &["2021-03-15", "2021-02-30", "15-03-2021", ""]),
];

/// `text` as a plain number (digits, at most two decimals after a dot), or `None`.
fn plain(text: &str) -> Option<f64> {
    let (whole, decimals) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(whole) && (!text.contains('.') || (digits(decimals) && decimals.len() <= 2))).then(|| text.parse().unwrap())
}

#[test]
fn batch_files() {
    let cases: Vec<Value> = shared_answers().iter().map(|a| serde_json::to_value(a).unwrap()).collect();
    let header: Vec<&str> = COLUMNS.iter().map(|(path, _)| *path).collect();
    let mut rng = Rng(0x5eed_0004);
    let mut tally = Tally::default();
    for _ in 0..inputs() {
        // A CSV batch of a few rows (its cells kept to check the amounts), or a JSON array.
        let mut amounts = Vec::new();
        let text = if rng.below(2) == 0 {
            let mut text = header.join(",") + "\n";
            for _ in 0..=rng.below(4) {
                let cells: Vec<&str> = COLUMNS.iter().map(|(_, cells)| *rng.pick(cells)).collect();
                amounts.push((cells[5], cells[6]));
                let line: Vec<String> = cells.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect();
                text.push_str(&(line.join(",") + "\n"));
            }
            if rng.below(4) == 0 {
                amounts.clear();
                damage(&mut rng, &text)
            } else {
                text
            }
        } else {
            let items: Vec<Value> = (0..=rng.below(3))
                .map(|_| {
                    let case = rng.below(cases.len());
                    re_encoded(&mut rng, &cases[case])
                })
                .collect();
            let text = Value::Array(items).to_string();
            if rng.below(2) == 0 {
                damage(&mut rng, &text)
            } else {
                text
            }
        };
        tally.time(|| match batch::read(&text) {
            Ok(rows) => {
                for (i, row) in rows.iter().enumerate() {
                    let Ok(answers) = &row.answers else { continue };
                    reads_back(answers);
                    // A CSV amount is exactly its cell, never a guess (100.000 is not 100).
                    if let Some((usd, percent)) = amounts.get(i) {
                        let acr = answers.partner.as_ref().and_then(|p| p.azure_consumed_revenue_usd);
                        assert_eq!(acr.map(|u| u.cents() as f64 / 100.0), plain(usd), "cell {usd}");
                        let share = answers.offer.as_ref().and_then(|o| o.azure_ip_infrastructure_percent);
                        assert_eq!(share.map(|p| f64::from(p.hundredths()) / 100.0), plain(percent), "cell {percent}");
                    }
                }
                true
            }
            Err(_) => false,
        });
    }
    tally.report("batch files");
}
