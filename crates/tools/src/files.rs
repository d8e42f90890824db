//! Reading a chosen or dropped file (gloo-file's `FileReader`). Nothing leaves the browser;
//! downloads go through the page's own helper, `eligibility_browser::download`.

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
