//! The pure core: civil dates, validated series, periods, typed requests and the figures computed from them.

pub mod calendar;
pub mod compare;
pub mod deck;
pub mod metrics;
pub mod period;
pub mod request;
pub mod series;
pub mod track;
