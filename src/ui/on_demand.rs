//! Parts of the editor that arrive just after the module that draws the first preview.
//!
//! A panel declared with [`on_demand!`] is an `async fn() -> AnyView`. In the release
//! build (feature `split`) its code, and everything only it reaches, is moved by
//! `wasm-split` (tools/split-wasm.mjs) out of the first load into a module of its own,
//! fetched the first time such a panel is drawn (as the page mounts, while the first
//! preview is laid out); elsewhere (native builds, the wasm-bindgen tests) it is an
//! ordinary async function. [`later`] draws a panel once its code is there, nothing
//! before. The split module brings the English interface words only panels show
//! (build.rs, [`arrived`]).

use leptos::prelude::*;

/// Declares `fn $name() -> AnyView` as a panel of the split module `editor`. Its
/// body must not panic (the call crosses modules as `extern "C"`), which an
/// abort-on-panic build makes moot.
/// `on_demand! { in maps; … }` puts the panel in the split module `maps` instead
/// (fetched when a map is first chosen).
macro_rules! on_demand {
    (in $module:ident; $(#[$meta:meta])* $vis:vis fn $name:ident() $body:block) => {
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split)]
        $(#[$meta])*
        $vis fn $name() -> ::leptos::prelude::AnyView {
            $crate::ui::on_demand::arrived();
            $body
        }

        #[cfg(not(feature = "split"))]
        $(#[$meta])*
        $vis async fn $name() -> ::leptos::prelude::AnyView $body
    };
    ($(#[$meta:meta])* $vis:vis fn $name:ident() $body:block) => {
        $crate::ui::on_demand::on_demand! { in editor; $(#[$meta])* $vis fn $name() $body }
    };
}
pub(crate) use on_demand;

/// Called first by every split panel: the first time, the rest of the English words
/// (which only code here reaches, so they travel in the panels' module) join the
/// English ones, and the interface's translator is made again with them.
#[cfg(all(feature = "split", target_arch = "wasm32"))]
pub fn arrived() {
    if crate::model::i18n::Lang::add_english_later() {
        super::use_studio().english_words_arrived();
    }
}

/// Draws the panel `load` makes once its module has arrived (at once if it has).
pub fn later<F>(load: F) -> impl IntoView
where
    F: std::future::Future<Output = AnyView> + 'static,
{
    // Leptos wants a `Send` future; this one lives and is polled on the page's thread.
    Suspend::new(leptos::__reexports::send_wrapper::SendWrapper::new(load))
}
