//! The message catalogue in English and Dutch, and locale formatting of money, dates, lists.
//!
//! Texts live in `en.txt` and `nl.txt`, one `key = text` per line sorted by key (`#` starts a
//! comment), so translators edit plain text and the binary carries no pointer table (an index
//! is built at first use). Tests check that both hold the same keys and placeholders, and that
//! evaluation never asks for a missing key.

use crate::answers::{CoSellRuleset, Storefront};
use crate::date::Date;
use crate::money::{Percent, Usd};
use crate::report::{CoSellStatus, Locale};
use std::sync::OnceLock;

const EN: &str = include_str!("en.txt");
const NL: &str = include_str!("nl.txt");

fn catalogue(locale: Locale) -> &'static str {
    match locale {
        Locale::En => EN,
        Locale::Nl => NL,
    }
}

/// `(key, text)` of every entry of a catalogue, in file order.
fn entries(locale: Locale) -> impl Iterator<Item = (&'static str, &'static str)> {
    catalogue(locale)
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| line.split_once(" = "))
}

/// Each catalogue's entries, read once on first use. The files are sorted by key (a test
/// checks it), so a lookup is a binary search and no sorting is needed.
fn index(locale: Locale) -> &'static [(&'static str, &'static str)] {
    static INDEX: [OnceLock<Vec<(&str, &str)>>; 2] = [OnceLock::new(), OnceLock::new()];
    let slot = match locale {
        Locale::En => &INDEX[0],
        Locale::Nl => &INDEX[1],
    };
    slot.get_or_init(|| entries(locale).collect())
}

/// The template for `key`. A missing key yields a visible marker (never a panic); tests
/// assert that no report ever contains one.
pub fn lookup(locale: Locale, key: &str) -> &'static str {
    let entries = index(locale);
    entries.binary_search_by_key(&key, |(k, _)| k).map_or(MISSING, |i| entries[i].1)
}

/// Marker text for a missing key.
pub const MISSING: &str = "⟦missing text⟧";

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The question of an input field (RULES.md 3) by JSON path, as shown on the form.
pub fn question(locale: Locale, path: &str) -> String {
    lookup(locale, &format!("q.{path}")).to_owned()
}

/// The name of a co-sell status as the rule set calls it (RULES.md 4.1).
pub fn co_sell_status_name(locale: Locale, status: CoSellStatus, ruleset: CoSellRuleset) -> &'static str {
    let renamed =
        matches!(status, CoSellStatus::AzureIpCoSellIncentivized | CoSellStatus::BizAppsIsvConnectPremiumIncentive);
    if renamed && ruleset == CoSellRuleset::R2021_07_13 {
        lookup(locale, &format!("status.{}.2021-07-13", status.as_str()))
    } else {
        lookup(locale, &format!("status.{}", status.as_str()))
    }
}

/// Product spelling of a storefront, the same in both languages.
pub fn storefront_name(storefront: Storefront) -> &'static str {
    match storefront {
        Storefront::AppSource => "AppSource",
        Storefront::AzureMarketplace => "Azure Marketplace",
    }
}

/// `a`, `a and b`, `a, b and c` (Dutch: `en`).
pub fn join_and(locale: Locale, items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), lookup(locale, "and")),
    }
}

/// `USD 99,999.99` in English, `USD 99.999,99` in Dutch.
pub fn format_usd(locale: Locale, amount: Usd) -> String {
    let cents = amount.cents();
    let (whole, frac) = (cents / 100, cents % 100);
    let (group, decimal) = match locale {
        Locale::En => (',', '.'),
        Locale::Nl => ('.', ','),
    };
    let digits = whole.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(ch);
    }
    format!("USD {grouped}{decimal}{frac:02}")
}

/// `50.01` / `50,01` followed by the locale's percent sign.
pub fn format_percent(locale: Locale, percent: Percent) -> String {
    let plain = percent.to_string();
    let value = match locale {
        Locale::En => plain,
        Locale::Nl => plain.replace('.', ","),
    };
    fill(lookup(locale, "percent"), &[("value", &value)])
}

/// `1 March 2019` / `1 maart 2019`.
pub fn format_date(locale: Locale, date: Date) -> String {
    let month = lookup(locale, &format!("month.{}", date.month()));
    format!("{} {month} {}", date.day(), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn placeholders(template: &str) -> BTreeSet<&str> {
        template.split('{').skip(1).filter_map(|part| part.split_once('}').map(|(name, _)| name)).collect()
    }

    #[test]
    fn every_line_is_a_comment_a_blank_or_an_entry() {
        for (name, text) in [("en.txt", EN), ("nl.txt", NL)] {
            for (i, line) in text.lines().enumerate() {
                let ok = line.starts_with('#')
                    || line.trim().is_empty()
                    || line
                        .split_once(" = ")
                        .is_some_and(|(k, v)| !k.is_empty() && !k.contains(' ') && !v.trim().is_empty());
                assert!(ok, "{name}:{}: not `key = text`: {line:?}", i + 1);
            }
        }
    }

    #[test]
    fn catalogues_are_sorted_by_key_for_the_binary_search() {
        for locale in Locale::ALL {
            let keys: Vec<&str> = entries(*locale).map(|(k, _)| k).collect();
            let unsorted: Vec<_> = keys.windows(2).filter(|w| w[0] >= w[1]).map(|w| (w[0], w[1])).collect();
            assert!(unsorted.is_empty(), "{locale}: keys out of order or repeated: {unsorted:?}");
        }
    }

    #[test]
    fn both_languages_have_exactly_the_same_keys_and_placeholders() {
        for locale in Locale::ALL {
            let keys: Vec<&str> = entries(*locale).map(|(k, _)| k).collect();
            let unique: BTreeSet<&str> = keys.iter().copied().collect();
            assert_eq!(keys.len(), unique.len(), "{locale}: duplicate keys");
            assert!(keys.len() > 250, "{locale}: {} keys", keys.len());
        }
        let en: BTreeSet<&str> = entries(Locale::En).map(|(k, _)| k).collect();
        let nl: BTreeSet<&str> = entries(Locale::Nl).map(|(k, _)| k).collect();
        assert_eq!(en.difference(&nl).collect::<Vec<_>>(), Vec::<&&str>::new(), "missing in nl");
        assert_eq!(nl.difference(&en).collect::<Vec<_>>(), Vec::<&&str>::new(), "missing in en");
        for (key, text) in entries(Locale::En) {
            assert_eq!(placeholders(text), placeholders(lookup(Locale::Nl, key)), "placeholders of {key}");
            assert!(!text.trim().is_empty() && !lookup(Locale::Nl, key).trim().is_empty(), "{key} empty");
        }
    }

    #[test]
    fn every_input_field_has_a_question_in_both_languages() {
        for path in crate::FIELDS {
            for locale in Locale::ALL {
                assert_ne!(lookup(*locale, &format!("q.{path}")), MISSING, "{locale} q.{path}");
            }
        }
    }

    #[test]
    fn fill_replaces_known_placeholders_only() {
        assert_eq!(fill("a {x} b {y} {x}", &[("x", "1"), ("y", "2")]), "a 1 b 2 1");
        assert_eq!(fill("{unknown} and {", &[]), "{unknown} and {");
        assert_eq!(fill("", &[("x", "1")]), "");
    }

    #[test]
    fn money_dates_and_lists_follow_the_locale() {
        assert_eq!(format_usd(Locale::En, Usd::from_cents(9_999_999)), "USD 99,999.99");
        assert_eq!(format_usd(Locale::Nl, Usd::from_cents(9_999_999)), "USD 99.999,99");
        assert_eq!(format_usd(Locale::En, Usd::from_cents(5)), "USD 0.05");
        assert_eq!(format_usd(Locale::En, Usd::from_cents(100_000_000_000)), "USD 1,000,000,000.00");
        assert_eq!(format_percent(Locale::Nl, Percent::from_hundredths(5001).unwrap()), "50,01%");
        assert_eq!(format_percent(Locale::En, Percent::from_hundredths(6000).unwrap()), "60 %");
        let d = Date::parse("2019-03-01").unwrap();
        assert_eq!(format_date(Locale::En, d), "1 March 2019");
        assert_eq!(format_date(Locale::Nl, d), "1 maart 2019");
        assert_eq!(join_and(Locale::Nl, &["a", "b", "c"]), "a, b en c");
        assert_eq!(join_and(Locale::En, &["a"]), "a");
    }

    #[test]
    fn status_names_follow_the_rule_set() {
        let ip = CoSellStatus::AzureIpCoSellIncentivized;
        assert_eq!(co_sell_status_name(Locale::En, ip, CoSellRuleset::R2021_02_24), "Azure IP Co-sell incentivized");
        assert_eq!(co_sell_status_name(Locale::En, ip, CoSellRuleset::R2021_07_13), "Azure IP Co-sell incentive");
        for status in CoSellStatus::ALL {
            for rs in CoSellRuleset::ALL {
                assert_ne!(co_sell_status_name(Locale::Nl, *status, *rs), MISSING);
            }
        }
    }
}
