//! A map's rows and boundaries in the editor: the rows it cannot place, with the
//! nearest names to take; the world's countries, or a campaigner's own file
//! (GeoJSON or TopoJSON) imported in a worker, the property that names its areas,
//! and the areas added to the table. Its code is in the maps module, fetched when a
//! map is first chosen.

use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use super::figures::EDITABLE_ROWS;
use super::on_demand::on_demand;
use super::{now, use_studio, FontState};
use crate::model::error::UserError;
use crate::render::charts::chart;
use crate::render::charts::map::classes::read_breaks;
use crate::render::charts::map::{atlas_of, Own, Unplaced};

on_demand! { in maps;
    /// Under a map's table: the rows it cannot place, and its boundaries.
    pub fn map_file() {
        view! { <MapRows/><MapFile/> }.into_any()
    }
}

/// The file picker, what was imported, the naming property, and the way back.
#[component]
fn MapFile() -> impl IntoView {
    let studio = use_studio();
    let doc = studio.doc;
    let reading = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<&'static str>);
    let own = move || doc.with(|d| d.boundaries.clone());
    let pick = move |ev: leptos::ev::Event| {
        let Some((input, file)) = crate::web::picked_file(&ev) else {
            return;
        };
        reading.set(Some(file.name()));
        error.set(None);
        let labels = doc.with_untracked(|d| d.rows.iter().map(|r| r.label.clone()).collect());
        let in_use = doc.with_untracked_session(|s| s.boundaries_in_use());
        leptos::task::spawn_local(async move {
            // The field may be gone by the time the file is read (another chart chosen):
            // the design still takes the boundaries, and nothing is said.
            match crate::web::maps::import(&file, labels, in_use).await {
                Ok(own) => {
                    // Looked for again, had they been missing here (a share link).
                    studio.fonts.update(|state| {
                        if let FontState::Ready(set) = state {
                            *set = set.clone().forget_own();
                        }
                    });
                    doc.change(|s| s.use_boundaries(Some(own), now()));
                }
                Err(e) => {
                    leptos::logging::warn!("{e}");
                    error.try_set(Some(e.message_id()));
                }
            }
            reading.try_set(None);
            input.set_value("");
        });
    };
    // The design's own boundaries as this page has them: read, or not kept here.
    let state = move || {
        let own = own()?;
        studio.fonts.with(|f| match f {
            FontState::Ready(set) => Some(set.own_atlas(&own.key, &own.property)),
            _ => None,
        })
    };
    let atlas = move || match state() {
        Some(Own::Ready(atlas)) => Some(atlas),
        _ => None,
    };
    let status = move || {
        let mut args = FluentArgs::new();
        if let Some(file) = reading.get() {
            args.set("file", file);
            return studio.t_with("map-own-reading", &args);
        }
        let Some(own) = own() else {
            return String::new();
        };
        args.set("file", own.file.clone());
        match state() {
            Some(Own::Ready(atlas)) => {
                args.set("areas", atlas.areas().0);
                studio.t_with("map-own-summary", &args)
            }
            Some(Own::Missing) => studio.t_with("map-own-missing", &args),
            _ => String::new(),
        }
    };
    // The areas no row names yet, once the boundaries are read.
    let unnamed = move || {
        atlas().map_or_else(Vec::new, |atlas| {
            doc.with(|d| atlas.unnamed(&d.rows, d.language))
        })
    };
    let list_label = move || {
        let mut args = FluentArgs::new();
        args.set("count", unnamed().len());
        studio.t_with("map-own-list", &args)
    };
    let offered = move || atlas().map_or_else(Vec::new, |atlas| atlas.areas().1);
    let properties = move || {
        let chosen = own().map(|own| own.property).unwrap_or_default();
        offered()
            .into_iter()
            .map(|p| {
                let selected = p == chosen;
                let value = p.clone();
                view! { <option value=value selected=selected>{p}</option> }
            })
            .collect::<Vec<_>>()
    };
    let breaks_error = move || {
        doc.with(|d| read_breaks(&d.breaks, d.language).err())
            .map(|e| studio.t(e.message_id()))
    };
    let breaks = move || doc.with(|d| d.breaks.clone());
    view! {
        <div class="field">
            <label for="map-breaks">{studio.t("map-breaks-label")}</label>
            <p class="hint" id="map-breaks-hint">{studio.t("map-breaks-hint")}</p>
            <input
                type="text"
                id="map-breaks"
                inputmode="decimal"
                aria-describedby="map-breaks-hint map-breaks-error"
                prop:value=breaks
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    doc.update(|d| d.breaks = text);
                }
            />
            <p class="cell-error" id="map-breaks-error" role="alert">{breaks_error}</p>
        </div>
        <div class="field map-file">
            <label for="map-file">{studio.t("map-own-choose")}</label>
            <p class="hint" id="map-file-hint">{studio.t("map-own-hint")}</p>
            <input
                type="file"
                id="map-file"
                accept=".geojson,.json,.topojson,application/geo+json,application/json"
                aria-describedby="map-file-hint map-file-error"
                on:change=pick
            />
            <p class="hint" id="map-file-status" role="status">{status}</p>
            <p class="cell-error" id="map-file-error" role="alert">{move || error.get().map(|id| studio.t(id))}</p>
            <div class="field" hidden=move || atlas().is_none()>
                <label for="map-property">{studio.t("map-own-property")}</label>
                <select
                    id="map-property"
                    on:change=move |ev| {
                        let property = event_target_value(&ev);
                        let offer = offered();
                        doc.change(|s| s.name_areas_by(&property, &offer, now()));
                    }
                >
                    {properties}
                </select>
            </div>
            <div class="map-file-actions" hidden=move || own().is_none()>
                <button
                    type="button"
                    class="secondary"
                    id="map-list"
                    hidden=move || unnamed().is_empty()
                    on:click=move |_| {
                        let names = unnamed();
                        doc.change(|s| s.add_areas(&names, now()));
                    }
                >
                    {list_label}
                </button>
                <button
                    type="button"
                    class="secondary"
                    id="map-world"
                    on:click=move |_| {
                        doc.change(|s| s.use_boundaries(None, now()));
                    }
                >
                    {studio.t("map-own-world")}
                </button>
            </div>
        </div>
    }
}

/// Under a map's table: each row whose label names no country the map knows, with the
/// nearest names to take instead (listed once the map's module has read the names).
#[component]
fn MapRows() -> impl IntoView {
    let studio = use_studio();
    let doc = studio.doc;
    let unplaced = move || {
        if !doc.with(|d| chart(d.chart).fields.places) {
            return Vec::new();
        }
        let atlas = studio.fonts.with(|fonts| match fonts {
            FontState::Ready(set) => doc.with(|d| atlas_of(d, set)),
            _ => None,
        });
        atlas.map_or_else(Vec::new, |atlas| {
            doc.with(|d| atlas.unplaced(&d.rows[..d.rows.len().min(EDITABLE_ROWS)], d.language))
        })
    };
    let own = move || doc.with_untracked(|d| d.boundaries.is_some());
    let row_view = move |u: Unplaced| {
        let mut args = FluentArgs::new();
        args.set("row", u.row + 1);
        args.set("label", u.label.clone());
        let message = match (u.offers.is_empty(), own()) {
            (true, false) => "map-row-unknown",
            (false, false) => "map-row-unplaced",
            (true, true) => "map-row-unknown-area",
            (false, true) => "map-row-unplaced-area",
        };
        let offers = u
            .offers
            .into_iter()
            .map(|name| {
                let mut args = FluentArgs::new();
                args.set("row", u.row + 1);
                args.set("name", name.clone());
                let take = name.clone();
                view! {
                    <button
                        type="button"
                        class="secondary offer"
                        aria-label=studio.t_with("map-use-offer", &args)
                        on:click=move |_| {
                            doc.change(|s| s.relabel_row(u.row, &take, now()));
                        }
                    >
                        {name}
                    </button>
                }
            })
            .collect_view();
        view! {
            <li>
                <span>{studio.t_with(message, &args)}</span>
                " "
                {offers}
            </li>
        }
    };
    view! {
        <ul class="map-unplaced" aria-live="polite">
            <For each=unplaced key=|u| (u.row, u.label.clone(), u.offers.clone()) children=row_view/>
        </ul>
    }
}
