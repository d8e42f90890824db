#!/usr/bin/env bash
# Bounded fuzz run of the issue-8 decoders (share links, records, stored answers, batch CSV/JSON)
# on stable Rust: the property tests of crates/exchange/tests/decoders.rs with many more cases
# than `cargo test` runs (no nightly toolchain, so no cargo-fuzz here). Not part of CI.
#
#   scripts/fuzz.sh [CASES]      default 20000 cases per property (3 properties)
# A failing input is shrunk and printed by proptest, and saved under
# crates/exchange/proptest-regressions/ so `cargo test` replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cases="${1:-20000}"
echo "fuzz: $cases cases per property, 3 properties"
start=$(date +%s)
PROPTEST_CASES="$cases" cargo test --release --locked -q -p eligibility-exchange --test decoders -- \
  damaged_documents_never_panic random_text_never_panics csv_cells_of_any_text
echo "fuzz: $((3 * cases)) inputs in $(( $(date +%s) - start )) s, no panic"
