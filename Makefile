# LNB Studio. The two commands a fresh machine needs:
#   make serve   builds the release and serves it on http://127.0.0.1:8080/
#   make test    runs every test (what CI runs)
# Both install what is missing first (tools/setup.sh), skipping what is there.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT ?= 300

# The release wasm modules are built by a pinned nightly with the standard library
# rebuilt to abort at once on a panic (`-Cpanic=immediate-abort`): no panic messages,
# locations or formatting in the modules, 40 KB gzip off the first load. A panic still
# stops the module and shows the crash screen (index.html). Native builds, tests, lints
# and wasm-bindgen-test use the stable toolchain; tools/setup.sh installs this one.
WASM_NIGHTLY := nightly-2026-05-20
RELEASE_WASM := RUSTUP_TOOLCHAIN=$(WASM_NIGHTLY) CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" CARGO_TARGET_DIR=target/release-wasm

.PHONY: bench fuzz serve test setup-build setup-test lint test-native test-wasm build size-gate e2e engines gallery screenshots fonts clean

# Serves the release build as users get it (service worker and CSP included). Trunk's
# own dev server rewrites its live-reload script after the CSP hash is taken, so it is
# not used here.
serve: setup-build build
	node tools/serve.mjs

test: setup-test lint test-native test-wasm build size-gate e2e engines
	@echo "make test: every check passed"

setup-build:
	tools/setup.sh build

setup-test:
	tools/setup.sh test

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --target wasm32-unknown-unknown --all-targets -- -D warnings

test-native:
	cargo test --workspace

# The browser unit tests in Chromium, then in Firefox (the runner picks the browser
# whose driver it is given).
test-wasm:
	cargo test --target wasm32-unknown-unknown --test web
	env -u CHROMEDRIVER GECKODRIVER="$$(command -v geckodriver)" cargo test --target wasm32-unknown-unknown --test web

build:
	$(RELEASE_WASM) trunk build --release --offline

# The first load may not be over the budget in bench/budget.json.
size-gate:
	node tools/size-gate.mjs

e2e:
	node --test tests/tools/ tests/e2e/

# The campaigner's journeys in Chromium, Firefox ESR and WebKitGTK over WebDriver.
engines:
	GECKODRIVER="$$(command -v geckodriver)" node --test tests/engines/

# Every Goal's example rendered natively to gallery/, to look at.
gallery:
	cargo run --release --bin gallery -- gallery

# README screenshots from the built app (run `make build` first).
screenshots:
	node tools/screenshot.mjs

# Regenerates public/fonts from @fontsource (needs: pip install fonttools brotli).
fonts: setup-build
	python3 tools/make_fonts.py

clean:
	cargo clean
	rm -rf dist gallery

# Fuzzes every reader of untrusted input (src/untrusted.rs) for FUZZ_SECONDS each,
# starting from fuzz/corpus/; a crash is saved in fuzz/artifacts/ and stops the run.
# New interesting inputs go to target/fuzz-corpus/ (copy one into fuzz/corpus/ to
# keep it: `make test` replays both folders). Not part of `make test`: it needs nightly.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = number table places share_link saved_draft preset logo document boundaries
fuzz:
	tools/setup.sh fuzz
	for t in $(FUZZ_TARGETS); do \
	  mkdir -p target/fuzz-corpus/$$t && \
	  cargo +nightly fuzz run --fuzz-dir fuzz $$t target/fuzz-corpus/$$t fuzz/corpus/$$t -- -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 || exit 1; \
	done
	@echo "make fuzz: $(FUZZ_TARGETS) ran $(FUZZ_SECONDS) s each with no crash"

# Measures the release build in headless Chromium (sizes, cold start, input → repaint,
# exports, memory, and the same chart by Chart.js and Vega-Lite); writes
# bench/results.json and bench/RESULTS.md. BENCH_RUNS sets the runs (15).
bench: setup-test build
	node bench/run.mjs
