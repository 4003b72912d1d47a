//! Layout: template + document + a text measurer → a [`Scene`].
//!
//! Every decision about where things go and how large they are is made here, in
//! `f32`, so that painters only copy the scene onto a surface. `template` places the
//! parts every graphic shares (Goal header, words, footer) and asks the document's
//! chart ([`crate::render::charts`]) to lay itself out in the area it leaves; every size and
//! colour comes from [`design`].

pub mod design;
mod emblem;
pub mod fit;
pub mod parts;
pub mod qr;
pub mod rtl;
pub mod shapes;
mod template;

use fluent_bundle::FluentArgs;

use crate::model::document::{Document, Scope};
use crate::model::i18n::Translator;
use crate::model::number::format_value;
use crate::render::scene::{Item, Rect, Rgb, Role, Scene, TextRun};
use crate::render::text::{Face, TextMeasure};
use design::{Design, Metrics, Palette, Size, Space, Type};
use fit::{fit, Align, TextSpec, VAlign};
use parts::{Part, Parts};

/// The words a template draws besides the user's own, in the graphic's language.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Words {
    /// "GOAL 4".
    pub goal_label: String,
    /// "QUALITY EDUCATION".
    pub goal_name: String,
    /// "LEAVE NO ONE BEHIND", or empty when switched off.
    pub pledge: String,
    /// The campaign hashtag, or empty.
    pub hashtag: String,
    /// "WORLDWIDE", "TURKANA COUNTY", or empty.
    pub audience: String,
    /// "Source: UNESCO, 2023", or empty when the user gave no source.
    pub source_line: String,
}

impl Words {
    /// The words for `doc`, from a translator in the graphic's language.
    pub fn for_document(doc: &Document, tr: &Translator) -> Words {
        let [header, footer, words] =
            [Part::Header, Part::Footer, Part::Words].map(|part| Words::for_part(part, doc, tr));
        Words {
            goal_label: header.goal_label,
            goal_name: header.goal_name,
            pledge: footer.pledge,
            hashtag: footer.hashtag,
            audience: words.audience,
            source_line: footer.source_line,
        }
    }

    /// The words `part` draws (the others empty): each part's layout makes only its
    /// own, from its view of the document.
    pub fn for_part(part: Part, doc: &Document, tr: &Translator) -> Words {
        let mut words = Words::default();
        match part {
            Part::Header => {
                let mut goal = FluentArgs::new();
                goal.set("number", doc.goal.number());
                words.goal_label = tr.text_with("goal-label", &goal);
                words.goal_name = tr.text(doc.goal.name_id()).to_uppercase();
            }
            Part::Footer => {
                if doc.show_pledge {
                    words.pledge = tr.text("pledge").to_uppercase();
                }
                words.hashtag = hashtag(&doc.hashtag);
                words.source_line = source_line(doc, tr);
            }
            Part::Words => words.audience = audience(doc, tr).to_uppercase(),
            Part::Chart => {}
        }
        words
    }
}

/// The hashtag as typed, with a leading "#" added if it lacks one.
fn hashtag(typed: &str) -> String {
    let tag: String = typed.split_whitespace().collect();
    match tag.as_str() {
        "" => String::new(),
        t if t.starts_with('#') => t.to_owned(),
        t => format!("#{t}"),
    }
}

fn audience(doc: &Document, tr: &Translator) -> String {
    let place = doc.audience.place.trim();
    match (doc.audience.scope, place.is_empty()) {
        (Scope::International, true) => tr.text("audience-international"),
        (_, true) => String::new(),
        (_, false) => {
            let mut args = FluentArgs::new();
            args.set("place", place);
            tr.text_with("audience-place", &args)
        }
    }
}

fn source_line(doc: &Document, tr: &Translator) -> String {
    let (source, year) = (doc.source.trim(), doc.year.trim());
    if source.is_empty() {
        return String::new();
    }
    let mut args = FluentArgs::new();
    args.set("source", source);
    if year.is_empty() {
        tr.text_with("source-line", &args)
    } else {
        args.set("year", year);
        tr.text_with("source-line-with-year", &args)
    }
}

/// What a template part or a chart needs to lay itself out.
pub struct Ctx<'a> {
    /// The document.
    pub doc: &'a Document,
    /// Translations in the graphic's language.
    pub tr: &'a Translator,
    /// The text measurer.
    pub measure: &'a dyn TextMeasure,
    /// The format's design in pixels.
    pub m: Metrics<'a>,
    /// The colours, computed from the Goal's.
    pub palette: Palette,
    /// How a poster's link is drawn as a QR code.
    pub qr: design::QrRules,
    /// How a map is drawn.
    pub map: design::MapRules,
}

impl Ctx<'_> {
    /// A value in the document's unit and language ("45%", "1,234").
    pub fn value(&self, value: f64) -> String {
        format_value(value, self.doc.unit, self.doc.language)
    }

    /// `units` base units in pixels.
    pub fn px(&self, units: f32) -> f32 {
        self.m.px(units)
    }

    /// The family's type scale.
    pub fn ty(&self) -> &Type {
        &self.m.family.ty
    }

    /// The family's spacing and marks.
    pub fn space(&self) -> &Space {
        &self.m.family.space
    }

    /// A text spec in the ink.
    pub fn spec(&self, size: Size, face: Face, role: Role, lines: usize) -> TextSpec {
        self.m.text(size, face, role, self.palette.ink, lines)
    }

    /// A text spec in the secondary ink.
    pub fn muted(&self, size: Size, face: Face, role: Role, lines: usize) -> TextSpec {
        self.m.text(size, face, role, self.palette.muted, lines)
    }

    /// Sets `text` in `area` and adds its lines to `items`; returns the lines.
    pub fn text(
        &self,
        items: &mut Vec<Item>,
        text: &str,
        spec: &TextSpec,
        area: Rect,
        align: Align,
        valign: VAlign,
    ) -> Vec<TextRun> {
        let runs = fit(self.measure, text, spec, area, align, valign);
        items.extend(runs.iter().cloned().map(Item::Text));
        runs
    }

    /// The height `lines` lines of text take at `size`'s largest in `face`: the first
    /// line's ascent to the last line's descent.
    pub fn block_h(&self, size: Size, face: Face, lines: usize) -> f32 {
        let px = self.px(size.max);
        let m = self.measure.v_metrics(face, px);
        m.ascent + m.descent + lines.saturating_sub(1) as f32 * self.ty().leading * px
    }

    /// A filled rectangle.
    pub fn rect(&self, items: &mut Vec<Item>, rect: Rect, fill: Rgb) {
        items.push(Item::Rect { rect, fill });
    }
}

/// Lays out `doc` with the shipped design. `tr` must be a translator for the
/// document's language.
pub fn layout(doc: &Document, tr: &Translator, measure: &dyn TextMeasure) -> Scene {
    layout_with(doc, tr, measure, &design::STANDARD)
}

/// Lays out `doc` with `design` (the tests feed a broken one to see the rules fail).
pub fn layout_with(
    doc: &Document,
    tr: &Translator,
    measure: &dyn TextMeasure,
    design: &Design,
) -> Scene {
    layout_parts(doc, tr, measure, design, &mut Parts::default())
}

/// Lays out `doc` again after an edit, laying out only the parts whose view of the
/// document changed (see [`parts`]); `parts` must come from layouts with the same
/// `measure` and `design`.
pub fn layout_parts(
    doc: &Document,
    tr: &Translator,
    measure: &dyn TextMeasure,
    design: &Design,
    parts: &mut Parts,
) -> Scene {
    if doc.language.is_rtl() {
        let measure = rtl::RtlMeasure(measure);
        rtl::finish(template::layout(doc, tr, &measure, design, parts))
    } else {
        template::layout(doc, tr, measure, design, parts)
    }
}
