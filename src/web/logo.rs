//! Reading a partner's logo from a file the user picked, and decoding a stored logo's
//! data URL to pixels, with the browser's own image decoder.

use js_sys::Promise;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, File, HtmlCanvasElement, HtmlImageElement};

use super::js_text;
use crate::input::preset::LogoSource;
use crate::model::logo::{Logo, LogoError, LogoPixels, MAX_BYTES};

/// Reads `file` as a logo: a PNG or JPEG of at most [`MAX_BYTES`], decoded.
pub async fn read(file: &File) -> Result<(Logo, LogoPixels), LogoError> {
    read_blob(file).await
}

/// Reads image bytes as a logo, with the same checks as a picked file.
async fn read_blob(blob: &web_sys::Blob) -> Result<(Logo, LogoPixels), LogoError> {
    if !matches!(blob.type_().as_str(), "image/png" | "image/jpeg") {
        return Err(LogoError::NotAnImage);
    }
    if blob.size() > MAX_BYTES as f64 {
        return Err(LogoError::TooLarge);
    }
    let blob = gloo::file::Blob::from(blob.clone());
    let data_url = gloo::file::futures::read_as_data_url(&blob)
        .await
        .map_err(|_| LogoError::NotAnImage)?;
    from_data_url(data_url).await
}

/// Decodes and checks a data URL as a logo.
async fn from_data_url(data_url: String) -> Result<(Logo, LogoPixels), LogoError> {
    let pixels = decode(&data_url).await.map_err(|_| LogoError::NotAnImage)?;
    let logo = Logo::new(data_url, pixels.width, pixels.height)?;
    Ok((logo, pixels))
}

/// Loads a partner's preset logo: a file on the app's own site, or a data URL.
pub async fn load_preset(source: &LogoSource) -> Result<(Logo, LogoPixels), LogoError> {
    match source {
        LogoSource::Data(url) if url.len() > MAX_BYTES / 3 * 4 + 64 => Err(LogoError::TooLarge),
        LogoSource::Data(url) => from_data_url(url.clone()).await,
        LogoSource::SameSite(path) => {
            let response: web_sys::Response =
                JsFuture::from(gloo::utils::window().fetch_with_str(path))
                    .await
                    .ok()
                    .and_then(|r| r.dyn_into().ok())
                    .filter(|r: &web_sys::Response| r.ok())
                    .ok_or(LogoError::NotAnImage)?;
            let blob: web_sys::Blob =
                JsFuture::from(response.blob().map_err(|_| LogoError::NotAnImage)?)
                    .await
                    .ok()
                    .and_then(|b| b.dyn_into().ok())
                    .ok_or(LogoError::NotAnImage)?;
            read_blob(&blob).await
        }
    }
}

/// Decodes a logo's data URL to RGBA pixels.
pub async fn decode(data_url: &str) -> Result<LogoPixels, String> {
    let image: HtmlImageElement = super::element("img").map_err(|e| e.to_string())?;
    image.set_src(data_url);
    let decoded: Promise = image.decode();
    JsFuture::from(decoded).await.map_err(|e| js_text(&e))?;
    let (width, height) = (image.natural_width(), image.natural_height());
    if width == 0
        || height == 0
        || width > crate::model::logo::MAX_SIDE
        || height > crate::model::logo::MAX_SIDE
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
