//! Reading a partner's logo from a file the user picked, and decoding a stored logo's
//! data URL to pixels, with the browser's own image decoder.

use js_sys::Promise;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, File, HtmlCanvasElement, HtmlImageElement};

use super::js_text;
use crate::logo::{Logo, LogoError, LogoPixels, MAX_BYTES};

/// Reads `file` as a logo: a PNG or JPEG of at most [`MAX_BYTES`], decoded.
pub async fn read(file: &File) -> Result<(Logo, LogoPixels), LogoError> {
    if !matches!(file.type_().as_str(), "image/png" | "image/jpeg") {
        return Err(LogoError::NotAnImage);
    }
    if file.size() > MAX_BYTES as f64 {
        return Err(LogoError::TooLarge);
    }
    let blob: &gloo::file::Blob = &gloo::file::File::from(file.clone());
    let data_url = gloo::file::futures::read_as_data_url(blob)
        .await
        .map_err(|_| LogoError::NotAnImage)?;
    let pixels = decode(&data_url).await.map_err(|_| LogoError::NotAnImage)?;
    let logo = Logo::new(data_url, pixels.width, pixels.height)?;
    Ok((logo, pixels))
}

/// Decodes a logo's data URL to RGBA pixels.
pub async fn decode(data_url: &str) -> Result<LogoPixels, String> {
    let image: HtmlImageElement = super::element("img").map_err(|e| e.to_string())?;
    image.set_src(data_url);
    let decoded: Promise = image.decode();
    JsFuture::from(decoded).await.map_err(|e| js_text(&e))?;
    let (width, height) = (image.natural_width(), image.natural_height());
    if width == 0 || height == 0 || width > crate::logo::MAX_SIDE || height > crate::logo::MAX_SIDE
    {
        return Err("bad size".into());
    }
    let canvas: HtmlCanvasElement = super::element("canvas").map_err(|e| e.to_string())?;
    canvas.set_width(width);
    canvas.set_height(height);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(|e| js_text(&e))?
        .and_then(|c| c.dyn_into().ok())
        .ok_or_else(|| "no 2d context".to_string())?;
    context
        .draw_image_with_html_image_element(&image, 0.0, 0.0)
        .map_err(|e| js_text(&e))?;
    let data = context
        .get_image_data(0.0, 0.0, f64::from(width), f64::from(height))
        .map_err(|e| js_text(&e))?;
    Ok(LogoPixels {
        width,
        height,
        rgba: data.data().0,
    })
}
