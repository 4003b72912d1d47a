//! The document: everything the user chose and typed, and nothing derived from it.
//!
//! It is the single source of truth: the UI edits it, layout reads it, storage and
//! share links serialise it inside a [`Saved`] envelope that carries a version number.
//! Loading goes through [`Saved::load`], which migrates one version at a time.

use serde::{Deserialize, Serialize};

use crate::model::format::Format;
use crate::model::goal::Goal;
use crate::model::i18n::Lang;
use crate::model::logo::Logo;
use crate::model::number::{format_value, parse_number, NumberError};

/// The version [`Saved`] writes today. Bump it together with a new step in
/// [`Saved::migrate`] whenever [`Document`] changes shape.
pub const CURRENT_VERSION: u32 = 2;

/// Which chart a graphic shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChartKind {
    /// One big figure ("1 in 3") with a statement beside it.
    BigNumber,
    /// "N in M": a row of people, N of them highlighted (first row's share).
    Pictogram,
    /// One bar per row: groups compared.
    Bars,
    /// Two values and the gap between them called out (first two rows).
    Gap,
    /// Values over years, with an optional 2030 target.
    Trend,
    /// Part of a whole: a ring with the share in its centre (first row's share).
    Donut,
    /// One value per country, each country coloured by its value's step.
    Map,
}

impl ChartKind {
    /// Every chart kind, in the order the editor offers them.
    pub const ALL: [ChartKind; 7] = [
        ChartKind::BigNumber,
        ChartKind::Pictogram,
        ChartKind::Bars,
        ChartKind::Gap,
        ChartKind::Trend,
        ChartKind::Donut,
        ChartKind::Map,
    ];

    /// Its slug in file names, presets and share links: its serde name.
    pub fn slug(self) -> String {
        // Its JSON is the slug in quotes.
        serde_json::to_string(&self)
            .unwrap_or_default()
            .trim_matches('"')
            .to_owned()
    }

    /// The kind whose slug is `slug`.
    pub fn from_slug(slug: &str) -> Option<ChartKind> {
        use serde::de::IntoDeserializer;
        let slug: serde::de::value::StrDeserializer<'_, serde::de::value::Error> =
            slug.into_deserializer();
        ChartKind::deserialize(slug).ok()
    }
}

/// How the values in the table read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// Percentages, 0–100.
    Percent,
    /// Plain numbers (counts, rates).
    Number,
}

/// Who the graphic speaks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// The whole world.
    International,
    /// One country.
    National,
    /// A region, county or city.
    Regional,
}

impl Scope {
    /// Every scope.
    pub const ALL: [Scope; 3] = [Scope::International, Scope::National, Scope::Regional];

    /// A short slug for ids and presets.
    pub fn slug(self) -> &'static str {
        match self {
            Scope::International => "international",
            Scope::National => "national",
            Scope::Regional => "regional",
        }
    }

    /// The Fluent id of the scope's name.
    pub fn label_id(self) -> &'static str {
        match self {
            Scope::International => "scope-international",
            Scope::National => "scope-national",
            Scope::Regional => "scope-regional",
        }
    }
}

/// The audience: a scope and, for national or regional graphics, the place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audience {
    /// International, national or regional.
    pub scope: Scope,
    /// "Kenya", "Turkana County"; empty for none.
    pub place: String,
}

/// One row of the data table. A missing value is "no data", never zero.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// The group or place ("Rural", "Poorest 20%").
    pub label: String,
    /// The value, if there is one.
    pub value: Option<f64>,
    /// The year the value is for, if given (the trend chart's x axis).
    pub year: Option<i32>,
    /// What the user typed in the value cell when it was not a number ("abc"), kept so
    /// that it is still there after a reload; None when the value was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typed: Option<String>,
}

impl Row {
    /// A row with a label, a value and no year.
    pub fn new(label: impl Into<String>, value: Option<f64>) -> Row {
        Row {
            label: label.into(),
            value,
            year: None,
            typed: None,
        }
    }

    /// Takes what was typed in the value cell, read in `lang`'s way of writing numbers:
    /// a number (or nothing) becomes the value; anything else is kept as typed, so that
    /// it is still there to correct after a reload, the row has no value, and the
    /// reason is returned for the cell to show.
    pub fn type_value(&mut self, text: String, lang: Lang) -> Result<(), NumberError> {
        match parse_number(&text, lang) {
            Ok(value) => {
                self.value = value;
                self.typed = None;
                Ok(())
            }
            Err(e) => {
                self.value = None;
                self.typed = Some(text);
                Err(e)
            }
        }
    }

    /// What the value cell shows: the kept text, else the value as it would be typed
    /// (a plain hyphen for minus, which every keyboard has).
    pub fn value_cell(&self, unit: Unit, lang: Lang) -> String {
        match (&self.typed, self.value) {
            (Some(typed), _) => typed.clone(),
            (None, value) => value
                .map(|v| format_value(v, unit, lang).replace('−', "-"))
                .unwrap_or_default(),
        }
    }

    /// Why the kept text of the value cell is not a number, to mark the cell again
    /// when the design is opened.
    pub fn value_problem(&self, lang: Lang) -> Option<NumberError> {
        self.typed
            .as_deref()
            .and_then(|t| parse_number(t, lang).err())
    }

    /// Takes what was typed in the year cell: a year in [`YEARS`], or no year.
    pub fn type_year(&mut self, text: &str) {
        self.year = read_year(text);
    }
}

/// The years a value may be for; anything else in a year cell is no year.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// A year cell's text read as a year in [`YEARS`].
pub fn read_year(cell: &str) -> Option<i32> {
    cell.trim()
        .parse::<i32>()
        .ok()
        .filter(|y| YEARS.contains(y))
}

/// One campaign graphic as the user made it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The Global Goal, which sets the colour, the emblem and the Goal label.
    pub goal: Goal,
    /// The output format.
    pub format: Format,
    /// The chart kind.
    pub chart: ChartKind,
    /// The big figure exactly as typed ("1 in 3", "258 million"): the big-number chart.
    pub figure: String,
    /// The headline sentence: what the figure or chart means.
    pub statement: String,
    /// The data table, read by every chart but the big number.
    pub rows: Vec<Row>,
    /// How the table's values read.
    pub unit: Unit,
    /// The 2030 target drawn on the trend chart, if any.
    pub target: Option<f64>,
    /// Who the graphic is for.
    pub audience: Audience,
    /// Where the figures come from.
    pub source: String,
    /// The year of the source or data ("2023", "2022–23").
    pub year: String,
    /// An optional call to action ("Sign the pledge at …").
    pub call_to_action: String,
    /// Whether to draw the "Leave No One Behind" line.
    pub show_pledge: bool,
    /// An optional campaign hashtag, drawn when not empty.
    pub hashtag: String,
    /// The language of the words on the graphic (the UI language is separate).
    pub language: Lang,
    /// A partner's logo, drawn in the footer.
    #[serde(default)]
    pub logo: Option<Logo>,
    /// A poster set for a black-and-white copier: a light tone of the Goal's colour
    /// for the ground, black for the ink. Only print formats read it. Absent from
    /// older saves (false), and left out of new ones while false, so version-2 saves
    /// and links stay as they were.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub photocopy: bool,
    /// The figure as published, when the user chose to say it in human terms ("712
    /// million" behind "about 1 in 12"): kept for the alt text. Empty otherwise, and
    /// then left out of saves.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub figure_was: String,
    /// A map's own boundaries (counties, districts) in place of the world's
    /// countries. Absent from older saves and left out while there are none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boundaries: Option<OwnBoundaries>,
    /// A map's own steps as typed: the values each starts at ("10 20 40"); empty
    /// for steps of equal counts. Absent from older saves and left out while empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub breaks: String,
}

/// A campaigner's own boundaries a map is drawn from. The areas are kept in the
/// browser's storage under `key`, not in the document: a share link carries only
/// this, and a design opened where they are not kept says the map needs its file.
///
/// Stored as one string, `key`, `property` and `file` apart by U+001F (a unit
/// separator no file name or property is typed with): a structure's reader would
/// add 2 KB to the editor's first load for three fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub struct OwnBoundaries {
    /// Where the areas are stored (made from their content).
    pub key: String,
    /// The file's name as imported ("kenya-counties.geojson").
    pub file: String,
    /// The property whose values name the areas: the table's labels match them.
    pub property: String,
}

/// What parts an [`OwnBoundaries`] are stored apart by.
const APART: char = '\u{1f}';

impl From<OwnBoundaries> for String {
    fn from(own: OwnBoundaries) -> String {
        format!("{}{APART}{}{APART}{}", own.key, own.property, own.file)
    }
}

impl OwnBoundaries {
    /// The key of the own boundaries a saved design (its JSON) refers to, read
    /// without parsing it: a sweep of the browser's kept boundaries reads every save.
    /// User text cannot forge it (its quotes are escaped in JSON).
    pub fn key_in_json(json: &str) -> Option<&str> {
        const FIELD: &str = "\"boundaries\":\"";
        let rest = &json[json.find(FIELD)? + FIELD.len()..];
        // serde_json writes U+001F as `\u001f`.
        let key = &rest[..rest.find("\\u001f")?];
        (!key.is_empty() && !key.contains('"')).then_some(key)
    }
}

impl From<String> for OwnBoundaries {
    /// A stored reference; one missing its parts names no stored boundaries (the
    /// map then says it needs its file).
    fn from(text: String) -> OwnBoundaries {
        let mut parts = text.splitn(3, APART).map(str::to_owned);
        let mut next = || parts.next().unwrap_or_default();
        OwnBoundaries {
            key: next(),
            property: next(),
            file: next(),
        }
    }
}

impl Document {
    /// The name of the first field that differs from `other`, so that history can merge
    /// rapid edits of one field into a single undo step.
    pub fn changed_field(&self, other: &Document) -> &'static str {
        let fields: [(&'static str, bool); 9] = [
            ("figure", self.figure != other.figure),
            ("statement", self.statement != other.statement),
            ("rows", self.rows != other.rows),
            ("source", self.source != other.source),
            ("year", self.year != other.year),
            ("audience", self.audience != other.audience),
            (
                "call_to_action",
                self.call_to_action != other.call_to_action,
            ),
            ("hashtag", self.hashtag != other.hashtag),
            ("target", self.target != other.target),
        ];
        fields
            .iter()
            .find(|(_, changed)| *changed)
            .map_or("other", |(name, _)| name)
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

    /// Takes the figure as typed: a figure of the user's own, so any figure it was
    /// said in human terms from no longer applies.
    pub fn type_figure(&mut self, text: String) {
        self.figure = text;
        self.figure_was.clear();
    }

    /// Says the figure in human terms: `figure` fills it, and the figure as published
    /// is kept for the alt text (the first one, through any number of offers taken).
    pub fn say_figure_as(&mut self, figure: String) {
        if self.figure_was.is_empty() {
            self.figure_was = std::mem::take(&mut self.figure);
        }
        self.figure = figure;
    }

    /// Whether the graphic is set for a black-and-white copier (a print format with
    /// the option chosen).
    pub fn for_photocopier(&self) -> bool {
        self.photocopy && self.format.is_print()
    }

    /// Takes what was typed as the 2030 target, read in the graphic's language: a
    /// number that is not one leaves no target, and the reason is returned.
    pub fn type_target(&mut self, text: &str) -> Result<(), NumberError> {
        let read = parse_number(text, self.language);
        self.target = read.unwrap_or(None);
        read.map(|_| ())
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
    /// A version this build never wrote (0).
    UnknownVersion(u64),
    /// The version is known but the fields do not fit it: where the reader stopped
    /// (line, column). serde_json's own words are not kept: formatting them would put
    /// its every message, and the standard library's I/O error texts, in the first load.
    Invalid {
        /// The line the reader stopped on (from 1).
        line: usize,
        /// The column the reader stopped at (from 1).
        column: usize,
    },
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Unreadable => write!(f, "not a saved LNB Studio document"),
            LoadError::TooNew(v) => write!(f, "written by a newer version ({v})"),
            LoadError::UnknownVersion(v) => write!(f, "unknown version {v}"),
            LoadError::Invalid { line, column } => {
                write!(f, "invalid document at line {line}, column {column}")
            }
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

    /// Serialises to JSON. Non-finite numbers cannot be stored, so they are written as
    /// "no data" (null), which is what they mean.
    pub fn to_json(&self) -> String {
        let mut saved = self.clone();
        for row in &mut saved.document.rows {
            row.value = row.value.filter(|v| v.is_finite());
        }
        saved.document.target = saved.document.target.filter(|v| v.is_finite());
        serde_json::to_string(&saved).unwrap_or_default()
    }

    /// Reads any version this build knows, migrating it to the current one. Each
    /// version is read as its own typed shape and migrated one version at a time.
    pub fn load(json: &str) -> Result<Document, LoadError> {
        /// Any version's outside: which version wrote it.
        #[derive(Deserialize)]
        struct Version {
            version: u64,
        }
        /// Any version's document, typed as that version wrote it.
        #[derive(Deserialize)]
        struct Stored<D> {
            document: D,
        }
        fn read<D: serde::de::DeserializeOwned>(json: &str) -> Result<D, LoadError> {
            serde_json::from_str::<Stored<D>>(json)
                .map(|stored| stored.document)
                .map_err(|e| LoadError::Invalid {
                    line: e.line(),
                    column: e.column(),
                })
        }
        let version = serde_json::from_str::<Version>(json)
            .map_err(|_| LoadError::Unreadable)?
            .version;
        match version {
            1 => read::<DocumentV1>(json).map(Document::from),
            2 => read::<Document>(json),
            0 => Err(LoadError::UnknownVersion(0)),
            newer => Err(LoadError::TooNew(u32::try_from(newer).unwrap_or(u32::MAX))),
        }
    }
}

/// A version-1 document: one big figure, before the data table and the words around
/// the chart (version 2).
#[derive(Deserialize)]
struct DocumentV1 {
    goal: Goal,
    format: Format,
    chart: ChartKind,
    figure: String,
    statement: String,
    source: String,
    language: Lang,
    #[serde(default)]
    logo: Option<Logo>,
}

/// The migration from version 1 to 2: an empty table, and the new words empty.
impl From<DocumentV1> for Document {
    fn from(v1: DocumentV1) -> Document {
        Document {
            goal: v1.goal,
            format: v1.format,
            chart: v1.chart,
            figure: v1.figure,
            statement: v1.statement,
            rows: Vec::new(),
            unit: Unit::Percent,
            target: None,
            audience: Audience {
                scope: Scope::International,
                place: String::new(),
            },
            source: v1.source,
            year: String::new(),
            call_to_action: String::new(),
            show_pledge: true,
            hashtag: String::new(),
            language: v1.language,
            logo: v1.logo,
            photocopy: false,
            figure_was: String::new(),
            boundaries: None,
            breaks: String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::i18n::Translator;

    fn sample() -> Document {
        crate::render::charts::example(
            Goal::QualityEducation,
            ChartKind::BigNumber,
            &Translator::new(Lang::En),
        )
    }

    #[test]
    fn round_trips_through_json() {
        for chart in ChartKind::ALL {
            let doc =
                crate::render::charts::example(Goal::ZeroHunger, chart, &Translator::new(Lang::En));
            let json = Saved::new(doc.clone()).to_json();
            assert!(json.contains("\"version\":2"), "{json}");
            assert!(json.contains("\"goal\":2"), "{json}");
            assert_eq!(Saved::load(&json), Ok(doc));
        }
    }

    #[test]
    fn user_text_with_quotes_emoji_and_rtl_survives() {
        let mut doc = sample();
        doc.statement = "\"quoted\" </script> 👩🏽‍🎓 مرحبا \u{200d}".into();
        let json = Saved::new(doc.clone()).to_json();
        assert_eq!(Saved::load(&json), Ok(doc));
    }

    #[test]
    fn non_finite_values_are_stored_as_no_data() {
        let mut doc = sample();
        doc.rows = vec![
            Row::new("a", Some(f64::NAN)),
            Row::new("b", Some(f64::INFINITY)),
        ];
        let loaded = Saved::load(&Saved::new(doc).to_json()).expect("loads");
        assert_eq!(
            loaded.rows.iter().map(|r| r.value).collect::<Vec<_>>(),
            vec![None, None]
        );
    }

    /// A map's own boundaries are kept as one string, read back whole; a save
    /// without them (every earlier one) has none, and a damaged one names nothing.
    #[test]
    fn own_boundaries_are_stored_as_one_string() {
        let mut doc: Document = Saved::load(&Saved::new(sample()).to_json()).expect("loads");
        assert_eq!(doc.boundaries, None);
        assert!(
            !Saved::new(doc.clone()).to_json().contains("boundaries"),
            "left out while none"
        );
        doc.boundaries = Some(OwnBoundaries {
            key: "00ff-1a".into(),
            file: "kenya\u{1f}counties.geojson".into(),
            property: "COUNTY_NAM".into(),
        });
        let json = Saved::new(doc.clone()).to_json();
        assert!(
            json.contains(r#""boundaries":"00ff-1a\u001fCOUNTY_NAM\u001fkenya"#),
            "{json}"
        );
        assert_eq!(
            Saved::load(&json).expect("loads"),
            doc,
            "a separator in the file name is kept"
        );
        assert_eq!(OwnBoundaries::key_in_json(&json), Some("00ff-1a"));
        // Text typed to look like the field is escaped in a save, and names nothing.
        let mut forged = sample();
        forged.statement = "\"boundaries\":\"evil\u{1f}x\u{1f}y".into();
        assert_eq!(
            OwnBoundaries::key_in_json(&Saved::new(forged).to_json()),
            None
        );
        let short = OwnBoundaries::from("key-only".to_owned());
        assert_eq!(
            (
                short.key.as_str(),
                short.property.as_str(),
                short.file.as_str()
            ),
            ("key-only", "", "")
        );
    }

    #[test]
    fn a_version_1_document_is_migrated() {
        let v1 = r#"{"version":1,"document":{"goal":5,"format":"x-landscape","chart":"big-number",
            "figure":"1 in 5","statement":"young women were married as children.",
            "source":"UNICEF 2023","language":"en"}}"#;
        let doc = Saved::load(v1).expect("v1 loads");
        assert_eq!(doc.goal, Goal::GenderEquality);
        assert_eq!(doc.figure, "1 in 5");
        assert_eq!(doc.rows, vec![]);
        assert_eq!(doc.audience.scope, Scope::International);
        assert!(doc.show_pledge);
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
        assert!(matches!(
            Saved::load(r#"{"version":1}"#),
            Err(LoadError::Invalid { line: 1, .. })
        ));
        let bad_goal = Saved::new(sample())
            .to_json()
            .replace("\"goal\":4", "\"goal\":18");
        let Err(LoadError::Invalid { line, column }) = Saved::load(&bad_goal) else {
            panic!("an unknown Goal is refused");
        };
        // The reader stops just after the number it refused.
        let at = bad_goal.find("\"goal\":18").expect("the goal") + "\"goal\":18".len();
        assert_eq!((line, column), (1, at));
    }

    #[test]
    fn file_stem_says_what_the_file_is() {
        assert_eq!(sample().file_stem(), "lnb-goal4-big-number-x-1600x900-en");
    }
}
