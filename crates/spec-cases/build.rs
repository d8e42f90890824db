//! Embeds every case file of `../shared/spec/cases/` (next to the repository) at build time,
//! so the same cases run natively, through the CLI and inside WebAssembly.
//! `SPEC_CASES_DIR` overrides the folder.
//!
//! The siblings `cases-proposed/` and `cases-2023/` hold the cases of RULES.md changes not yet
//! moved into `cases/` (their READMEs): every folder is read, so they run at every entry point; a
//! file name found in more than one is taken once, from `cases/`.

// A build script stops the build with a message saying what is wrong: it may expect and panic.
#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)]

use std::{env, fs, path::PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir =
        env::var_os("SPEC_CASES_DIR").map(PathBuf::from).unwrap_or_else(|| manifest.join("../../../shared/spec/cases"));
    println!("cargo:rerun-if-env-changed=SPEC_CASES_DIR");
    println!("cargo:rerun-if-changed={}", dir.display());
    let dir = dir
        .canonicalize()
        .unwrap_or_else(|e| panic!("shared spec cases not found at {} ({e}); set SPEC_CASES_DIR", dir.display()));
    let proposed = dir.with_file_name("cases-proposed");
    println!("cargo:rerun-if-changed={}", proposed.display());
    let newest = dir.with_file_name("cases-2023");
    println!("cargo:rerun-if-changed={}", newest.display());
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for folder in [&dir, &proposed, &newest] {
        let Ok(entries) = fs::read_dir(folder) else { continue };
        for name in entries.filter_map(|entry| entry.ok()?.file_name().into_string().ok()) {
            if name.ends_with(".json") && !files.iter().any(|(n, _)| *n == name) {
                files.push((name.clone(), folder.join(&name)));
            }
        }
    }
    files.sort();
    assert!(!files.is_empty(), "no case files in {}", dir.display());
    let mut code = String::from(
        "/// `(file name, JSON text)` of every shared case, sorted by name.\npub static CASES: &[(&str, &str)] = &[\n",
    );
    for (name, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        code.push_str(&format!("    ({name:?}, include_str!({:?})),\n", path.display().to_string()));
    }
    code.push_str("];\n");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("cases.rs");
    fs::write(out, code).expect("write cases.rs");
}
