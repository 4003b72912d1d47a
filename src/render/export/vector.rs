//! One vector export (SVG or PDF): the laid-out scene, glyphs and all, the words the
//! file says about itself and the logo. Made from a job by `export::job::
//! vector_request` in an export worker (`src/bin/exporter.rs`), or natively in tests.

use crate::model::format::Format;
use crate::model::logo::{Logo, LogoPixels};
use crate::render::export::pdf::{pdf, PdfWords};
use crate::render::export::svg::{svg, SvgWords};
use crate::render::scene::Scene;
use crate::render::text::FontSet;

/// Which vector file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VectorKind {
    /// An SVG document.
    Svg,
    /// A one-page PDF.
    Pdf,
}

/// Everything a vector export needs, except the fonts and the logo's decoded pixels
/// (given to [`VectorRequest::write`]).
#[derive(Debug, Clone, PartialEq)]
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
}

impl VectorRequest {
    /// The file's bytes; the PDF embeds `logo`'s decoded pixels.
    pub fn write(&self, fonts: &FontSet, logo: Option<&LogoPixels>) -> Vec<u8> {
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
                let words = PdfWords {
                    lang: &self.lang,
                    title: &self.title,
                    description: &self.description,
                };
                pdf(&self.scene, self.format, fonts, logo, &words)
            }
        }
    }
}
