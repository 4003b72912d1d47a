//! One export as the editor hands it to the export workers (`src/bin/exporter.rs`):
//! which file, of which design. The design crosses as its versioned save (the same
//! JSON as storage and share links), so the worker lays it out itself and the editor's
//! first load carries none of the writers. What each file says about itself (PNG
//! text chunks, the vector request) is decided here, natively tested.

use serde::{Deserialize, Serialize};

use crate::model::document::{Document, Saved};
use crate::model::i18n::Translator;
use crate::render::export::png_meta::PngText;
use crate::render::export::vector::{VectorKind, VectorRequest};
use crate::render::export::words::{alt_text, headline};
use crate::render::scene::Scene;

/// Which file.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Output {
    /// A PNG at `scale` × the format's pixel size (2 for a sharp social graphic).
    Png {
        /// 1 or 2.
        scale: f32,
    },
    /// An SVG document.
    Svg,
    /// A one-page PDF.
    Pdf,
}

impl Output {
    /// The file's MIME type.
    pub fn mime(self) -> &'static str {
        match self {
            Output::Png { .. } => "image/png",
            Output::Svg => "image/svg+xml",
            Output::Pdf => "application/pdf",
        }
    }

    /// The file's name for a design whose stem is `stem` (`…@2x.png` at twice the size).
    pub fn file_name(self, stem: &str) -> String {
        match self {
            Output::Png { scale } if scale > 1.0 => format!("{stem}@2x.png"),
            Output::Png { .. } => format!("{stem}.png"),
            Output::Svg => format!("{stem}.svg"),
            Output::Pdf => format!("{stem}.pdf"),
        }
    }
}

/// A job that could not be read (never one the editor wrote).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRequest(pub String);

impl crate::model::error::UserError for BadRequest {
    fn message_id(&self) -> &'static str {
        "export-failed"
    }
}

impl std::fmt::Display for BadRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "export request: {}", self.0)
    }
}

impl std::error::Error for BadRequest {}

/// One file of one design.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// Which file.
    pub output: Output,
    /// The design, as it is saved.
    pub design: Saved,
}

impl Job {
    /// The job for `output` of `doc`.
    pub fn new(output: Output, doc: &Document) -> Job {
        Job {
            output,
            design: Saved::new(doc.clone()),
        }
    }

    /// The job as JSON, for the worker.
    pub fn to_json(&self) -> String {
        // Serialised as a save is (non-finite numbers written as "no data").
        let design = self.design.to_json();
        let output = serde_json::to_string(&self.output).unwrap_or_default();
        format!("{{\"output\":{output},\"design\":{design}}}")
    }

    /// A job read back from JSON, its design migrated like any save.
    pub fn from_json(json: &str) -> Result<(Output, Document), BadRequest> {
        #[derive(Deserialize)]
        struct Raw<'a> {
            output: Output,
            #[serde(borrow)]
            design: &'a serde_json::value::RawValue,
        }
        let raw: Raw = serde_json::from_str(json).map_err(|e| BadRequest(e.to_string()))?;
        let doc = Saved::load(raw.design.get()).map_err(|e| BadRequest(e.to_string()))?;
        Ok((raw.output, doc))
    }
}

/// What a PNG says about itself: title, description (alt text), source, tool.
pub fn png_texts(doc: &Document, tr: &Translator) -> Vec<PngText> {
    let lang = doc.language.code();
    let source = crate::render::layout::Words::for_document(doc, tr).source_line;
    [
        ("Title", headline(doc), lang),
        ("Description", alt_text(doc, tr), lang),
        ("Source", source, lang),
        ("Software", "LNB Studio".to_owned(), ""),
    ]
    .into_iter()
    .filter(|(_, text, _)| !text.is_empty())
    .map(|(keyword, text, lang)| PngText {
        keyword,
        text,
        lang,
    })
    .collect()
}

/// The SVG or PDF request for `doc` laid out as `scene`; None for a PNG.
pub fn vector_request(
    output: Output,
    doc: &Document,
    tr: &Translator,
    scene: Scene,
) -> Option<VectorRequest> {
    let kind = match output {
        Output::Svg => VectorKind::Svg,
        Output::Pdf => VectorKind::Pdf,
        Output::Png { .. } => return None,
    };
    Some(VectorRequest {
        kind,
        scene,
        format: doc.format,
        lang: doc.language.code().to_owned(),
        title: headline(doc),
        description: alt_text(doc, tr),
        logo: doc.logo.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::document::ChartKind;
    use crate::model::error::UserError;
    use crate::model::goal::Goal;
    use crate::model::i18n::Lang;

    #[test]
    fn a_job_crosses_as_json_and_keeps_its_design() {
        let tr = Translator::new(Lang::Fr);
        let mut doc = crate::render::charts::example(Goal::NoPoverty, ChartKind::Bars, &tr);
        doc.statement = "Personne « laissé » de côté \" \\ </script>".into();
        for output in [Output::Png { scale: 2.0 }, Output::Svg, Output::Pdf] {
            let (back, read) = Job::from_json(&Job::new(output, &doc).to_json()).expect("reads");
            assert_eq!(back, output);
            assert_eq!(read, doc);
        }
        assert!(Job::from_json("{\"output\":\"Svg\"}").is_err());
        let error = Job::from_json("not json").expect_err("not json");
        assert_eq!(error.message_id(), "export-failed");
    }

    #[test]
    fn file_names_and_types_follow_the_output() {
        assert_eq!(Output::Png { scale: 1.0 }.file_name("a"), "a.png");
        assert_eq!(Output::Png { scale: 2.0 }.file_name("a"), "a@2x.png");
        assert_eq!(Output::Svg.file_name("a"), "a.svg");
        assert_eq!(Output::Pdf.mime(), "application/pdf");
    }

    #[test]
    fn a_png_names_its_source_and_describes_itself_in_its_language() {
        let tr = Translator::new(Lang::En);
        let doc = crate::render::charts::example(Goal::ZeroHunger, ChartKind::Gap, &tr);
        let texts = png_texts(&doc, &tr);
        let keywords: Vec<_> = texts.iter().map(|t| t.keyword).collect();
        assert_eq!(keywords, ["Title", "Description", "Source", "Software"]);
        assert!(texts[..3]
            .iter()
            .all(|t| t.lang == "en" && !t.text.is_empty()));
        assert_eq!(texts[1].text, alt_text(&doc, &tr));
        let mut bare = doc.clone();
        bare.source.clear();
        bare.year.clear();
        assert!(png_texts(&bare, &tr).iter().all(|t| t.keyword != "Source"));
    }
}
