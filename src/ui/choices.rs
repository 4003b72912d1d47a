//! The three big choices: Goal (coloured tiles), chart kind and format.

use leptos::prelude::*;

use super::use_studio;
use crate::input::preset::Field;
use crate::model::colour::large_text_ink;
use crate::model::document::ChartKind;
use crate::model::format::Format;
use crate::model::goal::Goal;
use crate::model::i18n::Lang;
use crate::render::charts::chart;

/// The seventeen Goals as a radio group of numbered, coloured tiles (three rows on a
/// phone), each named for screen readers and on hover; the chosen Goal's name is
/// written under them.
#[component]
pub fn GoalPicker() -> impl IntoView {
    let studio = use_studio();
    let doc = studio.doc;
    let tiles = Goal::ALL
        .into_iter()
        .map(|goal| {
            let id = format!("goal-{}", goal.number());
            let label_for = id.clone();
            let name = studio.t(goal.name_id());
            let title = name.clone();
            let style = format!(
                "--goal-colour: {}; --goal-ink: {}",
                goal.colour().to_css(),
                large_text_ink(goal.colour()).to_css()
            );
            view! {
                <label class="goal-tile" for=label_for style=style title=title>
                    <input
                        type="radio"
                        name="goal"
                        id=id
                        value=goal.number()
                        prop:checked=move || doc.with(|d| d.goal == goal)
                        on:change=move |_| {
                            studio.switch(Some(goal), None)
                        }
                    />
                    <span class="goal-number" aria-hidden="true">{goal.number()}</span>
                    <span class="visually-hidden">{name}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="goal-picker" disabled=studio.is_locked(Field::Goal)>
            <legend>{studio.t("goal-legend")}</legend>
            <div class="goal-tiles">{tiles}</div>
            // Already announced with the checked tile: shown, not read twice.
            <p class="goal-chosen" aria-hidden="true">
                <span class="goal-chosen-number">{move || doc.with(|d| d.goal.number())}</span>
                <span>{move || doc.with(|d| studio.t(d.goal.name_id()))}</span>
            </p>
        </fieldset>
    }
}

/// The chart kinds as a radio group.
#[component]
pub fn ChartPicker() -> impl IntoView {
    let studio = use_studio();
    let doc = studio.doc;
    let options = ChartKind::ALL
        .map(|c| (c, chart(c).slug, studio.t(chart(c).label_id)))
        .to_vec();
    view! {
        <ChoiceGroup
            name="chart"
            legend=studio.t("chart-legend")
            options=options
            selected=Callback::new(move |c| doc.with(|d| d.chart == c))
            on_pick=Callback::new(move |c| studio.switch(None, Some(c)))
            locked=studio.is_locked(Field::Chart)
        />
    }
}

/// A fieldset of pill-shaped radio buttons, one per option.
#[component]
pub fn ChoiceGroup<T>(
    /// The radio group's name, also the prefix of each option's id.
    name: &'static str,
    /// The visible legend.
    legend: String,
    /// Per option: its value, an id-safe slug and its visible label.
    options: Vec<(T, &'static str, String)>,
    /// Whether a value is the current choice.
    selected: Callback<T, bool>,
    /// Called with the value the user picks.
    on_pick: Callback<T>,
    /// Whether the partner's preset fixed the choice.
    #[prop(optional)]
    locked: bool,
) -> impl IntoView
where
    T: Copy + Send + Sync + 'static,
{
    let options = options
        .into_iter()
        .map(|(value, slug, label)| {
            let id = format!("{name}-{slug}");
            let label_for = id.clone();
            view! {
                <label class="choice" for=label_for>
                    <input
                        type="radio"
                        name=name
                        id=id
                        prop:checked=move || selected.run(value)
                        on:change=move |_| on_pick.run(value)
                    />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choices" disabled=locked>
            <legend>{legend}</legend>
            <div class="choice-row">{options}</div>
        </fieldset>
    }
}

/// The output format as a select, and for a poster the photocopier option.
#[component]
pub fn FormatPicker() -> impl IntoView {
    let studio = use_studio();
    let doc = studio.doc;
    let options = Format::ALL
        .into_iter()
        .map(|format| {
            let (w, h) = format.size();
            let label = format!("{} · {w}×{h}", studio.t(format.label_id()));
            view! {
                <option value=format.slug() selected=move || doc.with(|d| d.format == format)>
                    {label}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for="format">{studio.t("format-label")}</label>
            <select
                id="format"
                disabled=studio.is_locked(Field::Format)
                on:change=move |ev| {
                    if let Some(format) = Format::from_slug(&event_target_value(&ev)) {
                        doc.update(|d| d.format = format);
                    }
                }
            >
                {options}
            </select>
        </div>
        <div class="field" hidden=move || !doc.with(|d| d.format.is_print())>
            <div class="checkbox">
                <input
                    type="checkbox"
                    id="photocopy"
                    aria-describedby="photocopy-hint"
                    prop:checked=move || doc.with(|d| d.photocopy)
                    on:change=move |ev| doc.update(|d| d.photocopy = event_target_checked(&ev))
                />
                <label for="photocopy">{studio.t("photocopy-label")}</label>
            </div>
            <p class="hint" id="photocopy-hint">{studio.t("photocopy-hint")}</p>
        </div>
    }
}

/// A menu of the languages LNB Studio speaks, each named in itself.
#[component]
pub fn LanguagePicker(
    /// The select's id.
    id: &'static str,
    /// The visible label.
    label: String,
    /// The language now chosen.
    current: Signal<Lang>,
    /// Called with the language the user picks.
    on_pick: Callback<Lang>,
    /// Whether the partner's preset fixed the language.
    #[prop(optional)]
    locked: bool,
    /// A hint under the label.
    #[prop(optional)]
    hint: Option<String>,
) -> impl IntoView {
    let studio = use_studio();
    let hint_id = format!("{id}-hint");
    let described_by = hint.is_some().then(|| hint_id.clone());
    let options = Lang::ALL
        .into_iter()
        .map(|lang| {
            view! {
                <option value=lang.code() lang=lang.code() selected=move || current.get() == lang>
                    {studio.t(lang.name_id())}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field language-picker">
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            <select
                id=id
                aria-describedby=described_by
                disabled=locked
                on:change=move |ev| {
                    if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
                        on_pick.run(lang);
                    }
                }
            >
                {options}
            </select>
        </div>
    }
}
