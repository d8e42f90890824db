//! Reading a catalogue (`key = text` per line, sorted by key, `#` comments), shared by the build
//! scripts of the engine (`crates/rules/build.rs`) and of the page's texts
//! (`crates/browser/build.rs`), so both catalogues follow one format and one set of checks.

use std::collections::BTreeSet;
use std::{env, fs, path::PathBuf};

/// A catalogue's `(key, text)` entries, in file order.
pub type Entries = Vec<(String, String)>;

/// The entries of `en.txt` and `nl.txt` in the crate's folder `dir`, checked as a pair
/// ([`check_pair`]); cargo reruns the build script when either changes.
pub fn read_pair(dir: &str) -> (Entries, Entries) {
    let dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join(dir);
    let read = |name: &str| {
        println!("cargo:rerun-if-changed={}", dir.join(name).display());
        let text = fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        entries(name, &text)
    };
    let (en, nl) = (read("en.txt"), read("nl.txt"));
    check_pair(&en, &nl);
    (en, nl)
}

/// `(key, text)` of every entry; panics (failing the build) on a malformed line.
pub fn entries(name: &str, text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let Some((key, value)) = line.split_once(" = ") else {
            panic!("{name}:{}: not `key = text`: {line:?}", i + 1);
        };
        assert!(!key.is_empty() && !key.contains(' ') && !value.trim().is_empty(), "{name}:{}: {line:?}", i + 1);
        out.push((key.to_owned(), value.to_owned()));
    }
    out
}

pub fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{').skip(1).filter_map(|part| part.split_once('}').map(|(name, _)| name)).collect()
}

/// `CS-06.unknown-countries.next` → `Cs06UnknownCountriesNext`; `q.partner.hasMpnId` → `QPartnerHasMpnId`.
pub fn variant(key: &str) -> String {
    let mut out = String::new();
    for part in key.split(|c: char| !c.is_ascii_alphanumeric()).filter(|p| !p.is_empty()) {
        let lower = if part.chars().all(|c| !c.is_ascii_lowercase()) { part.to_ascii_lowercase() } else { part.into() };
        let mut chars = lower.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars);
        }
    }
    out
}

/// Fails (the build) unless `en` and `nl` have the same keys, sorted and unique, with the same
/// `{placeholders}` for each key.
pub fn check_pair(en: &[(String, String)], nl: &[(String, String)]) {
    for (name, list) in [("en.txt", en), ("nl.txt", nl)] {
        for pair in list.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{name}: keys out of order or repeated: {} then {}", pair[0].0, pair[1].0);
        }
    }
    let en_keys: Vec<&str> = en.iter().map(|(k, _)| k.as_str()).collect();
    let nl_keys: Vec<&str> = nl.iter().map(|(k, _)| k.as_str()).collect();
    let only_en: Vec<_> = en_keys.iter().filter(|k| !nl_keys.contains(k)).collect();
    let only_nl: Vec<_> = nl_keys.iter().filter(|k| !en_keys.contains(k)).collect();
    assert!(only_en.is_empty() && only_nl.is_empty(), "missing in nl.txt: {only_en:?}; missing in en.txt: {only_nl:?}");
    for ((key, en_value), (_, nl_value)) in en.iter().zip(nl) {
        assert_eq!(placeholders(en_value), placeholders(nl_value), "placeholders of {key} differ between en and nl");
    }
}
