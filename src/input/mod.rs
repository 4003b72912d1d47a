//! The readers of outside input, above the model: tables pasted or opened, a map's
//! country labels, share
//! links, a partner's preset in the address, the saved designs' storage. Each takes
//! what a user or another site gave and makes model values of it, or says why not;
//! none panics on any input (`src/untrusted.rs` is their fuzzing seam).

pub mod boundaries;
pub mod countries;
pub mod preset;
pub mod share;
pub mod storage;
pub mod table;
