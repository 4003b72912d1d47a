//! The data table (label, value, year per row), the unit and the 2030 target. A value
//! that is not a number is kept in its cell and marked; the document holds no value.

use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use super::import::{on_drop, on_paste, CsvPicker, ImportPreview};
use super::{now, use_studio};
use crate::input::table::read_table_file;
use crate::model::document::{Row, Unit};
use crate::model::error::UserError;
use crate::render::charts::chart;

/// The most rows the table edits in place. A 10,000-row import is kept whole in the
/// document (the graphic says how many rows it leaves out), but 10,000 rows of inputs
/// would make every keystroke slow on a phone.
pub(super) const EDITABLE_ROWS: usize = 200;

/// The table and its settings; hidden for the big-number chart, which needs none.
#[component]
pub fn Figures() -> impl IntoView {
    let studio = use_studio();
    let doc = studio.doc;
    let visible = move || doc.with(|d| chart(d.chart).fields.table);
    // Keyed by (table version, index): a row is built afresh when the rows are
    // replaced or renumbered, and never on typing. (A plain closure would re-run on
    // every keystroke and rebuild the inputs in place, keeping stale event handlers.)
    let count = Memo::new(move |_| doc.with(|d| d.rows.len()));
    let keys = move || {
        let version = studio.rows_version.get();
        (0..count.get().min(EDITABLE_ROWS))
            .map(|i| (version, i))
            .collect::<Vec<_>>()
    };
    let hidden_rows = move || {
        let more = count.get().saturating_sub(EDITABLE_ROWS);
        (more > 0).then(|| {
            let mut args = FluentArgs::new();
            args.set("rows", more);
            args.set("shown", EDITABLE_ROWS);
            studio.t_with("rows-not-editable", &args)
        })
    };
    let add = move |_| doc.update(|d| d.rows.push(Row::new(String::new(), None)));
    let pending = RwSignal::new(None);
    // A table shared with the app or opened with it lands in the import preview, in a
    // chart that reads a table.
    let receive = move |bytes: Vec<u8>| {
        doc.change(|s| s.receive_table(now()));
        pending.set(Some(read_table_file(&bytes)));
    };
    leptos::task::spawn_local(async move {
        if let Some(bytes) = crate::web::received::take_shared().await {
            receive(bytes);
        }
    });
    crate::web::received::on_launched_files(receive);
    // Built once while the chart is a map, not again at every edit.
    let is_map = Memo::new(move |_| doc.with(|d| chart(d.chart).fields.places));
    view! {
        <fieldset
            class="figures"
            hidden=move || !visible()
            data-year=move || if doc.with(|d| chart(d.chart).fields.year) { "shown" } else { "hidden" }
            on:paste=move |ev| on_paste(ev, pending)
            on:dragover=|ev| ev.prevent_default()
            on:drop=move |ev| on_drop(ev, pending)
        >
            <legend>{studio.t("figures-legend")}</legend>
            <p class="hint">{studio.t("figures-hint")}</p>
            <div class="table">
                <div class="table-head" aria-hidden="true">
                    <span>{studio.t("column-label")}</span>
                    <span>{studio.t("column-value")}</span>
                    <span>{studio.t("column-year")}</span>
                    <span></span>
                </div>
                <For each=keys key=|k| *k children=|(_, index)| view! { <RowEditor index=index/> }/>
            </div>
            {move || is_map.get().then(|| super::on_demand::later(super::map_file::map_file()))}
            <p class="hint" id="rows-not-editable">{hidden_rows}</p>
            <ImportPreview pending=pending/>
            <button type="button" class="secondary" id="add-row" on:click=add>{studio.t("add-row")}</button>
            <CsvPicker pending=pending/>
            <div class="field-row">
                <UnitPicker/>
                <For each=move || [studio.rows_version.get()] key=|v| *v children=|_| view! { <TargetField/> }/>
            </div>
        </fieldset>
    }
}

/// One row of inputs. Its inputs start from the document and then only write to it.
#[component]
fn RowEditor(index: usize) -> impl IntoView {
    let studio = use_studio();
    let doc = studio.doc;
    let row = doc
        .with_untracked(|d| d.rows.get(index).cloned())
        .unwrap_or_else(|| Row::new("", None));
    let (lang, unit) = doc.with_untracked(|d| (d.language, d.unit));
    let initial_value = row.value_cell(unit, lang);
    // A kept, unreadable entry is marked again after a reload.
    let error = RwSignal::new(row.value_problem(lang).map(|e| e.message_id()));
    let n = index + 1;
    let mut args = FluentArgs::new();
    args.set("row", n);
    let value_id = format!("row-{n}-value");
    let error_id = format!("row-{n}-error");
    let set = move |f: Box<dyn FnOnce(&mut Row)>| {
        doc.update(|d| {
            if let Some(row) = d.rows.get_mut(index) {
                f(row);
            }
        });
    };
    let on_value = move |ev| {
        let text = event_target_value(&ev);
        let read = doc.edit(|d| d.rows.get_mut(index).map(|r| r.type_value(text, lang)));
        error.set(match read.flatten() {
            Some(Err(e)) => Some(e.message_id()),
            _ => None,
        });
    };
    let on_year = move |ev| {
        let text = event_target_value(&ev);
        set(Box::new(move |r| r.type_year(&text)));
    };
    let shift = move |by: isize| {
        doc.change(|s| s.move_row(index, by, now()));
    };
    let remove = move |_| {
        doc.change(|s| s.remove_row(index, now()));
    };
    view! {
        <div class="table-row">
            <input
                type="text"
                aria-label=studio.t_with("row-label-name", &args)
                value=row.label
                on:input=move |ev| { let text = event_target_value(&ev); set(Box::new(move |r| r.label = text)); }
            />
            <input
                type="text"
                inputmode="decimal"
                id=value_id
                aria-label=studio.t_with("row-value-name", &args)
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=error_id.clone()
                value=initial_value
                on:input=on_value
            />
            <input
                type="text"
                inputmode="numeric"
                maxlength="4"
                aria-label=studio.t_with("row-year-name", &args)
                value=row.year.map(|y| y.to_string()).unwrap_or_default()
                on:input=on_year
            />
            <div class="row-actions">
                <button type="button" class="icon" aria-label=studio.t_with("move-up", &args) on:click=move |_| shift(-1)>"↑"</button>
                <button type="button" class="icon" aria-label=studio.t_with("move-down", &args) on:click=move |_| shift(1)>"↓"</button>
                <button type="button" class="icon" aria-label=studio.t_with("remove-row", &args) on:click=remove>
                    "×"
                </button>
            </div>
            <p class="cell-error" id=error_id role="alert">{move || error.get().map(|id| studio.t(id))}</p>
        </div>
    }
}

#[component]
fn UnitPicker() -> impl IntoView {
    let studio = use_studio();
    let doc = studio.doc;
    view! {
        <div class="field">
            <label for="unit">{studio.t("unit-label")}</label>
            <select
                id="unit"
                on:change=move |ev| {
                    let unit = if event_target_value(&ev) == "number" { Unit::Number } else { Unit::Percent };
                    doc.update(|d| d.unit = unit);
                }
            >
                <option value="percent" selected=move || doc.with(|d| d.unit == Unit::Percent)>{studio.t("unit-percent")}</option>
                <option value="number" selected=move || doc.with(|d| d.unit == Unit::Number)>{studio.t("unit-number")}</option>
            </select>
        </div>
    }
}

#[component]
fn TargetField() -> impl IntoView {
    let studio = use_studio();
    let doc = studio.doc;
    let error = RwSignal::new(None::<&'static str>);
    let initial = doc.with_untracked(|d| d.target.map(|t| t.to_string()).unwrap_or_default());
    view! {
        <div class="field" hidden=move || doc.with(|d| !chart(d.chart).fields.target)>
            <label for="target">{studio.t("target-field-label")}</label>
            <input
                type="text"
                inputmode="decimal"
                id="target"
                value=initial
                aria-invalid=move || error.get().is_some().then_some("true")
                on:input=move |ev| {
                    let read = doc.edit(|d| d.type_target(&event_target_value(&ev)));
                    error.set(read.and_then(Result::err).map(|e| e.message_id()));
                }
            />
            <p class="cell-error" role="alert">{move || error.get().map(|id| studio.t(id))}</p>
        </div>
    }
}
