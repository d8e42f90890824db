//! Writes the page's static parts (both languages) to standard output as one JSON object,
//! `{"header": …, "app": …, "footer": …}` (HTML strings), for `scripts/post-build.mjs`, which puts
//! each into the empty element of index.html with that id (`#site-header`, `#app`,
//! `#site-footer`).

fn main() {
    match serde_json::to_string(&eligibility_first_screen::render()) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("first-screen: {e}");
            std::process::exit(1);
        }
    }
}
