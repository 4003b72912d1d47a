//! A canvas surface: plotters' canvas backend for shapes, with text drawn on the
//! alphabetic baseline at the em size the scene asks for ([`TextConvention::Baseline`]).
//!
//! plotters-canvas anchors text with `textBaseline = "top"`, whose position depends
//! on how the browser reads the font's metrics; drawing on the baseline ourselves puts
//! every line exactly where layout measured it.
//!
//! [`TextConvention::Baseline`]: crate::paint::TextConvention::Baseline

use plotters::prelude::DrawingBackend;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontStyle,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::WebError;

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

fn css_colour(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("rgba({r},{g},{b},{})", color.alpha)
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

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let weight = match style.style() {
            FontStyle::Bold => "700",
            _ => "400",
        };
        let font = format!("{weight} {}px {}", style.size(), style.family().as_str());
        self.context.set_font(&font);
        self.context.set_text_baseline("alphabetic");
        self.context.set_text_align("left");
        self.context.set_fill_style_str(&css_colour(style.color()));
        // A failed fillText leaves one line unpainted; it is not the user's doing and
        // must not stop the rest of the graphic.
        let _ = self
            .context
            .fill_text(text, f64::from(pos.0), f64::from(pos.1));
        Ok(())
    }
}
