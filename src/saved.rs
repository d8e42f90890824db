//! Saved answers: the `Answers` document (with its `schemaVersion`) kept in the browser's
//! localStorage as answers are given, and read back on the next visit. Nothing leaves the browser.
//!
//! Storage goes through web-sys's `Storage`, whose calls return errors: gloo-storage's
//! `LocalStorage` throws a JS exception when storage is blocked (private modes, blocked
//! cookies), which would stop the page. JSON text (saved answers, share links, the tools'
//! messages) is read and written through the browser's `JSON` and serde-wasm-bindgen: measured
//! smaller in the page than serde_json, whose number formatting alone brings tables (BENCHMARKS.md).

use eligibility_rules::{check_schema_version, Answers};
use serde::{Deserialize, Serialize};

/// The key of the saved `Answers` JSON.
pub const KEY: &str = "eligibility-checker.answers";
/// Where saved text that could not be read is kept aside (so nothing is silently lost).
pub const ASIDE_KEY: &str = "eligibility-checker.unreadable";

/// What the last visit left.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Nothing,
    /// Saved answers, read and valid.
    Answers(Box<Answers>),
    /// Saved text that is not valid `Answers` (damaged, not JSON, a future schema): kept aside
    /// under [`ASIDE_KEY`]; `why` names the problem (`offer.offerType: unknown variant …`).
    Unreadable {
        /// The saved text, as it was.
        text: String,
        /// Why it cannot be read.
        why: String,
    },
    /// Storage is switched off or blocked: answers will not be kept.
    Unavailable,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Reads the saved answers (once, as the page starts).
pub fn load() -> Loaded {
    let Some(storage) = storage() else { return Loaded::Unavailable };
    let text = match storage.get_item(KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return Loaded::Nothing,
        Err(_) => return Loaded::Unavailable,
    };
    match parse(&text) {
        Ok(answers) => Loaded::Answers(Box::new(answers)),
        Err(why) => {
            let _ = storage.set_item(ASIDE_KEY, &text);
            let _ = storage.remove_item(KEY);
            Loaded::Unreadable { text, why }
        }
    }
}

/// Saved (or shared) JSON text as `Answers`: the engine's derived reader (the path-naming one is
/// the tools module's), and the schema version checked; `Err` says what is wrong.
pub fn parse(text: &str) -> Result<Answers, String> {
    let value = js_sys::JSON::parse(text).map_err(|_| "not JSON".to_owned())?;
    let answers = Answers::deserialize(serde_wasm_bindgen::Deserializer::from(value))
        .map_err(|e| e.to_string().trim_start_matches("Error: ").to_owned())?;
    check_schema_version(answers).map_err(|e| e.to_string())
}

/// `value` as compact JSON text, as `JSON.stringify` writes it: the same text as serde_json's
/// (the CLI's) for the contract's types, whose keys are never numbers.
pub fn to_json(value: &impl Serialize) -> String {
    let value = value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or_default();
    js_sys::JSON::stringify(&value).ok().and_then(|text| text.as_string()).unwrap_or_else(|| "{}".to_owned())
}

/// Saves `answers`. `false` when they cannot be kept (storage off, blocked or full).
pub fn save(answers: &Answers) -> bool {
    storage().is_some_and(|storage| storage.set_item(KEY, &to_json(answers)).is_ok())
}
