//! `cargo run --release --bin gallery -- OUT_DIR [LANG [CHART]]`: renders every Goal ×
//! format × chart kind (or only the kind whose slug is CHART) with the native bitmap
//! backend to `OUT_DIR/*.png`, and a contact sheet of one row per chart kind and one
//! column per format to `OUT_DIR/contact-sheet.png`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    use lnb_studio::model::document::{ChartKind, Document};
    use lnb_studio::model::format::Format;
    use lnb_studio::model::goal::Goal;
    use lnb_studio::model::i18n::{Lang, Translator};
    use lnb_studio::render::paint::{paint, paint_items, Placement};
    use lnb_studio::render::text::FontSet;
    use plotters::prelude::{BitMapBackend, DrawingBackend, RGBColor};

    let out = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "gallery".into()));
    std::fs::create_dir_all(&out)?;
    let fonts = FontSet::bundled();
    let lang = std::env::args()
        .nth(2)
        .map(|code| Lang::from_tag(&code).ok_or(format!("no language {code:?}")))
        .transpose()?
        .unwrap_or(Lang::En);
    let tr = Translator::new(lang);
    let only = std::env::args()
        .nth(3)
        .map(|slug| ChartKind::from_slug(&slug).ok_or(format!("no chart kind {slug:?}")))
        .transpose()?;
    let charts: Vec<ChartKind> = ChartKind::ALL
        .into_iter()
        .filter(|&c| only.is_none_or(|o| o == c))
        .collect();
    let document = |goal, chart, format| Document {
        format,
        ..lnb_studio::render::charts::example(goal, chart, &tr)
    };

    let mut count = 0;
    for goal in Goal::ALL {
        for &chart in &charts {
            for format in Format::ALL {
                let doc = document(goal, chart, format);
                let scene = lnb_studio::render::layout::layout(&doc, &tr, &fonts);
                let path = out.join(format!("{}.png", doc.file_stem()));
                let mut backend = BitMapBackend::new(&path, format.size());
                paint(&scene, &mut backend, &fonts, 1.0, None)?;
                count += 1;
            }
        }
    }
    println!("{count} graphics in {}", out.display());

    // The contact sheet: thumbnails 360 px high, the Goals in turn across the rows.
    let thumb_h = 360.0f32;
    let gap = 24.0f32;
    let widths: Vec<f32> = Format::ALL
        .iter()
        .map(|f| f.size().0 as f32 / f.size().1 as f32 * thumb_h)
        .collect();
    let sheet_w = widths.iter().sum::<f32>() + gap * (widths.len() as f32 + 1.0);
    let sheet_h = (thumb_h + gap) * charts.len() as f32 + gap;
    let path = out.join("contact-sheet.png");
    let mut sheet = BitMapBackend::new(&path, (sheet_w as u32, sheet_h as u32));
    sheet.draw_rect(
        (0, 0),
        (sheet_w as i32, sheet_h as i32),
        &RGBColor(245, 245, 242),
        true,
    )?;
    for (row, &chart) in charts.iter().enumerate() {
        let mut x = gap;
        for (col, format) in Format::ALL.into_iter().enumerate() {
            // Every Goal in turn across the sheet, so all seventeen appear.
            let goal = Goal::ALL[(row * Format::ALL.len() + col) % Goal::ALL.len()];
            let doc = document(goal, chart, format);
            let scene = lnb_studio::render::layout::layout(&doc, &tr, &fonts);
            let at = Placement {
                scale: thumb_h / scene.height,
                origin: (x, gap + row as f32 * (thumb_h + gap)),
            };
            paint_items(&scene, &mut sheet, &fonts, at, None)?;
            x += widths[col] + gap;
        }
    }
    sheet.present()?;
    println!("{}", path.display());
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
