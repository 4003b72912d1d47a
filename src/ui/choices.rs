//! The three big choices: Goal (coloured tiles), chart kind and format.

use leptos::prelude::*;

use super::use_studio;
use crate::document::ChartKind;
use crate::format::Format;
use crate::goal::Goal;
use crate::scene::Rgb;

/// The five Goals as a radio group of coloured tiles.
#[component]
pub fn GoalPicker() -> impl IntoView {
    let studio = use_studio();
    let doc = studio.doc;
    let tiles = Goal::ALL
        .into_iter()
        .map(|goal| {
            let id = format!("goal-{}", goal.number());
            let label_for = id.clone();
            let name = studio.with_graphic_words(|tr| tr.text(goal.name_id()));
            // The number's ink: white where it reaches large-text contrast (3:1), else dark.
            let ink = if Rgb::WHITE.contrast(goal.colour()) >= 3.0 {
                "#ffffff"
            } else {
                "#1b1f24"
            };
            let style = format!(
                "--goal-colour: {}; --goal-ink: {ink}",
                goal.colour().to_css()
            );
            view! {
                <label class="goal-tile" for=label_for style=style>
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
                    <span class="goal-name">{name}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="goal-picker">
            <legend>{studio.t("goal-legend")}</legend>
            <div class="goal-tiles">{tiles}</div>
        </fieldset>
    }
}

/// The chart kinds as a radio group.
#[component]
pub fn ChartPicker() -> impl IntoView {
    let studio = use_studio();
    let doc = studio.doc;
    let options = ChartKind::ALL
        .map(|c| (c, c.slug(), studio.t(c.label_id())))
        .to_vec();
    view! {
        <ChoiceGroup
            name="chart"
            legend=studio.t("chart-legend")
            options=options
            selected=Callback::new(move |c| doc.with(|d| d.chart == c))
            on_pick=Callback::new(move |c| studio.switch(None, Some(c)))
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
        <fieldset class="choices">
            <legend>{legend}</legend>
            <div class="choice-row">{options}</div>
        </fieldset>
    }
}

/// The output format as a select.
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
                on:change=move |ev| {
                    if let Some(format) = Format::from_slug(&event_target_value(&ev)) {
                        doc.update(|d| d.format = format);
                    }
                }
            >
                {options}
            </select>
        </div>
    }
}
