//! The partner-logo field: pick a PNG or JPEG, see it on the graphic, remove it.

use std::sync::Arc;

use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use crate::model::document::Unit;
use crate::model::error::UserError;
use crate::model::number::format_value;
use crate::render::layout::design::{LOGO_PLATE, STANDARD};

use super::use_studio;

/// A file picker for the logo, its error message and a remove button.
#[component]
pub fn LogoField() -> impl IntoView {
    let studio = use_studio();
    let error = RwSignal::new(None::<&'static str>);
    let has_logo = move || studio.doc.with(|d| d.logo.is_some());
    let pick = move |ev: leptos::ev::Event| {
        let Some((input, file)) = crate::web::picked_file(&ev) else {
            return;
        };
        leptos::task::spawn_local(async move {
            match crate::web::logo::read(&file).await {
                Ok((logo, pixels)) => {
                    error.set(None);
                    studio.logo_pixels.set(Some(Arc::new(pixels)));
                    studio.doc.update(|d| d.logo = Some(logo));
                }
                Err(e) => error.set(Some(e.message_id())),
            }
            input.set_value("");
        });
    };
    // The same contrast rule as the graphic's own marks, on the plate the logo gets.
    let faint = move || {
        let pixels = studio.logo_pixels.get()?;
        let ratio = pixels.too_faint_on(LOGO_PLATE, STANDARD.colour.marks)?;
        let mut args = FluentArgs::new();
        let lang = studio.ui_lang.get();
        args.set(
            "ratio",
            format_value(f64::from((ratio * 10.0).round() / 10.0), Unit::Number, lang),
        );
        args.set(
            "least",
            format_value(f64::from(STANDARD.colour.marks), Unit::Number, lang),
        );
        Some(studio.t_with("logo-faint", &args))
    };
    let remove = move |_| {
        studio.doc.update(|d| d.logo = None);
        studio.logo_pixels.set(None);
    };
    view! {
        <div class="field">
            <label for="logo">{studio.t("logo-label")}</label>
            <p class="hint" id="logo-hint">{studio.t("logo-hint")}</p>
            <div class="logo-row">
                <input type="file" id="logo" accept="image/png,image/jpeg" aria-describedby="logo-hint logo-error" on:change=pick/>
                <button type="button" class="secondary" id="remove-logo" hidden=move || !has_logo() on:click=remove>
                    {studio.t("logo-remove")}
                </button>
            </div>
            <p class="cell-error" id="logo-error" role="alert">{move || error.get().map(|id| studio.t(id))}</p>
            <p class="hint warning" id="logo-contrast" role="status">{faint}</p>
        </div>
    }
}
