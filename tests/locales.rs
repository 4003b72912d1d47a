//! Translations: every locale parses, every message is used by the code, and every
//! message the code asks for exists. Fails on a dead key or a missing one.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;

use lnb_studio::i18n::{Lang, Translator};

/// All Rust source under `src/`, concatenated.
fn source_text() -> String {
    fn walk(dir: &Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).expect("read src") {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push_str(&std::fs::read_to_string(&path).expect("read source"));
            }
        }
    }
    let mut out = String::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// Message ids the code asks for: the literal first argument of `t(`, `text(` and
/// `text_with(`.
fn requested_ids(source: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for call in [".t(\"", ".text(\"", ".text_with(\""] {
        for (at, _) in source.match_indices(call) {
            let rest = &source[at + call.len()..];
            if let Some(end) = rest.find('"') {
                ids.insert(rest[..end].to_owned());
            }
        }
    }
    ids
}

#[test]
fn every_locale_parses_without_errors() {
    for lang in Lang::ALL {
        assert_eq!(Translator::check(lang), vec![], "{lang:?}");
    }
}

#[test]
fn every_message_is_used_by_the_code() {
    let source = source_text();
    let dead: Vec<String> = Translator::ids(Lang::En)
        .into_iter()
        .filter(|id| !source.contains(&format!("\"{id}\"")))
        .collect();
    assert!(dead.is_empty(), "messages no code uses: {dead:?}");
}

#[test]
fn every_message_the_code_asks_for_exists_in_every_locale() {
    let requested = requested_ids(&source_text());
    assert!(
        requested.len() > 10,
        "the scan found the calls: {requested:?}"
    );
    for lang in Lang::ALL {
        let known: BTreeSet<String> = Translator::ids(lang).into_iter().collect();
        let missing: Vec<&String> = requested.difference(&known).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
    }
}
