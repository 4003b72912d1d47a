//! Bringing figures in: a paste from a spreadsheet onto the table, or a CSV file picked
//! or dropped, read by `table_import` and shown before it replaces or joins the table.

use fluent_bundle::FluentArgs;
use leptos::prelude::*;
use web_sys::{ClipboardEvent, DragEvent};

use super::use_studio;
use crate::input::table::{read_table, read_table_file, Imported};
use crate::model::document::Unit;
use crate::model::number::format_value;

/// Text pasted onto the table: a block with tabs or line breaks is read as a table
/// (returns true); a single cell's text is left to the browser.
pub fn on_paste(ev: ClipboardEvent, pending: RwSignal<Option<Imported>>) {
    let Some(text) = ev
        .clipboard_data()
        .and_then(|d| d.get_data("text/plain").ok())
    else {
        return;
    };
    if !(text.contains('\t') || text.trim().contains('\n')) {
        return;
    }
    ev.prevent_default();
    pending.set(Some(read_table(&text)));
}

/// A CSV file dropped on the table.
pub fn on_drop(ev: DragEvent, pending: RwSignal<Option<Imported>>) {
    ev.prevent_default();
    if let Some(file) = ev
        .data_transfer()
        .and_then(|d| d.files())
        .and_then(|f| f.get(0))
    {
        read_file(file, pending);
    }
}

fn read_file(file: web_sys::File, pending: RwSignal<Option<Imported>>) {
    leptos::task::spawn_local(async move {
        let file = gloo::file::File::from(file);
        if let Ok(bytes) = gloo::file::futures::read_as_bytes(&file).await {
            pending.set(Some(read_table_file(&bytes)));
        }
    });
}

/// The CSV file picker.
#[component]
pub fn CsvPicker(pending: RwSignal<Option<Imported>>) -> impl IntoView {
    let studio = use_studio();
    let pick = move |ev: leptos::ev::Event| {
        if let Some((input, file)) = crate::web::picked_file(&ev) {
            read_file(file, pending);
            input.set_value("");
        }
    };
    view! {
        <div class="field">
            <label for="csv">{studio.t("csv-label")}</label>
            <input type="file" id="csv" accept=".csv,.tsv,.txt,text/csv,text/plain" on:change=pick/>
        </div>
    }
}

/// What was read, and the choice to replace the table, add to it, or cancel.
#[component]
pub fn ImportPreview(pending: RwSignal<Option<Imported>>) -> impl IntoView {
    let studio = use_studio();
    let apply = move |replace: bool| {
        let Some(imported) = pending.get_untracked() else {
            return;
        };
        studio
            .doc
            .change(|s| s.import(&imported, replace, super::now()));
        pending.set(None);
    };
    let summary = move || {
        pending.with(|p| {
            p.as_ref().map(|imported| {
                let mut args = FluentArgs::new();
                args.set("count", imported.rows.len());
                args.set("unreadable", imported.unreadable.len());
                args.set("left", imported.left_out);
                let mut lines = vec![studio.t_with("import-read", &args)];
                if imported.header {
                    lines.push(studio.t("import-header"));
                }
                if !imported.unreadable.is_empty() {
                    let list = imported
                        .unreadable
                        .iter()
                        .take(8)
                        .map(|n| n.to_string())
                        .collect::<Vec<_>>()
                        .join(", ");
                    args.set("lines", list);
                    lines.push(studio.t_with("import-unreadable", &args));
                }
                if imported.left_out > 0 {
                    lines.push(studio.t_with("import-left-out", &args));
                }
                lines
                    .into_iter()
                    .map(|l| view! { <p>{l}</p> })
                    .collect_view()
            })
        })
    };
    let sample = move || {
        let lang = studio.doc.with_untracked(|d| d.language);
        pending.with(|p| {
            p.iter()
                .flat_map(|imported| imported.rows.iter().take(5))
                .map(|row| {
                    let value = row.value.map_or_else(|| studio.t("import-no-value"), |v| format_value(v, Unit::Number, lang));
                    view! { <tr><td>{row.label.clone()}</td><td>{value}</td><td>{row.year.map(|y| y.to_string())}</td></tr> }
                })
                .collect_view()
        })
    };
    view! {
        <div class="import-preview" role="region" aria-label=studio.t("import-title") hidden=move || pending.with(Option::is_none)>
            <h3>{studio.t("import-title")}</h3>
            {summary}
            <table>
                <thead><tr><th>{studio.t("column-label")}</th><th>{studio.t("column-value")}</th><th>{studio.t("column-year")}</th></tr></thead>
                <tbody>{sample}</tbody>
            </table>
            <div class="design-actions">
                <button type="button" class="primary" id="import-replace" on:click=move |_| apply(true)>{studio.t("import-replace")}</button>
                <button type="button" class="secondary" id="import-add" on:click=move |_| apply(false)>{studio.t("import-add")}</button>
                <button type="button" class="secondary" id="import-cancel" on:click=move |_| pending.set(None)>{studio.t("import-cancel")}</button>
            </div>
        </div>
    }
}
