//! Layout: template + document + a text measurer → a [`Scene`].
//!
//! Every decision about where things go and how large they are is made here, in
//! `f32`, so that painters only copy the scene onto a surface.

mod big_number;
pub mod fit;

use fluent_bundle::FluentArgs;

use crate::document::{ChartKind, Document};
use crate::i18n::Translator;
use crate::scene::Scene;
use crate::text::TextMeasure;

/// The words a template draws besides the user's own, in the graphic's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    /// "GOAL 4".
    pub goal_label: String,
    /// "QUALITY EDUCATION".
    pub goal_name: String,
    /// "LEAVE NO ONE BEHIND".
    pub pledge: String,
    /// "Source: UNESCO 2023", or empty when the user gave no source.
    pub source_line: String,
}

impl Words {
    /// The words for `doc`, from a translator in the graphic's language.
    pub fn for_document(doc: &Document, tr: &Translator) -> Words {
        let mut goal = FluentArgs::new();
        goal.set("number", doc.goal.number());
        let source = doc.source.trim();
        let source_line = if source.is_empty() {
            String::new()
        } else {
            let mut args = FluentArgs::new();
            args.set("source", source);
            tr.text_with("source-line", &args)
        };
        Words {
            goal_label: tr.text_with("goal-label", &goal),
            goal_name: tr.text(doc.goal.name_id()).to_uppercase(),
            pledge: tr.text("pledge").to_uppercase(),
            source_line,
        }
    }
}

/// Lays out `doc`. `tr` must be a translator for the document's language.
pub fn layout(doc: &Document, tr: &Translator, measure: &dyn TextMeasure) -> Scene {
    let words = Words::for_document(doc, tr);
    match doc.chart {
        ChartKind::BigNumber => big_number::layout(doc, &words, measure),
    }
}
