//! The crate's folders are layers, and a module's imports only point to its own
//! layer or lower ones: `model` (the document and what belongs to it) ← `input` (the
//! readers of outside input) ← `render` (text, layout, scene, painters, exporters) ←
//! `session` (the editor's operations) ← `web` (the browser glue) ← `ui` (Leptos).
//! Test modules may build their fixtures from any layer; the crate's roots (`lib.rs`,
//! `main.rs`, `untrusted.rs`, `bin/`) sit above them all.

use std::path::Path;

/// The layers, lowest first.
const LAYERS: [&str; 6] = ["model", "input", "render", "session", "web", "ui"];

fn rank(layer: &str) -> Option<usize> {
    LAYERS.iter().position(|l| *l == layer)
}

/// The module's own code: everything before its `#[cfg(test)]` module.
fn without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]\nmod tests")
        .map_or(text, |at| &text[..at])
}

/// Each `crate::<layer>` this file's code names above its own `layer`.
fn violations(layer: &str, text: &str) -> Vec<String> {
    let Some(own) = rank(layer) else {
        return Vec::new();
    };
    let code = without_tests(text);
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        // `lnb_studio::crate::` cannot occur; `$crate::` is a macro's own crate.
        if at > 0 && code[..at].ends_with('$') {
            continue;
        }
        match rank(&name) {
            Some(target) if target > own => {
                let line = code[..at].lines().count();
                found.push(format!("line {line}: {layer} names crate::{name}"));
            }
            None if !name.is_empty() => {
                let line = code[..at].lines().count();
                found.push(format!("line {line}: crate::{name} is in no layer"));
            }
            _ => {}
        }
    }
    found
}

fn rust_files(dir: &Path, into: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push(path);
        }
    }
}

#[test]
fn every_import_points_to_its_own_layer_or_lower() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut problems = Vec::new();
    let mut layered = 0;
    for file in &files {
        let relative = file.strip_prefix(&src).expect("under src");
        let mut parts = relative.components();
        let first = parts
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .unwrap_or("");
        if parts.next().is_none() {
            // A file at the top: the crate's roots.
            continue;
        }
        if first == "bin" {
            continue;
        }
        assert!(
            rank(first).is_some(),
            "{first}/ is not a layer: add it to LAYERS"
        );
        layered += 1;
        let text = std::fs::read_to_string(file).expect("readable");
        for problem in violations(first, &text) {
            problems.push(format!("{}: {problem}", relative.display()));
        }
    }
    assert!(layered > 50, "only {layered} files were checked");
    assert!(
        problems.is_empty(),
        "imports pointing up:\n{}",
        problems.join("\n")
    );
}

#[test]
fn an_import_pointing_up_is_found_and_tests_may_use_any_layer() {
    let code = "use crate::model::goal::Goal;\nuse crate::render::scene::Rgb;\n\n#[cfg(test)]\nmod tests {\n    use crate::ui::Studio;\n}\n";
    assert_eq!(
        violations("model", code),
        vec!["line 2: model names crate::render"]
    );
    assert!(violations("render", code).is_empty());
    assert_eq!(
        violations("input", "fn f() { crate::elsewhere::g() }"),
        vec!["line 1: crate::elsewhere is in no layer"]
    );
}
