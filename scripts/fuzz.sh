#!/usr/bin/env bash
# The decoders fuzzed at scale on stable Rust (no nightly toolchain, so no cargo-fuzz): stored
# answers, share links, decision records and batch files (CSV, JSON arrays), each fed INPUTS
# generated inputs (valid documents, damaged or changed and re-encoded) by
# crates/exchange/tests/fuzz.rs, which checks that each gives a value or an error, never a panic,
# a hang or a value that reads back differently; then the property tests of
# crates/exchange/tests/decoders.rs with CASES cases each. Prints the counts per decoder. Not part
# of CI, which runs the same tests with 2,000 inputs and 256 cases.
#
#   scripts/fuzz.sh [INPUTS [CASES]]     default 1000000 inputs per decoder, 20000 cases
# A proptest failure is shrunk, printed and saved under crates/exchange/proptest-regressions/
# so `cargo test` replays it; a fuzz failure names its input (the generator is seeded, so a
# run repeats exactly).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
inputs="${1:-1000000}"
cases="${2:-20000}"
echo "fuzz: $inputs inputs per decoder, 4 decoders; then $cases cases per property"
start=$(date +%s)
FUZZ_INPUTS="$inputs" cargo test --release --locked -q -p eligibility-exchange --test fuzz -- --nocapture --test-threads 2 2>&1 \
  | grep -oE 'fuzz: .*|test result.*|panicked.*|assert.*'
PROPTEST_CASES="$cases" cargo test --release --locked -q -p eligibility-exchange --test decoders -- \
  damaged_documents_never_panic csv_cells_of_any_text
echo "fuzz: $((4 * inputs)) generated inputs and $((2 * cases)) property cases in $(( $(date +%s) - start )) s"
