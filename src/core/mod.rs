//! The pure core: civil dates, validated series and the figures computed from them.

pub mod calendar;
pub mod compare;
pub mod deck;
pub mod metrics;
pub mod order;
pub mod series;
pub mod track;
