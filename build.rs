//! Asks the linker to keep relocations where the main module is split, and compiles
//! the locale files in without their comments: the comments are for
//! translators (`tests/locales.rs` requires one on every English message), and would
//! otherwise add about 4 KB gzip to every first load.

use std::path::Path;

fn main() {
    // wasm-split reads the call graph from the linker's relocations: the split main
    // module keeps them (and only it: the export and shaper modules are not split).
    if std::env::var_os("CARGO_FEATURE_SPLIT").is_some()
        && std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32")
    {
        println!("cargo:rustc-link-arg-bin=lnb-studio=--emit-relocs");
    }
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let locales = Path::new("locales");
    println!("cargo:rerun-if-changed=locales");
    for entry in std::fs::read_dir(locales).expect("locales/") {
        let dir = entry.expect("a locale folder").path();
        if !dir.is_dir() {
            continue;
        }
        let code = dir
            .file_name()
            .and_then(|n| n.to_str())
            .expect("a folder name")
            .to_owned();
        for file in ["ui.ftl", "graphic.ftl"] {
            let path = dir.join(file);
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path).expect("a locale file");
            // Comment lines start with "#" at the line's start; message text never does
            // (continuation lines are indented).
            let kept: String = text
                .lines()
                .filter(|line| !line.starts_with('#'))
                .map(|line| format!("{line}\n"))
                .collect();
            std::fs::write(Path::new(&out).join(format!("{code}-{file}")), kept).expect("OUT_DIR");
        }
    }
}
