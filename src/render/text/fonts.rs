//! The shipped fonts, parsed once, and shaping on them.
//!
//! [`FontSet`] reads the same TTF files everywhere (fetched in the browser, compiled in
//! natively), so a line breaks at the same word and draws the same glyphs in the live
//! preview, in every export and in the tests. A line is shaped once per face and text
//! (in font units, so every size reuses it) and kept in a small cache.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use owned_ttf_parser::GlyphId;

use super::font::{Font, FontFile};
use super::outline::GlyphPath;
use super::{latin, Face, Glyph, Shaped, TextMeasure, VMetrics};
#[cfg(not(target_arch = "wasm32"))]
use crate::render::charts::map::AreaAtlas;
use crate::render::charts::map::{Atlas, Detail, Loaded, Own, Wanted};

/// A font file that could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidFont(pub Face);

impl std::fmt::Display for InvalidFont {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} is not a font file this engine reads", self.0.url())
    }
}

impl std::error::Error for InvalidFont {}

/// One glyph as a shaper gives it, in font units (y up): the type the full shaper's
/// module returns, shared through its crate.
pub use lnb_shaper::RawGlyph;

/// The full OpenType shaper (rustybuzz): natively linked, in the browser a second
/// wasm module. It holds the same font files, by [`Face::index`].
pub trait ComplexShaper: Send + Sync {
    /// One run of one direction shaped in `face`, glyphs left to right; `None` when
    /// the shaper does not hold the face.
    fn shape(&self, face: Face, text: &str, rtl: bool) -> Option<Vec<RawGlyph>>;
    /// `link` as a QR code (the same module encodes them): each module dark or
    /// light, row by row, and the side in modules.
    fn qr(&self, link: &str) -> Option<(Vec<bool>, usize)>;
    /// The directional runs of a line that holds right-to-left text, in visual
    /// order (the bidirectional algorithm lives with the shaper, which such a line
    /// needs anyway); the paragraph is right to left when `rtl`.
    fn visual_runs(&self, text: &str, rtl: bool) -> Option<Vec<(std::ops::Range<usize>, bool)>>;
}

/// A shaped line in font units: glyph ids, pen positions and clusters.
#[derive(Debug, Default)]
struct Units {
    glyphs: Vec<RawGlyph>,
    advance: i32,
}

/// Shaped lines kept for reuse, by a hash of face and text (the text is kept to
/// confirm a hit, so no key is allocated to look one up), dropped all at once when
/// there are too many.
type Cache = Mutex<HashMap<u64, (Face, Box<str>, Arc<Units>)>>;
/// Glyph outlines kept for reuse.
type Outlines = Mutex<HashMap<(Face, u16), Arc<GlyphPath>>>;
const CACHE_LIMIT: usize = 8192;

/// The shipped fonts, parsed.
#[derive(Clone)]
pub struct FontSet {
    latin: [Arc<FontFile>; 3],
    /// The Latin shaper's lookups per face, in the order of [`Face::ALL`].
    plans: Arc<[latin::Plan; 5]>,
    /// Noto Sans Arabic, once an Arabic graphic asked for it.
    arabic: Option<[Arc<FontFile>; 2]>,
    /// The full shaper, once loaded.
    complex: Option<Arc<dyn ComplexShaper>>,
    shaped: Arc<Cache>,
    /// Set when a line needed the full shaper before it was loaded.
    wanted_complex: Arc<AtomicBool>,
    outlines: Arc<Outlines>,
    /// A map's boundaries, by [`Detail::ALL`]'s order, once loaded.
    atlases: [Option<Arc<dyn Atlas>>; 2],
    /// Set when a map needed boundaries before they were loaded.
    wanted_atlas: Arc<[AtomicBool; 2]>,
    /// A campaigner's own boundaries, once looked for: their store key, the property
    /// naming the areas, and the atlas (None: the store does not hold them).
    own: Option<OwnSlot>,
    /// The own boundaries (key, property) a map asked for before they were looked for.
    wanted_own: Arc<Mutex<Option<(String, String)>>>,
}

/// Own boundaries as looked for: key, property, atlas if the store held them.
type OwnSlot = (String, String, Option<Arc<dyn Atlas>>);

/// Where `detail`'s boundaries are kept.
fn detail_slot(detail: Detail) -> usize {
    Detail::ALL.iter().position(|&d| d == detail).unwrap_or(0)
}

fn parse(face: Face, bytes: Vec<u8>) -> Result<Arc<FontFile>, InvalidFont> {
    FontFile::parse(bytes)
        .map(Arc::new)
        .ok_or(InvalidFont(face))
}

impl FontSet {
    /// Whether `other` measures text as this set does: the same parsed faces, with
    /// the same Arabic faces and full shaper (or lack of them). Layout kept from one
    /// set is only valid for the same.
    pub fn same_as(&self, other: &FontSet) -> bool {
        Arc::ptr_eq(&self.latin[0], &other.latin[0])
            && self.arabic.is_some() == other.arabic.is_some()
            && self.complex.is_some() == other.complex.is_some()
            && self
                .atlases
                .iter()
                .zip(&other.atlases)
                .all(|(a, b)| a.is_some() == b.is_some())
            && match (&self.own, &other.own) {
                (Some(a), Some(b)) => a.0 == b.0 && a.1 == b.1 && a.2.is_some() == b.2.is_some(),
                (a, b) => a.is_none() && b.is_none(),
            }
    }

    /// Parses font files given in the order of [`Face::LATIN`].
    pub fn from_bytes(files: [Vec<u8>; 3]) -> Result<FontSet, InvalidFont> {
        let [a, b, c] = files;
        let mut set = FontSet {
            latin: [
                parse(Face::OswaldBold, a)?,
                parse(Face::Roboto, b)?,
                parse(Face::RobotoBold, c)?,
            ],
            plans: Arc::default(),
            arabic: None,
            complex: None,
            shaped: Arc::default(),
            wanted_complex: Arc::default(),
            outlines: Arc::default(),
            atlases: [None, None],
            wanted_atlas: Arc::default(),
            own: None,
            wanted_own: Arc::default(),
        };
        set.plan();
        Ok(set)
    }

    /// Finds each face's Latin lookups (again, once the Arabic faces arrive).
    fn plan(&mut self) {
        self.plans = Arc::new(Face::ALL.map(|face| latin::Plan::of(&self.face(face))));
    }

    /// Adds the Arabic faces, given in the order of [`Face::ARABIC`].
    pub fn with_arabic(mut self, files: [Vec<u8>; 2]) -> Result<FontSet, InvalidFont> {
        let [regular, bold] = files;
        self.arabic = Some([
            parse(Face::Arabic, regular)?,
            parse(Face::ArabicBold, bold)?,
        ]);
        self.forget_shapes();
        Ok(self)
    }

    /// Adds the full shaper; from now on Arabic and marks are shaped by it.
    pub fn with_complex(mut self, shaper: Arc<dyn ComplexShaper>) -> FontSet {
        self.complex = Some(shaper);
        self.forget_shapes();
        self
    }

    /// Whether the Arabic faces are loaded. Until they are, they measure as Roboto.
    pub fn has_arabic(&self) -> bool {
        self.arabic.is_some()
    }

    /// Whether these fonts can draw a graphic in `lang`: a right-to-left one needs
    /// the Arabic faces (and the full shaper that comes with them) loaded first.
    pub fn ready_for(&self, lang: crate::model::i18n::Lang) -> bool {
        !lang.is_rtl() || self.has_arabic()
    }

    /// Whether some line was shaped without the full shaper it needed (a combining
    /// mark in a Latin graphic): the editor then loads it and draws again.
    pub fn wants_complex(&self) -> bool {
        !self.has_complex() && self.wanted_complex.load(Ordering::Relaxed)
    }

    /// `link` as a QR code, once the module that encodes it is loaded; until then
    /// None, and the set asks for the module as for a line that needs it.
    pub fn qr(&self, link: &str) -> Option<(Vec<bool>, usize)> {
        match &self.complex {
            Some(module) => module.qr(link),
            None => {
                self.wanted_complex.store(true, Ordering::Relaxed);
                None
            }
        }
    }

    /// Adds a map's boundaries at `detail`.
    pub fn with_atlas(mut self, detail: Detail, atlas: Arc<dyn Atlas>) -> FontSet {
        self.atlases[detail_slot(detail)] = Some(atlas);
        self
    }

    /// This set with the boundaries `other` has that it lacks (a set made from an
    /// older copy, while they arrived).
    pub fn with_atlases_of(mut self, other: &FontSet) -> FontSet {
        for (mine, theirs) in self.atlases.iter_mut().zip(&other.atlases) {
            if mine.is_none() {
                mine.clone_from(theirs);
            }
        }
        if self.own.is_none() {
            self.own.clone_from(&other.own);
        }
        self
    }

    /// Adds a campaigner's own boundaries as looked for under `key`, named by
    /// `property`: the atlas, or None when the store does not hold them.
    pub fn with_own(mut self, key: &str, property: &str, atlas: Option<Arc<dyn Atlas>>) -> FontSet {
        self.own = Some((key.to_owned(), property.to_owned(), atlas));
        self
    }

    /// This set without the own boundaries it looked for: they are looked for again
    /// (a file imported where it was missing).
    pub fn forget_own(mut self) -> FontSet {
        self.own = None;
        self
    }

    /// The boundaries a map asked for before they were here, the world's coarse
    /// ones first: the editor (or the export worker) loads them, adds them with
    /// [`with_map`](Self::with_map) and draws again.
    pub fn wants_map(&self) -> Option<Wanted> {
        if let Some(detail) = self.wants_atlas() {
            return Some(Wanted::World(detail));
        }
        let (key, property) = self
            .wanted_own
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()?;
        let held = self
            .own
            .as_ref()
            .is_some_and(|(k, p, _)| (k, p) == (&key, &property));
        (!held).then_some(Wanted::Own { key, property })
    }

    /// Adds boundaries as loaded.
    pub fn with_map(self, loaded: Loaded) -> FontSet {
        match loaded {
            Loaded::World(detail, atlas) => self.with_atlas(detail, atlas),
            Loaded::Own {
                key,
                property,
                atlas,
            } => self.with_own(&key, &property, atlas),
        }
    }

    /// A campaigner's own boundaries under `key`, named by `property`: until they are
    /// looked for, loading, and the set asks for them.
    pub fn own_atlas(&self, key: &str, property: &str) -> Own {
        match &self.own {
            Some((k, p, atlas)) if k == key && p == property => match atlas {
                Some(atlas) => Own::Ready(atlas.clone()),
                None => Own::Missing,
            },
            _ => {
                *self.wanted_own.lock().unwrap_or_else(|e| e.into_inner()) =
                    Some((key.to_owned(), property.to_owned()));
                Own::Loading
            }
        }
    }

    /// The boundaries some map asked for before they were loaded, coarse first:
    /// the editor then loads them and draws again.
    pub fn wants_atlas(&self) -> Option<Detail> {
        Detail::ALL.into_iter().find(|&d| {
            let slot = detail_slot(d);
            self.atlases[slot].is_none() && self.wanted_atlas[slot].load(Ordering::Relaxed)
        })
    }

    /// A map's boundaries at `detail`, once loaded; until then None, and the set asks
    /// for them.
    pub fn atlas(&self, detail: Detail) -> Option<Arc<dyn Atlas>> {
        let slot = detail_slot(detail);
        let atlas = self.atlases[slot].clone();
        if atlas.is_none() {
            self.wanted_atlas[slot].store(true, Ordering::Relaxed);
        }
        atlas
    }

    /// Whether the full shaper is loaded.
    pub fn has_complex(&self) -> bool {
        self.complex.is_some()
    }

    /// A fresh cache, so nothing shaped before a face or shaper arrived is reused
    /// (clones made earlier keep theirs).
    fn forget_shapes(&mut self) {
        self.shaped = Arc::default();
        self.outlines = Arc::default();
    }

    /// The fonts compiled into a native binary (tests, gallery, exports), with the
    /// full shaper linked. The wasm build fetches the same files instead, so they are
    /// not downloaded twice (its unit tests get them without the full shaper).
    #[cfg(any(test, not(target_arch = "wasm32")))]
    pub fn bundled() -> FontSet {
        let file = |face: Face| BUNDLED[face.index()].to_vec();
        let set = FontSet::from_bytes([
            file(Face::OswaldBold),
            file(Face::Roboto),
            file(Face::RobotoBold),
        ])
        .and_then(|set| set.with_arabic([file(Face::Arabic), file(Face::ArabicBold)]))
        .expect("shipped fonts parse");
        #[cfg(not(target_arch = "wasm32"))]
        let set = Detail::ALL.into_iter().fold(
            set.with_complex(Arc::new(NativeShaper::new())),
            |set, detail| set.with_atlas(detail, AreaAtlas::bundled(detail)),
        );
        set
    }

    /// The same fonts without the full shaper: how the browser shapes a Latin
    /// graphic (tests compare the two).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn bundled_latin_only() -> FontSet {
        let mut set = FontSet::bundled();
        set.complex = None;
        set.forget_shapes();
        set
    }

    /// The parsed face that sets `face` (Roboto stands in for Arabic until loaded).
    pub fn face(&self, face: Face) -> Font<'_> {
        self.owned(face).font()
    }

    fn owned(&self, face: Face) -> &FontFile {
        let arabic = |i: usize| self.arabic.as_ref().map(|a| &*a[i]);
        match face {
            Face::OswaldBold => &self.latin[0],
            Face::Roboto => &self.latin[1],
            Face::RobotoBold => &self.latin[2],
            Face::Arabic => arabic(0).unwrap_or(&self.latin[1]),
            Face::ArabicBold => arabic(1).unwrap_or(&self.latin[2]),
        }
    }

    /// The bytes of the font file that sets `face` (for embedding in a PDF).
    pub fn file(&self, face: Face) -> &[u8] {
        self.owned(face).bytes()
    }

    /// Whether `face`'s own file is loaded (not stood in for by Roboto).
    pub fn holds(&self, face: Face) -> bool {
        self.resolved(face) == face
    }

    /// The face whose file actually sets `face` now.
    pub fn resolved(&self, face: Face) -> Face {
        match face {
            Face::Arabic if self.arabic.is_none() => Face::Roboto,
            Face::ArabicBold if self.arabic.is_none() => Face::RobotoBold,
            other => other,
        }
    }

    /// Whether `face` has a glyph for `c` (else it would draw a ".notdef" box).
    pub fn has_glyph(&self, face: Face, c: char) -> bool {
        self.face(face).glyph_index(c).is_some_and(|g| g.0 != 0)
    }

    /// Pixels per font unit at `size` pixels per em.
    pub fn scale(&self, face: Face, size: f32) -> f32 {
        size / f32::from(self.owned(face).units_per_em().max(1))
    }

    /// The outline of glyph `id` in `face`, in font units (y up), made once.
    pub fn outline(&self, face: Face, id: u16) -> Arc<GlyphPath> {
        let face = self.resolved(face);
        let key = (face, id);
        if let Some(found) = self.outlines.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return found;
        }
        let path = Arc::new(GlyphPath::of(&self.face(face), GlyphId(id)));
        if let Ok(mut map) = self.outlines.lock() {
            map.insert(key, Arc::clone(&path));
        }
        path
    }

    /// `text` shaped in `face`, in font units, from the cache when it was shaped before.
    fn units(&self, face: Face, text: &str) -> Arc<Units> {
        use std::hash::{Hash, Hasher};
        let face = self.resolved(face);
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        (face, text).hash(&mut hasher);
        let key = hasher.finish();
        let hit = self.shaped.lock().ok().and_then(|m| {
            m.get(&key)
                .filter(|(f, t, _)| *f == face && &**t == text)
                .map(|(_, _, units)| Arc::clone(units))
        });
        if let Some(found) = hit {
            return found;
        }
        let units = Arc::new(self.shape_paragraph(face, text));
        if let Ok(mut map) = self.shaped.lock() {
            if map.len() >= CACHE_LIMIT {
                map.clear();
            }
            map.insert(key, (face, text.into(), Arc::clone(&units)));
        }
        units
    }

    /// One line: split into directional runs (Arabic faces set right-to-left
    /// paragraphs), each run shaped, runs placed in visual order.
    fn shape_paragraph(&self, face: Face, text: &str) -> Units {
        // unicode-bidi 0.3.18 indexes the first level of an empty line (a panic): an
        // empty label in an Arabic graphic reached it.
        if text.is_empty() {
            return Units::default();
        }
        let rtl = face.is_arabic();
        if !rtl && !text.chars().any(is_right_to_left) {
            return self.place_runs(face, text, [(0..text.len(), false)]);
        }
        match self.complex.as_ref().and_then(|c| c.visual_runs(text, rtl)) {
            Some(runs) => self.place_runs(face, text, runs),
            // Until the full shaper is here: one run in the paragraph's direction
            // (drawn again once it has arrived).
            None => {
                self.wanted_complex.store(true, Ordering::Relaxed);
                self.place_runs(face, text, [(0..text.len(), rtl)])
            }
        }
    }

    fn place_runs(
        &self,
        face: Face,
        text: &str,
        runs: impl IntoIterator<Item = (std::ops::Range<usize>, bool)>,
    ) -> Units {
        let mut out = Units::default();
        for (range, rtl) in runs {
            let Some(run) = text.get(range.clone()) else {
                continue;
            };
            for glyph in self.shape_run(face, run, rtl) {
                out.glyphs.push(RawGlyph {
                    cluster: glyph.cluster + range.start as u32,
                    dx: glyph.dx + out.advance,
                    ..glyph
                });
                out.advance += glyph.advance;
            }
        }
        out
    }

    /// One run of one direction: the full shaper when the run needs it and it is
    /// loaded, else the Latin shaper.
    fn shape_run(&self, face: Face, run: &str, rtl: bool) -> Vec<RawGlyph> {
        let font = self.face(face);
        let complex = face.is_arabic() || rtl || latin::needs_full_shaper(&font, run);
        if complex {
            if let Some(glyphs) = self
                .complex
                .as_ref()
                .and_then(|shaper| shaper.shape(face, run, rtl))
            {
                return glyphs;
            }
            self.wanted_complex.store(true, Ordering::Relaxed);
        }
        let mut glyphs = latin::shape(&font, &self.plans[face.index()], run);
        if rtl {
            glyphs.reverse();
        }
        glyphs
    }
}

/// Whether `c` belongs to a right-to-left script.
fn is_right_to_left(c: char) -> bool {
    matches!(c, '\u{590}'..='\u{8ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}')
}

impl TextMeasure for FontSet {
    fn shape(&self, face: Face, size: f32, text: &str) -> Shaped {
        let units = self.units(face, text);
        let scale = self.scale(face, size);
        Shaped {
            glyphs: units
                .glyphs
                .iter()
                .map(|g| Glyph {
                    id: g.id,
                    x: g.dx as f32 * scale,
                    y: -(g.dy as f32) * scale,
                    cluster: g.cluster,
                })
                .collect(),
            width: units.advance as f32 * scale,
        }
    }

    fn qr(&self, link: &str) -> Option<(Vec<bool>, usize)> {
        FontSet::qr(self, link)
    }

    fn atlas(&self, detail: Detail) -> Option<Arc<dyn Atlas>> {
        FontSet::atlas(self, detail)
    }

    fn own_atlas(&self, key: &str, property: &str) -> Own {
        FontSet::own_atlas(self, key, property)
    }

    fn width(&self, face: Face, size: f32, text: &str) -> f32 {
        self.units(face, text).advance as f32 * self.scale(face, size)
    }

    fn v_metrics(&self, face: Face, size: f32) -> VMetrics {
        let (ascender, descender, cap) = self.owned(face).vertical();
        let scale = self.scale(face, size);
        let cap_units = cap.map_or(f32::from(ascender) * 0.7, f32::from);
        VMetrics {
            ascent: f32::from(ascender) * scale,
            descent: -f32::from(descender) * scale,
            cap_height: cap_units * scale,
        }
    }
}

/// The raw bytes of the shipped fonts, in the order of [`Face::ALL`].
#[cfg(any(test, not(target_arch = "wasm32")))]
pub const BUNDLED: [&[u8]; 5] = [
    include_bytes!("../../../public/fonts/oswald-latin-700.ttf"),
    include_bytes!("../../../public/fonts/roboto-latin-400.ttf"),
    include_bytes!("../../../public/fonts/roboto-latin-700.ttf"),
    include_bytes!("../../../public/fonts/noto-sans-arabic-400.ttf"),
    include_bytes!("../../../public/fonts/noto-sans-arabic-700.ttf"),
];

/// rustybuzz linked directly (native builds: tests, gallery, command-line exports).
#[cfg(not(target_arch = "wasm32"))]
struct NativeShaper(lnb_shaper::Shaper);

#[cfg(not(target_arch = "wasm32"))]
impl NativeShaper {
    fn new() -> NativeShaper {
        let mut shaper = lnb_shaper::Shaper::new();
        for face in Face::ALL {
            shaper.load(face.index(), BUNDLED[face.index()]);
        }
        NativeShaper(shaper)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl ComplexShaper for NativeShaper {
    fn shape(&self, face: Face, text: &str, rtl: bool) -> Option<Vec<RawGlyph>> {
        self.0.shape(face.index(), text, rtl)
    }

    fn qr(&self, link: &str) -> Option<(Vec<bool>, usize)> {
        lnb_shaper::qr(link)
    }

    fn visual_runs(&self, text: &str, rtl: bool) -> Option<Vec<(std::ops::Range<usize>, bool)>> {
        Some(lnb_shaper::visual_runs(text, rtl))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_mark_asks_for_the_full_shaper_until_it_is_loaded() {
        let fonts = FontSet::bundled_latin_only();
        fonts.width(Face::Roboto, 20.0, "plain");
        assert!(!fonts.wants_complex());
        fonts.width(Face::Roboto, 20.0, "e\u{301}");
        assert!(fonts.wants_complex());
        assert!(!FontSet::bundled().wants_complex());
    }

    #[test]
    fn a_right_to_left_word_asks_for_the_full_shaper_and_is_drawn_once_it_is_here() {
        let latin = FontSet::bundled_latin_only();
        let mixed = "Goal \u{628}\u{62a} 4";
        let before = latin.width(Face::Roboto, 20.0, mixed);
        assert!(latin.wants_complex(), "its runs come from the full shaper");
        assert!(before > 0.0, "something is drawn meanwhile");
        let full = FontSet::bundled();
        full.width(Face::Roboto, 20.0, mixed);
        assert!(!full.wants_complex());
    }
}
