//! A canvas surface: plotters' canvas backend for shapes, and the scene's shaped
//! glyphs filled as `Path2D`s made once per glyph from the fonts' own outlines.
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
use crate::paint::{Placement, Surface};
use crate::scene::TextRun;
use crate::text::{Face, FontSet};

thread_local! {
    /// Each glyph's `Path2D`, in font units, made on first use.
    static GLYPHS: RefCell<HashMap<(Face, u16), Option<Path2d>>> = RefCell::new(HashMap::new());
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
            let _ = self
                .context
                .put_image_data(&data, f64::from(pos.0), f64::from(pos.1));
        }
        Ok(())
    }
}

impl Surface for CanvasSurface {
    fn fill_glyphs(
        &mut self,
        run: &TextRun,
        fonts: &FontSet,
        at: Placement,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let face = fonts.resolved(run.face);
        let scale = f64::from(fonts.scale(face, run.size) * at.scale);
        let ctx = &self.context;
        ctx.save();
        ctx.set_fill_style_str(&run.fill.to_css());
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
                let x = f64::from(at.x(run.x + glyph.x));
                let y = f64::from(at.y(run.baseline + glyph.y));
                // Setting a transform cannot fail on a live 2D context.
                let _ = ctx.set_transform(scale, 0.0, 0.0, -scale, x, y);
                ctx.fill_with_path_2d(path);
            }
        });
        ctx.restore();
        Ok(())
    }
}
