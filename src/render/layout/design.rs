//! The design rules as data: one table of type sizes, spacing and proportions per
//! format family, and the colour rules every palette is computed from.
//!
//! Every size is a multiple of the format's *base*, the smallest text it may carry:
//! 1/40 of the width on the social formats (what a phone feed shows about 400 CSS px
//! wide; Our World in Data's and the BBC's social charts set their sources at 2.5–2.6 %)
//! and 10 pt on the posters. A designer tunes the graphics here and nowhere else;
//! `tests/design_rules.rs` checks every layout against the rules, whatever the table
//! says.

use crate::model::format::{Format, Shape};
use crate::render::scene::{Rgb, Role};
use crate::render::text::Face;

use super::fit::TextSpec;
use super::shapes::{mix, shade, tint};

/// A text size range in base units: set at `max` when the text fits, shrunk no further
/// than `min`, where the layout says less instead (fewer lines, "and N more", "…").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Size {
    /// The largest size.
    pub max: f32,
    /// The floor.
    pub min: f32,
}

const fn size(max: f32, min: f32) -> Size {
    Size { max, min }
}

/// The type scale of a family, in base units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Type {
    /// The Goal's number in its tile.
    pub goal_number: Size,
    /// "GOAL 4".
    pub goal_label: Size,
    /// "QUALITY EDUCATION" (two lines at most).
    pub goal_name: Size,
    /// "WORLDWIDE" above the statement.
    pub audience: Size,
    /// The statement.
    pub statement: Size,
    /// The most lines the statement may take.
    pub statement_lines: usize,
    /// The call to action.
    pub action: Size,
    /// The big number.
    pub figure: Size,
    /// A share led with above a pictogram or inside a donut.
    pub lead: Size,
    /// Values on a chart (38 %, 2030 target: 90 %).
    pub chart_value: Size,
    /// Labels on a chart (Poorest 20 %, 2015).
    pub chart_label: Size,
    /// The gap chart's callout.
    pub callout: Size,
    /// Notes under a chart.
    pub chart_note: Size,
    /// Source, pledge and hashtag.
    pub footer: Size,
    /// The most lines the source line may take.
    pub source_lines: usize,
    /// Line height of running text, as a multiple of the size.
    pub leading: f32,
}

/// Spacing and mark sizes of a family, in base units unless said otherwise.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Space {
    /// Clear space inside the format's safe area.
    pub margin: f32,
    /// The Goal tile's side, which is the header's height.
    pub tile: f32,
    /// Between the tile and the Goal's words, and between the words and the emblem.
    pub header_inner: f32,
    /// Between the header and the body.
    pub header_gap: f32,
    /// Between the body and the footer rule.
    pub body_gap: f32,
    /// The thickness of a rule.
    pub rule: f32,
    /// Between the footer rule and the footer's first line.
    pub footer_gap: f32,
    /// Between the footer's two lines (the source, then pledge and hashtag).
    pub footer_line: f32,
    /// Between the pledge and the hashtag.
    pub footer_inner: f32,
    /// Between the hashtag and a source set on the same line.
    pub source_gap: f32,
    /// Between the chart and the words beside it or above it.
    pub gutter: f32,
    /// Between the audience label and the statement.
    pub kicker_gap: f32,
    /// The width of the bar beside the statement.
    pub statement_bar: f32,
    /// The space between the statement's bar and its text.
    pub statement_bar_gap: f32,
    /// The call to action plate's height.
    pub action_h: f32,
    /// The call to action plate's side padding.
    pub action_pad: f32,
    /// Between the statement and the call to action.
    pub action_gap: f32,
    /// The logo plate's height.
    pub logo_h: f32,
    /// The logo plate's padding.
    pub logo_pad: f32,
    /// The logo plate's widest.
    pub logo_max_w: f32,
    /// Between a label or value and the mark it names.
    pub label_gap: f32,
    /// A bar row's tallest.
    pub row_max: f32,
    /// A bar row's lowest, in multiples of its text's floor size.
    pub row_min: f32,
    /// Between a label set above its bar and the bar.
    pub stack_gap: f32,
    /// The thinnest a bar may be under a label set above it.
    pub bar_min: f32,
    /// A bar's thickness as a share of its row.
    pub bar_share: f32,
    /// The widest the label column of a bar chart may be, as a share of the chart.
    pub label_column: f32,
    /// The widest the value column of a bar chart may be, as a share of the chart.
    pub value_column: f32,
    /// The trend line's width.
    pub line: f32,
    /// The radius of a trend point.
    pub point: f32,
    /// The length of a target dash.
    pub dash: f32,
    /// The gap between target dashes.
    pub dash_gap: f32,
    /// The target dash's thickness.
    pub dash_w: f32,
    /// The target ring's outer radius.
    pub target_ring: f32,
    /// The thickness of the target ring.
    pub target_ring_w: f32,
    /// The outline marking the gap on the longer bar.
    pub outline: f32,
    /// The donut's inner radius as a share of its outer radius.
    pub donut_hole: f32,
}

/// How a family divides its body between the chart and the words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Split {
    /// The chart's share of the body: of its width on wide formats, of its height on
    /// the others.
    pub chart: f32,
    /// The same for the big number, which leads with its figure.
    pub figure: f32,
}

/// Everything a family of formats is laid out with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FamilyDesign {
    /// The base as a share of the width.
    pub base_per_width: f32,
    /// The base's floor in pixels (10 pt at 300 DPI on posters).
    pub base_floor: f32,
    /// The type scale.
    pub ty: Type,
    /// Spacing and marks.
    pub space: Space,
    /// Chart and words.
    pub split: Split,
}

/// The colour rules: every palette is computed from the Goal's colour with these
/// thresholds (WCAG 2.x 1.4.3 for text, 1.4.11 for marks), never chosen per Goal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ColourRules {
    /// The least contrast of any text against what is under it. At feed size no text
    /// is "large" in WCAG's sense, so 4.5:1 everywhere.
    pub text: f32,
    /// The least contrast of a mark that carries data against its ground.
    pub marks: f32,
    /// How far the secondary ink may move towards the ground (0–1).
    pub muted: f32,
    /// How far the track under bars and rings starts from the ground (0–1).
    pub track: f32,
    /// The least luminance of a photocopy-safe poster's ground (0–1): light enough
    /// to copy as a pale grey.
    pub copy_ground: f32,
}

/// The whole design: a table per family and the colour rules.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Design {
    /// 1600×900, 1200×675, 1200×630: chart and words side by side.
    pub wide: FamilyDesign,
    /// Square, portrait and story: words above the chart.
    pub tall: FamilyDesign,
    /// A4 and A3 at 300 DPI.
    pub poster: FamilyDesign,
    /// Contrast.
    pub colour: ColourRules,
    /// A poster's QR code.
    pub qr: QrRules,
    /// Maps.
    pub map: MapRules,
}

/// How a map is drawn: its classes' colours, outlines, hatching and legend, and when
/// it is drawn from the finer boundaries. Sizes are in base units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapRules {
    /// The most steps a map's values are cut into (by quantiles).
    pub classes: usize,
    /// The lightest step: the ground moved this far towards the ink (the darkest
    /// step is the ink itself).
    pub lightest: f32,
    /// The least contrast between neighbouring steps' colours.
    pub step_contrast: f32,
    /// A country without a value, and the countries around the data's region: the
    /// ground moved this far towards the ink.
    pub land: f32,
    /// The hatching over a country without a value: the ground moved this far.
    pub hatch: f32,
    /// The hatching's spacing.
    pub hatch_gap: f32,
    /// The hatching's line width.
    pub hatch_w: f32,
    /// The outline between countries (in the ground's colour, so neighbouring steps
    /// stay apart).
    pub outline: f32,
    /// The legend's swatches' height.
    pub swatch: f32,
    /// The widest one step of the legend may be.
    pub legend_step: f32,
    /// Around the data's countries, as a share of their extent.
    pub pad: f32,
    /// The least extent of the frame, in the projection's units (the world is 5.4
    /// wide): one small country is shown in its region.
    pub least_frame: f32,
    /// The outline of the audience's own country on a map (in the ink).
    pub highlight: f32,
    /// Around the audience's country, as a share of its extent: its neighbours.
    pub locator_pad: f32,
    /// Output pixels per projection unit from which the 1:50m boundaries are drawn
    /// (below, 1:110m): a world map 1,600 pixels wide, or a region on a feed card.
    pub fine_from: f32,
    /// The radius of the dot a country the table names is drawn as when its largest
    /// piece is less than the dot across (Mauritius, Samoa on a world map): still
    /// seen, and its colour still read at feed size.
    pub dot: f32,
}

/// How a poster's call-to-action link is drawn as a QR code, to scan from a metre
/// away: phone cameras resolve a module of 1.5 mm there with room to spare (a
/// 30-character link is a 37-module code with its quiet zone: 55 mm, a quarter of
/// an A4's width).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QrRules {
    /// The side of one module, in millimetres.
    pub module_mm: f32,
    /// The light margin around the code, in modules (the standard's 4).
    pub quiet: u8,
}

/// Pixels in a millimetre at 300 DPI, a poster's resolution.
pub const PX_PER_MM: f32 = 300.0 / 25.4;

/// The plate a partner's logo sits on: logos are made for white paper.
pub const LOGO_PLATE: Rgb = Rgb::WHITE;

/// 10 pt at 300 DPI, in pixels.
pub const TEN_POINT: f32 = 10.0 / 72.0 * 300.0;

/// The design LNB Studio ships.
pub const STANDARD: Design = Design {
    wide: FamilyDesign {
        base_per_width: 1.0 / 40.0,
        base_floor: 0.0,
        ty: Type {
            goal_number: size(2.2, 1.2),
            goal_label: size(1.0, 1.0),
            goal_name: size(1.6, 1.0),
            audience: size(1.0, 1.0),
            statement: size(1.6, 1.05),
            statement_lines: 7,
            action: size(1.1, 1.0),
            figure: size(7.5, 2.0),
            lead: size(3.4, 1.6),
            chart_value: size(1.5, 1.2),
            chart_label: size(1.4, 1.2),
            callout: size(2.0, 1.3),
            chart_note: size(1.0, 1.0),
            footer: size(1.0, 1.0),
            source_lines: 2,
            leading: 1.22,
        },
        space: Space {
            margin: 1.5,
            tile: 2.6,
            header_inner: 0.8,
            header_gap: 0.8,
            body_gap: 0.7,
            rule: 0.08,
            footer_gap: 0.5,
            footer_line: 0.3,
            footer_inner: 0.7,
            source_gap: 1.4,
            gutter: 1.3,
            kicker_gap: 0.45,
            statement_bar: 0.25,
            statement_bar_gap: 0.8,
            action_h: 1.9,
            action_pad: 0.7,
            action_gap: 0.6,
            logo_h: 2.4,
            logo_pad: 0.25,
            logo_max_w: 8.0,
            label_gap: 0.4,
            row_max: 2.8,
            row_min: 1.6,
            stack_gap: 0.1,
            bar_min: 0.4,
            bar_share: 0.5,
            label_column: 0.46,
            value_column: 0.3,
            line: 0.2,
            point: 0.3,
            dash: 0.45,
            dash_gap: 0.3,
            dash_w: 0.1,
            target_ring: 0.42,
            target_ring_w: 0.2,
            outline: 0.1,
            donut_hole: 0.66,
        },
        split: Split {
            chart: 0.6,
            figure: 0.54,
        },
    },
    tall: FamilyDesign {
        base_per_width: 1.0 / 40.0,
        base_floor: 0.0,
        ty: Type {
            goal_number: size(2.7, 1.4),
            goal_label: size(1.0, 1.0),
            goal_name: size(2.0, 1.0),
            audience: size(1.0, 1.0),
            statement: size(2.0, 1.1),
            statement_lines: 6,
            action: size(1.2, 1.0),
            figure: size(9.0, 2.4),
            lead: size(4.0, 1.8),
            chart_value: size(1.6, 1.2),
            chart_label: size(1.5, 1.2),
            callout: size(2.4, 1.4),
            chart_note: size(1.0, 1.0),
            footer: size(1.0, 1.0),
            source_lines: 2,
            leading: 1.22,
        },
        space: Space {
            margin: 2.0,
            tile: 3.4,
            header_inner: 0.9,
            header_gap: 1.2,
            body_gap: 0.9,
            rule: 0.1,
            footer_gap: 0.6,
            footer_line: 0.3,
            footer_inner: 0.8,
            source_gap: 1.6,
            gutter: 1.2,
            kicker_gap: 0.5,
            statement_bar: 0.3,
            statement_bar_gap: 0.9,
            action_h: 2.2,
            action_pad: 0.8,
            action_gap: 0.7,
            logo_h: 2.6,
            logo_pad: 0.3,
            logo_max_w: 9.0,
            label_gap: 0.45,
            row_max: 3.2,
            row_min: 1.6,
            stack_gap: 0.1,
            bar_min: 0.4,
            bar_share: 0.5,
            label_column: 0.46,
            value_column: 0.3,
            line: 0.24,
            point: 0.36,
            dash: 0.5,
            dash_gap: 0.35,
            dash_w: 0.12,
            target_ring: 0.5,
            target_ring_w: 0.24,
            outline: 0.12,
            donut_hole: 0.66,
        },
        split: Split {
            chart: 0.62,
            figure: 0.5,
        },
    },
    poster: FamilyDesign {
        base_per_width: 1.0 / 56.0,
        base_floor: TEN_POINT,
        ty: Type {
            goal_number: size(4.0, 2.0),
            goal_label: size(1.4, 1.0),
            goal_name: size(3.0, 1.4),
            audience: size(1.4, 1.0),
            statement: size(3.2, 1.6),
            statement_lines: 6,
            action: size(1.8, 1.2),
            figure: size(14.0, 3.0),
            lead: size(6.0, 2.4),
            chart_value: size(2.2, 1.4),
            chart_label: size(2.0, 1.4),
            callout: size(3.4, 1.8),
            chart_note: size(1.3, 1.0),
            footer: size(1.3, 1.0),
            source_lines: 2,
            leading: 1.22,
        },
        space: Space {
            margin: 2.6,
            tile: 5.0,
            header_inner: 1.2,
            header_gap: 2.0,
            body_gap: 1.4,
            rule: 0.12,
            footer_gap: 0.9,
            footer_line: 0.4,
            footer_inner: 1.0,
            source_gap: 2.0,
            gutter: 2.0,
            kicker_gap: 0.7,
            statement_bar: 0.4,
            statement_bar_gap: 1.2,
            action_h: 3.2,
            action_pad: 1.2,
            action_gap: 1.2,
            logo_h: 3.6,
            logo_pad: 0.4,
            logo_max_w: 12.0,
            label_gap: 0.6,
            row_max: 6.0,
            row_min: 1.6,
            stack_gap: 0.1,
            bar_min: 0.4,
            bar_share: 0.5,
            label_column: 0.46,
            value_column: 0.3,
            line: 0.32,
            point: 0.5,
            dash: 0.7,
            dash_gap: 0.45,
            dash_w: 0.16,
            target_ring: 0.7,
            target_ring_w: 0.32,
            outline: 0.16,
            donut_hole: 0.66,
        },
        split: Split {
            chart: 0.64,
            figure: 0.5,
        },
    },
    colour: ColourRules {
        text: 4.5,
        marks: 3.0,
        muted: 0.3,
        track: 0.18,
        copy_ground: 0.7,
    },
    qr: QrRules {
        module_mm: 1.5,
        quiet: 4,
    },
    map: MapRules {
        classes: 5,
        lightest: 0.3,
        step_contrast: 1.12,
        land: 0.12,
        hatch: 0.42,
        hatch_gap: 0.28,
        hatch_w: 0.06,
        outline: 0.035,
        swatch: 0.7,
        legend_step: 4.5,
        pad: 0.06,
        least_frame: 0.5,
        highlight: 0.12,
        locator_pad: 0.8,
        fine_from: 300.0,
        dot: 0.28,
    },
};

impl Design {
    /// The table for `format`'s family.
    pub fn family(&self, format: Format) -> &FamilyDesign {
        if format.is_print() {
            &self.poster
        } else {
            match format.shape() {
                Shape::Wide => &self.wide,
                Shape::Tall => &self.tall,
            }
        }
    }
}

impl FamilyDesign {
    /// The base in pixels for a graphic `width` pixels wide.
    pub fn base(&self, width: f32) -> f32 {
        (width * self.base_per_width).max(self.base_floor)
    }
}

/// The colours of one graphic, computed from its ground by [`ColourRules`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// The background: the Goal's colour.
    pub ground: Rgb,
    /// Text and data marks: white where white reaches the text contrast on the ground,
    /// else the lightest shade of the ground that does.
    pub ink: Rgb,
    /// Secondary text (source, years): the ink moved towards the ground as far as the
    /// text contrast allows.
    pub muted: Rgb,
    /// The ground under bars, rings and the people not highlighted: moved away from
    /// the ink until the ink's marks and values reach their contrast on it.
    pub track: Rgb,
    /// Plates (the Goal tile, the call to action) are the ink; what is written on them
    /// is the ground, so a plate passes exactly when the ink does.
    pub plate: Rgb,
    /// Text on a plate.
    pub on_plate: Rgb,
}

impl Palette {
    /// The palette of `doc`: on its Goal's colour, or set for a photocopier.
    pub fn for_doc(doc: &crate::model::document::Document, rules: &ColourRules) -> Palette {
        if doc.for_photocopier() {
            Palette::for_copier(doc.goal.colour(), rules)
        } else {
            Palette::for_ground(doc.goal.colour(), rules)
        }
    }

    /// The palette for a black-and-white copier: the ground is the Goal's colour made
    /// light enough to copy as a pale grey (no sheet of toner, no streaks), the ink
    /// black; the rest follows from the same rules as on the Goal's colour. Contrast is
    /// measured on luminance, which is what a copier keeps.
    pub fn for_copier(goal: Rgb, rules: &ColourRules) -> Palette {
        let ground = steps()
            .map(|t| tint(goal, t))
            .find(|c| c.luminance() >= rules.copy_ground)
            .unwrap_or(Rgb::WHITE);
        Palette::with_ink(ground, Rgb::new(0, 0, 0), rules)
    }

    /// The palette for a graphic on `ground`.
    pub fn for_ground(ground: Rgb, rules: &ColourRules) -> Palette {
        let ink = if Rgb::WHITE.contrast(ground) >= rules.text {
            Rgb::WHITE
        } else {
            steps()
                .map(|t| shade(ground, 0.5 + 0.5 * t))
                .find(|c| c.contrast(ground) >= rules.text)
                .unwrap_or(Rgb::new(0, 0, 0))
        };
        Palette::with_ink(ground, ink, rules)
    }

    /// The rest of a palette once its ground and ink are known.
    fn with_ink(ground: Rgb, ink: Rgb, rules: &ColourRules) -> Palette {
        let muted = steps()
            .map(|t| mix(ink, ground, rules.muted * (1.0 - t)))
            .find(|c| c.contrast(ground) >= rules.text)
            .unwrap_or(ink);
        let away = |t: f32| {
            if ink == Rgb::WHITE {
                shade(ground, t)
            } else {
                tint(ground, t)
            }
        };
        // Values may sit on the track, so it takes the text contrast too.
        let track = steps()
            .map(|t| away(rules.track + (1.0 - rules.track) * t))
            .find(|c| ink.contrast(*c) >= rules.marks.max(rules.text))
            .unwrap_or_else(|| away(1.0));
        Palette {
            ground,
            ink,
            muted,
            track,
            plate: ink,
            on_plate: ground,
        }
    }
}

/// 0 to 1 in fiftieths: the search steps of the colour rules.
fn steps() -> impl Iterator<Item = f32> {
    (0..=50).map(|i| i as f32 / 50.0)
}

/// One format's design resolved to pixels: the base and the family's table.
#[derive(Debug, Clone, Copy)]
pub struct Metrics<'a> {
    /// The base in pixels.
    pub base: f32,
    /// The family's table.
    pub family: &'a FamilyDesign,
}

impl Metrics<'_> {
    /// `units` base units in pixels.
    pub fn px(&self, units: f32) -> f32 {
        units * self.base
    }

    /// A text spec for `size` in `face`, as `role`, in `fill`, on at most `lines`.
    pub fn text(&self, size: Size, face: Face, role: Role, fill: Rgb, lines: usize) -> TextSpec {
        TextSpec {
            face,
            max_size: self.px(size.max),
            min_size: self.px(size.min),
            line_height: self.family.ty.leading,
            max_lines: lines,
            fill,
            role,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::goal::Goal;

    #[test]
    fn a_palette_passes_its_own_rules_on_every_goal() {
        for goal in Goal::ALL {
            let p = Palette::for_ground(goal.colour(), &STANDARD.colour);
            assert!(p.ink.contrast(p.ground) >= 4.5, "{goal:?} ink");
            assert!(p.muted.contrast(p.ground) >= 4.5, "{goal:?} muted");
            assert!(p.ink.contrast(p.track) >= 3.0, "{goal:?} track");
            assert!(p.on_plate.contrast(p.plate) >= 4.5, "{goal:?} plate");
        }
    }

    #[test]
    fn a_photocopy_palette_is_light_ground_black_ink_and_keeps_the_rules_in_grey() {
        for goal in Goal::ALL {
            let p = Palette::for_copier(goal.colour(), &STANDARD.colour);
            assert!(
                p.ground.luminance() >= 0.7,
                "{goal:?}: a pale ground, no sheet of toner"
            );
            assert_eq!(p.ink, Rgb::new(0, 0, 0), "{goal:?}");
            // A copier keeps luminance: the contrasts are the rules' in grey too.
            let grey = Rgb::grey;
            assert!(grey(p.ink).contrast(grey(p.ground)) >= 4.5, "{goal:?} ink");
            assert!(
                grey(p.muted).contrast(grey(p.ground)) >= 4.5,
                "{goal:?} muted"
            );
            assert!(grey(p.ink).contrast(grey(p.track)) >= 3.0, "{goal:?} track");
            assert!(
                grey(p.on_plate).contrast(grey(p.plate)) >= 4.5,
                "{goal:?} plate"
            );
        }
    }

    #[test]
    fn white_stays_where_it_reads_and_yields_where_it_does_not() {
        let ink = |hex| Palette::for_ground(Rgb::from_hex(hex), &STANDARD.colour).ink;
        assert_eq!(ink(0xC5192D), Rgb::WHITE, "Goal 4's red keeps white");
        for light in [0xDDA63A, 0x4C9F38, 0xFF3A21] {
            assert_ne!(ink(light), Rgb::WHITE, "{light:06x}");
        }
    }

    #[test]
    fn the_base_is_a_fortieth_of_a_social_width_and_ten_points_on_paper() {
        let base = |f: Format| STANDARD.family(f).base(f.size().0 as f32);
        assert_eq!(base(Format::XLandscape), 40.0);
        assert_eq!(base(Format::InstagramSquare), 27.0);
        assert!(base(Format::PosterA4) >= TEN_POINT);
    }
}
