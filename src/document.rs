//! The document: everything the user chose and typed, and nothing derived from it.
//!
//! It is the single source of truth: the UI edits it, layout reads it, storage and
//! share links serialise it inside a [`Saved`] envelope that carries a version number.
//! Loading goes through [`Saved::load`], which migrates one version at a time.

use serde::{Deserialize, Serialize};

use crate::format::Format;
use crate::goal::Goal;
use crate::i18n::{Lang, Translator};

/// The version [`Saved`] writes today. Bump it together with a new arm in
/// [`Saved::migrate`] whenever [`Document`] changes shape.
pub const CURRENT_VERSION: u32 = 1;

/// Which chart a graphic shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChartKind {
    /// One big figure ("1 in 3") with a statement beside it.
    BigNumber,
}

impl ChartKind {
    /// A short slug used in file names.
    pub fn slug(self) -> &'static str {
        match self {
            ChartKind::BigNumber => "big-number",
        }
    }
}

/// One campaign graphic as the user made it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The Global Goal, which sets the colour and the Goal label.
    pub goal: Goal,
    /// The output format (pixel size and layout).
    pub format: Format,
    /// The chart kind.
    pub chart: ChartKind,
    /// The headline figure exactly as typed ("1 in 3", "258 million").
    pub figure: String,
    /// One sentence that says what the figure means.
    pub statement: String,
    /// Where the figure comes from, with its year.
    pub source: String,
    /// The language of the words on the graphic (the UI language is separate).
    pub language: Lang,
}

impl Document {
    /// The example for `goal`, in the translator's language: a real, sourced figure so
    /// that a first-time user sees a finished graphic at once.
    pub fn example(goal: Goal, tr: &Translator) -> Document {
        let [figure, statement, source] = goal.example_ids();
        Document {
            goal,
            format: Format::XLandscape,
            chart: ChartKind::BigNumber,
            figure: tr.text(figure),
            statement: tr.text(statement),
            source: tr.text(source),
            language: tr.lang(),
        }
    }

    /// A file name that says what the file is: `lnb-goal4-big-number-x-1600x900-en`.
    pub fn file_stem(&self) -> String {
        format!(
            "lnb-goal{}-{}-{}-{}",
            self.goal.number(),
            self.chart.slug(),
            self.format.slug(),
            self.language.code()
        )
    }
}

/// The stored form of a document: a version number beside the document's fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    /// The [`CURRENT_VERSION`] the document was written with.
    pub version: u32,
    /// The document itself.
    pub document: Document,
}

/// Why a stored document could not be loaded. The caller keeps the raw text, so
/// nothing is lost when this happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The text is not JSON, or not an object with a numeric `version`.
    Unreadable,
    /// Written by a newer LNB Studio than this one.
    TooNew(u32),
    /// A version this build never wrote (0 or negative).
    UnknownVersion(u64),
    /// The version is known but the fields do not fit it.
    Invalid(String),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Unreadable => write!(f, "not a saved LNB Studio document"),
            LoadError::TooNew(v) => write!(f, "written by a newer version ({v})"),
            LoadError::UnknownVersion(v) => write!(f, "unknown version {v}"),
            LoadError::Invalid(why) => write!(f, "invalid document: {why}"),
        }
    }
}

impl std::error::Error for LoadError {}

impl Saved {
    /// Wraps a document at the current version.
    pub fn new(document: Document) -> Saved {
        Saved {
            version: CURRENT_VERSION,
            document,
        }
    }

    /// Serialises to JSON. A document of strings and enums always serialises.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads any version this build knows, migrating it to the current one.
    pub fn load(json: &str) -> Result<Document, LoadError> {
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|_| LoadError::Unreadable)?;
        let version = value
            .get("version")
            .and_then(serde_json::Value::as_u64)
            .ok_or(LoadError::Unreadable)?;
        let current = u64::from(CURRENT_VERSION);
        if version > current {
            return Err(LoadError::TooNew(
                u32::try_from(version).unwrap_or(u32::MAX),
            ));
        }
        let migrated = Saved::migrate(version, value)?;
        serde_json::from_value::<Saved>(migrated)
            .map(|saved| saved.document)
            .map_err(|e| LoadError::Invalid(e.to_string()))
    }

    /// One step per version, each turning version `n` into `n + 1`, until current.
    fn migrate(version: u64, value: serde_json::Value) -> Result<serde_json::Value, LoadError> {
        match version {
            1 => Ok(value),
            other => Err(LoadError::UnknownVersion(other)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Document {
        Document::example(Goal::QualityEducation, &Translator::new(Lang::En))
    }

    #[test]
    fn round_trips_through_json() {
        let doc = sample();
        let json = Saved::new(doc.clone()).to_json();
        assert!(json.contains("\"version\":1"), "{json}");
        assert!(json.contains("\"goal\":4"), "{json}");
        assert_eq!(Saved::load(&json), Ok(doc));
    }

    #[test]
    fn user_text_with_quotes_emoji_and_rtl_survives() {
        let mut doc = sample();
        doc.statement = "\"quoted\" </script> 👩🏽‍🎓 مرحبا \u{200d}".into();
        let json = Saved::new(doc.clone()).to_json();
        assert_eq!(Saved::load(&json), Ok(doc));
    }

    #[test]
    fn refuses_what_it_cannot_read_with_a_typed_error() {
        assert_eq!(Saved::load("not json"), Err(LoadError::Unreadable));
        assert_eq!(Saved::load("{}"), Err(LoadError::Unreadable));
        assert_eq!(Saved::load(r#"{"version":99}"#), Err(LoadError::TooNew(99)));
        assert_eq!(
            Saved::load(r#"{"version":0}"#),
            Err(LoadError::UnknownVersion(0))
        );
        let bad_goal = Saved::new(sample())
            .to_json()
            .replace("\"goal\":4", "\"goal\":9");
        assert!(matches!(Saved::load(&bad_goal), Err(LoadError::Invalid(_))));
    }

    #[test]
    fn file_stem_says_what_the_file_is() {
        assert_eq!(sample().file_stem(), "lnb-goal4-big-number-x-1600x900-en");
    }
}
