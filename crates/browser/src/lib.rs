//! What the page (`eligibility-web`) and its tools module (`eligibility-tools`) share, without
//! Yew, so the tools module depends on this crate and never on the page:
//!
//! - `ui_text`: the page's own texts in English and Dutch;
//! - `summary`: each program's status in words, with tone and icon;
//! - `route`: the parts of the page and their place in the URL fragment;
//! - `countries`: country codes and their names from the browser;
//! - `options`: the engine's options as the browser gives them (today, lower case, names);
//! - `protocol`: the request the page sends the tools module, and the answers it sends back;
//! - [`source_link`], [`page_link`] and [`download`].
#![deny(missing_docs)]

pub mod countries;
pub mod options;
pub mod protocol;
pub mod route;
pub mod summary;
pub mod ui_text;

use eligibility_rules::{Check, Locale};

/// The public page of a check's source with the section anchor; the Dutch page for Dutch readers.
pub fn source_link(locale: Locale, check: &Check) -> String {
    format!("{}#{}", page_link(locale, &check.source.url), check.source.section)
}

/// A source page's address (`https://docs.microsoft.com/…`, which leads to today's page) in the
/// reader's language: the Dutch page for Dutch readers.
pub fn page_link(locale: Locale, url: &str) -> String {
    match locale {
        Locale::En => url.to_owned(),
        Locale::Nl => url.replacen("https://docs.microsoft.com/", "https://docs.microsoft.com/nl-nl/", 1),
    }
}

/// Offers `text` as a file download named `name` with the MIME type `mime` (a Blob URL; nothing
/// is sent anywhere). Does nothing where the browser offers no Blob URLs.
pub fn download(name: &str, text: &str, mime: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // The URL is kept until the page closes: revoking it at once can cancel the download.
}
