#!/usr/bin/env bash
# Installs what LNB Studio needs to build, serve and test, and skips whatever is
# already there at the right version, so it is cheap to run before every command.
#
#   tools/setup.sh build   # Rust wasm target, trunk, wasm-bindgen-cli, wasm-split-cli, npm tools (wasm-opt)
#   tools/setup.sh test    # the above, plus Debian chromium + chromium-driver, firefox-esr,
#                          # webkit2gtk-driver and xvfb, and geckodriver (crates.io)
#   tools/setup.sh fuzz    # a nightly toolchain and cargo-fuzz (for `make fuzz` only)
#
# Versions come from the project's own files: Trunk.toml pins trunk, Cargo.lock the
# wasm-bindgen crate (whose CLI must match it exactly), package-lock.json the npm tools.
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-test}
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Fuzzing needs libFuzzer's sanitizer coverage, which only nightly Rust builds.
if [ "$want" = fuzz ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
  rustup toolchain list | grep -q '^nightly' || { say "installing nightly Rust"; rustup toolchain install nightly --profile minimal; }
  command -v cargo-fuzz >/dev/null || { say "installing cargo-fuzz"; cargo install cargo-fuzz --locked; }
  say "ready (fuzz)"
  exit 0
fi

trunk_version=$(sed -n 's/^trunk-version = "=\(.*\)"/\1/p' Trunk.toml)
bindgen_version=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"/\1/p;}' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

# Rust: the wasm target and the lint tools.
installed_targets=$(rustup target list --installed)
grep -qx wasm32-unknown-unknown <<<"$installed_targets" || { say "adding the wasm32 target"; rustup target add wasm32-unknown-unknown; }
for component in clippy rustfmt; do
  rustup component list --installed | grep -q "^$component" || { say "adding $component"; rustup component add "$component"; }
done
# The pinned nightly that builds the release wasm (the Makefile's WASM_NIGHTLY), with
# the standard library's source to rebuild it and the wasm32 target.
wasm_nightly=$(sed -n 's/^WASM_NIGHTLY := //p' Makefile)
if ! rustup +"$wasm_nightly" component list --installed 2>/dev/null | grep -q '^rust-src'; then
  say "installing $wasm_nightly (release wasm builds)"
  rustup toolchain install "$wasm_nightly" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi
# The release build runs offline (Trunk.toml), and rebuilding std needs the standard
# library's own dependencies in cargo's cache: fetched here (quick once they are).
sysroot=$(rustc +"$wasm_nightly" --print sysroot)
RUSTUP_TOOLCHAIN="$wasm_nightly" cargo fetch -q --manifest-path "$sysroot/lib/rustlib/src/rust/library/Cargo.toml"

# Trunk at the version Trunk.toml requires (0.22 needs a newer rustc than ours).
if [ "$(trunk --version 2>/dev/null)" != "trunk $trunk_version" ]; then
  say "installing trunk $trunk_version"
  cargo install trunk --version "$trunk_version" --locked
fi

# wasm-bindgen-cli equal to the crate in Cargo.lock (it also brings the test runner).
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# wasm-split-cli, which splits the main module (tools/split-wasm.mjs); it must read
# the markers of the wasm_split_helpers crate in Cargo.lock (0.2.x).
wasm_split_version=0.2.4
if ! cargo install --list | grep -qx "wasm_split_cli_support v$wasm_split_version:"; then
  say "installing wasm-split-cli $wasm_split_version"
  cargo install wasm_split_cli_support --version "$wasm_split_version" --features build-binary --locked
fi

# Node.js tools (binaryen's wasm-opt, playwright-core, fonts): exactly package-lock.json.
command -v npm >/dev/null || { say "installing Node.js"; as_root apt-get update -q; as_root apt-get install -y -q nodejs npm; }
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.lnb-lock-sum 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > node_modules/.lnb-lock-sum
fi

# For the tests: Debian's Chromium and its driver (no browser downloads), and the
# tools that check exported files without our code: librsvg's rsvg-convert renders
# SVG, poppler's pdfinfo/pdftoppm read PDF, pngcheck reads PNG chunks, unzip opens packs.
TEST_PACKAGES="chromium chromium-driver librsvg2-bin poppler-utils pngcheck unzip"
# The other engines a campaigner's browser is built on: Firefox ESR (driven by
# geckodriver, from crates.io) and WebKitGTK (WebKitWebDriver and MiniBrowser, on a
# virtual display). With their recommended packages, as they were tried here.
ENGINE_PACKAGES="firefox-esr webkit2gtk-driver xvfb xauth"
if [ "$want" = test ]; then
  # shellcheck disable=SC2086
  if ! dpkg -s $TEST_PACKAGES >/dev/null 2>&1; then
    say "installing $TEST_PACKAGES"
    as_root apt-get update -q
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $TEST_PACKAGES
  fi
  # shellcheck disable=SC2086
  if ! dpkg -s $ENGINE_PACKAGES >/dev/null 2>&1; then
    say "installing $ENGINE_PACKAGES"
    as_root apt-get update -q
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $ENGINE_PACKAGES
  fi
  command -v geckodriver >/dev/null || { say "installing geckodriver 0.37.1"; cargo install geckodriver --version 0.37.1 --locked; }
fi
say "ready ($want)"
