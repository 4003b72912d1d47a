//! SVG export: the scene painted by plotters' SVG backend, with every glyph as a filled
//! outline, so the file looks the same in any renderer (browsers, resvg, librsvg,
//! Inkscape, a print shop's RIP) whether or not the fonts are installed. The partner
//! logo is the user's own PNG/JPEG data URL in an `<image>`; the headline and the
//! alt text go into `<title>` and `<desc>` for screen readers and search.

use plotters::prelude::SVGBackend;

use crate::logo::Logo;
use crate::paint::{paint, TextConvention};
use crate::scene::{Item, Scene};
use crate::text::FontSet;

/// Coordinates are written at this many units per pixel: plotters' backends take
/// integer coordinates, and glyph outlines need finer steps than a pixel.
const UNITS_PER_PIXEL: f32 = 4.0;

/// What the SVG says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SvgWords<'a> {
    /// The graphic's language (`xml:lang`).
    pub lang: &'a str,
    /// A short title: the headline.
    pub title: &'a str,
    /// The alt text.
    pub description: &'a str,
}

/// The scene as a standalone SVG document.
pub fn svg(scene: &Scene, fonts: &FontSet, logo: Option<&Logo>, words: &SvgWords) -> String {
    let (w, h) = (
        (scene.width * UNITS_PER_PIXEL).round() as u32,
        (scene.height * UNITS_PER_PIXEL).round() as u32,
    );
    let mut body = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut body, (w, h));
        // Writing to a String cannot fail; a failure would leave a partial drawing
        // rather than none.
        let _ = paint(
            scene,
            &mut backend,
            TextConvention::Outlines(fonts),
            UNITS_PER_PIXEL,
            None,
        );
    }
    let head = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" \
         width=\"{sw}\" height=\"{sh}\" viewBox=\"0 0 {w} {h}\" xml:lang=\"{lang}\" role=\"img\">\n\
         <title>{title}</title>\n<desc>{desc}</desc>\n",
        sw = scene.width.round(),
        sh = scene.height.round(),
        lang = escape(words.lang),
        title = escape(words.title),
        desc = escape(words.description),
    );
    let drawing = body
        .split_once('>')
        .map_or(body.as_str(), |(_, rest)| rest)
        .trim_end()
        .trim_end_matches("</svg>");
    let mut out = head;
    out.push_str(drawing.trim_start_matches('\n'));
    if let Some(logo) = logo {
        out.push_str(&logo_images(scene, logo));
    }
    out.push_str("</svg>\n");
    out
}

/// An `<image>` for each logo box, in SVG units. The data URL was checked when the
/// logo was loaded (PNG or JPEG, base64), and is escaped all the same.
fn logo_images(scene: &Scene, logo: &Logo) -> String {
    scene
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Logo { rect } => Some(format!(
                "<image x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" preserveAspectRatio=\"none\" href=\"{url}\" xlink:href=\"{url}\"/>\n",
                rect.x * UNITS_PER_PIXEL,
                rect.y * UNITS_PER_PIXEL,
                rect.w * UNITS_PER_PIXEL,
                rect.h * UNITS_PER_PIXEL,
                url = escape(&logo.data_url),
            )),
            _ => None,
        })
        .collect()
}

/// Text escaped for XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Not allowed in XML 1.0 at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{fffe}' | '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}
