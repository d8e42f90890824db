//! The `eligibility` binary end to end: every shared case, arrays, errors, locales, formats.

// Test code: a failing helper fails its test with its message (the workspace lints deny these
// outside tests; clippy.toml allows them only inside `#[test]` functions).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn eligibility(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_eligibility"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start eligibility");
    // The tool may exit before reading (bad options); a closed pipe is then expected.
    if let Err(e) = child.stdin.take().expect("stdin").write_all(stdin.as_bytes()) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
    }
    child.wait_with_output().expect("eligibility runs")
}

fn json(out: &Output) -> serde_json::Value {
    assert!(out.status.success(), "exit {:?}: {}", out.status, String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

#[test]
fn every_shared_case_passes_through_the_cli_in_one_array_run() {
    let cases = spec_cases::all().expect("cases parse");
    let input = serde_json::Value::Array(cases.iter().map(|c| c.answers.clone()).collect()).to_string();
    let reports = json(&eligibility(&["check", "-", "--as-of", "2030-01-01"], &input));
    let reports = reports.as_array().expect("an array in, an array out");
    assert_eq!(reports.len(), cases.len());
    let failures: Vec<String> = cases
        .iter()
        .zip(reports)
        .flat_map(|(case, report)| {
            spec_cases::mismatches(&case.expect, report).into_iter().map(move |m| format!("{}: {m}", case.file))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_array_streamed_out_reads_as_serde_json_writes_a_whole_array_and_text_and_empty_arrays_too() {
    let cases = spec_cases::all().expect("cases parse");
    let input = serde_json::Value::Array(cases.iter().take(3).map(|c| c.answers.clone()).collect()).to_string();
    let out = eligibility(&["check", "-", "--as-of", "2030-01-01"], &input);
    let text = String::from_utf8(out.stdout).unwrap();
    let options = eligibility_rules::Options::new(
        eligibility_rules::Locale::En,
        eligibility_rules::Date::parse("2030-01-01").unwrap(),
    );
    let reports: Vec<eligibility_rules::Report> = cases
        .iter()
        .take(3)
        .map(|c| eligibility_rules::evaluate(&eligibility_rules::read_answers(&c.answers).unwrap(), &options))
        .collect();
    assert_eq!(text, format!("{}\n", serde_json::to_string_pretty(&reports).unwrap()), "byte for byte");
    let out = eligibility(&["check", "-"], " \n[] ");
    assert_eq!((out.status.code(), String::from_utf8(out.stdout).unwrap()), (Some(0), "[]\n".to_owned()));
    let out = eligibility(&["check", "-", "--format", "text", "--as-of", "2030-01-01"], &input);
    let summaries = String::from_utf8(out.stdout).unwrap();
    let one = |answers: &serde_json::Value| {
        String::from_utf8(
            eligibility(&["check", "-", "--format", "text", "--as-of", "2030-01-01"], &answers.to_string()).stdout,
        )
        .unwrap()
    };
    // As before: the summaries one after the other, a line between them.
    let each: Vec<String> = cases.iter().take(3).map(|c| one(&c.answers)).collect();
    assert_eq!(summaries, each.join("\n"));
    // Not an array after all: the whole input is refused, naming the problem.
    let out = eligibility(&["check", "-"], "[{}, ");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a JSON array of answers"), "{out:?}");
}

#[test]
fn a_case_file_on_disk_gives_one_report_object() {
    let dir = std::env::temp_dir().join(format!("eligibility-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("answers.json");
    let case = spec_cases::all().unwrap().into_iter().find(|c| c.file.starts_with("048")).unwrap();
    std::fs::write(&path, case.answers.to_string()).unwrap();
    let report = json(&eligibility(&["check", path.to_str().unwrap(), "--locale", "nl"], ""));
    assert_eq!(report["locale"], "nl");
    assert_eq!(report["asOf"], "2021-03-15", "asOf from the answers wins over today");
    assert!(spec_cases::mismatches(&case.expect, &report).is_empty());
    let first = &report["coSell"]["checks"][1];
    assert_eq!(first["rule"], "CS-01");
    assert_eq!(first["message"], "U hebt een MPN-ID.");
    assert!(first["nextStep"].is_null());
    assert_eq!(first["source"]["document"], "003_50bb911558b9183f.txt");
}

#[test]
fn as_of_option_is_used_only_without_as_of_in_the_answers() {
    let report = json(&eligibility(&["check", "-", "--as-of", "2021-02-10"], "{}"));
    assert_eq!(report["asOf"], "2021-02-10");
    let report = json(&eligibility(&["check", "-"], "{}"));
    let today = report["asOf"].as_str().unwrap();
    assert_eq!(today.len(), 10, "today as YYYY-MM-DD: {today}");
    assert!(today >= "2024-01-01", "the clock date: {today}");
}

/// The CLI run in the time zone `tz`: the evaluation date it takes for today.
fn today_in(tz: &str) -> eligibility_rules::Date {
    let out = Command::new(env!("CARGO_BIN_EXE_eligibility"))
        .args(["link", "-"])
        .env("TZ", tz)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child.stdin.take().expect("stdin").write_all(b"{}")?;
            child.wait_with_output()
        })
        .expect("eligibility runs");
    let fragment = String::from_utf8(out.stdout).expect("UTF-8");
    let answers = eligibility_exchange::link::decode(fragment.trim()).expect("a link").expect("answers").answers;
    answers.as_of.expect("the link pins today")
}

#[test]
fn today_is_the_date_on_the_users_clock_not_utc() {
    // UTC+14 and UTC-12 are 26 hours apart: their dates always differ, by one day or two.
    let (kiribati, baker) = (today_in("Etc/GMT-14"), today_in("Etc/GMT+12"));
    let apart = kiribati.days_since_epoch() - baker.days_since_epoch();
    assert!((1..=2).contains(&apart), "{kiribati} and {baker}");
}

#[test]
fn bad_input_exits_2_with_one_line_naming_the_path_and_index() {
    let out = eligibility(&["check", "-"], r#"[{}, {"offer": {"offerTyp": "saas"}}]"#);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("[1].offer.offerTyp: unknown field `offerTyp`"), "{err}");
    // The array is checked as it is read: the report of the item before the bad one was written,
    // and stays a complete JSON array.
    let before: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a complete JSON array");
    assert_eq!(before.as_array().map(Vec::len), Some(1), "{before}");

    let out = eligibility(&["check", "-"], r#"{"partner": {"azureConsumedRevenueUsd": -5}}"#);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("partner.azureConsumedRevenueUsd: money must not be negative")
    );

    let out = eligibility(&["check", "/no/such/file.json"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /no/such/file.json"));

    let out = eligibility(&["check", "-"], "{not json");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not valid JSON"));

    let out = eligibility(&["check", "-", "--as-of", "2021-02-30"], "{}");
    assert_eq!(out.status.code(), Some(2), "clap rejects a bad --as-of");
}

#[test]
fn text_format_summarises_each_program_in_the_chosen_language() {
    let input = r#"{"asOf":"2021-03-15","partner":{"hasMpnId":false},"offer":{"offerType":"saas","liveIn":[]}}"#;
    let out = eligibility(&["check", "-", "--format", "text"], input);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "Co-sell (2021-02-24): Not co-sell ready",
        "[NOT MET] CS-01 Co-sell needs an MPN ID.",
        "[NOT SURE YET] CS-02 Not answered yet:",
        "[Not applicable] CS-00 ",
        "Marketplace Rewards: Not eligible · track ",
        "Azure Partner Shared Services: Not determined yet · marketplace ",
        "Storefront: []",
        "Lead sharing: [AppSource, Azure Marketplace]",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in\n{text}");
    }
    let nl =
        String::from_utf8(eligibility(&["check", "-", "--format", "text", "--locale", "nl"], input).stdout).unwrap();
    assert!(
        nl.contains("Co-sell (2021-02-24): Niet co-sell ready")
            && nl.contains("[NIET VOLDAAN] CS-01 Voor co-sell is een MPN-ID nodig.")
            && nl.contains("Marketplace Rewards: Komt niet in aanmerking · traject ")
            && !nl.contains(" track ")
            && !nl.contains("not-eligible"),
        "{nl}"
    );
}

#[test]
fn link_pins_date_and_rule_sets_and_opens_the_same_answers() {
    let case = spec_cases::all().unwrap().into_iter().find(|c| c.file.starts_with("048")).unwrap();
    let out =
        eligibility(&["link", "-", "--base", "https://example.test/", "--part", "rewards"], &case.answers.to_string());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let link = String::from_utf8(out.stdout).unwrap();
    let fragment = link.trim().strip_prefix("https://example.test/").expect("base first");
    assert!(fragment.starts_with("#/rewards?v=1&a="), "{fragment}");
    let shared = eligibility_exchange::link::decode(fragment).unwrap().unwrap();
    let original = eligibility_rules::read_answers(&case.answers).unwrap();
    assert_eq!(shared.answers, eligibility_exchange::link::pin(original.clone(), shared.answers.as_of.unwrap()));
    // Without asOf in the answers, --as-of is written into the link.
    let out = eligibility(&["link", "-", "--as-of", "2021-02-10"], "{}");
    let shared = eligibility_exchange::link::decode(String::from_utf8(out.stdout).unwrap().trim()).unwrap().unwrap();
    assert_eq!(shared.answers.as_of.unwrap().to_string(), "2021-02-10");
    assert_eq!(shared.part, "");
    let out = eligibility(&["link", "-"], r#"{"offer":{"offerTyp":"saas"}}"#);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("offer.offerTyp"));
}

#[test]
fn csv_batch_lists_every_row_and_names_bad_rows() {
    let mut input = String::from("offer.name,partner.hasMpnId,offer.offerType,offer.liveIn,offer.coSellGeographies\n");
    for i in 0..20 {
        input.push_str(&format!("Offer {i},true,saas,azure-marketplace,US;NL\n"));
    }
    input.push_str("Bad,true,saaas,,\n");
    let out = eligibility(&["check", "-", "--input", "csv", "--format", "csv", "--as-of", "2026-11-26"], &input);
    assert_eq!(out.status.code(), Some(1), "a bad row: exit 1, the table still printed");
    let table = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 22);
    assert_eq!(lines[0], "row,offer.name,coSell.status,rewards.status,apss.status,storefront.storefronts,error");
    assert!(table.ends_with("\r\n") && table.matches("\r\n").count() == 22, "CRLF line ends");
    assert!(lines[1].starts_with("row 2,Offer 0,not-co-sell-ready,"), "{}", lines[1]);
    assert!(lines[21].starts_with("row 22,,,,,,\"column offer.offerType: unknown variant `saaas`"), "{}", lines[21]);
    // JSON output stops at the bad row and names it.
    let out = eligibility(&["check", "-", "--input", "csv"], &input);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("row 22, column offer.offerType"));
    // A JSON array with --format csv: the same table, items named by index.
    let out =
        eligibility(&["check", "-", "--format", "csv"], r#"[{"offer":{"name":"A"}},{"offer":{"offerType":"x"}}]"#);
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("[1],,,,,,\"column offer.offerType"), "{table}");
}

#[test]
fn text_format_says_what_it_takes_to_reach_the_next_status() {
    let case = spec_cases::all().unwrap().into_iter().find(|c| c.file.starts_with("072")).unwrap();
    let out = eligibility(&["check", "-", "--format", "text", "--locale", "nl"], &case.answers.to_string());
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("  Wat er nodig is voor de status Azure IP Co-sell incentivized:\n    - IP-01 omzet van USD 100.000 [NIET VOLDAAN]\n        Azure-verbruiksomzet: USD 87.500 van USD 100.000, er ontbreekt nog USD 12.500\n"), "{text}");
    let best = spec_cases::all().unwrap().into_iter().find(|c| c.file.starts_with("079")).unwrap();
    let out = eligibility(&["check", "-", "--format", "text"], &best.answers.to_string());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.matches("This is the highest status of this program.").count(), 2, "{text}");
}

#[test]
fn compare_prints_what_the_other_rule_sets_would_change() {
    // The seed pinned (on 2021-08-01 the rule set in force is 2021-07-13, RULES.md 12.2).
    let answers = r#"{"asOf":"2021-08-01","rulesets":{"coSell":"2021-02-24"},"partner":{"hasMpnId":true,"marketplaceAccountActive":true,"businessProfileComplete":true},
        "offer":{"offerType":"office-add-in","solutionType":"ip-application","liveIn":["appsource"],"coSellTabComplete":true,
        "onePager":true,"pitchDeck":true,"coSellGeographies":["US"],"salesContacts":[{"role":"partner-sales","regions":["OOO"]}]},
        "storefront":{"billing":"byol"}}"#;
    let out = eligibility(&["compare", "-"], answers);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with(
            "Co-sell (2021-02-24 → 2021-07-13): Co-sell ready → Not co-sell ready\n  CS-00: Good to know → Not met\n"
        ),
        "{text}"
    );
    assert!(text.contains("Storefront (2018-06-05 → 2018-06-05-later): Azure Marketplace → AppSource and Azure Marketplace\n  SF-04: "), "{text}");
    let list = json(&eligibility(&["compare", "-", "--format", "json"], answers));
    assert_eq!(list[0]["program"], "coSell");
    assert_eq!(
        (list[0]["verdict"].as_str(), list[0]["otherVerdict"].as_str()),
        (Some("co-sell-ready"), Some("not-co-sell-ready"))
    );
    assert_eq!(list[0]["differs"], true);
    assert_eq!(list[1]["otherVerdict"], serde_json::json!(["appsource", "azure-marketplace"]));
    let bad = eligibility(&["compare", "-"], r#"{"offer":{"offerType":"tablet"}}"#);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("offer.offerType: unknown variant `tablet`"));
}
