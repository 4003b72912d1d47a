//! One vector export (SVG or PDF) as a self-contained request: the laid-out scene,
//! glyphs and all, the words the file says about itself and the logo. The editor
//! serialises it; the export module (`src/bin/exporter.rs`, a second wasm loaded on the
//! first SVG or PDF export) reads it and writes the file, so neither writer is part of
//! the editor's first load. Natively the same [`VectorRequest::write`] runs directly.

use serde::{Deserialize, Serialize};

use crate::export::pdf::{pdf, PdfWords};
use crate::export::svg::{svg, SvgWords};
use crate::format::Format;
use crate::logo::{Logo, LogoPixels};
use crate::scene::Scene;
use crate::text::FontSet;

/// Which vector file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum VectorKind {
    /// An SVG document.
    Svg,
    /// A one-page PDF.
    Pdf,
}

/// Everything a vector export needs, except the fonts (given to the module once) and
/// the logo's decoded pixels (passed beside the request as raw RGBA).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VectorRequest {
    /// SVG or PDF.
    pub kind: VectorKind,
    /// The graphic, laid out.
    pub scene: Scene,
    /// Its format (the PDF's paper size).
    pub format: Format,
    /// The graphic's language tag.
    pub lang: String,
    /// The headline.
    pub title: String,
    /// The alt text.
    pub description: String,
    /// The partner logo as the user gave it (the SVG embeds it).
    pub logo: Option<Logo>,
    /// The logo's decoded size, when its pixels travel beside the request (the PDF).
    pub logo_size: Option<(u32, u32)>,
}

/// A request that could not be read (never one the editor wrote).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRequest(pub String);

impl BadRequest {
    /// The message the user sees.
    pub fn message_id(&self) -> &'static str {
        "export-failed"
    }
}

impl std::fmt::Display for BadRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "export request: {}", self.0)
    }
}

impl std::error::Error for BadRequest {}

impl VectorRequest {
    /// The request as JSON, to hand to the export module.
    pub fn to_json(&self) -> String {
        // A scene of numbers and strings always serialises.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A request read back from JSON.
    pub fn from_json(json: &str) -> Result<VectorRequest, BadRequest> {
        serde_json::from_str(json).map_err(|e| BadRequest(e.to_string()))
    }

    /// The file's bytes. `logo_rgba` holds the logo's pixels for a PDF (any length
    /// that does not match `logo_size` is taken as no logo).
    pub fn write(&self, fonts: &FontSet, logo_rgba: Vec<u8>) -> Vec<u8> {
        match self.kind {
            VectorKind::Svg => {
                let words = SvgWords {
                    lang: &self.lang,
                    title: &self.title,
                    description: &self.description,
                };
                svg(&self.scene, fonts, self.logo.as_ref(), &words).into_bytes()
            }
            VectorKind::Pdf => {
                let pixels = self.logo_size.and_then(|(width, height)| {
                    (logo_rgba.len() as u64 == u64::from(width) * u64::from(height) * 4).then_some(
                        LogoPixels {
                            width,
                            height,
                            rgba: logo_rgba,
                        },
                    )
                });
                let words = PdfWords {
                    lang: &self.lang,
                    title: &self.title,
                    description: &self.description,
                };
                pdf(&self.scene, self.format, fonts, pixels.as_ref(), &words)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{ChartKind, Document};
    use crate::goal::Goal;
    use crate::i18n::{Lang, Translator};

    fn request(kind: VectorKind) -> VectorRequest {
        let tr = Translator::new(Lang::Ar);
        let doc = Document::example(Goal::ZeroHunger, ChartKind::Gap, &tr);
        VectorRequest {
            kind,
            scene: crate::layout::layout(&doc, &tr, &FontSet::bundled()),
            format: doc.format,
            lang: "ar".into(),
            title: "عنوان".into(),
            description: "وصف".into(),
            logo: None,
            logo_size: Some((2, 1)),
        }
    }

    #[test]
    fn a_request_survives_json_and_writes_the_same_file() {
        let fonts = FontSet::bundled();
        for kind in [VectorKind::Svg, VectorKind::Pdf] {
            let original = request(kind);
            let back = VectorRequest::from_json(&original.to_json()).expect("reads back");
            assert_eq!(back, original);
            let logo = vec![255, 0, 0, 255, 0, 0, 255, 255];
            assert_eq!(
                back.write(&fonts, logo.clone()),
                original.write(&fonts, logo)
            );
        }
    }

    #[test]
    fn a_broken_request_is_an_error_not_a_panic() {
        let error = VectorRequest::from_json("{\"kind\":\"Svg\"").expect_err("truncated");
        assert_eq!(error.message_id(), "export-failed");
    }
}
