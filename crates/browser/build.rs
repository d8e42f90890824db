//! Generates the keys of the page's and the tools module's own texts from `src/text/en.txt`, and
//! fails the build when `nl.txt` does not have exactly the same keys and `{placeholders}` (the
//! engine's catalogue format and checks: `crates/rules/build/catalogue.rs`). `page.*` keys become
//! [`Ui`] variants, `tools.*` keys [`Tool`] variants (`page.share-link` → `Ui::ShareLink`): a
//! missing key is a compile error; `first.*` keys become [`First`] variants, the texts of the first
//! screen that the build renders into index.html (`crates/first-screen`). `loader.*` keys are for
//! `www/boot.js` and `www/extras.js`, which `scripts/post-build.mjs` fills from the same files.
//!
//! Each section's texts are written alone, one per line in variant order (`page.en`, `page.nl`,
//! `tools.en`, `tools.nl`, `first.en`, `first.nl`), so keys and comments are not shipped, and the
//! page carries none of the tools' texts (nor the first screen's: nothing in the page reads them).

// A build script stops the build with a message saying what is wrong: it may expect and panic.
#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)]

#[path = "../rules/build/catalogue.rs"]
mod catalogue;

use catalogue::{placeholders, read_pair, variant};
use std::{env, fs, path::PathBuf};

/// The enum of a section's keys, with each text and its placeholders in the docs.
fn section_enum(name: &str, doc: &str, entries: &[(&str, &str)]) -> String {
    let mut code = format!("/// {doc} (generated from `src/text/en.txt` by `build.rs`).\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum {name} {{\n");
    for (key, text) in entries {
        code.push_str(&format!(
            "    /// `{key}`: {}\n    {},\n",
            text.replace('`', "'"),
            variant(key.split_once('.').map_or(*key, |(_, k)| k))
        ));
    }
    code.push_str(&format!(
        "}}\n\nimpl {name} {{\n    /// Every key, in catalogue order.\n    pub const ALL: &'static [{name}] = &[\n"
    ));
    for (key, _) in entries {
        code.push_str(&format!("        {name}::{},\n", variant(key.split_once('.').map_or(*key, |(_, k)| k))));
    }
    code.push_str("    ];\n\n    /// The `{placeholders}` of the text, sorted.\n    pub fn placeholders(self) -> &'static [&'static str] {\n        match self {\n");
    for (key, text) in entries {
        let names: Vec<String> = placeholders(text).iter().map(|p| format!("{p:?}")).collect();
        if !names.is_empty() {
            code.push_str(&format!(
                "            {name}::{} => &[{}],\n",
                variant(key.split_once('.').map_or(*key, |(_, k)| k)),
                names.join(", ")
            ));
        }
    }
    code.push_str("            _ => &[],\n        }\n    }\n}\n\n");
    code
}

fn main() {
    let (en, nl) = read_pair("src/text");
    for (key, _) in &en {
        let section = key.split('.').next().unwrap_or_default();
        assert!(
            ["page", "tools", "loader", "first"].contains(&section),
            "en.txt: {key}: keys start with page., tools., loader. or first."
        );
    }
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut code = String::new();
    for (section, name, doc) in [
        ("page", "Ui", "Keys of the page's own texts"),
        ("tools", "Tool", "Keys of the tools module's own texts"),
        ("first", "First", "Keys of the first screen's texts (index.html, `crates/first-screen`)"),
    ] {
        let prefix = format!("{section}.");
        let pick = |list: &[(String, String)]| -> Vec<(String, String)> {
            list.iter().filter(|(k, _)| k.starts_with(&prefix)).cloned().collect()
        };
        let (en_section, nl_section) = (pick(&en), pick(&nl));
        let pairs: Vec<(&str, &str)> = en_section.iter().map(|(k, t)| (k.as_str(), t.as_str())).collect();
        code.push_str(&section_enum(name, doc, &pairs));
        for (lang, list) in [("en", &en_section), ("nl", &nl_section)] {
            let texts: Vec<&str> = list.iter().map(|(_, text)| text.as_str()).collect();
            fs::write(out.join(format!("{section}.{lang}")), texts.join("\n"))
                .unwrap_or_else(|e| panic!("write {section}.{lang}: {e}"));
        }
    }
    fs::write(out.join("texts.rs"), code).expect("write texts.rs");
}
