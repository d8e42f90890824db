//! `evaluate` on the largest shared case (all five programs answered), natively, with criterion.
//! Run by `make bench`; the median goes into the benchmark table.

// Test code: a failing helper fails its test with its message (the workspace lints deny these
// outside tests; clippy.toml allows them only inside `#[test]` functions).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use criterion::{criterion_group, criterion_main, Criterion};
use eligibility_rules::{answers_from_json, evaluate, Date, Locale, Options};
use std::hint::black_box;

fn largest_case() -> (String, String) {
    let cases = spec_cases::all().expect("shared cases parse");
    let case = cases.into_iter().max_by_key(|c| c.answers.to_string().len()).expect("at least one case");
    (case.file.to_owned(), case.answers.to_string())
}

fn bench(c: &mut Criterion) {
    let (file, text) = largest_case();
    let answers = answers_from_json(&text).expect("the case parses");
    let options = Options::new(Locale::En, Date::parse("2021-03-15").expect("a date"));
    eprintln!("evaluate benchmark on {file}");
    c.bench_function("evaluate_largest_case", |b| b.iter(|| evaluate(black_box(&answers), black_box(&options))));
    c.bench_function("parse_and_evaluate_largest_case", |b| {
        b.iter(|| evaluate(&answers_from_json(black_box(&text)).expect("parses"), &options))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
