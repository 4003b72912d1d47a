//! PDF export: the scene on one page of the format's physical size (A4 and A3 posters
//! in exact millimetres), written with `pdf-writer`. Shapes are filled paths; each
//! line is real text in the shipped fonts, embedded (the files are subsets of the
//! fonts by characters, so they are named as subsets) with a ToUnicode map, so the
//! words can be selected, searched and read aloud, Arabic included (see
//! [`text_glyphs`] for how). The page is tagged (PDF/UA's model): the
//! document's language and title, the lines as headings and paragraphs in reading
//! order, the chart as one figure carrying the alt text, everything else an artifact.
//! The partner logo is an image composited over its white plate.

use std::collections::{BTreeMap, BTreeSet};

use pdf_writer::types::{
    ArtifactType, CidFontType, FontFlags, LineJoinStyle, StructRole, SystemInfo, TextRenderingMode,
    UnicodeCmap,
};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect as PdfRect, Ref, Str, TextStr};

use crate::model::format::Format;
use crate::model::logo::LogoPixels;
use crate::render::scene::{Item, Rgb, Role, Scene, TextRun};
use crate::render::text::{Face, FontSet};

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

/// Hands out object numbers.
struct Refs(i32);

impl Refs {
    fn next(&mut self) -> Ref {
        self.0 += 1;
        Ref::new(self.0)
    }
}

/// A structure element being collected: its role, alt text and marked contents, and
/// where it comes in reading order.
struct Element {
    role: StructRole,
    alt: Option<String>,
    mcids: Vec<i32>,
    order: u8,
}

/// Reading order: the Goal, the place, the statement, the chart, the call to action,
/// the source and pledge (whatever order they were painted in).
fn reading_order(role: Option<Role>) -> u8 {
    match role {
        Some(Role::Goal) => 0,
        Some(Role::Audience) => 1,
        Some(Role::Statement) => 2,
        Some(Role::Figure) => 3,
        None | Some(Role::ChartValue | Role::ChartLabel | Role::ChartNote) => 4,
        Some(Role::Action) => 5,
        Some(Role::Footer) => 6,
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
    let mut refs = Refs(0);
    let (catalog, pages, page_id, content_id, info, image, tree, document) = (
        refs.next(),
        refs.next(),
        refs.next(),
        refs.next(),
        refs.next(),
        refs.next(),
        refs.next(),
        refs.next(),
    );
    let (width, height) = format.page_points();
    let page = Page {
        scale_x: width / scene.width,
        scale_y: height / scene.height,
        height,
    };
    let faces: BTreeSet<Face> = scene.texts().map(|run| fonts.resolved(run.face)).collect();
    let font_name = |face: Face| format!("F{}", face.index());

    let mut content = Content::new();
    let mut elements: Vec<Element> = Vec::new();
    let mut uses_logo = false;
    let (chart_start, chart_end) = scene.regions.chart_items;
    let mut mcid = 0;
    let mut last_role: Option<Role> = None;
    for (index, item) in scene.items.iter().enumerate() {
        let in_chart = (chart_start..chart_end).contains(&index) && chart_end > chart_start;
        // Tagging: the chart's items are one figure; each run of lines of one role
        // outside it is a heading or paragraph; the rest is decoration.
        let starts_figure = in_chart && index == chart_start;
        let starts_block = matches!(item, Item::Text(run)
            if !in_chart && !run.text.trim().is_empty() && last_role != Some(run.role));
        if starts_figure {
            elements.push(Element {
                role: StructRole::Figure,
                alt: Some(words.description.to_owned()),
                mcids: Vec::new(),
                order: reading_order(None),
            });
            last_role = None;
        } else if let (true, Item::Text(run)) = (starts_block, item) {
            elements.push(Element {
                role: if run.role == Role::Statement {
                    StructRole::H1
                } else {
                    StructRole::P
                },
                alt: None,
                mcids: Vec::new(),
                order: reading_order(Some(run.role)),
            });
            last_role = Some(run.role);
        }
        let tagged = in_chart || matches!(item, Item::Text(run) if !run.text.trim().is_empty());
        if tagged {
            content
                .begin_marked_content_with_properties(Name(b"Span"))
                .properties()
                .identify(mcid);
            if let Some(element) = elements.last_mut() {
                element.mcids.push(mcid);
            }
            mcid += 1;
        } else {
            content
                .begin_marked_content_with_properties(Name(b"Artifact"))
                .properties()
                .artifact()
                .kind(ArtifactType::Layout);
        }
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
            Item::Area {
                rings,
                fill,
                outline,
            } => {
                set_fill(&mut content, *fill);
                for ring in rings {
                    path(&mut content, ring.iter().map(|&p| page.at(p)));
                }
                match outline {
                    Some(line) => {
                        let c = line.colour;
                        content.set_stroke_rgb(
                            f32::from(c.r) / 255.0,
                            f32::from(c.g) / 255.0,
                            f32::from(c.b) / 255.0,
                        );
                        content.set_line_width(line.width * page.scale_x);
                        content.set_line_join(LineJoinStyle::RoundJoin);
                        content.fill_even_odd_and_stroke();
                    }
                    None => {
                        content.fill_even_odd();
                    }
                }
            }
            Item::Text(run) => text(
                &mut content,
                run,
                fonts,
                page,
                &font_name(fonts.resolved(run.face)),
            ),
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
        content.end_marked_content();
    }

    let mut pdf = Pdf::new();
    {
        let mut cat = pdf.catalog(catalog);
        cat.pages(pages).lang(TextStr(words.lang));
        cat.mark_info().marked(true);
        cat.viewer_preferences().display_doc_title(true);
        cat.pair(Name(b"StructTreeRoot"), tree);
    }
    pdf.pages(pages).kids([page_id]).count(1);

    // Structure: the root, one document element, its children in reading order.
    let element_refs: Vec<Ref> = elements.iter().map(|_| refs.next()).collect();
    let in_order: Vec<(u8, Ref)> = (0..=reading_order(Some(Role::Footer)))
        .flat_map(|order| {
            elements
                .iter()
                .zip(element_refs.iter().copied())
                .filter(move |(e, _)| e.order == order)
                .map(move |(_, id)| (order, id))
        })
        .collect();
    let page_marks = refs.next();
    {
        let mut root = pdf
            .indirect(tree)
            .start::<pdf_writer::writers::StructTreeRoot>();
        root.child(document);
        // The page's marked contents, by MCID, point back to their elements.
        root.parent_tree().nums().insert(0, page_marks);
        root.parent_tree_next_key(1);
    }
    let by_mcid = elements
        .iter()
        .zip(&element_refs)
        .flat_map(|(e, &id)| e.mcids.iter().map(move |_| id));
    pdf.indirect(page_marks).array().items(by_mcid);
    {
        let mut doc = pdf.struct_element(document);
        doc.kind(StructRole::Document)
            .parent(tree)
            .lang(TextStr(words.lang));
        doc.title(TextStr(words.title));
        let mut children = doc.children();
        for &(_, id) in &in_order {
            children.struct_element(id);
        }
    }
    for (element, &id) in elements.iter().zip(&element_refs) {
        let mut e = pdf.struct_element(id);
        e.kind(element.role).parent(document).page(page_id);
        if let Some(alt) = &element.alt {
            e.alt(TextStr(alt));
        }
        let mut children = e.children();
        for &m in &element.mcids {
            children.marked_content_id(m);
        }
    }

    let font_refs: BTreeMap<Face, Ref> = faces
        .iter()
        .map(|&face| (face, embed_font(&mut pdf, &mut refs, scene, fonts, face)))
        .collect();
    {
        let mut pdf_page = pdf.page(page_id);
        pdf_page.media_box(PdfRect::new(0.0, 0.0, width, height));
        pdf_page.trim_box(PdfRect::new(0.0, 0.0, width, height));
        pdf_page.parent(pages);
        pdf_page.contents(content_id);
        pdf_page.struct_parents(0);
        pdf_page.tab_order(pdf_writer::types::TabOrder::StructureOrder);
        let mut resources = pdf_page.resources();
        if uses_logo {
            resources.x_objects().pair(Name(b"Logo"), image);
        }
        let mut font_dict = resources.fonts();
        for (&face, &id) in &font_refs {
            font_dict.pair(Name(font_name(face).as_bytes()), id);
        }
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

/// A glyph the PDF shows as text: its id, the text it stands for, where (scene
/// pixels, on the baseline) and how wide it is drawn.
struct TextGlyph {
    id: u16,
    text: String,
    x: f32,
    y: f32,
    /// Horizontal scale of the glyph (the invisible layer stretches to the line).
    stretch: f32,
}

/// What a run shows as text. A Latin run shows its shaped glyphs, each standing for
/// its cluster's text (a ligature for both letters). An Arabic run's shaped glyphs
/// cannot be read back one by one (Noto Sans Arabic draws a letter as a skeleton and
/// its dots, and one skeleton serves several letters), so it is drawn as outlines and
/// its text is an invisible layer, as scanned PDFs carry theirs: each character's own
/// glyph, laid out in the line's visual order across its width, which every PDF
/// reader turns back into logical order as it does for any right-to-left text.
fn text_glyphs(run: &TextRun, fonts: &FontSet) -> Vec<TextGlyph> {
    let face = fonts.resolved(run.face);
    if !face.is_arabic() {
        // A cluster ends where the next larger cluster starts.
        let end_of = |start: usize| {
            run.glyphs
                .iter()
                .map(|g| g.cluster as usize)
                .filter(|&c| c > start)
                .min()
                .unwrap_or(run.text.len())
        };
        let mut seen = BTreeSet::new();
        return run
            .glyphs
            .iter()
            .map(|g| {
                let start = g.cluster as usize;
                let end = end_of(start);
                // The first glyph of a cluster stands for its text; any further one
                // (a mark) for nothing.
                let text = if seen.insert(start) {
                    run.text.get(start..end).unwrap_or("").to_owned()
                } else {
                    String::new()
                };
                TextGlyph {
                    id: g.id,
                    text,
                    x: run.x + g.x,
                    y: run.baseline + g.y,
                    stretch: 1.0,
                }
            })
            .collect();
    }
    let font = fonts.face(face);
    let chars: Vec<char> = run.text.chars().collect();
    let nominal = |c: char| font.glyph_index(c).map_or(0, |g| g.0);
    let advance = |c: char| {
        f32::from(
            font.glyph_hor_advance(owned_ttf_parser::GlyphId(nominal(c)))
                .unwrap_or(0),
        )
    };
    let total: f32 = chars.iter().map(|&c| advance(c)).sum();
    if total <= 0.0 {
        return Vec::new();
    }
    let stretch = run.bounds.w / (total * fonts.scale(face, run.size));
    let unit = run.bounds.w / total;
    let mut pen = run.x;
    crate::render::layout::rtl::visual_order(&run.text)
        .into_iter()
        .filter_map(|i| chars.get(i).copied())
        .map(|c| {
            let glyph = TextGlyph {
                id: nominal(c),
                text: c.to_string(),
                x: pen,
                y: run.baseline,
                stretch,
            };
            pen += advance(c) * unit;
            glyph
        })
        .collect()
}

/// A line: a Latin line as text; an Arabic line as its outlines under an invisible
/// text layer ([`text_glyphs`]).
fn text(content: &mut Content, run: &TextRun, fonts: &FontSet, page: Page, font: &str) {
    if run.glyphs.is_empty() {
        return;
    }
    set_fill(content, run.fill);
    let invisible = fonts.resolved(run.face).is_arabic();
    if invisible {
        outlines(content, run, fonts, page);
    }
    content.begin_text();
    if invisible {
        content.set_text_rendering_mode(TextRenderingMode::Invisible);
    }
    content.set_font(Name(font.as_bytes()), run.size * page.scale_y);
    let stretch = page.scale_x / page.scale_y;
    for glyph in text_glyphs(run, fonts) {
        let (x, y) = page.at((glyph.x, glyph.y));
        content.set_text_matrix([stretch * glyph.stretch, 0.0, 0.0, 1.0, x, y]);
        content.show(Str(&glyph.id.to_be_bytes()));
    }
    content.end_text();
}

/// A line's glyphs as filled paths, their curves as the font has them.
fn outlines(content: &mut Content, run: &TextRun, fonts: &FontSet, page: Page) {
    use crate::render::text::outline::PathOp;
    let scale = fonts.scale(run.face, run.size);
    for glyph in &run.glyphs {
        let outline = fonts.outline(run.face, glyph.id);
        if outline.is_empty() {
            continue;
        }
        let origin = (run.x + glyph.x, run.baseline + glyph.y);
        let mut pen = (0.0, 0.0);
        for op in outline
            .placed(origin, scale)
            .map(|op| op.mapped(|x, y| page.at((x, y))))
        {
            match op {
                PathOp::Move(x, y) => {
                    content.move_to(x, y);
                    pen = (x, y);
                }
                PathOp::Line(x, y) => {
                    content.line_to(x, y);
                    pen = (x, y);
                }
                PathOp::Quad(cx, cy, x, y) => {
                    // A quadratic as the cubic with the same curve (which an affine map
                    // keeps, so it is converted on the page).
                    let c1 = (
                        pen.0 + 2.0 / 3.0 * (cx - pen.0),
                        pen.1 + 2.0 / 3.0 * (cy - pen.1),
                    );
                    let c2 = (x + 2.0 / 3.0 * (cx - x), y + 2.0 / 3.0 * (cy - y));
                    content.cubic_to(c1.0, c1.1, c2.0, c2.1, x, y);
                    pen = (x, y);
                }
                PathOp::Cubic(a, b, c, d, x, y) => {
                    content.cubic_to(a, b, c, d, x, y);
                    pen = (x, y);
                }
                PathOp::Close => {
                    content.close_path();
                }
            }
        }
        content.fill_nonzero();
    }
}

/// Embeds `face` as a Type 0 font over its TrueType file, glyph ids as character
/// codes, with the widths and a ToUnicode map of the glyphs the scene uses.
fn embed_font(pdf: &mut Pdf, refs: &mut Refs, scene: &Scene, fonts: &FontSet, face: Face) -> Ref {
    let (type0, cid, descriptor, file, cmap) = (
        refs.next(),
        refs.next(),
        refs.next(),
        refs.next(),
        refs.next(),
    );
    let font = fonts.face(face);
    let per_unit = 1000.0 / f32::from(font.units_per_em().max(1));
    // Each glyph the PDF shows as text, with the text it stands for.
    let mut used: BTreeMap<u16, String> = BTreeMap::new();
    for run in scene.texts().filter(|r| fonts.resolved(r.face) == face) {
        for glyph in text_glyphs(run, fonts) {
            let entry = used.entry(glyph.id).or_default();
            if entry.is_empty() {
                *entry = glyph.text;
            }
        }
    }
    let subset_tag = subset_tag(face, &used);
    let base = format!("{subset_tag}+{}", face.postscript_name());
    pdf.type0_font(type0)
        .base_font(Name(base.as_bytes()))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid)
        .to_unicode(cmap);
    {
        let mut cid_font = pdf.cid_font(cid);
        cid_font
            .subtype(CidFontType::Type2)
            .base_font(Name(base.as_bytes()))
            .system_info(SystemInfo {
                registry: Str(b"Adobe"),
                ordering: Str(b"Identity"),
                supplement: 0,
            })
            .font_descriptor(descriptor)
            .default_width(0.0)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        let mut widths = cid_font.widths();
        for &id in used.keys() {
            let advance = font
                .glyph_hor_advance(owned_ttf_parser::GlyphId(id))
                .unwrap_or(0);
            widths.consecutive(id, [f32::from(advance) * per_unit]);
        }
    }
    let bbox = font.global_bounding_box();
    let scaled = |v: i16| f32::from(v) * per_unit;
    let cap = font.capital_height().unwrap_or(font.ascender());
    let mut flags = FontFlags::NON_SYMBOLIC;
    if face.is_bold() {
        flags |= FontFlags::FORCE_BOLD;
    }
    pdf.font_descriptor(descriptor)
        .name(Name(base.as_bytes()))
        .family(Str(face.family().as_bytes()))
        .weight(if face.is_bold() { 700 } else { 400 })
        .flags(flags)
        .bbox(PdfRect::new(
            scaled(bbox.x_min),
            scaled(bbox.y_min),
            scaled(bbox.x_max),
            scaled(bbox.y_max),
        ))
        .italic_angle(0.0)
        .ascent(scaled(font.ascender()))
        .descent(scaled(font.descender()))
        .cap_height(scaled(cap))
        .stem_v(if face.is_bold() { 140.0 } else { 80.0 })
        .font_file2(file);
    let bytes = fonts.file(face);
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(bytes, 6);
    pdf.stream(file, &packed)
        .filter(Filter::FlateDecode)
        .pair(Name(b"Length1"), bytes.len() as i32);
    let mut unicode = UnicodeCmap::new(
        Name(b"Custom"),
        SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"UCS"),
            supplement: 0,
        },
    );
    for (&id, text) in &used {
        if !text.is_empty() {
            unicode.pair_with_multiple(id, text.chars());
        }
    }
    let cmap_bytes = unicode.finish();
    pdf.stream(cmap, cmap_bytes.as_slice());
    type0
}

/// Six capital letters naming this subset (PDF's convention), from the glyphs it holds.
fn subset_tag(face: Face, used: &BTreeMap<u16, String>) -> String {
    let mut hash: u32 = 2_166_136_261 ^ face.index() as u32;
    for &id in used.keys() {
        for byte in id.to_be_bytes() {
            hash = (hash ^ u32::from(byte)).wrapping_mul(16_777_619);
        }
    }
    (0..6)
        .map(|i| char::from(b'A' + ((hash >> (i * 5)) % 26) as u8))
        .collect()
}
