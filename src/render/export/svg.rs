//! SVG export: the scene written as SVG. Every glyph is drawn from its outline (its
//! exact TrueType curves, defined once in `<defs>` and placed with `<use>`), so the
//! file looks the same in any renderer (browsers, resvg, librsvg, Inkscape, a print
//! shop's RIP) with or without the fonts; each line is also there as real `<text>`,
//! transparent and stretched over its glyphs, so its words can be selected, searched
//! and copied without changing how the graphic looks. The partner logo is the user's
//! own PNG/JPEG data URL in an `<image>`; the headline and the alt text go into
//! `<title>` and `<desc>` for screen readers and search.

use std::collections::BTreeSet;
use std::fmt::Write;

use crate::model::logo::Logo;
use crate::render::scene::{Item, Scene, TextRun};
use crate::render::text::{Face, FontSet};

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

use crate::render::text::outline::svg_number as n;

fn glyph_id(face: Face, id: u16) -> String {
    format!("g{}-{id}", face.index())
}

/// The scene as a standalone SVG document.
pub fn svg(scene: &Scene, fonts: &FontSet, logo: Option<&Logo>, words: &SvgWords) -> String {
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" \
         width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" xml:lang=\"{lang}\" role=\"img\">\n\
         <title>{title}</title>\n<desc>{desc}</desc>\n",
        w = n(scene.width),
        h = n(scene.height),
        lang = escape(words.lang),
        title = escape(words.title),
        desc = escape(words.description),
    );
    let used: BTreeSet<(Face, u16)> = scene
        .texts()
        .flat_map(|run| {
            let face = fonts.resolved(run.face);
            run.glyphs.iter().map(move |g| (face, g.id))
        })
        .collect();
    out.push_str("<defs>\n");
    for &(face, id) in &used {
        let outline = fonts.outline(face, id);
        if !outline.is_empty() {
            // Writing to a String cannot fail (here and below).
            let _ = writeln!(
                out,
                "<path id=\"{}\" d=\"{}\"/>",
                glyph_id(face, id),
                outline.to_svg()
            );
        }
    }
    out.push_str("</defs>\n");
    for item in &scene.items {
        // Writing to a String cannot fail.
        let _ = match item {
            Item::Rect { rect, fill } => writeln!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
                n(rect.x),
                n(rect.y),
                n(rect.w),
                n(rect.h),
                fill.to_css()
            ),
            Item::Polygon { points, fill } => {
                let d: Vec<String> = points.iter().map(|&(x, y)| format!("{} {}", n(x), n(y))).collect();
                writeln!(out, "<path d=\"M{}Z\" fill=\"{}\"/>", d.join("L"), fill.to_css())
            }
            Item::Area {
                rings,
                fill,
                outline,
            } => {
                let mut d = String::new();
                for ring in rings {
                    for (i, &(x, y)) in ring.iter().enumerate() {
                        // Writing to a String cannot fail.
                        let _ = write!(d, "{}{} {}", if i == 0 { 'M' } else { 'L' }, n(x), n(y));
                    }
                    d.push('Z');
                }
                let stroke = outline.map_or_else(String::new, |line| {
                    format!(
                        " stroke=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"round\"",
                        line.colour.to_css(),
                        n(line.width)
                    )
                });
                writeln!(
                    out,
                    "<path d=\"{d}\" fill=\"{}\" fill-rule=\"evenodd\"{stroke}/>",
                    fill.to_css()
                )
            }
            Item::Text(run) => {
                text(&mut out, run, fonts);
                Ok(())
            }
            Item::Logo { rect } => match logo {
                // The data URL was checked when the logo was loaded (PNG or JPEG,
                // base64), and is escaped all the same.
                Some(logo) => writeln!(
                    out,
                    "<image x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" preserveAspectRatio=\"none\" href=\"{url}\" xlink:href=\"{url}\"/>",
                    n(rect.x),
                    n(rect.y),
                    n(rect.w),
                    n(rect.h),
                    url = escape(&logo.data_url),
                ),
                None => Ok(()),
            },
        };
    }
    out.push_str("</svg>\n");
    out
}

/// One line: its glyphs placed from the shared outlines, then its words as
/// transparent text over them.
fn text(out: &mut String, run: &TextRun, fonts: &FontSet) {
    if run.glyphs.is_empty() {
        return;
    }
    let face = fonts.resolved(run.face);
    let scale = fonts.scale(face, run.size);
    // Into a String: cannot fail.
    let _ = writeln!(
        out,
        "<g fill=\"{}\" aria-hidden=\"true\">",
        run.fill.to_css()
    );
    for glyph in &run.glyphs {
        if fonts.outline(face, glyph.id).is_empty() {
            continue;
        }
        // Into a String: cannot fail.
        let _ = writeln!(
            out,
            "<use href=\"#{id}\" xlink:href=\"#{id}\" transform=\"matrix({s} 0 0 -{s} {x} {y})\"/>",
            id = glyph_id(face, glyph.id),
            s = crate::render::text::outline::decimal(scale, 6),
            x = n(run.x + glyph.x),
            y = n(run.baseline + glyph.y),
        );
    }
    out.push_str("</g>\n");
    let words = run.text.trim();
    if words.is_empty() {
        return;
    }
    let (x, direction) = if face.is_arabic() {
        (run.x + run.bounds.w, " direction=\"rtl\"")
    } else {
        (run.x, "")
    };
    // Into a String: cannot fail.
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\" font-family=\"{}\" font-weight=\"{}\" font-size=\"{}\" textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\"{direction} fill=\"{}\" fill-opacity=\"0\" xml:space=\"preserve\">{}</text>",
        n(x),
        n(run.baseline),
        escape(face.family()),
        if face.is_bold() { 700 } else { 400 },
        n(run.size),
        n(run.bounds.w),
        run.fill.to_css(),
        escape(&run.text),
    );
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
