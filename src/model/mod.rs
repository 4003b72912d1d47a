//! The document and what belongs to it: the lowest layer, depending on nothing else
//! in the crate. A leaf colour type, the Goals, the formats, the languages and their
//! words, the document itself (versioned, with its migrations), its logo, the numbers
//! in it, the undo history, and the trait every error a user can meet implements.

pub mod colour;
pub mod decimal;
pub mod document;
pub mod error;
pub mod format;
pub mod goal;
pub mod history;
pub mod human;
pub mod i18n;
pub mod link;
pub mod logo;
pub mod number;
