//! The form, in the order a campaigner works: Goal → audience → chart and figures →
//! words → format → what to fix → words to post and packs. Export sits with the
//! preview.

use fluent_bundle::FluentArgs;
use leptos::prelude::*;

use super::choices::{ChartPicker, ChoiceGroup, FormatPicker, GoalPicker, LanguagePicker};
use super::figures::Figures;
use super::logo::LogoField;
use super::on_demand::on_demand;
use super::use_studio;
use super::work::{DesignsPanel, HistoryButtons, Shortcuts};
use crate::input::preset::Field;
use crate::model::document::{Document, Scope};
use crate::render::charts::chart;
use crate::render::validate::validate;

on_demand! {
    /// The form, which arrives just after the module that draws the first preview,
    /// and with it the keeping of work: nothing can be typed before it is here, and
    /// what the page did as it opened (a link, a partner's preset) is saved then.
    pub fn form() {
        super::work::keep_work(use_studio());
        view! { <Editor/> }.into_any()
    }
}

/// The editing form beside (or, on a phone, below) the preview.
#[component]
pub fn Editor() -> impl IntoView {
    let studio = use_studio();
    let doc = studio.doc;
    let text = |get: fn(&Document) -> &String, put: fn(&mut Document, String)| {
        (
            Signal::derive(move || doc.with(|d| get(d).clone())),
            Callback::new(move |v| doc.update(|d| put(d, v))),
        )
    };
    let (figure, set_figure) = text(|d| &d.figure, Document::type_figure);
    let (statement, set_statement) = text(|d| &d.statement, |d, v| d.statement = v);
    let (place, set_place) = text(|d| &d.audience.place, |d, v| d.audience.place = v);
    let (source, set_source) = text(|d| &d.source, |d, v| d.source = v);
    let (year, set_year) = text(|d| &d.year, |d, v| d.year = v);
    let (cta, set_cta) = text(|d| &d.call_to_action, |d, v| d.call_to_action = v);
    let (hashtag, set_hashtag) = text(|d| &d.hashtag, |d, v| d.hashtag = v);
    let big_number = move || doc.with(|d| chart(d.chart).fields.figure);
    let locked_fields = studio.preset.with_value(|p| p.locked.clone());
    view! {
        <form class="editor" on:submit=|ev| ev.prevent_default()>
            <div class="toolbar">
                <HistoryButtons/>
                <DesignsPanel/>
            </div>
            <Shortcuts/>
            {(!locked_fields.is_empty()).then(|| view! { <p class="hint locked-note">{studio.t("locked-by-partner")}</p> })}
            <GoalPicker/>
            <fieldset class="plain" disabled=studio.is_locked(Field::Place)>
                <AudiencePicker/>
                <TextField id="place" label=studio.t("place-label") hint=studio.t("place-hint") value=place on_input=set_place/>
            </fieldset>
            <ChartPicker/>
            <div hidden=move || !big_number()>
                <TextField id="figure" label=studio.t("figure-label") hint=studio.t("figure-hint") value=figure on_input=set_figure/>
                <super::human::HumanTerms/>
            </div>
            <Figures/>
            <TextField id="statement" label=studio.t("statement-label") hint=studio.t("statement-hint") multiline=true value=statement on_input=set_statement/>
            <div class="field-row">
                <TextField id="source" label=studio.t("source-label") hint=String::new() value=source on_input=set_source/>
                <TextField id="year" label=studio.t("year-label") hint=String::new() value=year on_input=set_year/>
            </div>
            <TextField id="cta" label=studio.t("cta-label") hint=studio.t("cta-hint") value=cta on_input=set_cta/>
            <div class="field-row">
                <TextField id="hashtag" label=studio.t("hashtag-label") hint=String::new() value=hashtag on_input=set_hashtag/>
                <div class="field checkbox">
                    <input
                        type="checkbox"
                        id="pledge"
                        prop:checked=move || doc.with(|d| d.show_pledge)
                        on:change=move |ev| doc.update(|d| d.show_pledge = event_target_checked(&ev))
                    />
                    <label for="pledge">{studio.t("pledge-label")}</label>
                </div>
            </div>
            <fieldset class="plain" disabled=studio.is_locked(Field::Logo)>
                <LogoField/>
            </fieldset>
            <LanguagePicker
                id="graphic-lang"
                label=studio.t("graphic-language-label")
                hint=studio.t("graphic-language-hint")
                current=Signal::derive(move || doc.with(|d| d.language))
                on_pick=Callback::new(move |lang| studio.set_graphic_lang(lang))
                locked=studio.is_locked(Field::Lang)
            />
            <FormatPicker/>
            <Issues/>
            <super::export::WordsToPost/>
            <super::export::Packs/>
        </form>
    }
}

/// International, national or regional.
#[component]
fn AudiencePicker() -> impl IntoView {
    let studio = use_studio();
    let doc = studio.doc;
    let options = Scope::ALL
        .map(|s| (s, s.slug(), studio.t(s.label_id())))
        .to_vec();
    view! {
        <ChoiceGroup
            name="scope"
            legend=studio.t("audience-legend")
            options=options
            selected=Callback::new(move |s| doc.with(|d| d.audience.scope == s))
            on_pick=Callback::new(move |s| doc.update(|d| d.audience.scope = s))
        />
    }
}

/// What to fix before publishing, in the interface language.
#[component]
fn Issues() -> impl IntoView {
    let studio = use_studio();
    let issues = move || {
        studio
            .doc
            .with(validate)
            .into_iter()
            .map(|issue| {
                let mut args = FluentArgs::new();
                if let Some(row) = issue.row() {
                    args.set("row", row);
                }
                view! { <li>{studio.t_with(issue.message_id(), &args)}</li> }
            })
            .collect_view()
    };
    view! {
        <div class="issues" role="status" aria-live="polite">
            <ul class="warning-list">{issues}</ul>
        </div>
    }
}

/// A labelled text input (or textarea) with a hint below its label.
#[component]
fn TextField(
    /// The element id, also used for the hint's id.
    id: &'static str,
    /// The visible label.
    label: String,
    /// A hint under the label; empty for none.
    hint: String,
    /// Whether to use a multi-line textarea.
    #[prop(optional)]
    multiline: bool,
    /// The current value.
    value: Signal<String>,
    /// Called with the new value on every keystroke.
    on_input: Callback<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let has_hint = !hint.is_empty();
    let described_by = has_hint.then(|| hint_id.clone());
    let control = if multiline {
        view! {
            <textarea
                id=id
                rows="3"
                aria-describedby=described_by.clone()
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                type="text"
                id=id
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {has_hint.then(|| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {control}
        </div>
    }
}
