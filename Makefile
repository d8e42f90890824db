# The two commands of the README: `make run` serves the page, `make test` runs every test layer.
# Both install what is missing first (scripts/setup.sh).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export CHROMEDRIVER := /usr/bin/chromedriver

.PHONY: run preview check test bench setup setup-check setup-test build test-scripts test-native test-wasm test-e2e lint

# Every `node --test` layer has a time limit per test (and per hook), generous for a busy 2-core
# machine: a test that would wait forever fails instead of holding the run.
SCRIPTS_TEST_TIMEOUT_MS := 120000
E2E_TEST_TIMEOUT_MS := 300000

## Serve the page on http://127.0.0.1:8080 (rebuilds on change).
run: setup
	trunk serve

## The release build served as a production host serves it (brotli/gzip, the build's `_headers`
## applied, under a sub-path) on http://127.0.0.1:8082/checker/; see docs/publishing.md.
preview: setup build
	node scripts/preview.mjs

## The quick layer while working on a change: format, clippy, the native tests and the build
## steps' unit tests; no browser, no release build. `make test` is what CI runs.
check: setup-check lint test-scripts test-native

## Every test layer: lint, native (engine, CLI, cases), wasm in headless Chromium, end to end.
test: setup-test lint test-scripts test-native test-wasm build test-e2e

## Benchmark against the reference pages in bench/ (not part of `make test`); see BENCHMARKS.md.
## The static reference (bench/static/index.html) is made anew from the current page each time.
bench: setup-test build
	cd bench/hello && cargo fetch --locked -q && trunk build --release
	node bench/make-static.mjs
	cargo bench --locked -p eligibility-rules --bench evaluate
	node bench/run.mjs
	node bench/tools.mjs
	node bench/slow4g.mjs
	cargo build --release --locked -p eligibility-cli
	node bench/batch.mjs

setup:
	@scripts/setup.sh

setup-check:
	@scripts/setup.sh --check

setup-test:
	@scripts/setup.sh --test

## The release page in dist/, with relative URLs so the same build works at any path of a host
## (`trunk serve` keeps `/`).
build: setup
	trunk build --release --public-url ./

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown -p eligibility-web -p eligibility-tools -p eligibility-browser --all-targets -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown -p eligibility-rules --lib -- -D warnings

## The build steps (scripts/build/) on small fixtures, and the service worker's source.
test-scripts:
	node --check www/sw.js
	node --check www/boot.js
	node --check www/lang.js
	node --check www/extras.js
	node --test --test-timeout=$(SCRIPTS_TEST_TIMEOUT_MS) scripts/
	action-validator .github/workflows/pages.yml

test-native:
	cargo test --workspace --locked

test-wasm:
	cargo test --locked --target wasm32-unknown-unknown -p eligibility-web --test wasm_cases
	cargo test --locked --target wasm32-unknown-unknown -p eligibility-tools --test wasm_api

test-e2e:
	node --test --test-concurrency=1 --test-timeout=$(E2E_TEST_TIMEOUT_MS) e2e/
