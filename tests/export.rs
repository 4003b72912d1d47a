//! Exports checked by tools that are not ours: an SVG rendered by librsvg's
//! `rsvg-convert` looks like the bitmap our painter makes of the same scene (so glyph
//! outlines, colours and positions survive a renderer without the fonts), and a PDF is
//! read by poppler's `pdfinfo` and `pdftoppm`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

use lnb_studio::model::document::{ChartKind, Document};
use lnb_studio::model::format::Format;
use lnb_studio::model::goal::Goal;
use lnb_studio::model::i18n::{Lang, Translator};
use lnb_studio::render::export::svg::{svg, SvgWords};
use lnb_studio::render::layout::layout;
use lnb_studio::render::paint::paint;
use lnb_studio::render::scene::Scene;
use lnb_studio::render::text::FontSet;
use plotters::prelude::BitMapBackend;

fn scene(goal: Goal, chart: ChartKind, format: Format, lang: Lang) -> Scene {
    let tr = Translator::new(lang);
    let doc = Document {
        format,
        ..lnb_studio::render::charts::example(goal, chart, &tr)
    };
    layout(&doc, &tr, &FontSet::bundled())
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("export");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir.join(name)
}

/// RGB pixels of a PNG file.
fn read_png(path: &PathBuf) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(path).expect("png file"),
    ));
    let mut reader = decoder.read_info().expect("png header");
    let mut buffer = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buffer).expect("png pixels");
    let channels = info.color_type.samples();
    let rgb = buffer[..info.buffer_size()]
        .chunks(channels)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    (info.width, info.height, rgb)
}

/// Our own bitmap of the scene, as RGB: the scene's glyphs filled from their outlines.
fn bitmap(scene: &Scene) -> Vec<u8> {
    let fonts = FontSet::bundled();
    let (w, h) = (scene.width as u32, scene.height as u32);
    let mut pixels = vec![0u8; (w * h * 3) as usize];
    {
        let mut backend = BitMapBackend::with_buffer(&mut pixels, (w, h));
        paint(scene, &mut backend, &fonts, 1.0, None).expect("bitmap");
    }
    pixels
}

/// Share of pixels that differ by more than `tolerance` in any channel.
fn share_different(a: &[u8], b: &[u8], tolerance: u8) -> f64 {
    let differ = a
        .chunks(3)
        .zip(b.chunks(3))
        .filter(|(p, q)| {
            p.iter()
                .zip(q.iter())
                .any(|(x, y)| x.abs_diff(*y) > tolerance)
        })
        .count();
    differ as f64 / (a.len() / 3) as f64
}

#[test]
fn svg_renders_in_librsvg_like_our_bitmap() {
    let fonts = FontSet::bundled();
    for (i, (goal, chart, format, lang)) in [
        (
            Goal::QualityEducation,
            ChartKind::BigNumber,
            Format::XLandscape,
            Lang::En,
        ),
        (
            Goal::ZeroHunger,
            ChartKind::Bars,
            Format::InstagramSquare,
            Lang::Fr,
        ),
        (
            Goal::GenderEquality,
            ChartKind::Gap,
            Format::Story,
            Lang::Ar,
        ),
        (
            Goal::GoodHealth,
            ChartKind::Trend,
            Format::LinkShare,
            Lang::Sw,
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let scene = scene(goal, chart, format, lang);
        let words = SvgWords {
            lang: lang.code(),
            title: "t <&>",
            description: "d \"q\"",
        };
        let file = scratch(&format!("graphic-{i}.svg"));
        std::fs::write(&file, svg(&scene, &fonts, None, &words)).expect("write svg");
        let rendered = scratch(&format!("graphic-{i}.png"));
        let status = Command::new("rsvg-convert")
            .arg("-o")
            .arg(&rendered)
            .arg(&file)
            .status()
            .expect("rsvg-convert is installed (tools/setup.sh test)");
        assert!(status.success(), "rsvg-convert failed on {file:?}");
        let (w, h, theirs) = read_png(&rendered);
        assert_eq!((w, h), format.size(), "{file:?}");
        let ours = bitmap(&scene);
        let differ = share_different(&ours, &theirs, 96);
        // Only anti-aliased glyph edges may differ.
        assert!(
            differ < 0.01,
            "{file:?}: {:.2}% of pixels differ",
            differ * 100.0
        );
        // And the text is really there: without it, far more would differ.
        let blank = bitmap(&Scene {
            items: scene
                .items
                .iter()
                .filter(|i| !matches!(i, lnb_studio::render::scene::Item::Text(_)))
                .cloned()
                .collect(),
            ..scene.clone()
        });
        let without_text = share_different(&blank, &theirs, 96);
        assert!(
            without_text > differ + 0.005,
            "{file:?}: text missing? {differ} vs {without_text}"
        );
    }
}

#[test]
fn svg_is_valid_xml_with_its_words_as_text_and_each_glyph_defined_once() {
    let fonts = FontSet::bundled();
    let scene = scene(
        Goal::NoPoverty,
        ChartKind::Donut,
        Format::XCompact,
        Lang::Es,
    );
    let words = SvgWords {
        lang: "es",
        title: "</title><script>x</script>",
        description: "a & b",
    };
    let text = svg(&scene, &fonts, None, &words);
    let xml = roxmltree::Document::parse(&text).expect("well-formed XML");
    let root = xml.root_element();
    assert_eq!(root.attribute("width"), Some("1200"));
    assert_eq!(root.attribute("viewBox"), Some("0 0 1200 675"));
    let title = root
        .children()
        .find(|n| n.has_tag_name("title"))
        .and_then(|n| n.text());
    assert_eq!(title, Some("</title><script>x</script>"));
    assert!(!root.descendants().any(|n| n.has_tag_name("script")));
    // Every line is there as text, in the words layout set.
    let texts: Vec<&str> = root
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    for run in scene.texts().filter(|r| !r.text.trim().is_empty()) {
        assert!(
            texts.contains(&run.text.as_str()),
            "{:?} missing from {texts:?}",
            run.text
        );
    }
    // Glyphs are outlines defined once and placed many times.
    let defined = root
        .descendants()
        .filter(|n| n.has_tag_name("path") && n.attribute("id").is_some())
        .count();
    let placed = root.descendants().filter(|n| n.has_tag_name("use")).count();
    assert!(
        placed > 50 && defined < placed,
        "{defined} defined, {placed} placed"
    );
}

/// `pdfinfo`'s "Key: value" lines.
fn pdfinfo(path: &PathBuf) -> std::collections::HashMap<String, String> {
    let out = Command::new("pdfinfo")
        .arg(path)
        .output()
        .expect("pdfinfo is installed (tools/setup.sh test)");
    assert!(
        out.status.success(),
        "pdfinfo refused {path:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            l.split_once(':')
                .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        })
        .collect()
}

#[test]
fn posters_are_pdfs_of_their_paper_size_that_poppler_renders_like_our_bitmap() {
    use lnb_studio::render::export::pdf::{pdf, PdfWords};
    let fonts = FontSet::bundled();
    for (format, paper, lang) in [
        (Format::PosterA4, "A4", Lang::Fr),
        (Format::PosterA3, "A3", Lang::Ar),
    ] {
        let scene = scene(Goal::ZeroHunger, ChartKind::Pictogram, format, lang);
        let words = PdfWords {
            lang: lang.code(),
            title: "Faim « zéro » (ñ)",
            description: "alt",
        };
        let file = scratch(&format!("poster-{paper}.pdf"));
        std::fs::write(&file, pdf(&scene, format, &fonts, None, &words)).expect("write pdf");
        let info = pdfinfo(&file);
        assert_eq!(info.get("Pages").map(String::as_str), Some("1"));
        let size = info.get("Page size").cloned().unwrap_or_default();
        assert!(size.contains(&format!("({paper})")), "{paper}: {size}");
        let (mm_w, mm_h) = format.paper_mm().expect("a poster");
        let points: Vec<f32> = size.split(' ').filter_map(|t| t.parse().ok()).collect();
        assert!(
            (points[0] - mm_w / 25.4 * 72.0).abs() < 0.05
                && (points[1] - mm_h / 25.4 * 72.0).abs() < 0.05,
            "{paper}: {size}"
        );
        assert_eq!(
            info.get("Title").map(String::as_str),
            Some("Faim « zéro » (ñ)")
        );
        // Rendered by poppler at 60 DPI: a fifth of our 300-DPI pixels.
        let stem = scratch(&format!("poster-{paper}"));
        let status = Command::new("pdftoppm")
            .args(["-r", "60", "-png", "-singlefile"])
            .arg(&file)
            .arg(&stem)
            .status()
            .expect("pdftoppm is installed");
        assert!(status.success());
        let (w, h, theirs) = read_png(&stem.with_extension("png"));
        let (fw, fh) = format.size();
        assert!(
            w.abs_diff(fw / 5) <= 1 && h.abs_diff(fh / 5) <= 1,
            "{paper}: {w}×{h}"
        );
        let small = Scene {
            width: w as f32,
            height: h as f32,
            ..scene.clone()
        };
        let mut ours = vec![0u8; (w * h * 3) as usize];
        {
            let mut backend = BitMapBackend::with_buffer(&mut ours, (w, h));
            paint(&small, &mut backend, &fonts, 0.2, None).expect("bitmap");
        }
        let differ = share_different(&ours, &theirs, 96);
        assert!(
            differ < 0.03,
            "{paper}: {:.2}% of pixels differ",
            differ * 100.0
        );
    }
}

/// The letters of `text` without white space or bidi controls, for comparing text that
/// was wrapped onto lines (`pdftotext` marks right-to-left runs with U+202A–U+202C and
/// places a space next to neutral punctuation by its own rules).
fn words_of(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !('\u{202a}'..='\u{202e}').contains(c))
        .collect()
}

/// A poster's PDF in every language holds its words as text: `pdftotext` gives the
/// figure, the statement and the source line in logical order (Arabic with its
/// harakat), `pdffonts` lists every font embedded as a subset, and the page is tagged
/// with the chart as a figure carrying the alt text.
#[test]
fn poster_pdfs_carry_their_words_as_tagged_text_in_every_language() {
    use lnb_studio::render::export::pdf::{pdf, PdfWords};
    let fonts = FontSet::bundled();
    for lang in Lang::ALL {
        let tr = Translator::new(lang);
        let doc = Document {
            format: Format::PosterA4,
            ..lnb_studio::render::charts::example(Goal::ZeroHunger, ChartKind::Bars, &tr)
        };
        let scene = layout(&doc, &tr, &fonts);
        let alt = format!("alt text {}", lang.code());
        let words = PdfWords {
            lang: lang.code(),
            title: &doc.statement,
            description: &alt,
        };
        let file = scratch(&format!("words-{}.pdf", lang.code()));
        std::fs::write(&file, pdf(&scene, doc.format, &fonts, None, &words)).expect("write pdf");
        let out = Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(&file)
            .arg("-")
            .output()
            .expect("pdftotext is installed (tools/setup.sh test)");
        let text = words_of(&String::from_utf8_lossy(&out.stdout));
        let source = lnb_studio::render::layout::Words::for_document(&doc, &tr).source_line;
        for expected in [&doc.statement, &source] {
            let expected = words_of(expected);
            assert!(
                text.contains(&expected),
                "{lang:?}: {expected:?} not in {text:?}"
            );
            assert!(expected.chars().count() > 10);
        }
        if lang == Lang::Ar {
            assert!(
                text.contains('\u{64b}') || text.contains('\u{64c}') || text.contains('\u{64d}'),
                "the tanween is text: {text:?}"
            );
        }
        let fonts_out = Command::new("pdffonts")
            .arg(&file)
            .output()
            .expect("pdffonts");
        let listing = String::from_utf8_lossy(&fonts_out.stdout);
        let rows: Vec<&str> = listing
            .lines()
            .skip(2)
            .filter(|l| !l.trim().is_empty())
            .collect();
        assert!(rows.len() >= 2, "{listing}");
        for row in rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            assert!(
                cols[0].len() > 7 && cols[0].as_bytes()[6] == b'+',
                "subset name: {row}"
            );
            assert!(
                row.contains("CID TrueType") && row.contains("yes yes yes"),
                "embedded subset with a ToUnicode map: {row}"
            );
        }
        assert_eq!(
            pdfinfo(&file).get("Tagged").map(String::as_str),
            Some("yes")
        );
        let structure = Command::new("pdfinfo")
            .arg("-struct-text")
            .arg(&file)
            .output()
            .expect("pdfinfo");
        let structure = String::from_utf8_lossy(&structure.stdout);
        // In reading order: the Goal, the statement as the heading, then the chart.
        let at = |s: &str| structure.find(s).unwrap_or(usize::MAX);
        assert!(
            at("P (block)") < at("H1") && at("H1") < at("Figure") && at("Figure") < usize::MAX,
            "{structure}"
        );
        let bytes = std::fs::read(&file).expect("read pdf");
        let needle = format!("/Alt ({alt})");
        assert!(
            bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
            "the figure's alt text"
        );
    }
}

/// A kerned headline is kerned in the exports too: the SVG places each glyph where
/// the shaped line put it, and the line is narrower than its glyphs' own advances.
#[test]
fn exports_place_glyphs_kerned() {
    use lnb_studio::render::text::TextMeasure;
    let fonts = FontSet::bundled();
    let tr = Translator::new(Lang::En);
    let mut doc =
        lnb_studio::render::charts::example(Goal::QualityEducation, ChartKind::BigNumber, &tr);
    doc.figure = "AVAVAV".into();
    let scene = layout(&doc, &tr, &fonts);
    let run = scene
        .texts()
        .find(|r| r.text == "AVAVAV")
        .expect("the figure");
    let unkerned: f32 = "AVAVAV"
        .chars()
        .map(|c| fonts.width(run.face, run.size, &c.to_string()))
        .sum();
    assert!(
        run.bounds.w < unkerned - 5.0,
        "{} vs {unkerned}",
        run.bounds.w
    );
    let words = SvgWords {
        lang: "en",
        title: "",
        description: "",
    };
    let text = svg(&scene, &fonts, None, &words);
    // The last glyph's <use> sits where the kerned line put it.
    let last = run.glyphs.last().expect("glyphs");
    let x = run.x + last.x;
    let wanted = format!(
        " {} {})\"",
        lnb_studio::render::text::outline::svg_number(x),
        lnb_studio::render::text::outline::svg_number(run.baseline + last.y)
    );
    assert!(text.contains(&wanted), "no glyph placed at {wanted}");
    let unkerned_x = run.x + unkerned - fonts.width(run.face, run.size, "V");
    assert!(x < unkerned_x - 5.0, "{x} vs {unkerned_x}");

    // The PDF too: poppler finds the word as wide as the kerned line, on the page.
    use lnb_studio::render::export::pdf::{pdf, PdfWords};
    let words = PdfWords {
        lang: "en",
        title: "",
        description: "",
    };
    let file = scratch("kerned.pdf");
    std::fs::write(&file, pdf(&scene, doc.format, &fonts, None, &words)).expect("write pdf");
    let out = Command::new("pdftotext")
        .arg("-bbox")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext");
    let html = String::from_utf8_lossy(&out.stdout);
    let word = html
        .lines()
        .find(|l| l.contains(">AVAVAV<"))
        .expect("the figure is a word in the PDF");
    let attribute = |name: &str| -> f32 {
        let start = word.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
        word[start..]
            .split('"')
            .next()
            .and_then(|v| v.parse().ok())
            .expect("number")
    };
    let (page_w, _) = doc.format.page_points();
    let points_per_pixel = page_w / scene.width;
    let drawn = attribute("xMax") - attribute("xMin");
    assert!(
        (drawn - run.bounds.w * points_per_pixel).abs() < 1.0,
        "PDF word {drawn} pt, kerned line {} pt",
        run.bounds.w * points_per_pixel
    );
    assert!(
        drawn < unkerned * points_per_pixel - 3.0,
        "{drawn} vs unkerned {}",
        unkerned * points_per_pixel
    );
}
