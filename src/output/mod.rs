//! What leaves the core for display: chart geometry in pixels.

pub mod chart;
pub mod decimal;
pub mod view;
