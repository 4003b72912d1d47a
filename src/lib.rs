//! LNB Studio: campaign graphics for the "Leave No One Behind" pledge.
//!
//! The pipeline is `document` (what the user typed) → `layout` (template + document +
//! a [`text::TextMeasure`] → a [`scene::Scene`]) → `paint` (a short walk over the scene
//! onto any plotters backend). Everything but `ui` and `web` is plain Rust that builds
//! and tests natively; those two exist only on `wasm32`.
#![warn(missing_docs)]

pub mod input;
pub mod model;
pub mod render;
pub mod session;
#[cfg(not(target_arch = "wasm32"))]
pub mod untrusted;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
