//! The scene: a graphic fully resolved into positioned items, in `f32` pixels.
//!
//! Layout makes a scene; painters walk it. Nothing in a scene needs deciding any more:
//! every line is wrapped, every colour, font, size and position is final.

pub use crate::model::colour::Rgb;
use crate::render::text::{Face, Glyph};

/// An axis-aligned rectangle.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl Rect {
    /// A rectangle from its top-left corner and size.
    pub const fn new(x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect { x, y, w, h }
    }

    /// The right edge.
    pub fn right(&self) -> f32 {
        self.x + self.w
    }

    /// The bottom edge.
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }

    /// Whether `other` lies inside this rectangle (edges included, with `slack` pixels
    /// of tolerance for rounding).
    pub fn contains(&self, other: &Rect, slack: f32) -> bool {
        other.x >= self.x - slack
            && other.y >= self.y - slack
            && other.right() <= self.right() + slack
            && other.bottom() <= self.bottom() + slack
    }

    /// Whether the point lies inside (edges included).
    pub fn contains_point(&self, (x, y): (f32, f32)) -> bool {
        x >= self.x && x <= self.right() && y >= self.y && y <= self.bottom()
    }

    /// The area.
    pub fn area(&self) -> f32 {
        self.w.max(0.0) * self.h.max(0.0)
    }

    /// The smallest rectangle holding both.
    pub fn union(&self, other: &Rect) -> Rect {
        let (x, y) = (self.x.min(other.x), self.y.min(other.y));
        let (r, b) = (
            self.right().max(other.right()),
            self.bottom().max(other.bottom()),
        );
        Rect::new(x, y, r - x, b - y)
    }

    /// Whether the two rectangles share any area.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }
}

/// One line of text, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// The text of the line, already wrapped, in logical order (what a reader, a
    /// search or a screen reader gets).
    pub text: String,
    /// The line shaped: the glyphs every painter draws, left to right, positioned
    /// from `x` and `baseline`, each with its cluster in `text`.
    pub glyphs: Vec<Glyph>,
    /// The font face.
    pub face: Face,
    /// The em size in pixels.
    pub size: f32,
    /// Left edge of the line's advance box.
    pub x: f32,
    /// The alphabetic baseline.
    pub baseline: f32,
    /// The fill colour.
    pub fill: Rgb,
    /// The box the line occupies (advance width × ascent + descent), for tests and
    /// hit-testing.
    pub bounds: Rect,
    /// What the line is on the graphic, so that the legibility rules know which
    /// floor applies to it (chart values and labels have a higher one).
    pub role: Role,
}

/// What a line of text is on the graphic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// The Goal's number, label and name in the header.
    Goal,
    /// "WORLDWIDE", "TURKANA COUNTY".
    Audience,
    /// The user's statement.
    Statement,
    /// The call to action on its plate.
    Action,
    /// The big figure as typed, or a chart's lead figure (a pictogram's share).
    Figure,
    /// A value a chart shows (38 %, 2030 target: 90 %), or its callout.
    ChartValue,
    /// A chart's group label or year.
    ChartLabel,
    /// A note under a chart (the pictogram's rounding rule, "and 3 more").
    ChartNote,
    /// The source line, the pledge and the hashtag.
    Footer,
}

/// A thing to paint.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A filled rectangle.
    Rect {
        /// Where.
        rect: Rect,
        /// Its colour.
        fill: Rgb,
    },
    /// A filled polygon (a pictogram, an emblem).
    Polygon {
        /// Its corners, in order.
        points: Vec<(f32, f32)>,
        /// Its colour.
        fill: Rgb,
    },
    /// A filled area of one or more rings (a country: its islands and its holes),
    /// filled by the even-odd rule, outlined or not.
    Area {
        /// Its rings, each closed implicitly.
        rings: Vec<Vec<(f32, f32)>>,
        /// Its colour.
        fill: Rgb,
        /// The line drawn along its rings, if any.
        outline: Option<Outline>,
    },
    /// A line of text.
    Text(TextRun),
    /// The document's partner logo, scaled into `rect` (its aspect is kept by layout).
    Logo {
        /// Where.
        rect: Rect,
    },
}

/// A line drawn along an area's rings, centred on them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outline {
    /// Its colour.
    pub colour: Rgb,
    /// Its width in pixels.
    pub width: f32,
}

/// Where layout put the graphic's parts: what the legibility and fill rules are
/// checked against. Painters do not need it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Regions {
    /// The body between header and footer, where the chart and the words go.
    pub body: Rect,
    /// The area the chart was given.
    pub chart: Rect,
    /// The items the chart drew: `items[chart_items.0..chart_items.1]`.
    pub chart_items: (usize, usize),
}

/// A laid-out graphic.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// Width in pixels.
    pub width: f32,
    /// Height in pixels.
    pub height: f32,
    /// What to paint, back to front.
    pub items: Vec<Item>,
    /// Where the parts went.
    pub regions: Regions,
}

impl Scene {
    /// The whole canvas as a rectangle.
    pub fn bounds(&self) -> Rect {
        Rect::new(0.0, 0.0, self.width, self.height)
    }

    /// Every text run, in painting order.
    pub fn texts(&self) -> impl Iterator<Item = &TextRun> {
        self.items.iter().filter_map(|item| match item {
            Item::Text(run) => Some(run),
            _ => None,
        })
    }
}
