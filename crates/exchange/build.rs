//! The build's identity for records and the page's footer: the date and short commit of the
//! source it is built from (`git log -1`, so two builds of one commit are identical), as
//! `ELIGIBILITY_BUILD` = `2026-12-05 a1b2c3d`, and with the version as `ELIGIBILITY_LABEL` =
//! `0.1.0 (2026-12-05 a1b2c3d)`. A build outside a git checkout (a source archive)
//! takes `ELIGIBILITY_BUILD` from its environment, or leaves it empty.

use std::{env, path::Path, process::Command};

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git").arg("-C").arg(dir).args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?.trim().to_owned();
    (out.status.success() && !text.is_empty()).then_some(text)
}

fn main() {
    println!("cargo:rerun-if-env-changed=ELIGIBILITY_BUILD");
    let dir = env::var("CARGO_MANIFEST_DIR").map(std::path::PathBuf::from).unwrap_or_default();
    let build = match env::var("ELIGIBILITY_BUILD") {
        Ok(given) => given,
        Err(_) => {
            // A commit or checkout rewrites the git directory's HEAD log.
            if let Some(git_dir) = git(&dir, &["rev-parse", "--absolute-git-dir"]) {
                println!("cargo:rerun-if-changed={git_dir}/HEAD");
                println!("cargo:rerun-if-changed={git_dir}/logs/HEAD");
            }
            git(&dir, &["log", "-1", "--format=%cs %h"]).unwrap_or_default()
        }
    };
    println!("cargo:rustc-env=ELIGIBILITY_BUILD={build}");
    let version = env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let label = if build.is_empty() { version } else { format!("{version} ({build})") };
    println!("cargo:rustc-env=ELIGIBILITY_LABEL={label}");
}
