//! The `--format text` summary: one block per program: its status, what it takes to reach the
//! next one (RULES.md 11), then its checks, failing ones first.

use eligibility_rules::i18n::{self, Msg};
use eligibility_rules::{Check, Locale, Outcome, Program, Report, Step};
use std::fmt::Write;

/// The outcome's name from the engine's catalogue; the two that need action in capitals.
fn label(locale: Locale, outcome: Outcome) -> String {
    let name = i18n::label(locale, outcome);
    match outcome {
        Outcome::NotMet | Outcome::Unknown => name.to_uppercase(),
        _ => name.to_owned(),
    }
}

const ORDER: [Outcome; 5] = [Outcome::NotMet, Outcome::Unknown, Outcome::Met, Outcome::Info, Outcome::NotApplicable];

fn checks(out: &mut String, locale: Locale, checks: &[Check]) {
    for outcome in ORDER {
        for c in checks.iter().filter(|c| c.outcome == outcome) {
            let _ = writeln!(out, "  [{}] {} {}", label(locale, outcome), c.rule, c.message);
            if let Some(next) = &c.next_step {
                let _ = writeln!(out, "      -> {next}");
            }
        }
    }
}

/// "What it takes to reach <status>" with every step, its gaps in words and its next step; or,
/// at the top of the ladder, `best`.
fn next_status(out: &mut String, r: &Report, next: Option<(&str, &[Step])>, best: Msg) {
    let locale = r.locale;
    let Some((status, steps)) = next else {
        let _ = writeln!(out, "  {}", i18n::text(locale, best));
        return;
    };
    let _ = writeln!(out, "  {}:", i18n::message(locale, Msg::NextTitle, &[("status", status)]));
    for step in steps {
        let name = i18n::requirement(locale, step.rule, r.rulesets.co_sell);
        let _ = writeln!(out, "    - {} {name} [{}]", step.rule, label(locale, step.outcome));
        for gap in &step.gaps {
            let _ = writeln!(out, "        {}", i18n::gap(locale, gap));
        }
        if let Some(next) = &step.next_step {
            let _ = writeln!(out, "        -> {next}");
        }
    }
}

/// The text format's own words, besides the catalogue's labels.
#[derive(Clone, Copy)]
enum Word {
    Track,
    Activation,
    FollowUp,
    Marketplace,
    Uses,
    Allowed,
    NotAllowed,
}

/// `word` in `locale` (only the CLI prints these, so they are not in the engine's catalogue,
/// which the page and the tools module carry).
fn words(locale: Locale, word: Word) -> &'static str {
    match (locale, word) {
        (Locale::En, Word::Track) => "track",
        (Locale::En, Word::Activation) => "activation",
        (Locale::En, Word::FollowUp) => "go-live follow-up",
        (Locale::En, Word::Marketplace) => "marketplace",
        (Locale::En, Word::Uses) => "uses",
        (Locale::En, Word::Allowed) => "allowed",
        (Locale::En, Word::NotAllowed) => "not allowed",
        (Locale::Nl, Word::Track) => "traject",
        (Locale::Nl, Word::Activation) => "activering",
        (Locale::Nl, Word::FollowUp) => "opvolging na livegang",
        (Locale::Nl, Word::Marketplace) => "marketplace",
        (Locale::Nl, Word::Uses) => "gebruik",
        (Locale::Nl, Word::Allowed) => "toegestaan",
        (Locale::Nl, Word::NotAllowed) => "niet toegestaan",
    }
}

/// A readable summary of one report for a terminal.
pub fn summary(r: &Report) -> String {
    let l = r.locale;
    let mut out = String::new();
    let status = i18n::co_sell_reached_name(l, r);
    let _ = writeln!(out, "{} ({}): {status}", i18n::label(l, Program::CoSell), r.rulesets.co_sell);
    let next = r.co_sell.next_status.as_ref();
    let name = next.map(|n| i18n::co_sell_status_name(l, n.status, r.rulesets.co_sell));
    next_status(&mut out, r, name.zip(next.map(|n| n.steps.as_slice())), r.co_sell.at_top());
    checks(&mut out, l, &r.co_sell.checks);
    let rw = &r.rewards;
    // Headings and values in the report's language: values from the engine's catalogue, the
    // format's own words from `words`.
    let word = |w: Word| words(l, w);
    let _ = writeln!(
        out,
        "{}: {} · {} {} · {} {} · {} {}",
        i18n::label(l, Program::Rewards),
        i18n::label(l, rw.status),
        word(Word::Track),
        i18n::label(l, rw.track),
        word(Word::Activation),
        i18n::label(l, rw.activation),
        word(Word::FollowUp),
        i18n::label(l, rw.go_live_follow_up)
    );
    let next = rw.next_status.as_ref().map(|n| (i18n::label(l, n.status), n.steps.as_slice()));
    next_status(&mut out, r, next, Msg::NextBest);
    checks(&mut out, l, &rw.checks);
    let uses: Vec<String> = r
        .apss
        .uses
        .iter()
        .map(|u| {
            let verdict = word(if u.allowed { Word::Allowed } else { Word::NotAllowed });
            format!("{} ({verdict})", i18n::label(l, u.use_))
        })
        .collect();
    let _ = writeln!(
        out,
        "{}: {} · {} {} · {} [{}]",
        i18n::label(l, Program::Apss),
        i18n::label(l, r.apss.status),
        word(Word::Marketplace),
        i18n::label(l, r.apss.marketplace),
        word(Word::Uses),
        uses.join(", ")
    );
    let next = r.apss.next_status.as_ref().map(|n| (i18n::label(l, n.status), n.steps.as_slice()));
    next_status(&mut out, r, next, Msg::NextBest);
    checks(&mut out, l, &r.apss.checks);
    let fronts: Vec<&str> = r.storefront.storefronts.iter().map(|s| i18n::storefront_name(*s)).collect();
    let _ = writeln!(out, "{}: [{}]", i18n::label(l, Program::Storefront), fronts.join(", "));
    checks(&mut out, l, &r.storefront.checks);
    let leads: Vec<&str> = r.lead_sharing.storefronts.iter().map(|e| i18n::storefront_name(e.storefront)).collect();
    let _ = writeln!(out, "{}: [{}]", i18n::label(l, Program::LeadSharing), leads.join(", "));
    checks(&mut out, l, &r.lead_sharing.checks);
    out
}
