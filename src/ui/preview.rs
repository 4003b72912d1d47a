//! The live preview canvas, with the export, share and embed buttons below it.

use std::cell::RefCell;

use leptos::html::Canvas;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

use super::{use_studio, FontState, Studio};
use crate::model::logo::LogoPixels;
use crate::render::layout::design::STANDARD;
use crate::render::layout::layout_parts;
use crate::render::layout::parts::Parts;
use crate::render::paint::paint;
use crate::render::scene::Scene;
use crate::render::text::FontSet;
use crate::web::canvas::CanvasSurface;
use crate::web::WebError;

thread_local! {
    /// Whether the full shaper has been asked for (once is enough while it loads).
    static SHAPER_ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Whether a map's boundaries are loading (one detail at a time).
    static MAP_LOADING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// At most one repaint per animation frame: a change paints at once when nothing was
/// painted since the last frame (so a keystroke shows without waiting for one), and
/// changes that follow within the frame are painted together at the next one.
#[derive(Clone, Copy, Default)]
struct FrameGate {
    /// Painted since the last frame began.
    painted: bool,
    /// A change arrived after that paint.
    waiting: bool,
}

/// The graphic, redrawn on every change to the document, fonts or window size.
#[component]
pub fn Preview() -> impl IntoView {
    let studio = use_studio();
    let canvas_ref = NodeRef::<Canvas>::new();
    let resized = RwSignal::new(0u32);
    // The listener lives as long as the page: its handle is dropped on purpose.
    let _ = window_event_listener(leptos::ev::resize, move |_| resized.update(|n| *n += 1));
    let gate = StoredValue::new(FrameGate::default());
    let redraw = move || redraw(studio, canvas_ref);
    Effect::new(move |_| {
        // What the graphic is drawn from (read here so a change to any of them runs
        // this again; the drawing reads them untracked).
        resized.track();
        studio.locales.track();
        studio.doc.track();
        studio.fonts.track();
        studio.logo_pixels.track();
        if gate.with_value(|g| g.painted) {
            gate.update_value(|g| g.waiting = true);
            return;
        }
        redraw();
        gate.update_value(|g| g.painted = true);
        next_frame(gate, redraw);
    });
    let aspect = move || {
        let (w, h) = studio.doc.with(|d| d.format.size());
        format!("aspect-ratio: {w} / {h}")
    };
    let is_example = move || {
        studio
            .doc
            .with_words(crate::render::charts::is_untouched_example)
            == Some(true)
    };
    let fonts_message = move || match studio.fonts.get() {
        FontState::Loading => Some(studio.t("loading-fonts")),
        FontState::Failed => Some(studio.t("fonts-failed")),
        FontState::Ready(_) => None,
    };
    view! {
        <section class="preview-pane">
            <div class="preview-frame" style=aspect>
                <canvas
                    id="preview"
                    dir="ltr"
                    node_ref=canvas_ref
                    role="img"
                    aria-label=studio.t("preview-label")
                ></canvas>
                <p class="preview-status" role="status">{fonts_message}</p>
            </div>
            <div class="actions">
                {super::on_demand::later(super::export::actions())}
                <p class="example-badge" hidden=move || !is_example()>{studio.t("example-badge")}</p>
            </div>

        </section>
    }
}

/// When the next frame begins: paints what waited, or opens the gate.
fn next_frame(gate: StoredValue<FrameGate>, redraw: impl Fn() + Copy + 'static) {
    let on_frame = move || {
        if gate.with_value(|g| g.waiting) {
            gate.set_value(FrameGate {
                painted: true,
                waiting: false,
            });
            redraw();
            next_frame(gate, redraw);
        } else {
            gate.set_value(FrameGate::default());
        }
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(on_frame);
    let asked = gloo::utils::window().request_animation_frame(callback.unchecked_ref());
    if asked.is_err() {
        // No frames to wait for (a browser that refuses): never hold a change back.
        gate.set_value(FrameGate::default());
    }
}

/// Lays out and paints the current document on the preview canvas.
fn redraw(studio: Studio, canvas_ref: NodeRef<Canvas>) {
    let Some(canvas) = canvas_ref.get_untracked() else {
        return;
    };
    let Some((scene, fonts)) = current_scene(studio) else {
        return;
    };
    let logo = studio.logo_pixels.get_untracked();
    match draw_preview(&canvas, &scene, &fonts, logo.as_deref()) {
        Ok(()) => crate::web::bench::mark_preview_drawn(),
        Err(e) => leptos::logging::warn!("{e}"),
    }
    if let Some(wanted) = fonts.wants_map().filter(|_| !MAP_LOADING.replace(true)) {
        // A map was drawn before its boundaries were here: load them, add them to
        // whatever fonts are current by then (the full shaper may have arrived
        // meanwhile), and draw again.
        leptos::task::spawn_local(async move {
            match crate::web::maps::find(wanted).await {
                Ok(loaded) => studio.fonts.update(|state| {
                    if let FontState::Ready(fonts) = state {
                        *fonts = fonts.clone().with_map(loaded);
                    }
                }),
                Err(e) => {
                    // Offline before a map was first drawn: said, and tried again at
                    // the next change.
                    leptos::logging::warn!("{e}");
                    studio
                        .notice
                        .set(Some(crate::model::error::UserError::message_id(&e)));
                }
            }
            MAP_LOADING.set(false);
        });
    }
    if fonts.wants_complex() && !SHAPER_ASKED.replace(true) {
        // A combining mark was typed: fetch the full shaper once (the redraws while
        // it loads do not ask again), then draw again.
        leptos::task::spawn_local(async move {
            match crate::web::fonts::add_shaper(fonts).await {
                // With the boundaries a map may have received meanwhile.
                Ok(set) => studio.fonts.update(|state| {
                    let current = match state {
                        FontState::Ready(current) => Some(current.clone()),
                        _ => None,
                    };
                    let set = match current {
                        Some(current) => set.with_atlases_of(&current),
                        None => set,
                    };
                    *state = FontState::Ready(set);
                }),
                Err(e) => {
                    SHAPER_ASKED.set(false);
                    leptos::logging::warn!("{e}");
                }
            }
        });
    }
}

thread_local! {
    /// The parts of the last layout, the fonts they were measured with and the words
    /// they were written in (`Studio::locales`, bumped when a language's words arrive:
    /// until then a graphic's words are English): an edit lays out again only the
    /// parts that read what it changed.
    static LAID_OUT: RefCell<Option<(FontSet, u32, Parts)>> = const { RefCell::new(None) };
}

/// The document laid out, once the fonts it needs are ready, and those fonts (read
/// untracked: the preview's effect tracks them).
fn current_scene(studio: Studio) -> Option<(Scene, FontSet)> {
    studio.fonts.with_untracked(|fonts| match fonts {
        FontState::Ready(fonts) => studio
            .doc
            .change(|session| {
                let (doc, tr) = session.doc_and_words();
                fonts.ready_for(doc.language).then(|| {
                    let words = studio.locales.get_untracked();
                    let scene = LAID_OUT.with(|kept| {
                        let mut kept = kept.borrow_mut();
                        let same = kept.as_ref().is_some_and(|(measured, written, _)| {
                            measured.same_as(fonts) && *written == words
                        });
                        if !same {
                            *kept = None;
                        }
                        let (_, _, parts) =
                            kept.get_or_insert_with(|| (fonts.clone(), words, Parts::kept()));
                        layout_parts(doc, tr, fonts, &STANDARD, parts)
                    });
                    (scene, fonts.clone())
                })
            })
            .flatten(),
        _ => None,
    })
}

/// Sizes the canvas backing store to its CSS size × devicePixelRatio (never larger
/// than the graphic itself) and paints the scene scaled to it.
fn draw_preview(
    canvas: &HtmlCanvasElement,
    scene: &Scene,
    fonts: &FontSet,
    logo: Option<&LogoPixels>,
) -> Result<(), WebError> {
    let ratio = gloo::utils::window().device_pixel_ratio().max(1.0) as f32;
    let css_width = canvas.client_width().max(1) as f32;
    let width = (css_width * ratio).min(scene.width).round().max(1.0);
    let scale = width / scene.width;
    let height = (scene.height * scale).round().max(1.0);
    if canvas.width() != width as u32 || canvas.height() != height as u32 {
        canvas.set_width(width as u32);
        canvas.set_height(height as u32);
    }
    let mut surface = CanvasSurface::new(canvas)?;
    paint(scene, &mut surface, fonts, scale, logo).map_err(|e| WebError::Canvas(e.to_string()))
}
