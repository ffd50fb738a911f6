//! What leaves the core besides its figures: chart geometry in pixels and the ISO date type every result uses.

pub mod chart;
pub mod date;
