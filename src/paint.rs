//! Painting: a short walk over a [`Scene`] onto any plotters [`DrawingBackend`].
//!
//! Painting makes no decisions; it only rounds `f32` to the backend's integer pixels
//! and adapts text to how each backend anchors and sizes it ([`TextConvention`]).
//! It can fail only when the backend itself fails, never because of what the user typed.

use plotters::style::{Color, FontDesc, FontFamily, FontStyle, RGBColor, TextStyle};
use plotters_backend::{DrawingBackend, DrawingErrorKind};

use crate::logo::LogoPixels;
use crate::scene::{Item, Rect, Rgb, Scene, TextRun};
use crate::text::Face;

/// How a backend turns plotters' `draw_text(pos, size)` into a glyph position. The
/// scene gives each line's alphabetic baseline and em size; this converts them.
#[derive(Clone, Copy)]
pub enum TextConvention<'f> {
    /// The backend takes the em size and draws on `pos.y` as the baseline
    /// (the browser canvas surface in `web::canvas`).
    Baseline,
    /// plotters' SVG backend: writes `font-size = size / 1.24` and shifts the
    /// baseline down by `0.76em` for top-anchored text.
    PlottersSvg,
    /// plotters' bitmap backend with ab_glyph: scales glyphs so that ascent − descent
    /// equals `size`, and puts the baseline `size / 2` below `pos.y`. Holds each face's
    /// `(ascent − descent) / em`, in the order of [`Face::ALL`].
    AbGlyph {
        /// From [`crate::text::FontSet::height_per_em`].
        height_per_em: [f32; 5],
    },
    /// No text at all: every glyph becomes a filled polygon, from these fonts' outlines
    /// (SVG that looks the same in any renderer, with or without the fonts).
    Outlines(&'f crate::text::FontSet),
}

impl TextConvention<'_> {
    /// The ab_glyph convention for the given fonts.
    pub fn ab_glyph(fonts: &crate::text::FontSet) -> TextConvention<'static> {
        TextConvention::AbGlyph {
            height_per_em: Face::ALL.map(|face| fonts.height_per_em(face)),
        }
    }

    /// The string to hand the backend. A line of an Arabic graphic is already in
    /// visual order; a browser (canvas, or whatever renders the SVG) would reorder its
    /// right-to-left letters again, so it is held left to right with an override
    /// (U+202D … U+202C). ab_glyph draws characters as given and has no glyph for the
    /// marks, so it gets the line unchanged.
    fn text(self, line: &str) -> std::borrow::Cow<'_, str> {
        let right_to_left = |c: char| matches!(c, '\u{590}'..='\u{8ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}');
        match self {
            TextConvention::AbGlyph { .. } | TextConvention::Outlines(_) => line.into(),
            _ if line.chars().any(right_to_left) => format!("\u{202d}{line}\u{202c}").into(),
            _ => line.into(),
        }
    }

    /// The size to pass to plotters and the top of the text for a baseline and em.
    fn place(self, face: Face, em: f32, baseline: f32) -> (f32, f32) {
        match self {
            TextConvention::Baseline | TextConvention::Outlines(_) => (em, baseline),
            TextConvention::PlottersSvg => (em * 1.24, baseline - 0.76 * em),
            TextConvention::AbGlyph { height_per_em } => {
                let index = Face::ALL.iter().position(|f| *f == face).unwrap_or(0);
                let size = em * height_per_em[index];
                (size, baseline - size / 2.0)
            }
        }
    }
}

/// Where a scene lands on a surface: its top-left corner and its scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// Multiplies every coordinate and size (1.0 for exports at the format's size).
    pub scale: f32,
    /// Where the scene's top-left corner goes, in surface pixels.
    pub origin: (f32, f32),
}

impl Placement {
    /// At the surface's top-left corner, scaled.
    pub fn scaled(scale: f32) -> Placement {
        Placement {
            scale,
            origin: (0.0, 0.0),
        }
    }

    fn x(&self, x: f32) -> f32 {
        self.origin.0 + x * self.scale
    }

    fn y(&self, y: f32) -> f32 {
        self.origin.1 + y * self.scale
    }
}

/// Paints `scene` onto `backend` at its top-left corner, every coordinate multiplied
/// by `scale` (1.0 for exports at the format's size; the preview uses its
/// backing-store ratio).
pub fn paint<B: DrawingBackend>(
    scene: &Scene,
    backend: &mut B,
    text: TextConvention<'_>,
    scale: f32,
    logo: Option<&LogoPixels>,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    paint_at(scene, backend, text, Placement::scaled(scale), logo)
}

/// Paints `scene` onto `backend` placed by `at` (a strip of a poster too large for
/// one canvas starts at `-top`).
pub fn paint_at<B: DrawingBackend>(
    scene: &Scene,
    backend: &mut B,
    text: TextConvention<'_>,
    at: Placement,
    logo: Option<&LogoPixels>,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    backend.ensure_prepared()?;
    paint_items(scene, backend, text, at, logo)?;
    backend.present()
}

/// Paints `scene` onto part of a larger surface (contact sheets), without presenting.
pub fn paint_items<B: DrawingBackend>(
    scene: &Scene,
    backend: &mut B,
    text: TextConvention<'_>,
    at: Placement,
    logo: Option<&LogoPixels>,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    for item in &scene.items {
        match item {
            Item::Rect { rect, fill } => paint_rect(backend, rect, *fill, at)?,
            Item::Polygon { points, fill } => {
                let points = points.iter().map(|&(x, y)| (px(at.x(x)), px(at.y(y))));
                backend.fill_polygon(points, &rgb(*fill).filled())?;
            }
            Item::Text(run) => paint_text(backend, run, text, at)?,
            Item::Logo { rect } => {
                // Until the logo is decoded its white plate stands alone.
                if let Some(pixels) = logo {
                    paint_logo(backend, rect, pixels, at)?;
                }
            }
        }
    }
    Ok(())
}

fn px(v: f32) -> i32 {
    v.round() as i32
}

fn rgb(c: Rgb) -> RGBColor {
    RGBColor(c.r, c.g, c.b)
}

fn paint_rect<B: DrawingBackend>(
    backend: &mut B,
    rect: &Rect,
    fill: Rgb,
    at: Placement,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    if rect.w <= 0.0 || rect.h <= 0.0 {
        return Ok(());
    }
    let (x0, y0) = (px(at.x(rect.x)), px(at.y(rect.y)));
    // A hairline rule scaled down for a small preview still shows as one pixel.
    let x1 = px(at.x(rect.right())).max(x0 + 1);
    let y1 = px(at.y(rect.bottom())).max(y0 + 1);
    // Filled, the bitmap, canvas and SVG backends all take the bottom-right corner as
    // exclusive (x1 − x0 pixels wide).
    backend.draw_rect((x0, y0), (x1, y1), &rgb(fill).filled(), true)
}

/// Blits the logo resampled to its exact pixel box and composited over the white plate
/// (plotters' blit ignores alpha).
fn paint_logo<B: DrawingBackend>(
    backend: &mut B,
    rect: &Rect,
    pixels: &LogoPixels,
    at: Placement,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    let (x0, y0) = (px(at.x(rect.x)), px(at.y(rect.y)));
    let (x1, y1) = (px(at.x(rect.right())), px(at.y(rect.bottom())));
    let (w, h) = ((x1 - x0).max(1) as u32, (y1 - y0).max(1) as u32);
    let rgb = pixels.to_rgb(w, h, (255, 255, 255));
    backend.blit_bitmap((x0, y0), (w, h), &rgb)
}

fn paint_text<B: DrawingBackend>(
    backend: &mut B,
    run: &TextRun,
    convention: TextConvention<'_>,
    at: Placement,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    if run.text.is_empty() {
        return Ok(());
    }
    if let TextConvention::Outlines(fonts) = convention {
        return paint_outlines(backend, run, fonts, at);
    }
    let (size, top) = convention.place(run.face, run.size * at.scale, at.y(run.baseline));
    let style = if run.face.is_bold() {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    let font = FontDesc::new(FontFamily::Name(run.face.family()), f64::from(size), style);
    let colour = rgb(run.fill);
    let text_style = TextStyle::from(font).color(&colour);
    backend.draw_text(
        &convention.text(&run.text),
        &text_style,
        (px(at.x(run.x)), px(top)),
    )
}

/// Paints a line as one filled polygon per glyph. A glyph's contours are joined into
/// one polygon by going out from the first contour's start to each other contour and
/// back along the same segment: those bridges enclose no area, so the outer ring and
/// its holes fill exactly as the font's nonzero winding says.
fn paint_outlines<B: DrawingBackend>(
    backend: &mut B,
    run: &TextRun,
    fonts: &crate::text::FontSet,
    at: Placement,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    let style = rgb(run.fill).filled();
    let mut pen = run.x;
    for c in run.text.chars() {
        let (advance, contours) = fonts.glyph_contours(run.face, run.size, c);
        if let Some((first, rest)) = contours.split_first() {
            let anchor = first[0];
            let mut polygon: Vec<(f32, f32)> = first.clone();
            polygon.push(anchor);
            for contour in rest {
                polygon.extend_from_slice(contour);
                polygon.push(contour[0]);
                polygon.push(anchor);
            }
            let points = polygon
                .into_iter()
                .map(|(x, y)| (px(at.x(pen + x)), px(at.y(run.baseline + y))));
            backend.fill_polygon(points, &style)?;
        }
        pen += advance;
    }
    Ok(())
}

/// Registers the shipped fonts with plotters' ab_glyph text (native builds only).
/// Safe to call any number of times.
#[cfg(not(target_arch = "wasm32"))]
pub fn register_bundled_fonts() {
    use std::sync::Once;
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        for (face, bytes) in Face::ALL.into_iter().zip(crate::text::BUNDLED) {
            let style = if face.is_bold() {
                FontStyle::Bold
            } else {
                FontStyle::Normal
            };
            // The shipped fonts are tested to parse; a failure leaves text unpainted.
            let _ = plotters::style::register_font(face.family(), style, bytes);
        }
    });
}
