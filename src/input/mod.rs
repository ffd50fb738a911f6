//! What callers pass, read into core types: JS-like values (`raw`), options (`options`) and CSV text (`csv`).

pub mod csv;
pub mod options;
pub mod raw;
