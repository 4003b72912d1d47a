//! Translations: Fluent bundles built from `locales/<lang>/*.ftl`, compiled in.
//!
//! Every user-facing word comes through [`Translator::text`]; code holds message ids
//! only. Bundles do not insert Unicode isolation marks, because the same strings are
//! drawn on the canvas and into SVG, where the marks would show as boxes.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language LNB Studio speaks, for the interface or for the graphic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Spanish.
    Es,
    /// French.
    Fr,
    /// Swahili.
    Sw,
    /// Portuguese.
    Pt,
    /// Arabic, written right to left.
    Ar,
}

/// The `.ftl` files of one language, compiled in without their comments (`build.rs`).
#[cfg(not(all(target_arch = "wasm32", feature = "split")))]
macro_rules! locale_files {
    ($code:literal) => {
        &[
            (
                "ui.ftl",
                include_str!(concat!(env!("OUT_DIR"), "/", $code, "-ui.ftl")),
            ),
            (
                "graphic.ftl",
                include_str!(concat!(env!("OUT_DIR"), "/", $code, "-graphic.ftl")),
            ),
        ]
    };
}

include!(concat!(env!("OUT_DIR"), "/first_words.rs"));

/// English as the split build's first load holds it: the interface words the page
/// shows before its panels arrive ([`FIRST_WORDS`]), and the graphic's words.
#[cfg(all(target_arch = "wasm32", feature = "split"))]
const ENGLISH_FIRST: &[(&str, &str)] = &[
    (
        "ui.ftl",
        include_str!(concat!(env!("OUT_DIR"), "/en-ui-first.ftl")),
    ),
    (
        "graphic.ftl",
        include_str!(concat!(env!("OUT_DIR"), "/en-graphic.ftl")),
    ),
];

/// The English words compiled in: all of them, but in the split build's main module
/// only the first ones (the rest arrive with the panels, [`Lang::add_english_later`]).
#[cfg(target_arch = "wasm32")]
fn english() -> &'static [(&'static str, &'static str)] {
    #[cfg(feature = "split")]
    {
        ENGLISH_FIRST
    }
    #[cfg(not(feature = "split"))]
    {
        locale_files!("en")
    }
}

impl Lang {
    /// Every supported language, in the order the language menus list them.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Es, Lang::Fr, Lang::Sw, Lang::Pt, Lang::Ar];

    /// The BCP 47 code ("en").
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Sw => "sw",
            Lang::Pt => "pt",
            Lang::Ar => "ar",
        }
    }

    /// The language of a BCP 47 tag ("fr", "fr-SN", "PT_br"), if LNB Studio speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// The first of the reader's preferred languages (e.g. `navigator.languages`)
    /// that LNB Studio speaks, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The HTML `dir` value: "rtl" or "ltr".
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The Fluent id of the language's own name ("Kiswahili"), for language menus.
    pub fn name_id(self) -> &'static str {
        match self {
            Lang::En => "language-en",
            Lang::Es => "language-es",
            Lang::Fr => "language-fr",
            Lang::Sw => "language-sw",
            Lang::Pt => "language-pt",
            Lang::Ar => "language-ar",
        }
    }

    /// The `.ftl` sources of this language, as (file name, text). Natively every
    /// language is compiled in; the wasm build compiles in English only and gets the
    /// others from [`Lang::register`] (see `web::locale::ensure`), falling back to
    /// English until then.
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        #[cfg(not(target_arch = "wasm32"))]
        {
            match self {
                Lang::En => locale_files!("en"),
                Lang::Es => locale_files!("es"),
                Lang::Fr => locale_files!("fr"),
                Lang::Sw => locale_files!("sw"),
                Lang::Pt => locale_files!("pt"),
                Lang::Ar => locale_files!("ar"),
            }
        }
        #[cfg(target_arch = "wasm32")]
        {
            fetched::get(self).unwrap_or(english())
        }
    }

    /// Whether this language's words are at hand (always, natively).
    pub fn is_available(self) -> bool {
        #[cfg(not(target_arch = "wasm32"))]
        {
            true
        }
        #[cfg(target_arch = "wasm32")]
        {
            self == Lang::En || fetched::get(self).is_some()
        }
    }

    /// Makes fetched `.ftl` texts this language's words (wasm only; they live for the
    /// rest of the page, at most one set per language).
    #[cfg(target_arch = "wasm32")]
    pub fn register(self, ui: String, graphic: String) {
        if fetched::get(self).is_some() {
            return;
        }
        let ui: &'static str = Box::leak(ui.into_boxed_str());
        let graphic: &'static str = Box::leak(graphic.into_boxed_str());
        fetched::set(
            self,
            Box::leak(Box::new([("ui.ftl", ui), ("graphic.ftl", graphic)])),
        );
    }

    /// Adds the rest of English `ui.ftl` (what [`FIRST_WORDS`] leaves out) to the
    /// English words; true the first time. Only the panels call it (`ui::on_demand`),
    /// so wasm-split moves these words into their module, out of the first load.
    #[cfg(all(target_arch = "wasm32", feature = "split"))]
    pub fn add_english_later() -> bool {
        const ALL: &[(&str, &str)] = &[
            ENGLISH_FIRST[0],
            (
                "ui.ftl",
                include_str!(concat!(env!("OUT_DIR"), "/en-ui-later.ftl")),
            ),
            ENGLISH_FIRST[1],
        ];
        fetched::set(Lang::En, ALL)
    }
}

/// The locales fetched at run time by the wasm build.
#[cfg(target_arch = "wasm32")]
mod fetched {
    use super::Lang;
    use std::sync::Mutex;

    type Files = &'static [(&'static str, &'static str)];

    static FETCHED: Mutex<[Option<Files>; 6]> = Mutex::new([None; 6]);

    fn slot(lang: Lang) -> usize {
        Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
    }

    pub fn get(lang: Lang) -> Option<Files> {
        FETCHED.lock().ok().and_then(|f| f[slot(lang)])
    }

    /// Makes `files` the words of `lang` unless it has some; true if it had none.
    pub fn set(lang: Lang, files: Files) -> bool {
        let Ok(mut fetched) = FETCHED.lock() else {
            return false;
        };
        let slot = &mut fetched[slot(lang)];
        let empty = slot.is_none();
        if empty {
            *slot = Some(files);
        }
        empty
    }
}

/// A problem in a locale file, found while building a bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleError {
    /// The language.
    pub lang: Lang,
    /// The file, e.g. `ui.ftl`.
    pub file: &'static str,
    /// What Fluent reported.
    pub detail: String,
}

/// Looks up messages in one language.
pub struct Translator {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Translator {
    /// A translator for `lang`. Broken messages are skipped (see [`Translator::check`]).
    pub fn new(lang: Lang) -> Translator {
        // Nothing is said about a problem here, so Fluent's words for one are not
        // formatted (nor compiled into the first load).
        Translator::build(lang, |_, _| {})
    }

    /// Builds the bundle and reports every parse or duplicate-id problem.
    pub fn check(lang: Lang) -> Vec<LocaleError> {
        let mut errors = Vec::new();
        Translator::build(lang, |file, detail| {
            errors.push(LocaleError {
                lang,
                file,
                detail: detail.to_string(),
            });
        });
        errors
    }

    /// Builds the bundle, telling `problem` of each problem in a file.
    fn build(
        lang: Lang,
        mut problem: impl FnMut(&'static str, &dyn std::fmt::Display),
    ) -> Translator {
        // Until a fetched language arrives, its translator is the English one, and says
        // so (`lang()`), so that callers build it again once the words are there.
        let lang = if lang.is_available() { lang } else { Lang::En };
        let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        bundle.set_use_isolating(false);
        for &(file, text) in lang.sources() {
            let resource =
                FluentResource::try_new(text.to_owned()).unwrap_or_else(|(res, errs)| {
                    errs.iter().for_each(|e| problem(file, e));
                    res
                });
            if let Err(errs) = bundle.add_resource(resource) {
                errs.iter().for_each(|e| problem(file, e));
            }
        }
        Translator { lang, bundle }
    }

    /// The language of this translator.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with arguments.
    pub fn text_with(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    /// Formats a message. A missing id comes back as the id itself, so a slip shows
    /// up visibly instead of as an empty string (and the locale tests catch it).
    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// Every message id in this language.
    pub fn ids(lang: Lang) -> Vec<String> {
        lang.sources()
            .iter()
            .filter_map(|&(_, text)| FluentResource::try_new(text.to_owned()).ok())
            .flat_map(|res| {
                res.entries()
                    .filter_map(|entry| match entry {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message ids of an `.ftl` text.
    fn ids_of(ftl: &str) -> std::collections::BTreeSet<String> {
        let resource = FluentResource::try_new(ftl.to_owned()).expect("a valid file");
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn english_ui_words_are_the_first_ones_and_the_later_ones() {
        let first = ids_of(include_str!(concat!(env!("OUT_DIR"), "/en-ui-first.ftl")));
        let later = ids_of(include_str!(concat!(env!("OUT_DIR"), "/en-ui-later.ftl")));
        let all = ids_of(include_str!(concat!(env!("OUT_DIR"), "/en-ui.ftl")));
        let wanted: std::collections::BTreeSet<String> =
            FIRST_WORDS.iter().map(|id| (*id).to_owned()).collect();
        assert_eq!(first, wanted);
        assert!(first.is_disjoint(&later));
        assert_eq!(&first | &later, all);
        assert!(later.len() > 100, "{} later words", later.len());
    }

    #[test]
    fn language_tags_are_matched_by_their_primary_subtag() {
        assert_eq!(Lang::from_tag("fr-SN"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("PT_br"), Some(Lang::Pt));
        assert_eq!(Lang::from_tag("sw"), Some(Lang::Sw));
        assert_eq!(Lang::from_tag("de-DE"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::negotiate(["de-DE", "ar-EG", "en"]), Lang::Ar);
        assert_eq!(Lang::negotiate(["de-DE"]), Lang::En);
    }

    #[test]
    fn every_code_round_trips() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
            assert_eq!(lang.dir() == "rtl", lang == Lang::Ar);
        }
    }

    #[test]
    fn english_parses_cleanly() {
        assert_eq!(Translator::check(Lang::En), vec![]);
    }

    #[test]
    fn looks_up_and_reports_missing_ids_visibly() {
        let tr = Translator::new(Lang::En);
        assert_eq!(tr.text("goal-4-name"), "Quality Education");
        let absent = ["no", "such", "message"].join("-");
        assert_eq!(tr.text(&absent), absent);
    }

    #[test]
    fn arguments_are_substituted_without_isolation_marks() {
        let tr = Translator::new(Lang::En);
        let mut args = FluentArgs::new();
        args.set("number", 4);
        let label = tr.text_with("goal-label", &args);
        assert_eq!(label, "GOAL 4");
    }
}
