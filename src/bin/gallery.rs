//! `cargo run --bin gallery -- OUT_DIR`: renders every Goal's example graphic to PNG
//! with the native bitmap backend, for people to look at.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    use lnb_studio::document::Document;
    use lnb_studio::goal::Goal;
    use lnb_studio::i18n::{Lang, Translator};
    use lnb_studio::paint::{paint, register_bundled_fonts, TextConvention};
    use lnb_studio::text::FontSet;
    use plotters::prelude::BitMapBackend;

    let out = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "gallery".into()));
    std::fs::create_dir_all(&out)?;
    register_bundled_fonts();
    let fonts = FontSet::bundled();
    for lang in Lang::ALL {
        let tr = Translator::new(lang);
        for goal in Goal::ALL {
            let doc = Document::example(goal, &tr);
            let scene = lnb_studio::layout::layout(&doc, &tr, &fonts);
            let path = out.join(format!("{}.png", doc.file_stem()));
            let (w, h) = doc.format.size();
            let mut backend = BitMapBackend::new(&path, (w, h));
            paint(&scene, &mut backend, TextConvention::ab_glyph(&fonts), 1.0)?;
            drop(backend);
            println!("{}", path.display());
        }
    }
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
