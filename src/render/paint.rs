//! Painting: a short walk over a [`Scene`] onto any plotters [`DrawingBackend`].
//!
//! Painting makes no decisions; it only rounds `f32` to the backend's integer pixels.
//! Text is the scene's shaped glyphs, filled from the fonts' own outlines
//! ([`Surface::fill_glyphs`]), so no backend's text engine is involved and every
//! surface sets the same glyphs. It can fail only when the backend itself fails,
//! never because of what the user typed.

use plotters::style::{Color, RGBColor};
use plotters_backend::{DrawingBackend, DrawingErrorKind};

use crate::model::logo::LogoPixels;
use crate::render::scene::{Item, Outline, Rect, Rgb, Scene, TextRun};
use crate::render::text::FontSet;

/// A plotters backend that can also fill a line's glyphs, with the nonzero rule and
/// anti-aliased: the browser canvas (cached `Path2D`s) and the native bitmap.
pub trait Surface: DrawingBackend {
    /// Fills the glyphs of `run`, placed by `at`.
    fn fill_glyphs(
        &mut self,
        run: &TextRun,
        fonts: &FontSet,
        at: Placement,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>>;

    /// Fills `rings` by the even-odd rule, anti-aliased, then draws `outline` along
    /// them, placed by `at`.
    fn fill_area(
        &mut self,
        rings: &[Vec<(f32, f32)>],
        fill: Rgb,
        outline: Option<Outline>,
        at: Placement,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>>;
}

/// The native bitmap (tests, gallery): each glyph's outline filled anti-aliased with
/// the nonzero rule (tiny-skia's coverage mask), blended pixel by pixel.
#[cfg(not(target_arch = "wasm32"))]
impl Surface for plotters::prelude::BitMapBackend<'_> {
    fn fill_glyphs(
        &mut self,
        run: &TextRun,
        fonts: &FontSet,
        at: Placement,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        use crate::render::text::outline::PathOp;
        let scale = fonts.scale(run.face, run.size);
        for glyph in &run.glyphs {
            let outline = fonts.outline(run.face, glyph.id);
            let (ox, oy) = (run.x + glyph.x, run.baseline + glyph.y);
            let mut path = tiny_skia::PathBuilder::new();
            for op in outline
                .placed((ox, oy), scale)
                .map(|op| op.mapped(|x, y| (at.x(x), at.y(y))))
            {
                match op {
                    PathOp::Move(x, y) => path.move_to(x, y),
                    PathOp::Line(x, y) => path.line_to(x, y),
                    PathOp::Quad(a, b, x, y) => path.quad_to(a, b, x, y),
                    PathOp::Cubic(a, b, c, d, x, y) => path.cubic_to(a, b, c, d, x, y),
                    PathOp::Close => path.close(),
                }
            }
            let Some(path) = path.finish() else { continue };
            blend(self, &path, tiny_skia::FillRule::Winding, run.fill)?;
        }
        Ok(())
    }

    fn fill_area(
        &mut self,
        rings: &[Vec<(f32, f32)>],
        fill: Rgb,
        outline: Option<Outline>,
        at: Placement,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let mut path = tiny_skia::PathBuilder::new();
        for ring in rings {
            let mut points = ring.iter().map(|&(x, y)| (at.x(x), at.y(y)));
            let Some((x, y)) = points.next() else {
                continue;
            };
            path.move_to(x, y);
            for (x, y) in points {
                path.line_to(x, y);
            }
            path.close();
        }
        let Some(path) = path.finish() else {
            return Ok(());
        };
        blend(self, &path, tiny_skia::FillRule::EvenOdd, fill)?;
        if let Some(line) = outline {
            let stroke = tiny_skia::Stroke {
                width: line.width * at.scale,
                line_join: tiny_skia::LineJoin::Round,
                ..tiny_skia::Stroke::default()
            };
            if let Some(stroked) = path.stroke(&stroke, 1.0) {
                blend(self, &stroked, tiny_skia::FillRule::Winding, line.colour)?;
            }
        }
        Ok(())
    }
}

/// Blends `colour` into the bitmap through `path`'s anti-aliased coverage.
#[cfg(not(target_arch = "wasm32"))]
fn blend<B: DrawingBackend>(
    backend: &mut B,
    path: &tiny_skia::Path,
    rule: tiny_skia::FillRule,
    colour: Rgb,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    use plotters_backend::BackendColor;
    let (width, height) = backend.get_size();
    let bounds = path.bounds();
    let x0 = (bounds.left().floor() as i32).max(0);
    let y0 = (bounds.top().floor() as i32).max(0);
    let x1 = (bounds.right().ceil() as i32).min(width as i32);
    let y1 = (bounds.bottom().ceil() as i32).min(height as i32);
    let Some(mut mask) = tiny_skia::Mask::new((x1 - x0).max(0) as u32, (y1 - y0).max(0) as u32)
    else {
        return Ok(());
    };
    let shift = tiny_skia::Transform::from_translate(-(x0 as f32), -(y0 as f32));
    mask.fill_path(path, rule, true, shift);
    let columns = mask.width() as usize;
    for (i, &coverage) in mask.data().iter().enumerate() {
        if coverage == 0 {
            continue;
        }
        let point = (x0 + (i % columns) as i32, y0 + (i / columns) as i32);
        let colour = BackendColor {
            alpha: f64::from(coverage) / 255.0,
            rgb: (colour.r, colour.g, colour.b),
        };
        backend.draw_pixel(point, colour)?;
    }
    Ok(())
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

    /// Where scene x lands on the surface.
    pub fn x(&self, x: f32) -> f32 {
        self.origin.0 + x * self.scale
    }

    /// Where scene y lands on the surface.
    pub fn y(&self, y: f32) -> f32 {
        self.origin.1 + y * self.scale
    }
}

/// Paints `scene` onto `backend` at its top-left corner, every coordinate multiplied
/// by `scale` (1.0 for exports at the format's size; the preview uses its
/// backing-store ratio).
pub fn paint<B: Surface>(
    scene: &Scene,
    backend: &mut B,
    fonts: &FontSet,
    scale: f32,
    logo: Option<&LogoPixels>,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    paint_at(scene, backend, fonts, Placement::scaled(scale), logo)
}

/// Paints `scene` onto `backend` placed by `at` (a strip of a poster too large for
/// one canvas starts at `-top`).
pub fn paint_at<B: Surface>(
    scene: &Scene,
    backend: &mut B,
    fonts: &FontSet,
    at: Placement,
    logo: Option<&LogoPixels>,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    backend.ensure_prepared()?;
    paint_items(scene, backend, fonts, at, logo)?;
    backend.present()
}

/// Paints `scene` onto part of a larger surface (contact sheets), without presenting.
pub fn paint_items<B: Surface>(
    scene: &Scene,
    backend: &mut B,
    fonts: &FontSet,
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
            Item::Area {
                rings,
                fill,
                outline,
            } => backend.fill_area(rings, *fill, *outline, at)?,
            Item::Text(run) => backend.fill_glyphs(run, fonts, at)?,
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
