//! Translations: every locale parses, every message is used by the code, and every
//! message the code asks for exists. Fails on a dead key or a missing one.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use lnb_studio::model::i18n::{Lang, Translator};

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

/// Each message of a locale's files with the `$variables` its text refers to.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for &(_, text) in lang.sources() {
        let mut current: Option<String> = None;
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if !line.starts_with(' ') {
                if let Some((id, _)) = line.split_once(" = ") {
                    current = Some(id.to_owned());
                    out.insert(id.to_owned(), BTreeSet::new());
                }
            }
            if let Some(id) = &current {
                let vars = out.get_mut(id).expect("message inserted");
                for (at, _) in line.match_indices('$') {
                    let name: String = line[at + 1..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    vars.insert(name);
                }
            }
        }
    }
    out
}

#[test]
fn every_locale_has_exactly_the_english_messages() {
    let english: BTreeSet<String> = Translator::ids(Lang::En).into_iter().collect();
    for lang in Lang::ALL {
        let ids: BTreeSet<String> = Translator::ids(lang).into_iter().collect();
        let missing: Vec<&String> = english.difference(&ids).collect();
        let extra: Vec<&String> = ids.difference(&english).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang:?} has messages English lacks: {extra:?}"
        );
    }
}

#[test]
fn translations_refer_only_to_variables_the_code_gives() {
    let english = messages(Lang::En);
    assert!(
        english["import-read"].contains("count"),
        "the scan finds variables"
    );
    for lang in Lang::ALL {
        for (id, vars) in messages(lang) {
            let known = english.get(&id).cloned().unwrap_or_default();
            let unknown: Vec<&String> = vars.difference(&known).collect();
            assert!(unknown.is_empty(), "{lang:?} {id} uses {unknown:?}");
        }
    }
}

/// Messages that read the same in every language: names, brands and numbers.
const SAME_EVERYWHERE: &[&str] = &[
    "app-title",
    "language-en",
    "language-es",
    "language-fr",
    "language-sw",
    "language-pt",
    "language-ar",
    "audience-place",
    // Punctuation templates, the same in most languages.
    "alt-value",
    "list-separator",
    "post-place",
    "map-place-value",
    "format-x-landscape",
    "format-link-share",
    "example-1-year",
    "example-2-year",
    "example-3-year",
    "example-4-year",
    "example-5-year",
    "example-6-year",
    "example-7-year",
    "example-8-year",
    "example-9-year",
    "example-10-year",
    "example-11-year",
    "example-12-year",
    "example-13-year",
    "example-14-year",
    "example-15-year",
    "example-16-year",
    "example-17-year",
];

/// Words a language shares with English.
const SAME_IN: &[(Lang, &str)] = &[
    (Lang::Es, "group-rural"),
    (Lang::Es, "scope-regional"),
    (Lang::Pt, "group-rural"),
    (Lang::Pt, "scope-regional"),
    (Lang::Fr, "group-rural"),
    (Lang::Fr, "source-label"),
    (Lang::Fr, "scope-international"),
    (Lang::Fr, "scope-national"),
    (Lang::Fr, "format-label"),
    (Lang::Fr, "format-x-compact"),
    (Lang::Fr, "format-instagram-portrait"),
    (Lang::Fr, "format-story"),
    (Lang::Fr, "gap-points"),
    // "million, millions" and "1 million" are the same in French.
    (Lang::Fr, "scale-million"),
    (Lang::Fr, "example-15-figure"),
    // Figures written the same way: a percentage, a number with grouping.
    (Lang::Sw, "example-14-figure"),
    (Lang::Sw, "example-16-figure"),
    (Lang::Sw, "example-17-figure"),
    (Lang::Ar, "example-14-figure"),
    (Lang::Ar, "example-16-figure"),
    (Lang::Ar, "example-17-figure"),
    // Reports published in English only, named as published.
    (Lang::Sw, "example-9-source"),
    (Lang::Sw, "example-10-source"),
    (Lang::Sw, "example-12-source"),
    (Lang::Sw, "example-13-source"),
    (Lang::Sw, "example-14-source"),
    (Lang::Sw, "example-15-source"),
    (Lang::Sw, "example-16-source"),
    (Lang::Sw, "example-17-source"),
];

#[test]
fn nothing_is_left_in_english() {
    let english = Translator::new(Lang::En);
    let mut left = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let tr = Translator::new(lang);
        left.extend(
            Translator::ids(Lang::En)
                .into_iter()
                .filter(|id| !SAME_EVERYWHERE.contains(&id.as_str()))
                .filter(|id| !SAME_IN.contains(&(lang, id.as_str())))
                .filter(|id| tr.text(id) == english.text(id))
                .map(|id| (lang, id)),
        );
    }
    assert!(left.is_empty(), "still in English: {left:?}");
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

/// Every failure a user can meet says what happened, in every language: each error's
/// message id (`lnb_studio::session::every_message_id`) exists everywhere.
#[test]
fn every_errors_message_exists_in_every_locale() {
    let ids = lnb_studio::session::every_message_id();
    assert!(ids.contains(&"exporter-unavailable") && ids.contains(&"canvas-failed"));
    for lang in Lang::ALL {
        let known: BTreeSet<String> = Translator::ids(lang).into_iter().collect();
        let missing: Vec<&&str> = ids.iter().filter(|id| !known.contains(**id)).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
    }
}

/// The translation platform's configuration, which the build also reads, lists exactly
/// the languages the app speaks besides English (its reference).
#[test]
fn l10n_toml_lists_the_languages_of_the_app() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = std::fs::read_to_string(root.join("l10n.toml")).expect("l10n.toml");
    let line = config
        .lines()
        .find(|l| l.trim_start().starts_with("locales"))
        .expect("a locales line");
    let listed: BTreeSet<String> = line
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect();
    let spoken: BTreeSet<String> = Lang::ALL
        .into_iter()
        .filter(|l| *l != Lang::En)
        .map(|l| l.code().to_owned())
        .collect();
    assert_eq!(listed, spoken);
    for code in &listed {
        assert!(
            root.join("locales").join(code).join("ui.ftl").is_file(),
            "{code}"
        );
    }
}

/// Every English message says where it shows (and, for buttons and graphic words, how
/// long it may be) in a comment right above it: what a translator sees beside it.
#[test]
fn every_english_message_has_a_comment_for_translators() {
    use fluent_syntax::ast::Entry;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en");
    let mut missing = Vec::new();
    for file in ["ui.ftl", "graphic.ftl"] {
        let source = std::fs::read_to_string(root.join(file)).expect("an English file");
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("parses");
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let said = message
                    .comment
                    .as_ref()
                    .is_some_and(|c| c.content.iter().any(|line| line.trim().len() > 10));
                if !said {
                    missing.push(format!("{file}: {}", message.id.name));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "messages without a comment: {missing:?}"
    );
}
