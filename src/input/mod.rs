//! What callers pass, read into core types: JS-like values (`raw`), series (`series`), options as typed requests (`request`) and CSV text (`csv`).

pub mod csv;
pub mod raw;
pub mod request;
pub mod series;
