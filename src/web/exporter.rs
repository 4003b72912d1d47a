//! Exports in the browser: each file is made by the export module
//! (`src/bin/exporter.rs`) in a Web Worker, started at the first export and precached
//! by the service worker, so neither the writers nor the PNG painting weigh on the
//! editor's first load, and the page stays responsive while a poster is made. A pack
//! spreads its graphics over as many workers as the device has cores (up to
//! [`MOST_WORKERS`]); the first worker assembles the zip as each graphic arrives, so a
//! graphic is held once, and never in the editor's memory.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;
use std::sync::Arc;

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Blob;

use super::{js_text, WebError};
use crate::model::document::OwnBoundaries;
use crate::model::logo::LogoPixels;
use crate::render::export::job::{Job, Output};
use crate::render::export::pack::Member;
use crate::render::text::{Face, FontSet};

/// The worker's script (it loads the module's glue and wasm beside it).
const SCRIPT: &str = "exporter-worker.js";
/// The most workers a pack uses: each holds its own fonts and module memory.
pub const MOST_WORKERS: usize = 4;

type Pending = Rc<RefCell<HashMap<u32, (Function, Function)>>>;

/// One export worker and what it has been given.
struct Helper {
    worker: web_sys::Worker,
    pending: Pending,
    /// The fonts given: none yet, Latin (false), or Latin and Arabic (true).
    fonts: Cell<Option<bool>>,
    /// The logo given (the editor's decoded pixels, compared by identity).
    logo: RefCell<Option<Option<Arc<LogoPixels>>>>,
    /// The store key of the own boundaries given.
    own: RefCell<Option<String>>,
}

thread_local! {
    static HELPERS: RefCell<Vec<Rc<Helper>>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

fn set(object: &Object, key: &str, value: &JsValue) {
    // Setting a property of a plain new object cannot fail.
    let _ = Reflect::set(object, &key.into(), value);
}

impl Helper {
    fn start() -> Result<Helper, WebError> {
        let worker = web_sys::Worker::new(SCRIPT)
            .map_err(|e| WebError::Exporter(format!("{SCRIPT}: {}", js_text(&e))))?;
        let pending: Pending = Rc::default();
        let answers = pending.clone();
        // Whether the worker has answered once: if it fails after that, its module was
        // loaded, and the export itself failed (a crash), not the loading.
        let answered = Rc::new(Cell::new(false));
        let heard = answered.clone();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                heard.set(true);
                let data = ev.data();
                let id = Reflect::get(&data, &"id".into())
                    .ok()
                    .and_then(|v| v.as_f64())
                    .map(|v| v as u32);
                let Some((resolve, reject)) = id.and_then(|id| answers.borrow_mut().remove(&id))
                else {
                    return;
                };
                let error = Reflect::get(&data, &"error".into()).unwrap_or(JsValue::UNDEFINED);
                // Calling a promise's own resolve or reject cannot fail. A failure is
                // passed on whole: its `kind` says what failed (`error_from_js`).
                let _ = if error.is_undefined() {
                    resolve.call1(
                        &JsValue::NULL,
                        &Reflect::get(&data, &"out".into()).unwrap_or(JsValue::UNDEFINED),
                    )
                } else {
                    reject.call1(&JsValue::NULL, &data)
                };
            });
        let failed = pending.clone();
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            ev.prevent_default();
            let why = if answered.get() {
                super::error_to_js(&WebError::Export("the export worker stopped".into()))
            } else {
                JsValue::from_str("the export worker could not start")
            };
            for (_, (_, reject)) in failed.borrow_mut().drain() {
                // Calling a promise's own reject function cannot fail.
                let _ = reject.call1(&JsValue::NULL, &why);
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        // The handlers live as long as the worker, which lives as long as the page.
        on_message.forget();
        on_error.forget();
        Ok(Helper {
            worker,
            pending,
            fonts: Cell::new(None),
            logo: RefCell::new(None),
            own: RefCell::new(None),
        })
    }

    /// Sends `message` (its byte arrays in `transfer` moved, not copied) and waits for
    /// the answer.
    async fn call(&self, message: Object, transfer: &Array) -> Result<JsValue, WebError> {
        self.send(message, transfer)?.await
    }

    /// Sends `message` now; the answer is the future returned, so other work can go
    /// on while the worker answers.
    fn send(
        &self,
        message: Object,
        transfer: &Array,
    ) -> Result<impl std::future::Future<Output = Result<JsValue, WebError>>, WebError> {
        let id = NEXT_ID.get().wrapping_add(1);
        NEXT_ID.set(id);
        set(&message, "id", &id.into());
        let pending = self.pending.clone();
        let answer = Promise::new(&mut |resolve, reject| {
            pending.borrow_mut().insert(id, (resolve, reject));
        });
        let sent = self.worker.post_message_with_transfer(&message, transfer);
        if let Err(e) = sent {
            self.pending.borrow_mut().remove(&id);
            return Err(WebError::Exporter(js_text(&e)));
        }
        let answer = JsFuture::from(answer);
        Ok(async move { answer.await.map_err(|e| super::error_from_js(&e)) })
    }

    /// Gives the worker the fonts, the logo and the map's own boundaries it does not
    /// hold yet.
    async fn prepare(
        &self,
        fonts: &FontSet,
        logo: &Option<Arc<LogoPixels>>,
        own: Option<&OwnBoundaries>,
    ) -> Result<(), WebError> {
        if let Some(own) = own.filter(|o| self.own.borrow().as_ref() != Some(&o.key)) {
            // Boundaries this browser does not keep are drawn as missing there too.
            if let Some(text) = super::maps::own_text(&own.key).await {
                let message = Object::new();
                set(&message, "op", &"own".into());
                set(&message, "key", &own.key.as_str().into());
                set(&message, "text", &text.as_str().into());
                self.call(message, &Array::new()).await?;
                *self.own.borrow_mut() = Some(own.key.clone());
            }
        }
        if self.fonts.get() != Some(fonts.has_arabic()) {
            let faces = Array::new();
            for face in Face::ALL {
                let bytes: &[u8] = if fonts.holds(face) {
                    fonts.file(face)
                } else {
                    &[]
                };
                faces.push(&Uint8Array::from(bytes));
            }
            let message = Object::new();
            set(&message, "op", &"fonts".into());
            set(&message, "faces", &faces);
            let transfer = faces
                .iter()
                .map(|f| f.unchecked_into::<Uint8Array>().buffer())
                .collect::<Array>();
            self.call(message, &transfer).await?;
            self.fonts.set(Some(fonts.has_arabic()));
        }
        let same = self
            .logo
            .borrow()
            .as_ref()
            .is_some_and(|given| match (given, logo) {
                (Some(a), Some(b)) => Arc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            });
        if !same {
            let message = Object::new();
            set(&message, "op", &"logo".into());
            if let Some(pixels) = logo {
                let rgba = Uint8Array::from(pixels.rgba.as_slice());
                set(&message, "rgba", &rgba);
                set(&message, "width", &pixels.width.into());
                set(&message, "height", &pixels.height.into());
                self.call(message, &Array::of1(&rgba.buffer())).await?;
            } else {
                self.call(message, &Array::new()).await?;
            }
            *self.logo.borrow_mut() = Some(logo.clone());
        }
        Ok(())
    }

    async fn file(&self, job: &Job) -> Result<Uint8Array, WebError> {
        let message = Object::new();
        set(&message, "op", &"file".into());
        set(&message, "job", &job.to_json().into());
        self.call(message, &Array::new())
            .await?
            .dyn_into()
            .map_err(|_| WebError::Export("the export worker sent no file".into()))
    }
}

/// The first `n` workers, started as needed.
fn helpers(n: usize) -> Result<Vec<Rc<Helper>>, WebError> {
    HELPERS.with(|all| {
        let mut all = all.borrow_mut();
        while all.len() < n.max(1) {
            all.push(Rc::new(Helper::start()?));
        }
        Ok(all[..n.max(1)].to_vec())
    })
}

/// Stops every worker after a failure, so the next export starts afresh; whatever was
/// still waiting on one of them fails too (a stopped worker never answers).
fn reset() {
    let stopped: Vec<Rc<Helper>> = HELPERS.with(|all| all.borrow_mut().drain(..).collect());
    let why = JsValue::from_str("the export worker was stopped after a failure");
    for helper in stopped {
        helper.worker.terminate();
        for (_, (_, reject)) in helper.pending.borrow_mut().drain() {
            // Calling a promise's own reject cannot fail.
            let _ = reject.call1(&JsValue::NULL, &why);
        }
    }
}

fn failing<T>(result: Result<T, WebError>) -> Result<T, WebError> {
    if result.is_err() {
        reset();
    }
    result
}

/// Starts the first worker and gives it the fonts, so the first export does not wait
/// for the module to compile. Called when the page is idle after the first preview; the
/// module's files are in the service worker's cache by then.
pub async fn warm(fonts: &FontSet) -> Result<(), WebError> {
    failing(
        async {
            let helper = helpers(1)?.remove(0);
            helper.prepare(fonts, &None, None).await
        }
        .await,
    )
}

/// One file, made by the first worker.
pub async fn file(
    output: Output,
    doc: &crate::model::document::Document,
    fonts: &FontSet,
    logo: Option<Arc<LogoPixels>>,
) -> Result<Uint8Array, WebError> {
    failing(
        async {
            let helper = helpers(1)?.remove(0);
            helper
                .prepare(fonts, &logo, doc.boundaries.as_ref())
                .await?;
            helper.file(&Job::new(output, doc)).await
        }
        .await,
    )
}

/// Reads a campaigner's boundaries file in a worker started for it and stopped after
/// (reading a large file takes memory a phone wants back), with the table's `labels`.
pub async fn read_boundaries(
    file: &web_sys::File,
    labels: Vec<String>,
) -> Result<crate::input::boundaries::Imported, WebError> {
    let helper = Helper::start()?;
    let message = Object::new();
    set(&message, "op", &"boundaries".into());
    set(&message, "file", file);
    set(
        &message,
        "labels",
        &labels
            .iter()
            .map(|l| JsValue::from_str(l))
            .collect::<Array>(),
    );
    let answer = helper.call(message, &Array::new()).await;
    helper.worker.terminate();
    let answer = answer?;
    let get = |key: &str| Reflect::get(&answer, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let count = |key: &str| get(key).as_f64().unwrap_or(0.0) as usize;
    Ok(crate::input::boundaries::Imported {
        text: get("text").as_string().unwrap_or_default(),
        properties: Array::from(&get("properties"))
            .iter()
            .filter_map(|p| p.as_string())
            .collect(),
        areas: count("areas"),
        points: (count("kept"), count("read")),
    })
}

/// How a pack is going, told to the editor as graphics are done.
pub struct PackWatch {
    /// Called with the number of graphics done.
    pub progress: Box<dyn Fn(usize)>,
    /// Whether the user has cancelled.
    pub cancelled: Box<dyn Fn() -> bool>,
}

/// What a pack is made of.
pub struct Pack<'a> {
    /// One PNG each.
    pub members: Vec<Member>,
    /// The fonts every member needs (the Arabic faces for a pack in every language).
    pub fonts: &'a FontSet,
    /// The design's logo.
    pub logo: Option<Arc<LogoPixels>>,
    /// The files' date in the zip (year, month, day, hour, minute, second).
    pub time: (u16, u8, u8, u8, u8, u8),
}

/// A zip of one PNG per member, made by up to [`MOST_WORKERS`] workers at once; None
/// when cancelled. The zip comes back as a Blob built piece by piece as each graphic
/// is zipped, so the browser can keep it out of the page's memory (Chromium moves
/// large Blobs to disk): a pack of 1,170 graphics is never held whole by the page.
pub async fn pack(pack: Pack<'_>, watch: PackWatch) -> Result<Option<Blob>, WebError> {
    let cores = gloo::utils::window().navigator().hardware_concurrency() as usize;
    let count = cores.clamp(1, MOST_WORKERS).min(pack.members.len().max(1));
    failing(run_pack(count, pack, watch).await)
}

async fn run_pack(
    count: usize,
    Pack {
        members,
        fonts,
        logo,
        time,
    }: Pack<'_>,
    watch: PackWatch,
) -> Result<Option<Blob>, WebError> {
    let workers = helpers(count)?;
    let own = members.first().and_then(|m| m.doc.boundaries.clone());
    let zipper = workers[0].clone();
    let begin = Object::new();
    set(&begin, "op", &"zip-begin".into());
    let (y, mo, d, h, mi, s) = time;
    for (i, part) in [y, mo.into(), d.into(), h.into(), mi.into(), s.into()]
        .iter()
        .enumerate()
    {
        set(&begin, &format!("t{i}"), &(*part).into());
    }
    zipper.call(begin, &Array::new()).await?;
    let queue = Rc::new(RefCell::new(members.into_iter().collect::<VecDeque<_>>()));
    let done = Rc::new(Cell::new(0usize));
    let watch = Rc::new(watch);
    let stop = Rc::new(Cell::new(false));
    let zip = Rc::new(RefCell::new(ZipBlob::default()));
    let runs = Array::new();
    for helper in workers {
        helper.prepare(fonts, &logo, own.as_ref()).await?;
        let (queue, done, watch, stop, zipper, zip) = (
            queue.clone(),
            done.clone(),
            watch.clone(),
            stop.clone(),
            zipper.clone(),
            zip.clone(),
        );
        let run = async move {
            // Each graphic is zipped (by the first worker, between its own graphics)
            // while this worker makes the next: waiting for the zip first left it idle
            // for as long as the first worker took to finish what it was painting.
            let mut zipping = None;
            let outcome = loop {
                if stop.get() || (watch.cancelled)() {
                    break Ok(());
                }
                let Some(member) = queue.borrow_mut().pop_front() else {
                    break Ok(());
                };
                let png = Output::Png { scale: 1.0 };
                let made = helper.file(&Job::new(png, &member.doc)).await;
                if let Err(e) = zipped(zipping.take(), &zip, &done, &watch).await {
                    break Err(e);
                }
                let sent = made.and_then(|bytes| {
                    let message = Object::new();
                    set(&message, "op", &"zip-add".into());
                    set(&message, "name", &png.file_name(&member.stem).into());
                    let buffer = bytes.buffer();
                    set(&message, "bytes", &bytes);
                    let place = zip.borrow_mut().place();
                    Ok((place, zipper.send(message, &Array::of1(&buffer))?))
                });
                match sent {
                    Ok(answer) => zipping = Some(answer),
                    Err(e) => break Err(e),
                }
            };
            let outcome = match outcome {
                Ok(()) => zipped(zipping.take(), &zip, &done, &watch).await,
                failed => failed,
            };
            outcome.map(|()| JsValue::UNDEFINED).map_err(|e| {
                stop.set(true);
                super::error_to_js(&e)
            })
        };
        runs.push(&wasm_bindgen_futures::future_to_promise(run));
    }
    JsFuture::from(Promise::all(&runs))
        .await
        .map_err(|e| super::error_from_js(&e))?;
    if (watch.cancelled)() {
        return Ok(None);
    }
    let finish = Object::new();
    set(&finish, "op", &"zip-finish".into());
    let tail = zipper.call(finish, &Array::new()).await?;
    let mut zip = zip.take();
    let place = zip.place();
    zip.push(place, &tail)?;
    zip.fold()?;
    zip.blob
        .map(Some)
        .ok_or_else(|| WebError::Export("the export worker sent no zip".into()))
}

/// Takes in the zip's bytes for one graphic, once the first worker has written them,
/// and counts the graphic done.
async fn zipped(
    answer: Option<(
        u32,
        impl std::future::Future<Output = Result<JsValue, WebError>>,
    )>,
    zip: &RefCell<ZipBlob>,
    done: &Cell<usize>,
    watch: &PackWatch,
) -> Result<(), WebError> {
    let Some((place, answer)) = answer else {
        return Ok(());
    };
    let piece = answer.await?;
    zip.borrow_mut().push(place, &piece)?;
    done.set(done.get() + 1);
    (watch.progress)(done.get());
    Ok(())
}

/// A pack's zip so far: a Blob of the pieces received, grown every few megabytes
/// (a Blob made from a Blob and new bytes refers to the old one's data, which the
/// browser keeps outside the page). The first worker writes the pieces in the order
/// they were sent to it, but each worker takes its answer in when it has made its
/// next graphic, so pieces are put in their place as numbered at sending.
#[derive(Default)]
struct ZipBlob {
    blob: Option<Blob>,
    pieces: Vec<Uint8Array>,
    waiting: u32,
    /// Places handed out, and the next place to fill.
    placed: u32,
    next: u32,
    /// Pieces received before one that comes ahead of them.
    early: std::collections::BTreeMap<u32, Uint8Array>,
}

impl ZipBlob {
    /// Bytes held as pieces before they are folded into the Blob.
    const FOLD_AT: u32 = 4 << 20;

    /// The place of the next piece sent to be written.
    fn place(&mut self) -> u32 {
        self.placed += 1;
        self.placed - 1
    }

    /// Takes in the piece of the zip the worker wrote for `place`.
    fn push(&mut self, place: u32, piece: &JsValue) -> Result<(), WebError> {
        let piece: Uint8Array = piece
            .clone()
            .dyn_into()
            .map_err(|_| WebError::Export("the export worker sent no zip".into()))?;
        self.early.insert(place, piece);
        while let Some(piece) = self.early.remove(&self.next) {
            self.next += 1;
            self.waiting += piece.length();
            self.pieces.push(piece);
        }
        if self.waiting >= Self::FOLD_AT {
            self.fold()?;
        }
        Ok(())
    }

    /// Folds the pieces into the Blob.
    fn fold(&mut self) -> Result<(), WebError> {
        let parts: Array = self.blob.iter().map(JsValue::from).collect();
        for piece in self.pieces.drain(..) {
            parts.push(&piece);
        }
        self.waiting = 0;
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/zip");
        let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options)
            .map_err(|e| WebError::Download(js_text(&e)))?;
        self.blob = Some(blob);
        Ok(())
    }
}
