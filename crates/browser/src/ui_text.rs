//! The page's and the tools module's own texts (buttons, headings, hints, notices), English and
//! Dutch, from the catalogue `src/text/en.txt` and `nl.txt`: `build.rs` checks that both have the
//! same keys and placeholders and generates [`Ui`] (the page's keys), [`Tool`] (the tools
//! module's) and [`First`] (the first screen in index.html), so a missing key does not compile.
//! Every domain word (questions, option labels, status and outcome names, source titles) comes
//! from the engine's catalogue (`eligibility_rules::i18n`).

use eligibility_rules::Locale;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/texts.rs"));

/// A section's texts in one language, one per line in variant order (written by `build.rs`),
/// split once on first use.
fn lines(slot: &'static OnceLock<Vec<&'static str>>, file: &'static str) -> &'static [&'static str] {
    slot.get_or_init(|| file.split('\n').collect())
}

/// Entry `index` of a section's texts in `locale` (`files`: English, Dutch).
fn lookup(
    slots: &'static [OnceLock<Vec<&'static str>>; 2],
    files: [&'static str; 2],
    locale: Locale,
    index: usize,
) -> &'static str {
    let i = match locale {
        Locale::En => 0,
        Locale::Nl => 1,
    };
    lines(&slots[i], files[i]).get(index).copied().unwrap_or_default()
}

/// The page's text `key` in `locale` (placeholders unfilled; `eligibility_rules::i18n::fill`).
pub fn t(locale: Locale, key: Ui) -> &'static str {
    static TEXTS: [OnceLock<Vec<&str>>; 2] = [OnceLock::new(), OnceLock::new()];
    let files =
        [include_str!(concat!(env!("OUT_DIR"), "/page.en")), include_str!(concat!(env!("OUT_DIR"), "/page.nl"))];
    lookup(&TEXTS, files, locale, key as usize)
}

/// The tools module's text `key` in `locale` (placeholders unfilled).
pub fn tool(locale: Locale, key: Tool) -> &'static str {
    static TEXTS: [OnceLock<Vec<&str>>; 2] = [OnceLock::new(), OnceLock::new()];
    let files =
        [include_str!(concat!(env!("OUT_DIR"), "/tools.en")), include_str!(concat!(env!("OUT_DIR"), "/tools.nl"))];
    lookup(&TEXTS, files, locale, key as usize)
}

/// The first screen's text `key` in `locale` (placeholders unfilled): read only by the native
/// step that renders the first screen into index.html (`crates/first-screen`), so no wasm module
/// carries these texts.
pub fn first(locale: Locale, key: First) -> &'static str {
    static TEXTS: [OnceLock<Vec<&str>>; 2] = [OnceLock::new(), OnceLock::new()];
    let files =
        [include_str!(concat!(env!("OUT_DIR"), "/first.en")), include_str!(concat!(env!("OUT_DIR"), "/first.nl"))];
    lookup(&TEXTS, files, locale, key as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_there_in_both_languages_and_reads_cleanly() {
        for locale in [Locale::En, Locale::Nl] {
            let texts = Ui::ALL
                .iter()
                .map(|k| (format!("{k:?}"), t(locale, *k)))
                .chain(Tool::ALL.iter().map(|k| (format!("{k:?}"), tool(locale, *k))))
                .chain(First::ALL.iter().map(|k| (format!("{k:?}"), first(locale, *k))));
            for (key, text) in texts {
                assert!(!text.is_empty(), "{locale:?} {key}: empty");
                assert_eq!(text, text.trim(), "{locale:?} {key}: spaces around");
                assert!(!text.contains("  "), "{locale:?} {key}: doubled space");
            }
        }
        assert_eq!(t(Locale::En, Ui::Title), "Partner program eligibility checker");
        assert_eq!(t(Locale::Nl, Ui::ShareLink), "Deellink kopiëren");
        assert_eq!(tool(Locale::En, Tool::Close), "Close");
        assert_eq!(Ui::ToDo.placeholders(), ["n", "names"]);
    }
}
