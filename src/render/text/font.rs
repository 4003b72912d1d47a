//! One font file and the tables the studio reads from it: the character map, the
//! metrics, the TrueType outlines and the OpenType layout tables, each read by
//! ttf-parser's own parser for that table when asked for.
//!
//! `ttf_parser::Face` is not used: `Face::parse` reads every table the format has
//! (CFF, colour, bitmaps, maths, vertical metrics…), and every one of those parsers
//! would come with it into the first load (about 19 KB of the main module). The
//! answers are the ones `Face` gives for a font without variations: the same table
//! parsers, and the same choice of ascender and descender.

use std::ops::Range;

use owned_ttf_parser::opentype_layout::LayoutTable;
use owned_ttf_parser::{
    cmap, gdef, glyf, head, hhea, hmtx, loca, maxp, os2, Face, GlyphId, RawFace, RawFaceTables, Tag,
};

/// The tables read, each found once in the file's directory.
const TAGS: [&[u8; 4]; 11] = [
    b"head", b"hhea", b"maxp", b"OS/2", b"cmap", b"hmtx", b"loca", b"glyf", b"GDEF", b"GSUB",
    b"GPOS",
];

/// A font file whose required tables (`head`, `hhea`, `maxp`) have been read, as
/// `ttf_parser::Face::parse` requires them, with where its other tables are and the
/// vertical metrics every line asks for.
#[derive(Debug)]
pub struct FontFile {
    bytes: Vec<u8>,
    /// Where each of [`TAGS`] is in `bytes`, if the file has it.
    tables: [Option<Range<usize>>; TAGS.len()],
    head: head::Table,
    hhea: hhea::Table,
    maxp: maxp::Table,
    /// Ascender, descender and the height of "H", in font units.
    vertical: (i16, i16, Option<i16>),
}

impl FontFile {
    /// `bytes` as a font file; None if they are not one (no table directory, or no
    /// valid `head`, `hhea` or `maxp` table).
    pub fn parse(bytes: Vec<u8>) -> Option<FontFile> {
        let raw = RawFace::parse(&bytes, 0).ok()?;
        // Found as `Face::parse` finds them: the first record with the tag, the
        // directory not assumed sorted.
        let tables = TAGS.map(|tag| {
            let tag = Tag::from_bytes(tag);
            let record = raw.table_records.into_iter().find(|r| r.tag == tag)?;
            let start = usize::try_from(record.offset).ok()?;
            let end = start.checked_add(usize::try_from(record.length).ok()?)?;
            bytes.get(start..end).map(|_| start..end)
        });
        let slice = |i: usize| tables[i].clone().and_then(|r| bytes.get(r));
        let head = head::Table::parse(slice(0)?)?;
        let hhea = hhea::Table::parse(slice(1)?)?;
        let maxp = maxp::Table::parse(slice(2)?)?;
        let mut file = FontFile {
            bytes,
            tables,
            head,
            hhea,
            maxp,
            vertical: (0, 0, None),
        };
        let font = file.font();
        // "H" stands on the baseline, so its outline's height is the cap height.
        let cap = font
            .glyph_index('H')
            .and_then(|h| font.glyf()?.bbox(h))
            .map(|b| b.y_max);
        file.vertical = (font.ascender(), font.descender(), cap);
        Some(file)
    }

    /// The file's bytes (for embedding in a PDF).
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The font, to read glyphs and tables from.
    pub fn font(&self) -> Font<'_> {
        Font { file: self }
    }

    /// Font units per em.
    pub fn units_per_em(&self) -> u16 {
        self.head.units_per_em
    }

    /// The ascender and descender ([`Font::ascender`], [`Font::descender`]) and the
    /// height of "H" (None if the font has no outline for it), in font units.
    pub fn vertical(&self) -> (i16, i16, Option<i16>) {
        self.vertical
    }
}

/// A font file's tables, borrowed from it.
#[derive(Clone, Copy)]
pub struct Font<'a> {
    file: &'a FontFile,
}

impl<'a> Font<'a> {
    fn table(&self, tag: &[u8; 4]) -> Option<&'a [u8]> {
        let at = TAGS.iter().position(|t| *t == tag)?;
        let range = self.file.tables[at].clone()?;
        self.file.bytes.get(range)
    }

    /// Font units per em.
    pub fn units_per_em(&self) -> u16 {
        self.file.head.units_per_em
    }

    /// The box every glyph fits in, in font units (`head`).
    pub fn global_bounding_box(&self) -> owned_ttf_parser::Rect {
        self.file.head.global_bbox
    }

    /// The height of capitals, in font units, if `OS/2` gives it.
    pub fn capital_height(&self) -> Option<i16> {
        self.os2()?.capital_height()
    }

    /// The glyph the character map gives `c` (the first Unicode subtable that maps
    /// it), or None. Only the two formats Unicode fonts map characters with are read
    /// (4 for the Basic Multilingual Plane, 12 for every plane; every shipped face
    /// maps all it holds with them, a test holds), so the other formats' lookups stay
    /// out of the first load.
    pub fn glyph_index(&self, c: char) -> Option<GlyphId> {
        let map = cmap::Table::parse(self.table(b"cmap")?)?;
        map.subtables
            .into_iter()
            .filter(|subtable| subtable.is_unicode())
            .find_map(|subtable| match subtable.format {
                cmap::Format::SegmentMappingToDeltaValues(t) => t.glyph_index(u32::from(c)),
                cmap::Format::SegmentedCoverage(t) => t.glyph_index(u32::from(c)),
                _ => None,
            })
    }

    /// The horizontal metrics, to read many advances from.
    pub fn advances(&self) -> Option<hmtx::Table<'a>> {
        hmtx::Table::parse(
            self.file.hhea.number_of_metrics,
            self.file.maxp.number_of_glyphs,
            self.table(b"hmtx")?,
        )
    }

    /// Glyph `id`'s horizontal advance, in font units.
    pub fn glyph_hor_advance(&self, id: GlyphId) -> Option<u16> {
        self.advances()?.advance(id)
    }

    /// The TrueType outlines (`glyf` through `loca`).
    pub fn glyf(&self) -> Option<glyf::Table<'a>> {
        let loca = loca::Table::parse(
            self.file.maxp.number_of_glyphs,
            self.file.head.index_to_location_format,
            self.table(b"loca")?,
        )?;
        glyf::Table::parse(loca, self.table(b"glyf")?)
    }

    /// The glyph classes (`GDEF`).
    pub fn gdef(&self) -> Option<gdef::Table<'a>> {
        gdef::Table::parse(self.table(b"GDEF")?)
    }

    /// The substitutions (`GSUB`) and the positionings (`GPOS`).
    ///
    /// ttf-parser reads these only as part of a `Face`, so one is made of them and
    /// the three tables it requires, every other table given as absent: the
    /// optimiser, seeing them absent here, leaves out their parsers.
    pub fn layout(&self) -> (Option<LayoutTable<'a>>, Option<LayoutTable<'a>>) {
        let (Some(head), Some(hhea), Some(maxp)) = (
            self.table(b"head"),
            self.table(b"hhea"),
            self.table(b"maxp"),
        ) else {
            return (None, None);
        };
        let tables = RawFaceTables {
            head,
            hhea,
            maxp,
            gsub: self.table(b"GSUB"),
            gpos: self.table(b"GPOS"),
            ..RawFaceTables::default()
        };
        Face::from_raw_tables(tables).map_or((None, None), |face| {
            (face.tables().gsub, face.tables().gpos)
        })
    }

    fn os2(&self) -> Option<os2::Table<'a>> {
        os2::Table::parse(self.table(b"OS/2")?)
    }

    /// The ascender, in font units: `OS/2`'s typographic one when the font says to
    /// use it, else `hhea`'s, else (when that is 0) `OS/2`'s typographic or Windows
    /// one, as `Face::ascender` chooses.
    pub fn ascender(&self) -> i16 {
        self.vertical(
            self.file.hhea.ascender,
            os2::Table::typographic_ascender,
            os2::Table::windows_ascender,
        )
    }

    /// The descender (negative below the baseline), chosen as the ascender is.
    pub fn descender(&self) -> i16 {
        self.vertical(
            self.file.hhea.descender,
            os2::Table::typographic_descender,
            os2::Table::windows_descender,
        )
    }

    fn vertical(
        &self,
        hhea: i16,
        typographic: fn(&os2::Table<'a>) -> i16,
        windows: fn(&os2::Table<'a>) -> i16,
    ) -> i16 {
        let os2 = self.os2();
        match os2 {
            Some(t) if t.use_typographic_metrics() => typographic(&t),
            Some(t) if hhea == 0 => match typographic(&t) {
                0 => windows(&t),
                value => value,
            },
            _ => hhea,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::text::fonts::BUNDLED;

    /// Every shipped face answers as `ttf_parser::Face` does (which the native build
    /// may still use: only the first load must do without it).
    #[test]
    fn every_shipped_face_reads_as_ttf_parser_face_does() {
        for bytes in BUNDLED {
            let face = owned_ttf_parser::Face::parse(bytes, 0).expect("a face");
            let file = FontFile::parse(bytes.to_vec()).expect("a font file");
            let font = file.font();
            assert_eq!(font.units_per_em(), face.units_per_em());
            assert_eq!(font.ascender(), face.ascender());
            assert_eq!(font.descender(), face.descender());
            let h = face.glyph_index('H').expect("an H");
            let cap = face.tables().glyf.and_then(|t| t.bbox(h)).map(|b| b.y_max);
            assert_eq!(file.vertical(), (face.ascender(), face.descender(), cap));
            assert!(cap.is_some_and(|c| c > 0));
            assert_eq!(font.capital_height(), face.capital_height());
            assert_eq!(font.global_bounding_box(), face.global_bounding_box());
            let mut mapped = 0;
            for c in (' '..='\u{24f}')
                .chain('\u{600}'..='\u{6ff}')
                .chain(['€', '–', '’'])
            {
                let glyph = font.glyph_index(c);
                assert_eq!(glyph, face.glyph_index(c), "{c:?}");
                if let Some(g) = glyph {
                    mapped += 1;
                    assert_eq!(font.glyph_hor_advance(g), face.glyph_hor_advance(g));
                    let glyf = font.glyf().expect("glyf");
                    assert_eq!(
                        glyf.bbox(g).map(|b| (b.x_min, b.y_max)),
                        face.tables()
                            .glyf
                            .and_then(|t| t.bbox(g))
                            .map(|b| (b.x_min, b.y_max))
                    );
                }
            }
            assert!(mapped > 150, "only {mapped} characters mapped");
            let (gsub, gpos) = font.layout();
            assert_eq!(
                gsub.map(|t| t.lookups.len()),
                face.tables().gsub.map(|t| t.lookups.len())
            );
            assert_eq!(
                gpos.map(|t| t.lookups.len()),
                face.tables().gpos.map(|t| t.lookups.len())
            );
            assert_eq!(font.gdef().is_some(), face.tables().gdef.is_some());
        }
    }

    #[test]
    fn what_is_not_a_font_is_refused() {
        assert!(FontFile::parse(Vec::new()).is_none());
        assert!(FontFile::parse(b"not a font at all, just words".to_vec()).is_none());
        let mut no_head = BUNDLED[1].to_vec();
        // Renaming the `head` record's tag leaves the file without one.
        let at = no_head
            .windows(4)
            .position(|w| w == b"head")
            .expect("a head record");
        no_head[at..at + 4].copy_from_slice(b"hxad");
        assert!(FontFile::parse(no_head).is_none());
    }
}
