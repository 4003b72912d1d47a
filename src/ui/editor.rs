//! The form: Goal, figure, statement, source.

use leptos::prelude::*;

use super::use_studio;
use crate::document::Document;
use crate::goal::Goal;

/// The editing form beside (or, on a phone, below) the preview.
#[component]
pub fn Editor() -> impl IntoView {
    let studio = use_studio();
    let doc = studio.doc;
    let source_missing = move || doc.with(|d| d.source.trim().is_empty());
    view! {
        <form class="editor" on:submit=|ev| ev.prevent_default()>
            <GoalPicker/>
            <TextField
                id="figure"
                label=studio.t("figure-label")
                hint=studio.t("figure-hint")
                value=Signal::derive(move || doc.with(|d| d.figure.clone()))
                on_input=Callback::new(move |v| doc.update(|d| d.figure = v))
            />
            <TextField
                id="statement"
                label=studio.t("statement-label")
                hint=studio.t("statement-hint")
                multiline=true
                value=Signal::derive(move || doc.with(|d| d.statement.clone()))
                on_input=Callback::new(move |v| doc.update(|d| d.statement = v))
            />
            <TextField
                id="source"
                label=studio.t("source-label")
                hint=String::new()
                value=Signal::derive(move || doc.with(|d| d.source.clone()))
                on_input=Callback::new(move |v| doc.update(|d| d.source = v))
            />
            <p class="warning" role="status" hidden=move || !source_missing()>
                {studio.t("source-warning")}
            </p>
        </form>
    }
}

/// The five Goals as a radio group of coloured tiles.
#[component]
fn GoalPicker() -> impl IntoView {
    let studio = use_studio();
    let doc = studio.doc;
    let tiles = Goal::ALL
        .into_iter()
        .map(|goal| {
            let id = format!("goal-{}", goal.number());
            let label_for = id.clone();
            let name = studio.with_graphic_words(|tr| tr.text(goal.name_id()));
            let style = format!("--goal-colour: {}", goal.colour().to_css());
            view! {
                <label class="goal-tile" for=label_for style=style>
                    <input
                        type="radio"
                        name="goal"
                        id=id
                        value=goal.number()
                        prop:checked=move || doc.with(|d| d.goal == goal)
                        on:change=move |_| choose_goal(goal)
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

/// Switches the Goal. While the words are still the current Goal's example, the new
/// Goal's example replaces them; words the user typed are always kept.
fn choose_goal(goal: Goal) {
    let studio = use_studio();
    studio.doc.update(|doc| {
        let untouched = studio.with_graphic_words(|tr| {
            let example = Document::example(doc.goal, tr);
            (&example.figure, &example.statement, &example.source)
                == (&doc.figure, &doc.statement, &doc.source)
        });
        if untouched {
            let next = studio.with_graphic_words(|tr| Document::example(goal, tr));
            doc.figure = next.figure;
            doc.statement = next.statement;
            doc.source = next.source;
        }
        doc.goal = goal;
    });
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
