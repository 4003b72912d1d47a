//! Asks the linker to keep relocations where the main module is split, and compiles
//! the locale files in without their comments: the comments are for
//! translators (`tests/locales.rs` requires one on every English message), and would
//! otherwise add about 4 KB gzip to every first load. English `ui.ftl` is also
//! written in two parts: the words the page shows before its panels arrive
//! ([`FIRST_WORDS`]), compiled into the first load, and the rest, which the split
//! build's panels bring with them (`Lang::sources`, `ui::on_demand`).

use std::path::Path;

/// The English interface messages the main module formats: the masthead and the page
/// title, the language menu (with every language's name, `language-<code>`, added for
/// each folder of `locales/`), the preview, the crash screen, the names the session
/// gives designs and the figures in human terms it works out. Every other message of
/// `locales/en/ui.ftl` is formatted only by the editor's panels. `tests/architecture.rs`
/// holds that every message id the code outside the panels formats is here.
const FIRST_WORDS: &[&str] = &[
    "page-title",
    "app-title",
    "app-tagline",
    "ui-language-label",
    "preview-label",
    "loading-fonts",
    "fonts-failed",
    "example-badge",
    "crash-title",
    "crash-text",
    "crash-reload",
    "debug-panic",
    "untitled-design",
    "copy-suffix",
    "shared-design",
    // Worked out by the session (src/model/human.rs), so held here too, though only
    // the human-terms panel shows them.
    "human-millions",
    "human-billions",
    "human-arith-one-in",
    "human-arith-share",
    "human-arith-share-world",
    "human-arith-share-one-in",
    "human-arith-per-day",
    "human-arith-per-hour",
];

/// `ftl` (comments removed) in two parts: the messages `first` names, and the rest.
/// Panics (failing the build) when `first` names a message `ftl` does not hold.
fn split_messages(ftl: &str, first: &[String]) -> (String, String) {
    let (mut kept, mut later) = (String::new(), String::new());
    let mut into_first = true;
    let mut found = Vec::new();
    for line in ftl.lines() {
        // A message starts at the line's start; its other lines are indented.
        if let Some((id, _)) = line.split_once(" =").filter(|_| !line.starts_with(' ')) {
            into_first = first.iter().any(|f| f == id);
            if into_first {
                found.push(id.to_owned());
            }
        }
        let part = if into_first { &mut kept } else { &mut later };
        part.push_str(line);
        part.push('\n');
    }
    for id in first {
        assert!(
            found.iter().any(|f| f == id),
            "build.rs: FIRST_WORDS names {id}, which locales/en/ui.ftl does not hold"
        );
    }
    (kept, later)
}

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
    let mut codes: Vec<String> = std::fs::read_dir(locales)
        .expect("locales/")
        .map(|entry| entry.expect("a locale folder").path())
        .filter(|dir| dir.is_dir())
        .map(|dir| {
            let name = dir.file_name().and_then(|n| n.to_str());
            name.expect("a folder name").to_owned()
        })
        .collect();
    codes.sort();
    let first: Vec<String> = FIRST_WORDS
        .iter()
        .map(|id| (*id).to_owned())
        .chain(codes.iter().map(|code| format!("language-{code}")))
        .collect();
    for code in &codes {
        for file in ["ui.ftl", "graphic.ftl"] {
            let path = locales.join(code).join(file);
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path).expect("a locale file");
            // Comment lines start with "#" at the line's start; message text never does
            // (continuation lines are indented).
            let kept: String = text
                .lines()
                .filter(|line| !line.starts_with('#'))
                .map(|line| format!("{line}\n"))
                .collect();
            if code == "en" && file == "ui.ftl" {
                let (first, later) = split_messages(&kept, &first);
                std::fs::write(Path::new(&out).join("en-ui-first.ftl"), first).expect("OUT_DIR");
                std::fs::write(Path::new(&out).join("en-ui-later.ftl"), later).expect("OUT_DIR");
            }
            std::fs::write(Path::new(&out).join(format!("{code}-{file}")), kept).expect("OUT_DIR");
        }
    }
    let list: String = first.iter().map(|id| format!("    {id:?},\n")).collect();
    std::fs::write(
        Path::new(&out).join("first_words.rs"),
        format!("/// The English messages compiled into the first load (build.rs).\npub const FIRST_WORDS: &[&str] = &[\n{list}];\n"),
    )
    .expect("OUT_DIR");
}
