//! The export module: a second wasm (Trunk `data-type="worker"`, no-modules glue) run
//! in Web Workers (`public/exporter-worker.js`), so nothing that only exports weighs on
//! the editor's first load and a pack uses every core. A worker of its own also reads
//! a campaigner's boundaries file (up to 256 MB), so the page stays responsive. Each worker holds its own fonts
//! and logo, lays a design out from its save, and writes the file asked for: PNG
//! (painted on an `OffscreenCanvas`), SVG or PDF. One worker also writes a pack's zip
//! as its graphics arrive, handing each piece of the zip back as it is written.
//!
//! Messages are plain objects with an `op`; see `src/web/exporter.rs` for the other
//! side.

#[cfg(target_arch = "wasm32")]
mod worker {
    use std::cell::RefCell;
    use std::rc::Rc;

    use js_sys::{Array, Reflect, Uint8Array};
    use lnb_studio::model::i18n::Translator;
    use lnb_studio::model::logo::LogoPixels;
    use lnb_studio::render::charts::map::{Loaded, Wanted};
    use lnb_studio::render::export::job::{png_texts, vector_request, Job, Output};
    use lnb_studio::render::export::pack::ZipStream;
    use lnb_studio::render::layout::layout;
    use lnb_studio::render::text::FontSet;
    use lnb_studio::web::{error_to_js, locale, maps, png, shaper, WebError};
    use wasm_bindgen::prelude::*;

    thread_local! {
        static FONTS: RefCell<Option<FontSet>> = const { RefCell::new(None) };
        static LOGO: RefCell<Option<Rc<LogoPixels>>> = const { RefCell::new(None) };
        static ZIP: RefCell<Option<ZipStream>> = const { RefCell::new(None) };
        /// A design's own boundaries (store key, kept GeoJSON), as the editor gave them.
        static OWN: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
    }

    fn field(message: &JsValue, name: &str) -> JsValue {
        Reflect::get(message, &name.into()).unwrap_or(JsValue::UNDEFINED)
    }

    fn bytes(message: &JsValue, name: &str) -> Vec<u8> {
        field(message, name)
            .dyn_into::<Uint8Array>()
            .map(|a| a.to_vec())
            .unwrap_or_default()
    }

    fn number(message: &JsValue, name: &str) -> u32 {
        field(message, name).as_f64().unwrap_or(0.0) as u32
    }

    /// Does what `message.op` asks; the promise gives the file (a `Uint8Array`) or
    /// `true`, or fails with why.
    #[wasm_bindgen]
    pub async fn handle(message: JsValue) -> Result<JsValue, JsValue> {
        let op = field(&message, "op").as_string().unwrap_or_default();
        let done = match op.as_str() {
            "fonts" => take_fonts(&message)
                .map(|()| JsValue::TRUE)
                .map_err(WebError::Fonts),
            "logo" => {
                take_logo(&message);
                Ok(JsValue::TRUE)
            }
            "own" => {
                let text = |name| field(&message, name).as_string().unwrap_or_default();
                OWN.with(|o| *o.borrow_mut() = Some((text("key"), text("text"))));
                Ok(JsValue::TRUE)
            }
            "boundaries" => read_boundaries(&message).await,
            "file" => {
                let job = field(&message, "job").as_string().unwrap_or_default();
                file(&job).await.map(|b| Uint8Array::from(&b[..]).into())
            }
            "zip-begin" => {
                let t: Vec<u32> = (0..6).map(|i| number(&message, &format!("t{i}"))).collect();
                let time = (
                    t[0] as u16,
                    t[1] as u8,
                    t[2] as u8,
                    t[3] as u8,
                    t[4] as u8,
                    t[5] as u8,
                );
                ZIP.with(|z| *z.borrow_mut() = Some(ZipStream::new(time)));
                Ok(JsValue::TRUE)
            }
            "zip-add" => {
                let name = field(&message, "name").as_string().unwrap_or_default();
                let data = bytes(&message, "bytes");
                ZIP.with(|z| match z.borrow_mut().as_mut() {
                    Some(zip) => zip.add(&name, &data).map_err(|e| WebError::Export(e.0)),
                    None => Err(WebError::Export("no zip begun".into())),
                })
                .map(|chunk| Uint8Array::from(&chunk[..]).into())
            }
            "zip-finish" => match ZIP.with(|z| z.borrow_mut().take()) {
                Some(zip) => zip
                    .finish()
                    .map(|b| Uint8Array::from(&b[..]).into())
                    .map_err(|e| WebError::Export(e.0)),
                None => Err(WebError::Export("no zip begun".into())),
            },
            other => Err(WebError::Export(format!("unknown op {other:?}"))),
        };
        // The failure's kind crosses with it, so the editor says what happened.
        done.map_err(|e| error_to_js(&e))
    }

    /// The shipped font files, one per face in `Face::ALL` order: the three Latin
    /// faces, then the two Arabic ones (empty until the editor has them).
    fn take_fonts(message: &JsValue) -> Result<(), String> {
        let files: Vec<Vec<u8>> = field(message, "faces")
            .dyn_into::<Array>()
            .map(|a| {
                a.iter()
                    .map(|f| {
                        f.dyn_into::<Uint8Array>()
                            .map(|b| b.to_vec())
                            .unwrap_or_default()
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut files = files.into_iter();
        let mut next = || files.next().unwrap_or_default();
        let latin = [next(), next(), next()];
        let arabic = [next(), next()];
        let set = FontSet::from_bytes(latin).and_then(|set| {
            if arabic.iter().any(Vec::is_empty) {
                Ok(set)
            } else {
                set.with_arabic(arabic)
            }
        });
        let set = set.map_err(|e| format!("fonts: {e:?}"))?;
        FONTS.with(|f| *f.borrow_mut() = Some(set));
        Ok(())
    }

    fn take_logo(message: &JsValue) {
        let (width, height) = (number(message, "width"), number(message, "height"));
        let rgba = bytes(message, "rgba");
        let logo = (width > 0 && rgba.len() as u64 == u64::from(width) * u64::from(height) * 4)
            .then(|| {
                Rc::new(LogoPixels {
                    width,
                    height,
                    rgba,
                })
            });
        LOGO.with(|l| *l.borrow_mut() = logo);
    }

    /// A campaigner's boundaries file (`file`, a Blob), read and thinned; the table's
    /// `labels` rank the properties that could name its areas. Answers
    /// `{ text, properties, areas, kept, read }`.
    async fn read_boundaries(message: &JsValue) -> Result<JsValue, WebError> {
        use lnb_studio::input::boundaries::{import, BoundariesError, MOST_BYTES};
        use lnb_studio::model::error::UserError;
        let refused = |e: BoundariesError| WebError::MapFile(e.message_id());
        let file: web_sys::Blob = field(message, "file")
            .dyn_into()
            .map_err(|_| refused(BoundariesError::NotTopology))?;
        // Refused before a byte of it is read.
        if file.size() > MOST_BYTES as f64 {
            return Err(refused(BoundariesError::TooLarge));
        }
        let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
            .await
            .map_err(|e| WebError::Map(lnb_studio::web::js_text(&e)))?;
        let bytes = Uint8Array::new(&buffer).to_vec();
        let labels: Vec<String> = field(message, "labels")
            .dyn_into::<Array>()
            .map(|a| a.iter().filter_map(|v| v.as_string()).collect())
            .unwrap_or_default();
        let imported = import(&bytes, &labels).map_err(refused)?;
        drop(bytes);
        let out = js_sys::Object::new();
        let set = |key: &str, value: JsValue| {
            // Setting a property of a plain new object cannot fail.
            let _ = Reflect::set(&out, &key.into(), &value);
        };
        set("text", imported.text.as_str().into());
        set(
            "properties",
            imported
                .properties
                .iter()
                .map(|p| JsValue::from_str(p))
                .collect::<Array>()
                .into(),
        );
        set("areas", (imported.areas as f64).into());
        set("kept", (imported.points.0 as f64).into());
        set("read", (imported.points.1 as f64).into());
        Ok(out.into())
    }

    /// One file of one design.
    async fn file(job: &str) -> Result<Vec<u8>, WebError> {
        let (output, doc) = Job::from_json(job).map_err(|e| WebError::Export(e.to_string()))?;
        // Without its words (offline before they were cached) the graphic is in English.
        locale::ensure(doc.language).await;
        let tr = Translator::new(doc.language);
        let mut fonts = FONTS
            .with(|f| f.borrow().clone())
            .ok_or_else(|| WebError::Export("fonts not loaded".into()))?;
        let mut scene = layout(&doc, &tr, &fonts);
        if fonts.wants_complex() && !fonts.has_complex() {
            fonts = shaper::add(fonts).await?;
            FONTS.with(|f| *f.borrow_mut() = Some(fonts.clone()));
            scene = layout(&doc, &tr, &fonts);
        }
        // A map asks for the coarse boundaries first, then perhaps the finer ones,
        // or for its own (as the editor gave them): each is added once, so this ends.
        while let Some(wanted) = fonts.wants_map() {
            let loaded = match wanted {
                Wanted::World(detail) => Loaded::World(detail, maps::load(detail).await?),
                Wanted::Own { key, property } => {
                    let text = OWN.with(|o| o.borrow().clone()).filter(|(k, _)| *k == key);
                    let atlas = match text {
                        Some((_, text)) => {
                            Some(maps::own_atlas(&text, &property).map_err(WebError::Map)?)
                        }
                        None => None,
                    };
                    Loaded::Own {
                        key,
                        property,
                        atlas,
                    }
                }
            };
            fonts = fonts.with_map(loaded);
            FONTS.with(|f| *f.borrow_mut() = Some(fonts.clone()));
            scene = layout(&doc, &tr, &fonts);
        }
        let logo = LOGO.with(|l| l.borrow().clone());
        let logo = logo.as_deref();
        match output {
            Output::Png { scale } => {
                let texts = png_texts(&doc, &tr);
                png::png(&scene, &fonts, logo, scale, doc.format.dpi(), &texts).await
            }
            Output::Svg | Output::Pdf => vector_request(output, &doc, &tr, scene)
                .map(|request| request.write(&fonts, logo))
                .ok_or_else(|| WebError::Export("not a vector file".into())),
        }
    }
}

fn main() {}
