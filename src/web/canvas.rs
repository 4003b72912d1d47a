//! A canvas surface: plotters' canvas backend for shapes, and the scene's shaped
//! glyphs filled from the fonts' own outlines: each line's glyphs become one `Path2D`
//! in font units, made once per face and text, then filled under the line's
//! transform, so a redraw costs two canvas calls per line.
//!
//! The browser's text engine is never asked to set a word (`fillText` is not used):
//! the preview draws exactly the glyphs layout chose, at the positions it chose, so
//! it equals every export by construction, in any browser.

use std::cell::RefCell;
use std::collections::HashMap;

use plotters::prelude::DrawingBackend;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, Path2d};

use super::WebError;
use crate::render::paint::{Placement, Surface};
use crate::render::scene::{Outline, Rgb, TextRun};
use crate::render::text::{Face, FontSet};

thread_local! {
    /// Each line's glyphs as one `Path2D` in font units, by what it is drawn from
    /// ([`line_key`]).
    static LINES: RefCell<HashMap<u64, Option<Path2d>>> = RefCell::new(HashMap::new());
    /// Each glyph's `Path2D` in font units, made once.
    static GLYPHS: RefCell<HashMap<(Face, u16), Option<Path2d>>> = RefCell::new(HashMap::new());
}

/// Lines kept; the cache starts again past this (a long editing session).
const LINES_KEPT: usize = 1024;

/// What a line's path is made of: its face and its glyphs in font units (the same
/// text shaped again once the full shaper arrives is a different line).
fn line_key(run: &TextRun, face: Face, scale: f32) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    face.hash(&mut hasher);
    for glyph in &run.glyphs {
        glyph.id.hash(&mut hasher);
        ((glyph.x / scale).round() as i32).hash(&mut hasher);
        ((glyph.y / scale).round() as i32).hash(&mut hasher);
    }
    hasher.finish()
}

/// The line's glyphs as one path in font units, y up, from the line's origin: each
/// glyph's own path (made once) added at its place (`addPath` with a translation, so
/// no outline is written out again).
fn line_path(run: &TextRun, fonts: &FontSet, face: Face) -> Option<Path2d> {
    use js_sys::{Function, Object, Reflect};
    let scale = fonts.scale(face, run.size);
    let line = Path2d::new().ok()?;
    let add: Function = Reflect::get(&line, &"addPath".into())
        .ok()?
        .dyn_into()
        .ok()?;
    GLYPHS.with(|cache| {
        let mut cache = cache.borrow_mut();
        for glyph in &run.glyphs {
            let path = cache.entry((face, glyph.id)).or_insert_with(|| {
                let outline = fonts.outline(face, glyph.id);
                // An outline the browser refuses leaves that glyph unpainted.
                (!outline.is_empty())
                    .then(|| Path2d::new_with_path_string(&outline.to_svg()).ok())
                    .flatten()
            });
            let Some(path) = path else { continue };
            let at = Object::new();
            let moved = Reflect::set(&at, &"e".into(), &f64::from(glyph.x / scale).into())
                .and_then(|_| Reflect::set(&at, &"f".into(), &f64::from(-glyph.y / scale).into()))
                .and_then(|_| add.call2(&line, path, &at));
            if moved.is_err() {
                return None;
            }
        }
        Some(line)
    })
}

type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;

/// plotters' canvas backend plus the same canvas's 2D context for text.
pub struct CanvasSurface {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
}

impl CanvasSurface {
    /// A surface over `canvas`, at its current backing-store size.
    pub fn new(canvas: &HtmlCanvasElement) -> Result<CanvasSurface, WebError> {
        let context = canvas
            .get_context("2d")
            .map_err(|e| WebError::Canvas(super::js_text(&e)))?
            .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
            .ok_or_else(|| WebError::Canvas("no 2d context".into()))?;
        let inner = CanvasBackend::with_canvas_object(canvas.clone())
            .ok_or_else(|| WebError::Canvas("plotters could not use the canvas".into()))?;
        Ok(CanvasSurface { inner, context })
    }
}

impl DrawingBackend for CanvasSurface {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.present()
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.fill_polygon(vert, style)
    }

    /// `putImageData` in one call: plotters-canvas would fill one rectangle per pixel.
    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        (w, h): (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let mut rgba = Vec::with_capacity((w * h * 4) as usize);
        for pixel in src.chunks_exact(3).take((w * h) as usize) {
            rgba.extend_from_slice(&[pixel[0], pixel[1], pixel[2], 255]);
        }
        if rgba.len() != (w * h * 4) as usize {
            return Ok(());
        }
        let clamped = wasm_bindgen::Clamped(rgba.as_slice());
        if let Ok(data) = web_sys::ImageData::new_with_u8_clamped_array_and_sh(clamped, w, h) {
            // A logo that cannot be drawn leaves the plate empty; the graphic is still made.
            let _ = self
                .context
                .put_image_data(&data, f64::from(pos.0), f64::from(pos.1));
        }
        Ok(())
    }
}

impl Surface for CanvasSurface {
    fn fill_area(
        &mut self,
        rings: &[Vec<(f32, f32)>],
        fill: Rgb,
        outline: Option<Outline>,
        at: Placement,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let ctx = &self.context;
        ctx.begin_path();
        for ring in rings {
            let mut points = ring
                .iter()
                .map(|&(x, y)| (f64::from(at.x(x)), f64::from(at.y(y))));
            let Some((x, y)) = points.next() else {
                continue;
            };
            ctx.move_to(x, y);
            for (x, y) in points {
                ctx.line_to(x, y);
            }
            ctx.close_path();
        }
        ctx.set_fill_style_str(&fill.to_css());
        ctx.fill_with_canvas_winding_rule(web_sys::CanvasWindingRule::Evenodd);
        if let Some(line) = outline {
            ctx.set_stroke_style_str(&line.colour.to_css());
            ctx.set_line_width(f64::from(line.width * at.scale));
            ctx.set_line_join("round");
            ctx.stroke();
        }
        Ok(())
    }

    fn fill_glyphs(
        &mut self,
        run: &TextRun,
        fonts: &FontSet,
        at: Placement,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let face = fonts.resolved(run.face);
        let units = fonts.scale(face, run.size);
        if units <= 0.0 || run.glyphs.is_empty() {
            return Ok(());
        }
        let scale = f64::from(units * at.scale);
        let key = line_key(run, face, units);
        let ctx = &self.context;
        LINES.with(|cache| {
            let mut cache = cache.borrow_mut();
            if cache.len() >= LINES_KEPT {
                cache.clear();
            }
            let path = cache
                .entry(key)
                .or_insert_with(|| line_path(run, fonts, face));
            let Some(path) = path else { return };
            ctx.save();
            ctx.set_fill_style_str(&run.fill.to_css());
            let (x, y) = (f64::from(at.x(run.x)), f64::from(at.y(run.baseline)));
            // Setting a transform cannot fail on a live 2D context.
            let _ = ctx.set_transform(scale, 0.0, 0.0, -scale, x, y);
            ctx.fill_with_path_2d(path);
            ctx.restore();
        });
        Ok(())
    }
}
