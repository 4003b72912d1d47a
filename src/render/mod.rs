//! The render path, above the model and the readers: the text engine, the chart
//! contracts, `layout` (template + document + fonts → a [`scene::Scene`], pure and
//! infallible), the scene's painters, and the exporters that wrap a painted scene in
//! a file (PNG metadata, SVG, PDF, packs, the words to post).

pub mod charts;
pub mod export;
pub mod layout;
pub mod paint;
pub mod scene;
pub mod text;
pub mod validate;
