//! Embeds every case file of `../shared/spec/cases/` (next to the repository) at build time,
//! so the same cases run natively, through the CLI and inside WebAssembly.
//! `SPEC_CASES_DIR` overrides the folder.

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
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("read the cases folder")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".json"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no case files in {}", dir.display());
    let mut code = String::from(
        "/// `(file name, JSON text)` of every shared case, sorted by name.\npub static CASES: &[(&str, &str)] = &[\n",
    );
    for name in &names {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        code.push_str(&format!("    ({name:?}, include_str!({:?})),\n", path.display().to_string()));
    }
    code.push_str("];\n");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("cases.rs");
    fs::write(out, code).expect("write cases.rs");
}
