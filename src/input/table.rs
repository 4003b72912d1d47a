//! Reading a table pasted from a spreadsheet or imported from a CSV file: tab-,
//! semicolon- or comma-separated, decimal comma or point, thousands separators,
//! percent signs, quoted cells, with or without a header row.
//!
//! Reading never fails: cells that are not numbers are kept as labels or reported, and
//! the caller shows what was read before anything replaces the user's table.

use crate::model::document::Row;

/// The most rows one paste or file brings in; the rest are counted, not kept.
pub const MAX_ROWS: usize = 10_000;

/// What a paste or a file gave.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The rows read: label, value (None for an empty or unreadable cell), year.
    pub rows: Vec<Row>,
    /// Whether the first line was taken as a header and skipped.
    pub header: bool,
    /// Value cells that were not empty and not a number (1-based line numbers).
    pub unreadable: Vec<usize>,
    /// Rows beyond [`MAX_ROWS`] that were left out.
    pub left_out: usize,
    /// Whether any value carried a percent sign.
    pub percent: bool,
}

/// Splits `text` into records of cells, honouring double quotes.
fn records(text: &str, delimiter: char) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut record = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
            }
            (c, false) if c == delimiter => record.push(std::mem::take(&mut cell)),
            ('\r', false) => {}
            ('\n', false) => {
                record.push(std::mem::take(&mut cell));
                out.push(std::mem::take(&mut record));
            }
            (c, _) => cell.push(c),
        }
    }
    if !cell.is_empty() || !record.is_empty() {
        record.push(cell);
        out.push(record);
    }
    out.retain(|r| r.iter().any(|c| !c.trim().is_empty()));
    out
}

/// Tab if the text has one, else semicolon if it has more than commas, else comma.
fn delimiter(text: &str) -> char {
    let first_lines: String = text.lines().take(20).collect::<Vec<_>>().join("\n");
    if first_lines.contains('\t') {
        '\t'
    } else if first_lines.matches(';').count() > first_lines.matches(',').count() {
        ';'
    } else {
        ','
    }
}

/// Whether numbers in these cells use a decimal comma ("12,5", "1.234,5"). A comma
/// followed by exactly three digits alone ("1,234") is read as a thousands separator.
fn decimal_comma(cells: &[&str], delimiter: char) -> bool {
    if delimiter == ',' {
        return false;
    }
    cells.iter().any(|cell| {
        let digits = cell.trim().trim_end_matches('%').trim();
        match digits.rsplit_once(',') {
            Some((whole, fraction)) => {
                !fraction.is_empty()
                    && fraction.len() != 3
                    && fraction.chars().all(|c| c.is_ascii_digit())
                    && whole
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == '.' || c == ' ' || c == '-')
            }
            None => false,
        }
    }) || cells.iter().any(|cell| {
        // "1.234,5": a dot before a comma.
        let t = cell.trim();
        matches!((t.find('.'), t.rfind(',')), (Some(dot), Some(comma)) if dot < comma)
    })
}

/// A number in a cell, with `decimal` as its decimal mark and any of the usual group
/// separators; None if it is not one. The same reader as a typed cell's
/// ([`crate::model::number::read_number`]), so Arabic digits and signs are read here too.
fn number(cell: &str, decimal: char) -> Option<f64> {
    crate::model::number::read_number(
        cell,
        |c| c == decimal,
        |c| matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\''),
    )
    .ok()
    .flatten()
}

/// A table file (CSV, TSV, a shared text) read from its bytes, whatever its encoding.
pub fn read_table_file(bytes: &[u8]) -> Imported {
    read_table(&decode_text(bytes))
}

/// A text file's bytes as text: UTF-8 (a byte-order mark dropped), UTF-16 with its
/// byte-order mark (a spreadsheet's "Unicode text"), else the single-byte code page a
/// desktop spreadsheet still saves as "CSV" — Windows-1256 when the bytes look Arabic,
/// else Windows-1252 — so "Côte d'Ivoire" and "الريف" stay themselves.
pub fn decode_text(bytes: &[u8]) -> String {
    let utf16 = |bytes: &[u8], pair: fn([u8; 2]) -> u16| {
        let units: Vec<u16> = bytes.chunks_exact(2).map(|p| pair([p[0], p[1]])).collect();
        String::from_utf16_lossy(&units)
    };
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ => match std::str::from_utf8(bytes) {
            Ok(text) => text.to_owned(),
            Err(_) => {
                let page = if looks_arabic(bytes) {
                    &WINDOWS_1256
                } else {
                    &WINDOWS_1252
                };
                bytes.iter().map(|&b| single_byte(b, page)).collect()
            }
        },
    }
}

/// A byte of a single-byte Windows code page as a character.
fn single_byte(byte: u8, high: &[char; 128]) -> char {
    match byte {
        0x00..=0x7F => char::from(byte),
        _ => high[usize::from(byte - 0x80)],
    }
}

/// Whether bytes that are not UTF-8 look like Arabic Windows-1256 rather than Western
/// Windows-1252: Arabic words are runs of high bytes (0xC0 and up, the letters), where
/// French, Spanish or Portuguese has a lone accented letter between ASCII ones.
fn looks_arabic(bytes: &[u8]) -> bool {
    let letter = |b: &u8| *b >= 0xC0;
    let (mut in_runs, mut alone) = (0usize, 0usize);
    for (i, b) in bytes.iter().enumerate() {
        if !letter(b) {
            continue;
        }
        let before = i > 0 && letter(&bytes[i - 1]);
        let after = bytes.get(i + 1).is_some_and(letter);
        if before || after {
            in_runs += 1;
        } else {
            alone += 1;
        }
    }
    in_runs > alone
}

/// Windows-1252's bytes 0x80–0xFF (WHATWG's table: the five it leaves out keep their C1
/// code points). Generated from Python's codecs.
#[rustfmt::skip]
const WINDOWS_1252: [char; 128] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡',
    'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—',
    '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    '\u{a0}', '¡', '¢', '£', '¤', '¥', '¦', '§',
    '¨', '©', 'ª', '«', '¬', '\u{ad}', '®', '¯',
    '°', '±', '²', '³', '´', 'µ', '¶', '·',
    '¸', '¹', 'º', '»', '¼', '½', '¾', '¿',
    'À', 'Á', 'Â', 'Ã', 'Ä', 'Å', 'Æ', 'Ç',
    'È', 'É', 'Ê', 'Ë', 'Ì', 'Í', 'Î', 'Ï',
    'Ð', 'Ñ', 'Ò', 'Ó', 'Ô', 'Õ', 'Ö', '×',
    'Ø', 'Ù', 'Ú', 'Û', 'Ü', 'Ý', 'Þ', 'ß',
    'à', 'á', 'â', 'ã', 'ä', 'å', 'æ', 'ç',
    'è', 'é', 'ê', 'ë', 'ì', 'í', 'î', 'ï',
    'ð', 'ñ', 'ò', 'ó', 'ô', 'õ', 'ö', '÷',
    'ø', 'ù', 'ú', 'û', 'ü', 'ý', 'þ', 'ÿ',
];

/// Windows-1256's bytes 0x80–0xFF: what Arabic Windows saves as "CSV". Generated from
/// Python's codecs.
#[rustfmt::skip]
const WINDOWS_1256: [char; 128] = [
    '€', 'پ', '‚', 'ƒ', '„', '…', '†', '‡',
    'ˆ', '‰', 'ٹ', '‹', 'Œ', 'چ', 'ژ', 'ڈ',
    'گ', '‘', '’', '“', '”', '•', '–', '—',
    'ک', '™', 'ڑ', '›', 'œ', '\u{200c}', '\u{200d}', 'ں',
    '\u{a0}', '،', '¢', '£', '¤', '¥', '¦', '§',
    '¨', '©', 'ھ', '«', '¬', '\u{ad}', '®', '¯',
    '°', '±', '²', '³', '´', 'µ', '¶', '·',
    '¸', '¹', '؛', '»', '¼', '½', '¾', '؟',
    'ہ', 'ء', 'آ', 'أ', 'ؤ', 'إ', 'ئ', 'ا',
    'ب', 'ة', 'ت', 'ث', 'ج', 'ح', 'خ', 'د',
    'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', '×',
    'ط', 'ظ', 'ع', 'غ', 'ـ', 'ف', 'ق', 'ك',
    'à', 'ل', 'â', 'م', 'ن', 'ه', 'و', 'ç',
    'è', 'é', 'ê', 'ë', 'ى', 'ي', 'î', 'ï',
    'ً', 'ٌ', 'ٍ', 'َ', 'ô', 'ُ', 'ِ', '÷',
    'ّ', 'ù', 'ْ', 'û', 'ü', '\u{200e}', '\u{200f}', 'ے',
];

use crate::model::document::read_year as year;

/// Reads a pasted or imported table. Columns: label, value, and optionally year; a
/// single column of numbers is read as values with empty labels.
pub fn read_table(text: &str) -> Imported {
    let delimiter = delimiter(text);
    let records = records(text, delimiter);
    let value_column = |r: &Vec<String>| if r.len() >= 2 { 1 } else { 0 };
    let value_cells: Vec<&str> = records
        .iter()
        .filter_map(|r| r.get(value_column(r)).map(String::as_str))
        .collect();
    let decimal = if decimal_comma(&value_cells, delimiter) {
        ','
    } else {
        '.'
    };
    // A header: a first line whose value cell is words, above lines with numbers.
    let later_numbers = records.iter().skip(1).any(|r| {
        r.get(value_column(r))
            .is_some_and(|c| number(c, decimal).is_some())
    });
    let header = later_numbers
        && records.first().is_some_and(|r| {
            r.get(value_column(r))
                .is_some_and(|c| !c.trim().is_empty() && number(c, decimal).is_none())
        });
    let mut imported = Imported {
        rows: Vec::new(),
        header,
        unreadable: Vec::new(),
        left_out: 0,
        percent: false,
    };
    for (line, record) in records.iter().enumerate().skip(usize::from(header)) {
        if imported.rows.len() == MAX_ROWS {
            imported.left_out += 1;
            continue;
        }
        let (label, value_cell, year_cell) = match record.as_slice() {
            [only] => ("", only.as_str(), None),
            [label, value] => (label.as_str(), value.as_str(), None),
            [label, value, year, ..] => (label.as_str(), value.as_str(), Some(year.as_str())),
            [] => continue,
        };
        let value = number(value_cell, decimal);
        if value.is_none() && !value_cell.trim().is_empty() {
            imported.unreadable.push(line + 1);
        }
        imported.percent |= value_cell.trim().ends_with('%');
        let typed = (value.is_none() && !value_cell.trim().is_empty())
            .then(|| value_cell.trim().to_owned());
        imported.rows.push(Row {
            label: label.trim().to_owned(),
            value,
            year: year_cell.and_then(year),
            typed,
        });
    }
    imported
}

/// The most places one "one per row" pack makes.
pub const MAX_PLACES: usize = 500;

/// One row of a places table: the place's name and its cells as typed and as numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceRow {
    /// The first cell: the place.
    pub place: String,
    /// The other cells: the text as typed, and its value if it is a number.
    pub cells: Vec<(String, Option<f64>)>,
}

/// A table with one row per place (e.g. Kenya's 47 counties).
#[derive(Debug, Clone, PartialEq)]
pub struct Places {
    /// The header's names of the columns after the place, if there was a header.
    pub columns: Vec<String>,
    /// The places, in order, without empty lines.
    pub rows: Vec<PlaceRow>,
    /// Rows beyond [`MAX_PLACES`] that were left out.
    pub left_out: usize,
}

/// Reads a CSV or pasted table of places: the place in the first column, figures in
/// the next; a first line of words above lines of numbers is a header naming them.
pub fn read_places(text: &str) -> Places {
    let delimiter = delimiter(text);
    let records: Vec<Vec<String>> = records(text, delimiter)
        .into_iter()
        .filter(|r| r.iter().any(|c| !c.trim().is_empty()))
        .collect();
    let figures: Vec<&str> = records
        .iter()
        .filter_map(|r| r.get(1).map(String::as_str))
        .collect();
    let decimal = if decimal_comma(&figures, delimiter) {
        ','
    } else {
        '.'
    };
    let is_number = |c: &String| number(c, decimal).is_some();
    let header = records.len() > 1
        && records[0]
            .iter()
            .skip(1)
            .any(|c| !c.trim().is_empty() && !is_number(c))
        && records[1..].iter().any(|r| r.iter().skip(1).any(is_number));
    let columns = if header {
        records[0]
            .iter()
            .skip(1)
            .map(|c| c.trim().to_owned())
            .collect()
    } else {
        Vec::new()
    };
    let body = &records[usize::from(header)..];
    let rows = body
        .iter()
        .take(MAX_PLACES)
        .map(|record| PlaceRow {
            place: record
                .first()
                .map_or_else(String::new, |c| c.trim().to_owned()),
            cells: record
                .iter()
                .skip(1)
                .map(|c| (c.trim().to_owned(), number(c, decimal)))
                .collect(),
        })
        .collect();
    Places {
        columns,
        rows,
        left_out: body.len().saturating_sub(MAX_PLACES),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_places_table_with_a_header_names_its_columns() {
        let places = read_places(
            "County,Rural,Urban\nTurkana,41.5,60\n\nMarsabit,38,\n\"Tharaka-Nithi\",\"1,234\",x\n",
        );
        assert_eq!(places.columns, vec!["Rural", "Urban"]);
        assert_eq!(places.rows.len(), 3);
        assert_eq!(places.rows[0].place, "Turkana");
        assert_eq!(
            places.rows[0].cells,
            vec![("41.5".into(), Some(41.5)), ("60".into(), Some(60.0))]
        );
        assert_eq!(places.rows[1].cells[1], (String::new(), None));
        assert_eq!(
            places.rows[2].cells,
            vec![("1,234".into(), Some(1234.0)), ("x".into(), None)]
        );
        let plain = read_places("Dakar;12,5\nThiès;7\n");
        assert!(plain.columns.is_empty());
        assert_eq!(plain.rows[0].cells[0].1, Some(12.5));
    }

    fn values(imported: &Imported) -> Vec<Option<f64>> {
        imported.rows.iter().map(|r| r.value).collect()
    }

    #[test]
    fn tab_separated_with_decimal_commas_and_a_header() {
        let text = "Region\tShare\tYear\nNorth\t12,5%\t2022\nSouth\t40,25 %\t2023\nEast\t7\t2021\n";
        let t = read_table(text);
        assert!(t.header);
        assert_eq!(values(&t), vec![Some(12.5), Some(40.25), Some(7.0)]);
        assert_eq!(t.rows[0].label, "North");
        assert_eq!(t.rows[1].year, Some(2023));
        assert!(t.percent);
        assert!(t.unreadable.is_empty());
    }

    #[test]
    fn comma_separated_with_thousands_and_quotes() {
        let text = "\"Nairobi, City\",\"1,234,567\"\nMombasa,\"12,000.5\"\r\nKisumu,\n";
        let t = read_table(text);
        assert!(!t.header);
        assert_eq!(t.rows[0].label, "Nairobi, City");
        assert_eq!(values(&t), vec![Some(1_234_567.0), Some(12_000.5), None]);
    }

    #[test]
    fn semicolons_and_european_grouping() {
        let t = read_table("Ville;Valeur\nDakar;1.234,5\nThiès;12\n");
        assert!(t.header);
        assert_eq!(values(&t), vec![Some(1234.5), Some(12.0)]);
    }

    #[test]
    fn a_three_digit_group_is_a_thousands_separator() {
        let t = read_table("A\t1,234\nB\t5,678\n");
        assert_eq!(values(&t), vec![Some(1234.0), Some(5678.0)]);
    }

    #[test]
    fn unreadable_cells_are_kept_as_no_data_and_reported() {
        let t = read_table("Label\tValue\nA\tabc\nB\t1e308\nC\t3\nD\tNaN\n");
        assert!(t.header);
        assert_eq!(values(&t), vec![None, None, Some(3.0), None]);
        assert_eq!(t.unreadable, vec![2, 3, 5]);
        assert_eq!(
            t.rows[0].typed.as_deref(),
            Some("abc"),
            "what was there is kept"
        );
        assert_eq!(t.rows[2].typed, None);
        let no_numbers = read_table("Label\tValue\nA\tabc\n");
        assert!(!no_numbers.header, "no header without numbers under it");
    }

    #[test]
    fn arabic_digits_and_signs_are_read_in_a_pasted_table() {
        let imported = read_table("الريف\t٤٤٫٥٪\nالحضر\t٧١٪\nالجميع\t٣٤");
        assert_eq!(values(&imported), vec![Some(44.5), Some(71.0), Some(34.0)]);
    }

    #[test]
    fn windows_1252_utf_16_and_utf_8_files_all_read_as_what_was_typed() {
        // "Côte d'Ivoire;12,5 €" as Windows-1252 saves it.
        let cp1252 = b"C\xF4te d\x92Ivoire;12,5 \x80";
        assert_eq!(decode_text(cp1252), "Côte d’Ivoire;12,5 €");
        let utf8 = "Côte d'Ivoire;12,5".as_bytes();
        assert_eq!(decode_text(utf8), "Côte d'Ivoire;12,5");
        let with_bom = [&[0xEF, 0xBB, 0xBF][..], utf8].concat();
        assert_eq!(decode_text(&with_bom), "Côte d'Ivoire;12,5");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Côte".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode_text(&utf16), "Côte");
        let imported = read_table(&decode_text(b"Place;Value\nC\xF4te d'Ivoire;12,5"));
        assert_eq!(imported.rows[0].label, "Côte d'Ivoire");
        // What Arabic Windows saves: "الريف;44" and "الحضر;71" in Windows-1256.
        let arabic = b"\xC7\xE1\xD1\xED\xDD;44\n\xC7\xE1\xCD\xD6\xD1;71";
        assert_eq!(decode_text(arabic), "الريف;44\nالحضر;71");
        // Western text with accents stays Windows-1252.
        assert_eq!(decode_text(b"S\xE9n\xE9gal;30"), "Sénégal;30");
    }

    #[test]
    fn a_single_column_of_numbers_and_an_empty_paste() {
        assert_eq!(
            values(&read_table("1\n2\n3")),
            vec![Some(1.0), Some(2.0), Some(3.0)]
        );
        let empty = read_table("  \n\n");
        assert!(empty.rows.is_empty() && !empty.header);
    }

    #[test]
    fn a_huge_paste_is_capped_and_counted() {
        let text: String = (0..MAX_ROWS + 25)
            .map(|i| format!("row {i}\t{i}\n"))
            .collect();
        let t = read_table(&text);
        assert_eq!(t.rows.len(), MAX_ROWS);
        assert_eq!(t.left_out, 25);
    }
}
