//! The Latin shaper: the fonts' own ligatures (GSUB) and kerning (GPOS pair
//! adjustments), read through ttf-parser, which the app links anyway to read glyphs.
//!
//! It covers what the Latin faces do to text without combining marks: their ligature
//! and single substitutions, then pair kerning. Anything more (a combining mark, a
//! fraction slash; right-to-left runs never come here) asks for the full shaper
//! ([`needs_full_shaper`]). A native test holds the result equal to rustybuzz's on
//! every string of the five Latin languages and on generated text, so the browser
//! does not need rustybuzz on its first load to set Latin text exactly.

use owned_ttf_parser::gdef::GlyphClass;
use owned_ttf_parser::gpos::{PairAdjustment, PositioningSubtable, ValueRecord};
use owned_ttf_parser::gsub::{SingleSubstitution, SubstitutionSubtable};
use owned_ttf_parser::opentype_layout::{LayoutTable, LookupSubtable};
use owned_ttf_parser::{GlyphId, Tag};

use super::font::Font;

use super::RawGlyph;

/// The substitution features a shaper applies to Latin text by default (HarfBuzz's
/// list for horizontal text, less those that only act on marks or fractions).
const SUBSTITUTIONS: [&[u8; 4]; 7] = [
    b"ccmp", b"locl", b"rlig", b"rclt", b"calt", b"liga", b"clig",
];
/// The positioning features applied by default that act on text without marks.
const POSITIONS: [&[u8; 4]; 1] = [b"kern"];

/// Whether a left-to-right run needs more than this shaper does: a combining mark (by
/// Unicode range or the font's own mark class) or the fraction slash. (Right-to-left
/// letters always form runs of their own, which go to the full shaper.)
pub fn needs_full_shaper(face: &Font, text: &str) -> bool {
    let gdef = face.gdef();
    text.chars().any(|c| {
        matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}'
            | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}' | '\u{2044}')
            || face
                .glyph_index(c)
                .is_some_and(|g| gdef.and_then(|t| t.glyph_class(g)) == Some(GlyphClass::Mark))
    })
}

/// Which lookups a face applies, found once per face.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    substitutions: Vec<u16>,
    positions: Vec<u16>,
}

impl Plan {
    /// The substitution and kerning lookups of `face`'s default Latin features.
    pub fn of(face: &Font) -> Plan {
        let (gsub, gpos) = face.layout();
        Plan {
            substitutions: gsub.map_or_else(Vec::new, |t| lookups(&t, &SUBSTITUTIONS)),
            positions: gpos.map_or_else(Vec::new, |t| lookups(&t, &POSITIONS)),
        }
    }
}

/// `text` (left to right) in glyphs: mapped through the cmap, substituted, kerned.
pub fn shape(face: &Font, plan: &Plan, text: &str) -> Vec<RawGlyph> {
    let mut glyphs: Vec<RawGlyph> = text
        .char_indices()
        .map(|(at, c)| RawGlyph {
            id: face.glyph_index(c).map_or(0, |g| g.0),
            cluster: at as u32,
            advance: 0,
            dx: 0,
            dy: 0,
        })
        .collect();
    let (gsub, gpos) = face.layout();
    if let Some(gsub) = gsub {
        for &index in &plan.substitutions {
            substitute(&gsub, index, &mut glyphs);
        }
    }
    let advances = face.advances();
    for glyph in &mut glyphs {
        glyph.advance = i32::from(
            advances
                .and_then(|t| t.advance(GlyphId(glyph.id)))
                .unwrap_or(0),
        );
    }
    if let Some(gpos) = gpos {
        for &index in &plan.positions {
            kern(&gpos, index, &mut glyphs);
        }
    }
    glyphs
}

/// The lookups of `features` for Latin script's default language (or the default
/// script's), in the order the font lists them.
fn lookups(table: &LayoutTable, features: &[&[u8; 4]]) -> Vec<u16> {
    let script = table
        .scripts
        .find(Tag::from_bytes(b"latn"))
        .or_else(|| table.scripts.find(Tag::from_bytes(b"DFLT")));
    let Some(language) = script.and_then(|s| s.default_language) else {
        return Vec::new();
    };
    let mut indices: Vec<u16> = Vec::new();
    let wanted = language
        .feature_indices
        .into_iter()
        .filter_map(|i| table.features.get(i))
        .filter(|f| features.iter().any(|tag| f.tag == Tag::from_bytes(tag)))
        .flat_map(|f| f.lookup_indices);
    // In order and once each (a binary-search insert: a handful of lookups, and no
    // sorting code in the first load).
    for index in wanted {
        if let Err(at) = indices.binary_search(&index) {
            indices.insert(at, index);
        }
    }
    indices
}

/// A lookup subtable, read only if it is of a kind this shaper applies (directly or
/// through an extension subtable); any other kind is passed over unread. ttf-parser's
/// own subtable types are parsed with the kind known here, so the optimiser leaves
/// out the parsers of every kind this shaper never applies (context, chaining, marks,
/// cursive…) and with them about 3 KB gzip of the first load.
struct Applied<T>(Option<T>);

/// The kind and data of the subtable `data` (of lookup type `kind`) stands for: itself,
/// or, if `kind` is the table's extension type, the subtable the extension points to
/// (format 1: the wrapped lookup type, then a 32-bit offset from the extension's start).
fn unwrapped(data: &[u8], kind: u16, extension: u16) -> Option<(u16, &[u8])> {
    if kind != extension {
        return Some((kind, data));
    }
    let word = |at: usize| Some(u16::from_be_bytes([*data.get(at)?, *data.get(at + 1)?]));
    if word(0)? != 1 {
        return None;
    }
    let offset = (u32::from(word(4)?) << 16) | u32::from(word(6)?);
    Some((word(2)?, data.get(usize::try_from(offset).ok()?..)?))
}

impl<'a> LookupSubtable<'a> for Applied<SubstitutionSubtable<'a>> {
    fn parse(data: &'a [u8], kind: u16) -> Option<Self> {
        // GSUB's extension is type 7; single is 1, ligature 4.
        let (kind, data) = unwrapped(data, kind, 7)?;
        Some(Applied(match kind {
            1 => Some(SubstitutionSubtable::parse(data, 1)?),
            4 => Some(SubstitutionSubtable::parse(data, 4)?),
            _ => None,
        }))
    }
}

impl<'a> LookupSubtable<'a> for Applied<PairAdjustment<'a>> {
    fn parse(data: &'a [u8], kind: u16) -> Option<Self> {
        // GPOS's extension is type 9; pair adjustment is 2.
        let (kind, data) = unwrapped(data, kind, 9)?;
        Some(Applied(match kind {
            2 => match PositioningSubtable::parse(data, 2)? {
                PositioningSubtable::Pair(pair) => Some(pair),
                _ => None,
            },
            _ => None,
        }))
    }
}

/// Applies one substitution lookup (its single and ligature subtables) along the line.
fn substitute(table: &LayoutTable, index: u16, glyphs: &mut Vec<RawGlyph>) {
    let Some(lookup) = table.lookups.get(index) else {
        return;
    };
    let subtables: Vec<SubstitutionSubtable> = lookup
        .subtables
        .into_iter::<Applied<SubstitutionSubtable>>()
        .filter_map(|s| s.0)
        .collect();
    let mut i = 0;
    while i < glyphs.len() {
        let glyph = GlyphId(glyphs[i].id);
        for subtable in &subtables {
            let applied = match subtable {
                SubstitutionSubtable::Single(single) => single_substitute(single, glyph)
                    .map(|id| glyphs[i].id = id.0)
                    .is_some(),
                SubstitutionSubtable::Ligature(ligatures) => ligatures
                    .coverage
                    .get(glyph)
                    .and_then(|set| ligatures.ligature_sets.get(set))
                    .and_then(|set| {
                        set.into_iter().find(|lig| {
                            lig.components.len() as usize + i < glyphs.len()
                                && lig
                                    .components
                                    .into_iter()
                                    .enumerate()
                                    .all(|(k, c)| glyphs[i + 1 + k].id == c.0)
                        })
                    })
                    .map(|lig| {
                        glyphs[i].id = lig.glyph.0;
                        glyphs.drain(i + 1..i + 1 + lig.components.len() as usize);
                    })
                    .is_some(),
                _ => false,
            };
            if applied {
                break;
            }
        }
        i += 1;
    }
}

fn single_substitute(single: &SingleSubstitution, glyph: GlyphId) -> Option<GlyphId> {
    match single {
        SingleSubstitution::Format1 { coverage, delta } => coverage
            .get(glyph)
            .map(|_| GlyphId((i32::from(glyph.0) + i32::from(*delta)) as u16)),
        SingleSubstitution::Format2 {
            coverage,
            substitutes,
        } => coverage.get(glyph).and_then(|i| substitutes.get(i)),
    }
}

/// Applies one pair-positioning lookup along the line, as HarfBuzz does: the first
/// subtable that holds the pair wins; a class-based subtable that covers the first
/// glyph always counts as holding it.
fn kern(table: &LayoutTable, index: u16, glyphs: &mut [RawGlyph]) {
    let Some(lookup) = table.lookups.get(index) else {
        return;
    };
    let subtables: Vec<PairAdjustment> = lookup
        .subtables
        .into_iter::<Applied<PairAdjustment>>()
        .filter_map(|s| s.0)
        .collect();
    let mut i = 0;
    while i + 1 < glyphs.len() {
        let (first, second) = (GlyphId(glyphs[i].id), GlyphId(glyphs[i + 1].id));
        let found = subtables
            .iter()
            .find_map(|pair| pair_values(pair, first, second));
        let mut step = 1;
        if let Some((a, b)) = found {
            adjust(&mut glyphs[i], &a);
            adjust(&mut glyphs[i + 1], &b);
            if b.x_advance != 0 || b.x_placement != 0 || b.y_placement != 0 {
                step = 2;
            }
        }
        i += step;
    }
}

fn pair_values<'a>(
    pair: &PairAdjustment<'a>,
    first: GlyphId,
    second: GlyphId,
) -> Option<(ValueRecord<'a>, ValueRecord<'a>)> {
    match pair {
        PairAdjustment::Format1 { coverage, sets } => sets.get(coverage.get(first)?)?.get(second),
        PairAdjustment::Format2 {
            coverage,
            classes,
            matrix,
        } => {
            coverage.get(first)?;
            matrix.get((classes.0.get(first), classes.1.get(second)))
        }
    }
}

fn adjust(glyph: &mut RawGlyph, value: &ValueRecord) {
    glyph.advance += i32::from(value.x_advance);
    glyph.dx += i32::from(value.x_placement);
    glyph.dy += i32::from(value.y_placement);
}
