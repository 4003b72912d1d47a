//! Layout part by part, kept between edits. Each part of the template (the Goal
//! header, the footer, the chart, the words) is laid out from its own *view* of the
//! document: a copy holding only the fields that part reads, the rest left empty. The
//! view, with the area the part is given, is the key it is kept under, so a part
//! cannot read a field its key does not hold, and typing in the statement never
//! measures the chart again, nor the other way round.

use crate::model::document::{Audience, Document, Scope};
use crate::render::scene::{Item, Rect};

/// The fields every part reads: the Goal and the photocopier option (colours, words),
/// the format (sizes) and the language (words, numbers, direction); everything else
/// empty.
fn common(doc: &Document) -> Document {
    Document {
        goal: doc.goal,
        format: doc.format,
        chart: doc.chart,
        figure: String::new(),
        statement: String::new(),
        rows: Vec::new(),
        unit: doc.unit,
        target: None,
        audience: Audience {
            scope: Scope::International,
            place: String::new(),
        },
        source: String::new(),
        year: String::new(),
        call_to_action: String::new(),
        show_pledge: false,
        hashtag: String::new(),
        language: doc.language,
        logo: None,
        photocopy: doc.photocopy,
        figure_was: String::new(),
        boundaries: None,
        breaks: String::new(),
    }
}

/// What the Goal header reads.
pub fn header(doc: &Document) -> Document {
    common(doc)
}

/// What the footer reads: the source and its year, the pledge, the hashtag, the logo,
/// and on a poster the call to action (whose link it draws as a QR code).
pub fn footer(doc: &Document) -> Document {
    Document {
        call_to_action: if doc.format.is_print() {
            doc.call_to_action.clone()
        } else {
            String::new()
        },
        source: doc.source.clone(),
        year: doc.year.clone(),
        show_pledge: doc.show_pledge,
        hashtag: doc.hashtag.clone(),
        logo: doc.logo.clone(),
        ..common(doc)
    }
}

/// What the chart reads: its kind, the figure, the table, the unit and the target,
/// and for a chart of places (a map) the audience, whose place it shows, and the
/// boundaries it is drawn from.
pub fn chart(doc: &Document) -> Document {
    let places = crate::render::charts::chart(doc.chart).fields.places;
    let base = common(doc);
    Document {
        figure: doc.figure.clone(),
        rows: doc.rows.clone(),
        target: doc.target,
        audience: if places {
            doc.audience.clone()
        } else {
            base.audience.clone()
        },
        boundaries: if places { doc.boundaries.clone() } else { None },
        breaks: if places {
            doc.breaks.clone()
        } else {
            String::new()
        },
        ..base
    }
}

/// What the words beside the chart read: the audience, the statement, the call to
/// action (and the chart's kind, which decides how they sit).
pub fn words(doc: &Document) -> Document {
    Document {
        statement: doc.statement.clone(),
        audience: doc.audience.clone(),
        call_to_action: doc.call_to_action.clone(),
        ..common(doc)
    }
}

/// What laying out a part makes: its items, and the edge it leaves the others (the
/// header's bottom, the footer's top; nothing for the chart and the words).
pub type Made = (Vec<Item>, f32);

/// One part as last laid out: its key (the view and its area) and what it made.
#[derive(Default)]
struct Slot {
    kept: Option<((Document, Rect), Made)>,
    made: u32,
}

impl Slot {
    /// Lays the part out from its view, keeping nothing.
    fn once(
        &mut self,
        (view, area): (Document, Rect),
        part: Part,
        make: &mut dyn FnMut(Part, &Document, Rect) -> Made,
    ) -> Made {
        self.made += 1;
        make(part, &view, area)
    }
}

impl Slot {
    fn get(
        &mut self,
        key: (Document, Rect),
        part: Part,
        make: &mut dyn FnMut(Part, &Document, Rect) -> Made,
    ) -> Made {
        match self.kept.take() {
            Some((kept, value)) if kept == key => {
                let out = value.clone();
                self.kept = Some((kept, value));
                out
            }
            _ => {
                let value = make(part, &key.0, key.1);
                self.made += 1;
                self.kept = Some((key, value.clone()));
                value
            }
        }
    }
}

/// The parts of the last layout, for one set of fonts and one design: whoever holds
/// it drops it when either changes.
#[derive(Default)]
pub struct Parts {
    /// Whether parts are kept for the next layout (not for a layout made once).
    keep: bool,
    header: Slot,
    footer: Slot,
    chart: Slot,
    words: Slot,
}

/// How many times each part was laid out (rather than kept), for tests and the bench.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// The Goal header.
    pub header: u32,
    /// The footer.
    pub footer: u32,
    /// The chart.
    pub chart: u32,
    /// The words beside the chart.
    pub words: u32,
}

impl Parts {
    /// Parts that are kept from one layout to the next.
    pub fn kept() -> Parts {
        Parts {
            keep: true,
            ..Parts::default()
        }
    }

    /// How many times each part was laid out.
    pub fn made(&self) -> Counts {
        Counts {
            header: self.header.made,
            footer: self.footer.made,
            chart: self.chart.made,
            words: self.words.made,
        }
    }

    /// The items (and edge, see [`Made`]) of `part`, laid out by `make` from the
    /// part's view of `doc` unless kept.
    pub(super) fn get(
        &mut self,
        part: Part,
        doc: &Document,
        area: Rect,
        make: &mut dyn FnMut(Part, &Document, Rect) -> Made,
    ) -> Made {
        let keep = self.keep;
        let (slot, view) = match part {
            Part::Header => (&mut self.header, header(doc)),
            Part::Footer => (&mut self.footer, footer(doc)),
            Part::Chart => (&mut self.chart, chart(doc)),
            Part::Words => (&mut self.words, words(doc)),
        };
        if keep {
            slot.get((view, area), part, make)
        } else {
            slot.once((view, area), part, make)
        }
    }
}

/// The parts of a graphic that are laid out, and kept, on their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The Goal tile, label, name and emblem.
    Header,
    /// Source, pledge, hashtag and logo.
    Footer,
    /// The chart.
    Chart,
    /// Audience, statement and call to action.
    Words,
}
