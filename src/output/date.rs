//! `IsoDate`: a day number that serializes as `"YYYY-MM-DD"`, the one date type of every result.

use crate::core::calendar::{self, Day};
use serde::{Serialize, Serializer};
use std::fmt;
use tsify::Tsify;

/// A civil date, `"YYYY-MM-DD"` (a day number inside Rust, cheap to compare and subtract).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Tsify)]
#[tsify(type = "string")]
pub struct IsoDate(pub Day);

impl IsoDate {
    /// The day number (days since 1970-01-01).
    ///
    /// ```
    /// use indexcards::output::date::IsoDate;
    /// let d = IsoDate(20_049);
    /// assert_eq!((d.day(), d.to_string()), (20_049, "2024-11-22".to_string()));
    /// assert_eq!(serde_json::to_string(&d).unwrap(), "\"2024-11-22\"");
    /// ```
    pub fn day(self) -> Day {
        self.0
    }
}

impl From<Day> for IsoDate {
    fn from(day: Day) -> IsoDate {
        IsoDate(day)
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&calendar::format(self.0))
    }
}

impl Serialize for IsoDate {
    /// As `"YYYY-MM-DD"`, from a buffer on the stack (no allocation per date).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let bytes = calendar::iso_bytes(self.0);
        serializer.serialize_str(std::str::from_utf8(&bytes).unwrap_or_default())
    }
}
