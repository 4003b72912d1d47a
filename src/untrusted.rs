//! Every reader of input LNB Studio does not control, as one function of arbitrary
//! bytes: typed numbers, pasted tables, CSV files of places, share links, saved
//! drafts, address presets, logo data URLs, a map's own boundaries file, and a whole
//! document laid out and painted.
//!
//! The fuzz targets (`fuzz/`, `make fuzz`) call these; `tests/fuzz_corpus.rs` replays
//! the kept corpus through them in `make test`. Each must return without panicking for
//! any input, and each checks what it can about its result.

use crate::model::document::Saved;
use crate::model::i18n::{Lang, Translator};
use crate::render::export::svg::{svg, SvgWords};
use crate::render::text::FontSet;

fn text(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// A number typed in each language: a value, if any, is finite and within bounds.
pub fn number(data: &[u8]) {
    for lang in Lang::ALL {
        if let Ok(Some(value)) = crate::model::number::parse_number(&text(data), lang) {
            assert!(value.is_finite() && value.abs() <= crate::render::validate::LARGEST);
        }
    }
}

/// A spreadsheet paste or CSV: never more than the row cap, every value finite.
pub fn table(data: &[u8]) {
    let table = crate::input::table::read_table(&text(data));
    assert!(table.rows.len() <= crate::input::table::MAX_ROWS);
    assert!(table
        .rows
        .iter()
        .filter_map(|r| r.value)
        .all(f64::is_finite));
}

/// A CSV of places for a "one per row" pack.
pub fn places(data: &[u8]) {
    let places = crate::input::table::read_places(&text(data));
    assert!(places.rows.len() <= crate::input::table::MAX_PLACES);
}

/// A share link's fragment: a document that decodes encodes and decodes again to
/// itself.
pub fn share_link(data: &[u8]) {
    if let Ok(doc) = crate::input::share::decode(&text(data)) {
        let again = crate::input::share::decode(&crate::input::share::encode(&doc));
        assert_eq!(again.as_ref().ok(), Some(&doc));
    }
}

/// A saved draft, as localStorage holds it.
pub fn saved_draft(data: &[u8]) {
    if let Ok(doc) = Saved::load(&text(data)) {
        assert_eq!(
            Saved::load(&Saved::new(doc.clone()).to_json()).ok(),
            Some(doc)
        );
    }
}

/// A page address's query: presets read back as themselves.
pub fn preset(data: &[u8]) {
    let preset = crate::input::preset::Preset::from_query(&text(data));
    let again = crate::input::preset::Preset::from_query(&preset.to_query());
    assert_eq!(
        (again.goal, again.lang, again.format, again.chart),
        (preset.goal, preset.lang, preset.format, preset.chart)
    );
}

/// A logo data URL with a claimed size.
pub fn logo(data: &[u8]) {
    let (w, h) = match data {
        [a, b, c, d, ..] => (
            u32::from(u16::from_le_bytes([*a, *b])),
            u32::from(u16::from_le_bytes([*c, *d])),
        ),
        _ => (1, 1),
    };
    let url = text(data.get(4..).unwrap_or_default()).into_owned();
    if let Ok(logo) = crate::model::logo::Logo::new(url, w, h) {
        assert!(logo.aspect().is_finite() && logo.aspect() > 0.0);
    }
}

/// A campaigner's boundaries file (GeoJSON or TopoJSON): imported or refused with a
/// message; what is kept reads again into an atlas, every position in degrees.
pub fn boundaries(data: &[u8]) {
    use crate::input::boundaries::{from_geojson, import, LIMITS};
    let Ok(imported) = import(data, &["Nairobi".to_owned()]) else {
        return;
    };
    let areas = from_geojson(&imported.text, LIMITS).expect("kept boundaries read again");
    assert_eq!(areas.len(), imported.areas);
    assert!(areas
        .iter()
        .flat_map(|a| &a.rings)
        .flatten()
        .all(|&(x, y)| x.abs() <= 540.0 && y.abs() <= 90.0 + 1e-6));
    let property = imported.properties.first().cloned().unwrap_or_default();
    assert!(crate::render::charts::map::AreaAtlas::own(&imported.text, &property).is_ok());
}

/// The fonts, parsed once for all the fuzzer's runs.
static FONTS: std::sync::LazyLock<FontSet> = std::sync::LazyLock::new(FontSet::bundled);

/// A whole document, however strange, laid out, painted as SVG, and described.
pub fn document(data: &[u8]) {
    let Ok(doc) = Saved::load(&text(data)) else {
        return;
    };
    let fonts = &*FONTS;
    let tr = Translator::new(doc.language);
    let scene = crate::render::layout::layout(&doc, &tr, fonts);
    assert!(scene.width > 0.0 && scene.height > 0.0);
    let alt = crate::render::export::words::alt_text(&doc, &tr);
    let words = SvgWords {
        lang: doc.language.code(),
        title: &doc.statement,
        description: &alt,
    };
    // Only that they return matters here: a fuzz target looks for panics.
    let _ = svg(&scene, fonts, None, &words);
    let _ = crate::render::export::words::post_text(&doc, &tr);
}
