//! The architecture the README promises, checked on the source: no code outside the
//! chart registry matches on or compares a chart kind, no chart reaches into the
//! template, and the chart and template code take their type sizes and spacing from
//! the design table (`src/render/layout/design.rs`) rather than from literals, and
//! every interface message the page formats before its panels arrive is compiled into
//! the first load (build.rs's `FIRST_WORDS`).
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A file's lines before its test module, with their numbers.
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    let text = std::fs::read_to_string(path).expect("readable source");
    text.lines()
        .take_while(|line| !line.starts_with("#[cfg(test)]"))
        .enumerate()
        .map(|(i, line)| (i + 1, line.to_owned()))
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
        .collect()
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn only_the_registry_tells_chart_kinds_apart() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let charts = src().join("render/charts");
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !f.starts_with(&charts)) {
        for (n, line) in code_lines(file) {
            let tells_apart = ["==", "!=", "=>", "matches!"]
                .iter()
                .any(|op| line.contains(op));
            // A variant (`ChartKind::Bars`), not an associated item (`ALL`, `from_slug`).
            let names_a_kind = line.match_indices("ChartKind::").any(|(at, _)| {
                let rest = &line[at + "ChartKind::".len()..];
                rest.starts_with(|c: char| c.is_ascii_uppercase()) && !rest.starts_with("ALL")
            });
            if names_a_kind && tells_apart {
                found.push(format!("{}:{n}: {}", file.display(), line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "chart kinds told apart outside src/render/charts: {found:#?}"
    );
}

#[test]
fn charts_do_not_reach_into_the_template_and_take_sizes_from_the_design_table() {
    let mut files = Vec::new();
    rust_files(&src().join("render/charts"), &mut files);
    files.push(src().join("render/layout/template.rs"));
    let mut found = Vec::new();
    for file in &files {
        for (n, line) in code_lines(file) {
            let template =
                file.starts_with(src().join("render/charts")) && line.contains("template");
            // A literal multiplying a base unit or a pixel size is a size or a spacing
            // that belongs in the design table.
            let literal = (0..10).any(|d| line.contains(&format!("ctx.px({d}")))
                || line.contains(".0 * u")
                || line.contains("* ctx.u");
            if template || literal {
                found.push(format!("{}:{n}: {}", file.display(), line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn every_dropped_result_says_why_dropping_it_is_safe() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable source");
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if !line.contains("let _ =") {
                continue;
            }
            let explained = line.contains("//")
                || lines[i.saturating_sub(3)..i]
                    .iter()
                    .any(|l| l.trim_start().starts_with("//"));
            if !explained {
                found.push(format!("{}:{}: {}", file.display(), i + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "results dropped without a comment saying why that is safe: {found:#?}"
    );
}

/// The editor's panels (drawn only once the split module that holds them arrives):
/// the files of `src/ui` other than the page, the preview and the studio's state.
/// `choices.rs` is one of them but for its language menu, which the masthead draws
/// and which names each language by `Lang::name_id` (those names are first words).
const PAGE_FILES: [&str; 3] = ["ui/app.rs", "ui/preview.rs", "ui/mod.rs"];

#[test]
fn every_message_the_first_paint_formats_is_among_the_first_words() {
    use lnb_studio::model::i18n::{Lang, FIRST_WORDS};
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let ui = src().join("ui");
    let graphic = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en/graphic.ftl"),
    )
    .expect("graphic.ftl");
    let mut formatted = 0;
    let mut missing = Vec::new();
    for file in files
        .iter()
        .filter(|f| !f.starts_with(&ui) || PAGE_FILES.iter().any(|p| f.ends_with(p)))
    {
        for (n, line) in code_lines(file) {
            for call in [".t(\"", ".text(\"", ".t_with(\"", ".text_with(\""] {
                for (at, _) in line.match_indices(call) {
                    let rest = &line[at + call.len()..];
                    let Some(id) = rest.split('"').next() else {
                        continue;
                    };
                    formatted += 1;
                    let in_graphic = graphic.lines().any(|l| l.starts_with(&format!("{id} =")));
                    if !in_graphic && !FIRST_WORDS.contains(&id) {
                        missing.push(format!("{}:{n}: {id}", file.display()));
                    }
                }
            }
        }
    }
    assert!(formatted > 10, "only {formatted} formatted messages found");
    assert!(
        missing.is_empty(),
        "formatted before the panels arrive, not in build.rs's FIRST_WORDS: {missing:#?}"
    );
    for lang in Lang::ALL {
        assert!(FIRST_WORDS.contains(&lang.name_id()), "{lang:?}'s name");
    }
}
