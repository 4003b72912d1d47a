//! "Say it so people feel it": under the headline figure, the session's other ways to
//! say it, each with its arithmetic and a button that puts it in the figure.

use leptos::prelude::*;

use super::{now, use_studio};

/// The human-terms panel, with the population a count is compared with.
#[component]
pub fn HumanTerms() -> impl IntoView {
    let studio = use_studio();
    let population = RwSignal::new(None::<f64>);
    // Worked out where shown (a memo of the list would cost the first load more than
    // working it out twice costs a keystroke).
    let offers = move || {
        studio.locales.track();
        studio.ui_lang.track();
        studio.doc.track();
        let population = population.get();
        studio
            .change_named(|s, ui| s.human_terms(population, ui))
            .unwrap_or_default()
    };
    let read_population = move |ev| {
        let text = event_target_value(&ev);
        population.set(
            studio
                .change_named(|_, ui| crate::model::human::read_count(&text, ui))
                .flatten(),
        );
    };
    let list = move || {
        offers()
            .into_iter()
            .map(|offer| {
                let (figure, arithmetic) = (offer.figure.clone(), offer.arithmetic.clone());
                let take = move |_| {
                    studio.doc.change(|s| s.take_offer(&offer, now()));
                };
                view! {
                    <li>
                        <p class="human-figure">{figure}</p>
                        <p class="hint">{arithmetic}</p>
                        <button type="button" class="secondary" on:click=take>{studio.t("human-use")}</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <details class="human-terms">
            <summary>{studio.t("human-title")}</summary>
            <p class="hint">{studio.t("human-hint")}</p>
            <div class="field">
                <label for="human-population">{studio.t("human-population-label")}</label>
                <p class="hint" id="human-population-hint">{studio.t("human-population-hint")}</p>
                <input type="text" id="human-population" inputmode="decimal" aria-describedby="human-population-hint" on:input=read_population/>
            </div>
            <p class="hint" hidden=move || !offers().is_empty()>{studio.t("human-none")}</p>
            <ul class="human-offers" role="list">{list}</ul>
        </details>
    }
}
