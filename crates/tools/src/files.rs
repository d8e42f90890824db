//! Reading a chosen or dropped file, and offering text as a download (gloo-file: Blob, object
//! URL and FileReader). Nothing leaves the browser.

use wasm_bindgen::JsCast;

/// The first file of a file input's `change` event or of a drop.
pub fn first_file(files: Option<web_sys::FileList>) -> Option<gloo_file::File> {
    files?.get(0).map(gloo_file::File::from)
}

/// The files of an `<input type=file>` change event.
pub fn from_input(event: &web_sys::Event) -> Option<gloo_file::File> {
    let input = event.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    first_file(input.files())
}

/// The file's text; `Err` with the browser's reason.
pub async fn text(file: &gloo_file::File) -> Result<String, String> {
    gloo_file::futures::read_as_text(file).await.map_err(|e| e.to_string())
}

/// Offers `text` as a download named `name`.
pub fn download(name: &str, text: &str, mime: &str) {
    let blob = gloo_file::Blob::new_with_options(text, Some(mime));
    let url = gloo_file::ObjectUrl::from(blob);
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // Revoked when the page closes: revoking at once can cancel the download.
    std::mem::forget(url);
}
