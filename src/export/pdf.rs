//! PDF export: the scene as vector drawing on one page of the format's physical size
//! (A4 and A3 posters in exact millimetres), written with `pdf-writer`. Shapes are
//! filled paths, glyphs are their outlines (a print shop needs no fonts and nothing
//! reflows), the partner logo is an image composited over its white plate. The
//! document's language, title and description (the alt text) are in its metadata.

use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect as PdfRect, Ref, TextStr};

use crate::format::Format;
use crate::logo::LogoPixels;
use crate::scene::{Item, Rgb, Scene, TextRun};
use crate::text::FontSet;

/// What the PDF says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfWords<'a> {
    /// The graphic's language.
    pub lang: &'a str,
    /// The headline.
    pub title: &'a str,
    /// The alt text.
    pub description: &'a str,
}

/// Maps scene pixels (y down) to page points (y up). A poster's pixels at 300 DPI
/// miss its paper by a fraction of a millimetre; the two scales absorb that.
#[derive(Clone, Copy)]
struct Page {
    scale_x: f32,
    scale_y: f32,
    height: f32,
}

impl Page {
    fn at(self, (x, y): (f32, f32)) -> (f32, f32) {
        (x * self.scale_x, self.height - y * self.scale_y)
    }
}

/// The scene as a one-page PDF of `format`'s size.
pub fn pdf(
    scene: &Scene,
    format: Format,
    fonts: &FontSet,
    logo: Option<&LogoPixels>,
    words: &PdfWords,
) -> Vec<u8> {
    let (catalog, pages, page_id, content_id, info, image) = (
        Ref::new(1),
        Ref::new(2),
        Ref::new(3),
        Ref::new(4),
        Ref::new(5),
        Ref::new(6),
    );
    let (width, height) = format.page_points();
    let page = Page {
        scale_x: width / scene.width,
        scale_y: height / scene.height,
        height,
    };
    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(pages).lang(TextStr(words.lang));
    pdf.pages(pages).kids([page_id]).count(1);
    let mut content = Content::new();
    let mut uses_logo = false;
    for item in &scene.items {
        match item {
            Item::Rect { rect, fill } => {
                set_fill(&mut content, *fill);
                let (x, y) = page.at((rect.x, rect.bottom()));
                content.rect(x, y, rect.w * page.scale_x, rect.h * page.scale_y);
                content.fill_nonzero();
            }
            Item::Polygon { points, fill } => {
                set_fill(&mut content, *fill);
                path(&mut content, points.iter().map(|&p| page.at(p)));
                content.fill_nonzero();
            }
            Item::Text(run) => glyphs(&mut content, run, fonts, page),
            Item::Logo { rect } if logo.is_some() => {
                let (x, y) = page.at((rect.x, rect.bottom()));
                content.save_state();
                content.transform([rect.w * page.scale_x, 0.0, 0.0, rect.h * page.scale_y, x, y]);
                content.x_object(Name(b"Logo"));
                content.restore_state();
                uses_logo = true;
            }
            Item::Logo { .. } => {}
        }
    }
    {
        let mut pdf_page = pdf.page(page_id);
        pdf_page.media_box(PdfRect::new(0.0, 0.0, width, height));
        pdf_page.trim_box(PdfRect::new(0.0, 0.0, width, height));
        pdf_page.parent(pages);
        pdf_page.contents(content_id);
        if uses_logo {
            pdf_page.resources().x_objects().pair(Name(b"Logo"), image);
        }
        pdf_page.finish();
    }
    let drawing = miniz_oxide::deflate::compress_to_vec_zlib(&content.finish(), 6);
    pdf.stream(content_id, &drawing).filter(Filter::FlateDecode);
    if let (true, Some(pixels)) = (uses_logo, logo) {
        let rgb = pixels.to_rgb(pixels.width, pixels.height, (255, 255, 255));
        let data = miniz_oxide::deflate::compress_to_vec_zlib(&rgb, 6);
        let mut xobject = pdf.image_xobject(image, &data);
        xobject.filter(Filter::FlateDecode);
        xobject.width(pixels.width as i32);
        xobject.height(pixels.height as i32);
        xobject.color_space().device_rgb();
        xobject.bits_per_component(8);
        xobject.finish();
    }
    pdf.document_info(info)
        .title(TextStr(words.title))
        .subject(TextStr(words.description))
        .creator(TextStr("LNB Studio"))
        .producer(TextStr("LNB Studio (pdf-writer)"));
    pdf.finish()
}

fn set_fill(content: &mut Content, c: Rgb) {
    content.set_fill_rgb(
        f32::from(c.r) / 255.0,
        f32::from(c.g) / 255.0,
        f32::from(c.b) / 255.0,
    );
}

/// A closed subpath through `points`.
fn path(content: &mut Content, mut points: impl Iterator<Item = (f32, f32)>) {
    let Some((x, y)) = points.next() else {
        return;
    };
    content.move_to(x, y);
    for (x, y) in points {
        content.line_to(x, y);
    }
    content.close_path();
}

/// A line of text as its glyphs' outlines, one nonzero-filled path per glyph.
fn glyphs(content: &mut Content, run: &TextRun, fonts: &FontSet, page: Page) {
    set_fill(content, run.fill);
    let mut pen = run.x;
    for c in run.text.chars() {
        let (advance, contours) = fonts.glyph_contours(run.face, run.size, c);
        if !contours.is_empty() {
            for contour in &contours {
                path(
                    content,
                    contour
                        .iter()
                        .map(|&(x, y)| page.at((pen + x, run.baseline + y))),
                );
            }
            content.fill_nonzero();
        }
        pen += advance;
    }
}
