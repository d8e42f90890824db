//! Generates `Msg`, the enum of every message key, from `src/i18n/en.txt`, and fails the build
//! when `nl.txt` does not have exactly the same keys in the same (sorted) order with the same
//! `{placeholders}`, or a line is not `key = text`. Code then names messages as `Msg::Cs01Met`:
//! a missing key is a compile error, and no key is ever built from pieces at run time.
//!
//! It also writes each catalogue's texts alone, one per line in `Msg` order (`en.texts`,
//! `nl.texts`): the engine embeds those, so keys and comments are not shipped to the browser.

// A build script stops the build with a message saying what is wrong: it may expect and panic.
#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)]

#[path = "build/catalogue.rs"]
mod catalogue;

use catalogue::{placeholders, read_pair, variant};
use std::collections::BTreeSet;
use std::{env, fs, path::PathBuf};

fn main() {
    let (en, nl) = read_pair("src/i18n");

    let mut variants = BTreeSet::new();
    let mut code = String::from(
        "/// Every message of the catalogues, by key (generated from `en.txt` by `build.rs`). The\n\
         /// discriminant is the entry's position in both sorted files.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\n#[allow(missing_docs)]\npub enum Msg {\n",
    );
    for (key, text) in &en {
        let name = variant(key);
        assert!(variants.insert(name.clone()), "two keys give the variant {name}");
        code.push_str(&format!("    /// `{key}`: {}\n    {name},\n", text.replace('`', "'")));
    }
    code.push_str(
        "}\n\nimpl Msg {\n    /// Every message, in catalogue order.\n    pub const ALL: &'static [Msg] = &[\n",
    );
    for (key, _) in &en {
        code.push_str(&format!("        Msg::{},\n", variant(key)));
    }
    code.push_str("    ];\n\n    /// The key as written in the catalogue files.\n    pub const fn key(self) -> &'static str {\n        match self {\n");
    for (key, _) in &en {
        code.push_str(&format!("            Msg::{} => {key:?},\n", variant(key)));
    }
    code.push_str("        }\n    }\n\n    /// The `{placeholders}` of the text, sorted.\n    pub fn placeholders(self) -> &'static [&'static str] {\n        match self {\n");
    for (key, text) in &en {
        let names: Vec<String> = placeholders(text).iter().map(|p| format!("{p:?}")).collect();
        if !names.is_empty() {
            code.push_str(&format!("            Msg::{} => &[{}],\n", variant(key), names.join(", ")));
        }
    }
    code.push_str("            _ => &[],\n        }\n    }\n}\n");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("msg.rs"), code).expect("write msg.rs");
    for (name, list) in [("en.texts", &en), ("nl.texts", &nl)] {
        let texts: Vec<&str> = list.iter().map(|(_, text)| text.as_str()).collect();
        fs::write(out.join(name), texts.join("\n")).unwrap_or_else(|e| panic!("write {name}: {e}"));
    }
}
