//! Exports: PNG (×1, and ×2 for social formats), SVG, PDF; packs of every format,
//! every language or one graphic per row of a places table, zipped with a progress
//! bar and a cancel button; and the words to post (alt text and post text) to copy.

use leptos::prelude::*;

use super::on_demand::on_demand;

use super::{use_studio, FontState, Studio};
use crate::model::error::UserError;
use crate::model::i18n::{Lang, Translator};
use crate::render::export::job::Output;
use crate::render::export::pack::{Member, PackKind, PackRequest};
use crate::render::export::words::{alt_text, headline, post_text, x_length, X_LIMIT};
use crate::render::text::FontSet;
use crate::web::download;
use crate::web::WebError;

/// The fonts, with the Arabic faces added when `lang` needs them.
async fn fonts_for(studio: Studio, lang: Lang) -> Result<FontSet, WebError> {
    let ready = studio.fonts.with_untracked(|f| match f {
        FontState::Ready(set) => Some(set.clone()),
        _ => None,
    });
    let set = ready.ok_or_else(|| WebError::Fonts("not loaded".into()))?;
    if set.ready_for(lang) {
        return Ok(set);
    }
    let set = crate::web::fonts::add_arabic(set).await?;
    studio.fonts.set(FontState::Ready(set.clone()));
    Ok(set)
}

/// One kind of file the export buttons make.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Png,
    Png2x,
    Svg,
    Pdf,
    /// The PNG, handed to the phone's share sheet instead of downloaded.
    Share,
}

impl Kind {
    fn output(self) -> Output {
        match self {
            Kind::Png | Kind::Share => Output::Png { scale: 1.0 },
            Kind::Png2x => Output::Png { scale: 2.0 },
            Kind::Svg => Output::Svg,
            Kind::Pdf => Output::Pdf,
        }
    }
}

async fn export(studio: Studio, kind: Kind) -> Result<(), WebError> {
    let request = studio
        .doc
        .with_untracked_session(|s| s.export(kind.output()));
    let logo = studio.logo_pixels.get_untracked();
    let doc = &request.doc;
    let fonts = fonts_for(studio, doc.language).await?;
    let bytes = crate::web::exporter::file(request.output, doc, &fonts, logo).await?;
    if kind == Kind::Share {
        let tr = Translator::new(doc.language);
        download::share(
            &bytes,
            request.mime,
            &request.file_name,
            &headline(doc),
            &post_text(doc, &tr),
        )
        .await
        .map(|_| ())
    } else {
        download::save(&bytes, request.mime, &request.file_name)
    }
}

on_demand! {
    /// The export, share and embed buttons under the preview (and the export
    /// worker's warm-up, so the worker pool's code arrives with them).
    pub fn actions() {
        warm_exporter(use_studio());
        view! { <Exports/><super::share::ShareButton/><super::embed::EmbedButton/> }.into_any()
    }
}

/// How long after the fonts arrive the export worker is started.
const WARM_AFTER_MS: u32 = 1500;

/// Starts the export worker once the fonts are here and the first preview has had
/// time to draw, so the first export does not wait for it; once per page.
fn warm_exporter(studio: Studio) {
    thread_local! {
        static STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    Effect::new(move |_| {
        let Some(fonts) = studio.fonts.with(|f| match f {
            FontState::Ready(set) => Some(set.clone()),
            _ => None,
        }) else {
            return;
        };
        if STARTED.replace(true) {
            return;
        }
        leptos::task::spawn_local(async move {
            gloo::timers::future::TimeoutFuture::new(WARM_AFTER_MS).await;
            crate::web::bench::mark_exporter_start();
            match crate::web::exporter::warm(&fonts).await {
                Ok(()) => crate::web::bench::mark_exporter_ready(),
                Err(e) => leptos::logging::warn!("{e}"),
            }
        });
    });
}

/// The export buttons, the packs and the words to post.
#[component]
pub fn Exports() -> impl IntoView {
    let studio = use_studio();
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(None::<&'static str>);
    let ready = move || studio.fonts.with(|f| matches!(f, FontState::Ready(_)));
    let run = move |kind: Kind| {
        busy.set(true);
        failed.set(None);
        leptos::task::spawn_local(async move {
            let result = export(studio, kind).await;
            if let Err(e) = &result {
                leptos::logging::warn!("{e}");
            }
            failed.set(result.err().map(|e| e.message_id()));
            busy.set(false);
        });
    };
    let print = move || studio.doc.with(|d| d.format.is_print());
    let button = move |id: &'static str, label: &'static str, kind: Kind, class: &'static str| {
        view! {
            <button type="button" id=id class=class on:click=move |_| run(kind) disabled=move || busy.get() || !ready()>
                {move || if busy.get() && kind == Kind::Png { studio.t("exporting") } else { studio.t(label) }}
            </button>
        }
    };
    // Offered only where the browser can share a file (phones, mostly).
    let shareable = download::can_share_files();
    view! {
        <div class="exports">
            {shareable.then(|| button("share-png", "share-png", Kind::Share, "primary"))}
            {button("export-png", "export-png", Kind::Png, "primary")}
            <span hidden=print>{button("export-png-2x", "export-png-2x", Kind::Png2x, "secondary")}</span>
            {button("export-svg", "export-svg", Kind::Svg, "secondary")}
            {button("export-pdf", "export-pdf", Kind::Pdf, "secondary")}
        </div>
        <p class="error" role="alert" hidden=move || failed.get().is_none()>{move || failed.get().map(|id| studio.t(id))}</p>
    }
}

/// Packs: many graphics in one zip, made one at a time so the page stays responsive.
#[component]
pub fn Packs() -> impl IntoView {
    let studio = use_studio();
    let progress = RwSignal::new(None::<(usize, usize)>);
    let cancelled = StoredValue::new(false);
    let message = RwSignal::new(None::<&'static str>);
    let every_language = StoredValue::new(false);
    let start = move |PackRequest {
                          members,
                          file_name: name,
                      }: PackRequest| {
        if members.is_empty() || progress.get_untracked().is_some() {
            return;
        }
        cancelled.set_value(false);
        message.set(None);
        progress.set(Some((0, members.len())));
        leptos::task::spawn_local(async move {
            let outcome = make_pack(studio, members, progress, cancelled).await;
            progress.set(None);
            message.set(Some(match outcome {
                Ok(Some(zip)) => match download::save_blob(&zip, &name) {
                    Ok(()) => "pack-done",
                    Err(e) => e.pack_message_id(),
                },
                Ok(None) => "pack-cancelled",
                Err(e) => {
                    leptos::logging::warn!("{e}");
                    e.pack_message_id()
                }
            }));
        });
    };
    let formats = move |_| {
        leptos::task::spawn_local(async move {
            start(pack_request(studio, PackKind::Formats).await);
        })
    };
    let languages = move |_| {
        leptos::task::spawn_local(async move {
            start(pack_request(studio, PackKind::Languages).await);
        })
    };
    let rows = move |ev: leptos::ev::Event| {
        let Some((input, file)) = crate::web::picked_file(&ev) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let bytes = gloo::file::futures::read_as_bytes(&gloo::file::Blob::from(file)).await;
            let text = crate::input::table::decode_text(&bytes.unwrap_or_default());
            let places = crate::input::table::read_places(&text);
            if places.rows.is_empty() {
                message.set(Some("pack-no-rows"));
                return;
            }
            let kind = PackKind::Rows {
                places: &places,
                every_language: every_language.get_value(),
            };
            start(pack_request(studio, kind).await);
        });
    };
    let working = move || progress.get().is_some();
    let ready = move || studio.fonts.with(|f| matches!(f, FontState::Ready(_)));
    view! {
        <details class="packs">
            <summary>{studio.t("packs-title")}</summary>
            <p class="hint">{studio.t("packs-hint")}</p>
            <div class="exports">
                <button type="button" class="secondary" id="pack-formats" on:click=formats disabled=move || working() || !ready()>{studio.t("pack-formats")}</button>
                <button type="button" class="secondary" id="pack-languages" on:click=languages disabled=move || working() || !ready()>{studio.t("pack-languages")}</button>
            </div>
            <div class="field">
                <label for="pack-rows">{studio.t("pack-rows")}</label>
                <p class="hint" id="pack-rows-hint">{studio.t("pack-rows-hint")}</p>
                // Chosen before the file: picking the file starts the pack.
                <div class="checkbox">
                    <input type="checkbox" id="pack-rows-every-language" on:change=move |ev| every_language.set_value(event_target_checked(&ev))/>
                    <label for="pack-rows-every-language">{studio.t("pack-rows-every-language")}</label>
                </div>
                <input type="file" id="pack-rows" accept=".csv,.tsv,.txt,text/csv,text/plain" aria-describedby="pack-rows-hint" on:change=rows disabled=move || working() || !ready()/>
            </div>
            <div class="pack-progress" hidden=move || !working()>
                <progress id="pack-progress" max=move || progress.get().map_or(1, |p| p.1) value=move || progress.get().map_or(0, |p| p.0)></progress>
                <span role="status">{move || progress.get().map(|(done, total)| {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("done", done);
                    args.set("total", total);
                    studio.t_with("pack-progress", &args)
                })}</span>
                <button type="button" class="secondary" id="pack-cancel" on:click=move |_| cancelled.set_value(true)>{studio.t("pack-cancel")}</button>
            </div>
            <p role="status" class="hint" id="pack-message">{move || message.get().map(|id| studio.t(id))}</p>
        </details>
    }
}

/// The pack `kind`, once every language's words are fetched if it needs them.
async fn pack_request(studio: Studio, kind: PackKind<'_>) -> PackRequest {
    if kind.needs_every_language() {
        for lang in Lang::ALL {
            crate::web::locale::ensure(lang).await;
        }
    }
    studio.doc.with_untracked_session(|s| s.pack(kind))
}

async fn make_pack(
    studio: Studio,
    members: Vec<Member>,
    progress: RwSignal<Option<(usize, usize)>>,
    cancelled: StoredValue<bool>,
) -> Result<Option<web_sys::Blob>, WebError> {
    let total = members.len();
    // A pack in every language needs the Arabic faces too.
    let lang = members
        .iter()
        .map(|m| m.doc.language)
        .find(|l| l.is_rtl())
        .unwrap_or(Lang::En);
    let fonts = fonts_for(studio, lang).await?;
    let watch = crate::web::exporter::PackWatch {
        progress: Box::new(move |done| progress.set(Some((done, total)))),
        cancelled: Box::new(move || cancelled.get_value()),
    };
    let pack = crate::web::exporter::Pack {
        members,
        fonts: &fonts,
        logo: studio.logo_pixels.get_untracked(),
        time: download::local_time(),
    };
    crate::web::exporter::pack(pack, watch).await
}

/// The alt text and the post, in the graphic's language, each with a copy button; the
/// post with its length as X counts it.
#[component]
pub fn WordsToPost() -> impl IntoView {
    let studio = use_studio();
    // Drawn again when the graphic's language's words arrive (`locales`).
    let alt = Memo::new(move |_| {
        studio.locales.track();
        studio.doc.with_words(alt_text).unwrap_or_default()
    });
    let post = Memo::new(move |_| {
        studio.locales.track();
        studio.doc.with_words(post_text).unwrap_or_default()
    });
    let copied = RwSignal::new(None::<&'static str>);
    let copy = move |which: &'static str, text: String| {
        leptos::task::spawn_local(async move {
            let clipboard = gloo::utils::window().navigator().clipboard();
            let done = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await;
            copied.set(done.is_ok().then_some(which));
        });
    };
    let count = move || x_length(&post.get());
    view! {
        <details class="words-to-post">
            <summary>{studio.t("words-title")}</summary>
            <div class="field">
                <label for="alt-text">{studio.t("alt-text-label")}</label>
                <p class="hint" id="alt-text-hint">{studio.t("alt-text-hint")}</p>
                <textarea id="alt-text" readonly rows="5" aria-describedby="alt-text-hint" prop:value=move || alt.get()></textarea>
                <button type="button" class="secondary" id="copy-alt" aria-label=studio.t("copy-alt-text") on:click=move |_| copy("alt", alt.get_untracked())>{studio.t("copy-text")}</button>
            </div>
            <div class="field">
                <label for="post-text">{studio.t("post-text-label")}</label>
                <textarea id="post-text" readonly rows="6" aria-describedby="post-count" prop:value=move || post.get()></textarea>
                <p id="post-count" class={move || if count() > X_LIMIT { "hint over" } else { "hint" }}>
                    {move || {
                        let mut args = fluent_bundle::FluentArgs::new();
                        args.set("count", count());
                        args.set("limit", X_LIMIT);
                        studio.t_with(if count() > X_LIMIT { "post-count-over" } else { "post-count" }, &args)
                    }}
                </p>
                <button type="button" class="secondary" id="copy-post" aria-label=studio.t("copy-post-text") on:click=move |_| copy("post", post.get_untracked())>{studio.t("copy-text")}</button>
            </div>
            <p role="status" class="hint">{move || copied.get().map(|_| studio.t("text-copied"))}</p>
        </details>
    }
}
