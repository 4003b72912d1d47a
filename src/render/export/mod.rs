//! Exports beyond the preview: PNG metadata, outlined SVG, vector PDF, and the words
//! to post with a graphic. Everything here paints or describes a laid-out [`Scene`]
//! and is tested natively.
//!
//! [`Scene`]: crate::render::scene::Scene

pub mod job;
pub mod pack;
pub mod pdf;
pub mod png_meta;
pub mod png_strips;
pub mod svg;
pub mod vector;
pub mod words;
