//! LNB Studio: campaign graphics for the "Leave No One Behind" pledge.
//!
//! The pipeline is `document` (what the user typed) → `layout` (template + document +
//! a [`text::TextMeasure`] → a [`scene::Scene`]) → `paint` (a short walk over the scene
//! onto any plotters backend). Everything but `ui` and `web` is plain Rust that builds
//! and tests natively; those two exist only on `wasm32`.
#![warn(missing_docs)]

pub mod charts;
pub mod document;
pub mod error;
pub mod export;
pub mod format;
pub mod goal;
pub mod history;
pub mod i18n;
pub mod layout;
pub mod logo;
pub mod number;
pub mod paint;
pub mod preset;
pub mod scene;
pub mod share;
pub mod storage;
pub mod table_import;
pub mod text;
#[cfg(not(target_arch = "wasm32"))]
pub mod untrusted;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
