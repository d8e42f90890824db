//! Saved answers: the `Answers` document (with its `schemaVersion`) kept in the browser's
//! localStorage as answers are given, and read back on the next visit. Nothing leaves the browser.
//!
//! Storage goes through web-sys's `Storage`, whose calls return errors: gloo-storage's
//! `LocalStorage` throws a JS exception when storage is blocked (private modes, blocked
//! cookies), which would stop the page, and it reads through serde_json, a second deserializer
//! next to serde-wasm-bindgen's.

use eligibility_rules::{check_schema_version, Answers};
use serde::Deserialize;
use serde::Serialize;

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
    Unreadable { text: String, why: String },
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

/// Saved text as `Answers`.
fn parse(text: &str) -> Result<Answers, String> {
    read(serde_wasm_bindgen::Deserializer::from(js_sys::JSON::parse(text).map_err(|_| "not JSON".to_owned())?))
}

/// `Answers` from a JS value: the engine's derived reader (without the path-naming wrapper,
/// which the JS API in the tools module uses), and the schema version checked.
pub fn read(value: serde_wasm_bindgen::Deserializer) -> Result<Answers, String> {
    let answers = Answers::deserialize(value).map_err(|e| e.to_string().trim_start_matches("Error: ").to_owned())?;
    check_schema_version(answers).map_err(|e| e.to_string())
}

/// The answers as a plain JS object (the JSON-compatible form the JS API also returns).
pub fn to_js(answers: &Answers) -> wasm_bindgen::JsValue {
    answers.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or_default()
}

/// Saves `answers`. `false` when they cannot be kept (storage off, blocked or full).
pub fn save(answers: &Answers) -> bool {
    let Some(storage) = storage() else { return false };
    js_sys::JSON::stringify(&to_js(answers))
        .ok()
        .and_then(|text| text.as_string())
        .is_some_and(|text| storage.set_item(KEY, &text).is_ok())
}
