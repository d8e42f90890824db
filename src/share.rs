//! Share links made and opened by the page itself, without the tools module. The format is
//! `eligibility_exchange::link` (`#/PART?v=1&a=…`: lz-string's URL-safe compression of the
//! answers' JSON). The page writes the JSON as it writes its saved answers (`JSON.stringify`,
//! the same text as the CLI's serde_json), and compresses it with lz-string's JavaScript original
//! (npm `lz-string`), which `www/extras.js` loads the first time a link is made or opened: 1.4 KB
//! then, where its Rust port would add 5.9 KB to every first load (BENCHMARKS.md). The link is
//! byte for byte the one the CLI (`eligibility link`) and the JS API's `shareLink` make.
//!
//! A link the page cannot read itself (damaged, another link or schema version, a rule set this
//! build does not have) goes to the tools module, whose reader names what is wrong and shows
//! what it can.

use crate::saved;
use eligibility_exchange::link;
use eligibility_rules::{Answers, Date};
use std::rc::Rc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// lz-string's API (`window.LZString`).
    type LzString;

    /// `window.eligibilityLz()` (`www/extras.js`): lz-string, loaded on first use.
    #[wasm_bindgen(js_namespace = window, js_name = eligibilityLz)]
    fn load_lz() -> js_sys::Promise;

    #[wasm_bindgen(method, js_name = compressToEncodedURIComponent)]
    fn compress(this: &LzString, text: &str) -> String;

    /// `null` (or `""`) when the text does not unpack; may throw on some damaged input.
    #[wasm_bindgen(method, catch, js_name = decompressFromEncodedURIComponent)]
    fn decompress(this: &LzString, text: &str) -> Result<Option<String>, JsValue>;
}

/// lz-string, from what `load_lz()` settled with.
fn lz(loaded: Result<JsValue, JsValue>) -> Option<LzString> {
    loaded.ok().map(JsCast::unchecked_into)
}

/// Makes the fragment (`#/PART?v=1&a=…`) for `answers` on the page's `part` (`co-sell`; `""` for
/// the overview), with the evaluation date (`today` unless the answers name one) and both rule
/// sets written in; `contacts: false` leaves contact names, e-mail addresses and phone out
/// (`link::without_contact_details`). `done` gets it, or `None` when lz-string cannot be loaded.
pub fn make(answers: Answers, today: Date, part: &str, contacts: bool, done: Box<dyn FnOnce(Option<String>)>) {
    let pinned = link::pin(answers, today);
    let pinned = if contacts { pinned } else { link::without_contact_details(pinned) };
    let (json, part) = (saved::to_json(&pinned), part.to_owned());
    crate::when(
        &load_lz(),
        Box::new(move |loaded| done(lz(loaded).map(|lz| link::fragment_with(&lz.compress(&json), &part)))),
    );
}

/// What the page makes of a URL fragment.
#[derive(Debug, PartialEq)]
pub enum Opened {
    /// An ordinary fragment (`#/co-sell`): no answers in it.
    NotALink,
    /// A link the page read whole: its answers and part.
    Answers(Rc<Answers>, String),
    /// A link the page cannot read itself: the tools module says what is wrong with it.
    NeedsTools,
}

/// Reads the share link in `fragment` (with or without `#`); `done` gets what it holds (at once
/// for an ordinary fragment, once lz-string is loaded for a link).
pub fn open(fragment: &str, done: Box<dyn FnOnce(Opened)>) {
    let (part, payload) = match link::split(fragment) {
        Ok(None) => return done(Opened::NotALink),
        Ok(Some(split)) => (split.part, split.payload.to_owned()),
        Err(_) => return done(Opened::NeedsTools),
    };
    crate::when(
        &load_lz(),
        Box::new(move |loaded| {
            let json = lz(loaded).and_then(|lz| lz.decompress(&payload).ok().flatten()).filter(|json| !json.is_empty());
            done(match json.map(|json| saved::parse(&json)) {
                Some(Ok(answers)) => Opened::Answers(Rc::new(link::as_made(answers)), part),
                _ => Opened::NeedsTools,
            })
        }),
    );
}

/// The page's address without its fragment (what a share link starts with).
pub fn page_address() -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}
