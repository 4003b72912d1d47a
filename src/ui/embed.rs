//! A partner's preset from the address, applied once when the editor opens.

use leptos::prelude::*;

use super::Studio;

/// Applies the address's preset to the document: language and Goal through the same
/// paths as the user's own choices (so an untouched example follows them), then the
/// rest of the fields directly.
pub fn apply_preset(studio: Studio) {
    let preset = studio.preset.get_value();
    if !preset.sets_document() {
        return;
    }
    if let Some(lang) = preset.lang {
        studio.set_graphic_lang(lang);
    }
    if preset.goal.is_some() || preset.chart.is_some() {
        studio.switch(preset.goal, preset.chart);
    }
    studio.doc.update(|doc| preset.apply(doc));
}
