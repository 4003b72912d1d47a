//! Packs: many graphics in one zip. "All formats" of a design, "all languages" of a
//! design, or "one per row" of a places table. This module decides which documents
//! make a pack and what each file is called, and writes the zip; the browser glue
//! paints each document in turn.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use zip::write::{SimpleFileOptions, StreamWriter};
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::input::table::Places;
use crate::model::document::{Document, Row};
use crate::model::format::Format;
use crate::model::i18n::{Lang, Translator};
use crate::render::charts::chart;

/// One graphic of a pack: its file name without extension, and its document.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// `lnb-goal2-gap-x-1600x900-fr`, with `-07-turkana` for a place.
    pub stem: String,
    /// What to lay out and paint.
    pub doc: Document,
}

/// Which pack the user asked for.
#[derive(Debug, Clone, Copy)]
pub enum PackKind<'a> {
    /// The design in every format.
    Formats,
    /// The design in every language.
    Languages,
    /// One graphic per row of a places table, in the design's language or in every
    /// language.
    Rows {
        /// The places read from the user's file.
        places: &'a Places,
        /// In every language, not only the design's.
        every_language: bool,
    },
}

impl PackKind<'_> {
    /// Whether the pack needs every language's words (fetched first in the browser).
    pub fn needs_every_language(self) -> bool {
        matches!(
            self,
            PackKind::Languages
                | PackKind::Rows {
                    every_language: true,
                    ..
                }
        )
    }
}

/// A pack to make: its graphics, and the zip's name.
#[derive(Debug, Clone, PartialEq)]
pub struct PackRequest {
    /// The graphics, in the zip's order.
    pub members: Vec<Member>,
    /// `lnb-goal4-big-number-x-1600x900-en-formats.zip`.
    pub file_name: String,
}

/// The pack `kind` of `doc`.
pub fn request(doc: &Document, kind: PackKind<'_>) -> PackRequest {
    let (members, what) = match kind {
        PackKind::Formats => (all_formats(doc), "formats"),
        PackKind::Languages => (all_languages(doc), "languages"),
        PackKind::Rows {
            places,
            every_language: false,
        } => (one_per_row(doc, places), "places"),
        PackKind::Rows {
            places,
            every_language: true,
        } => (one_per_row_in_every_language(doc, places), "places"),
    };
    PackRequest {
        members,
        file_name: format!("{}-{what}.zip", doc.file_stem()),
    }
}

/// The design in every format.
pub fn all_formats(doc: &Document) -> Vec<Member> {
    Format::ALL
        .into_iter()
        .map(|format| {
            member(Document {
                format,
                ..doc.clone()
            })
        })
        .collect()
}

/// The design in every language: an untouched example is translated, the user's own
/// words stay as typed, and the template's words follow the language.
pub fn all_languages(doc: &Document) -> Vec<Member> {
    let from = Translator::new(doc.language);
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let mut copy = doc.clone();
            crate::render::charts::translate(&mut copy, &from, &Translator::new(lang));
            member(copy)
        })
        .collect()
}

/// One graphic per place in every language: the places pack of [`one_per_row`], for
/// each language of [`all_languages`] (195 countries make 1,170 graphics).
pub fn one_per_row_in_every_language(doc: &Document, places: &Places) -> Vec<Member> {
    all_languages(doc)
        .iter()
        .flat_map(|lang| one_per_row(&lang.doc, places))
        .collect()
}

/// One graphic per place: the place's name becomes the audience; its first cell the
/// big number (as typed), or its cells the chart's values, named by the header.
pub fn one_per_row(doc: &Document, places: &Places) -> Vec<Member> {
    places
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut copy = doc.clone();
            copy.audience.place = row.place.clone();
            if chart(copy.chart).fields.figure {
                copy.figure = row.cells.first().map_or_else(String::new, |c| c.0.clone());
            } else {
                copy.rows = rows_for(&doc.rows, &places.columns, &row.cells);
            }
            let mut m = member(copy);
            m.stem = format!("{}-{:02}-{}", m.stem, i + 1, slug(&row.place));
            m.stem = m.stem.trim_end_matches('-').to_owned();
            m
        })
        .collect()
}

/// The chart rows for one place: a row per cell, labelled by the header (or the
/// design's own label at that position), keeping the design's years.
fn rows_for(design: &[Row], columns: &[String], cells: &[(String, Option<f64>)]) -> Vec<Row> {
    cells
        .iter()
        .enumerate()
        .map(|(i, (typed, value))| {
            let template = design.get(i);
            let label = columns
                .get(i)
                .filter(|c| !c.is_empty())
                .cloned()
                .or_else(|| template.map(|r| r.label.clone()))
                .unwrap_or_default();
            Row {
                label,
                value: *value,
                year: template.and_then(|r| r.year),
                typed: (value.is_none() && !typed.is_empty()).then(|| typed.clone()),
            }
        })
        .collect()
}

fn member(doc: Document) -> Member {
    Member {
        stem: doc.file_stem(),
        doc,
    }
}

/// A file-name-safe version of a place: ASCII letters and digits, accents dropped,
/// the rest as single hyphens ("Région de Thiès" → "region-de-thies"). Names in other
/// scripts come out empty, and the row number alone names the file.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().map(fold) {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// The ASCII letter under a Latin accent, for file names.
fn fold(c: char) -> char {
    match c {
        'à'..='å' | 'À'..='Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è'..='ë' | 'È'..='Ë' => 'e',
        'ì'..='ï' | 'Ì'..='Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò'..='ö' | 'Ò'..='Ö' | 'ø' | 'Ø' => 'o',
        'ù'..='ü' | 'Ù'..='Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        c => c,
    }
}

/// Why a zip could not be written (only a bug could cause it: it is all in memory).
#[derive(Debug)]
pub struct PackError(pub String);

/// A zip written one file at a time, each stored as it is (PNG, SVG and PDF are
/// compressed already), and handed on as it is written: the zip's bytes for each
/// file come back from [`add`](ZipStream::add), the closing directory from
/// [`finish`](ZipStream::finish), so nobody holds the whole zip while it is made.
pub struct ZipStream {
    writer: ZipWriter<StreamWriter<Written>>,
    written: Written,
    options: SimpleFileOptions,
}

/// The bytes the zip writer has written and nobody has taken yet.
#[derive(Clone, Default)]
struct Written(Rc<RefCell<Vec<u8>>>);

impl Write for Written {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Written {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.0.borrow_mut())
    }
}

impl ZipStream {
    /// An empty zip whose files are dated `time` (year, month, day, hour, minute,
    /// second).
    pub fn new(time: (u16, u8, u8, u8, u8, u8)) -> ZipStream {
        let (y, mo, d, h, mi, s) = time;
        let stamp = DateTime::from_date_and_time(y, mo, d, h, mi, s).unwrap_or_default();
        let written = Written::default();
        ZipStream {
            writer: ZipWriter::new_stream(written.clone()),
            written,
            options: SimpleFileOptions::default()
                .compression_method(CompressionMethod::Stored)
                .last_modified_time(stamp),
        }
    }

    /// Adds a file; returns the zip's bytes written since the last call (the file's
    /// header and contents, and the previous file's closing record).
    pub fn add(&mut self, name: &str, bytes: &[u8]) -> Result<Vec<u8>, PackError> {
        self.writer
            .start_file(name, self.options)
            .map_err(|e| PackError(e.to_string()))?;
        self.writer
            .write_all(bytes)
            .map_err(|e| PackError(e.to_string()))?;
        Ok(self.written.take())
    }

    /// Ends the zip; returns its last bytes (the directory of its files).
    pub fn finish(self) -> Result<Vec<u8>, PackError> {
        self.writer.finish().map_err(|e| PackError(e.to_string()))?;
        Ok(self.written.take())
    }
}

/// The files in one zip (see [`ZipStream`]).
pub fn zip(
    files: &[(String, Vec<u8>)],
    time: (u16, u8, u8, u8, u8, u8),
) -> Result<Vec<u8>, PackError> {
    let mut zip = ZipStream::new(time);
    let mut out = Vec::new();
    for (name, bytes) in files {
        out.extend(zip.add(name, bytes)?);
    }
    out.extend(zip.finish()?);
    Ok(out)
}

impl crate::model::error::UserError for PackError {
    fn message_id(&self) -> &'static str {
        "pack-failed"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::table::read_places;
    use crate::model::document::ChartKind;
    use crate::model::goal::Goal;

    #[test]
    fn every_format_and_every_language_get_their_own_file() {
        let tr = Translator::new(Lang::En);
        let doc = crate::render::charts::example(Goal::ZeroHunger, ChartKind::Gap, &tr);
        let formats = all_formats(&doc);
        assert_eq!(formats.len(), Format::ALL.len());
        assert!(formats
            .iter()
            .any(|m| m.stem == "lnb-goal2-gap-poster-a3-3508x4961-en"));
        let langs = all_languages(&doc);
        let stems: std::collections::BTreeSet<_> = langs.iter().map(|m| m.stem.clone()).collect();
        assert_eq!(stems.len(), Lang::ALL.len());
        let fr = langs
            .iter()
            .find(|m| m.doc.language == Lang::Fr)
            .expect("French");
        assert_eq!(
            fr.doc.rows[0].label,
            Translator::new(Lang::Fr).text("group-rural")
        );
    }

    #[test]
    fn one_per_row_takes_place_and_figures_from_each_row() {
        let tr = Translator::new(Lang::En);
        let places = read_places("County,Rural,Urban\nTurkana,41.5,60\nMurang'a,38,\nمحافظة,1,2\n");
        let gap = one_per_row(
            &crate::render::charts::example(Goal::ZeroHunger, ChartKind::Gap, &tr),
            &places,
        );
        assert_eq!(gap.len(), 3);
        assert_eq!(gap[0].doc.audience.place, "Turkana");
        assert_eq!(gap[0].doc.rows[1], Row::new("Urban", Some(60.0)));
        assert_eq!(gap[1].doc.rows[1].value, None);
        assert!(gap[0].stem.ends_with("-01-turkana"), "{}", gap[0].stem);
        assert!(gap[1].stem.ends_with("-02-murang-a"), "{}", gap[1].stem);
        assert!(gap[2].stem.ends_with("-03"), "{}", gap[2].stem);
        let big = one_per_row(
            &crate::render::charts::example(Goal::NoPoverty, ChartKind::BigNumber, &tr),
            &places,
        );
        assert_eq!(big[0].doc.figure, "41.5");
    }

    #[test]
    fn the_places_pack_in_every_language_has_each_place_in_each_language() {
        let tr = Translator::new(Lang::En);
        let places = read_places("County,Rural,Urban\nTurkana,41.5,60\nMurang'a,38,\n");
        let doc = crate::render::charts::example(Goal::ZeroHunger, ChartKind::Gap, &tr);
        let pack = one_per_row_in_every_language(&doc, &places);
        assert_eq!(pack.len(), 2 * Lang::ALL.len());
        let stems: std::collections::BTreeSet<_> = pack.iter().map(|m| m.stem.clone()).collect();
        assert_eq!(stems.len(), pack.len(), "every file named apart");
        let sw = pack
            .iter()
            .find(|m| m.doc.language == Lang::Sw && m.doc.audience.place == "Turkana")
            .expect("Turkana in Swahili");
        assert!(sw.stem.ends_with("-sw-01-turkana"), "{}", sw.stem);
        assert_eq!(sw.doc.rows[1].value, Some(60.0));
    }

    #[test]
    fn a_zip_handed_on_file_by_file_is_the_same_zip() {
        let mut stream = ZipStream::new((2026, 11, 30, 9, 0, 0));
        let first = stream.add("a.png", &[7; 5000]).expect("add");
        assert!(
            first.len() > 5000,
            "the first file's bytes come back at once"
        );
        let second = stream.add("b.png", &[8; 10]).expect("add");
        let tail = stream.finish().expect("finish");
        let whole = [first, second, tail].concat();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(whole)).expect("a zip");
        assert_eq!(archive.len(), 2);
        let mut a = Vec::new();
        std::io::Read::read_to_end(&mut archive.by_name("a.png").expect("a"), &mut a)
            .expect("read");
        assert_eq!(a, vec![7; 5000]);
    }

    #[test]
    fn slugs_are_plain_ascii() {
        assert_eq!(slug("Région de Thiès"), "region-de-thies");
        assert_eq!(slug("  Elgeyo/Marakwet  "), "elgeyo-marakwet");
        assert_eq!(slug("الرياض"), "");
    }

    #[test]
    fn a_zip_lists_its_files_with_their_bytes_and_date() {
        let files = vec![
            ("a.png".to_owned(), vec![1, 2, 3]),
            ("b.svg".to_owned(), b"<svg/>".to_vec()),
        ];
        let bytes = zip(&files, (2026, 11, 27, 10, 30, 0)).expect("zip");
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
        assert_eq!(archive.len(), 2);
        let mut b = archive.by_name("b.svg").expect("b.svg");
        let mut text = String::new();
        std::io::Read::read_to_string(&mut b, &mut text).expect("read");
        assert_eq!(text, "<svg/>");
        assert_eq!(b.last_modified().map(|t| t.year()), Some(2026));
    }
}
