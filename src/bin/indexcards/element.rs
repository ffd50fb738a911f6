//! What an `<index-cards>` element computes from its series and attributes, as the element does it: the as-of date among the data's dates, each series' card (or why it has none) and the period comparison. `render` draws it; `check` reads figures from it.

use indexcards::core::calendar::{self, Day};
use indexcards::core::compare::Comparison;
use indexcards::core::deck::Deck;
use indexcards::core::metrics::Card;
use indexcards::core::period::{Period, Start};
use indexcards::core::request::{AsOf, CompareRequest};
use indexcards::core::series::Series;

/// One series at the as-of date: its card, or no card because its data starts later.
#[derive(Debug, Clone)]
pub enum Shown {
    Card(Box<Card>),
    Missing { id: String, name: String, first: Day },
}

impl Shown {
    pub fn id(&self) -> &str {
        match self {
            Shown::Card(c) => &c.id,
            Shown::Missing { id, .. } => id,
        }
    }
    pub fn name(&self) -> &str {
        match self {
            Shown::Card(c) => &c.name,
            Shown::Missing { name, .. } => name,
        }
    }
}

/// An element's figures.
pub struct View {
    pub deck: Deck,
    /// The date shown: the latest date of any series on or before the `as-of` asked (the latest
    /// date of all when none was asked).
    pub as_of: Day,
    /// One per series, in order.
    pub shown: Vec<Shown>,
    pub comparison: Comparison,
    pub request: CompareRequest,
}

/// The element's view of `series` with attributes `as-of`, `period` and `reference`.
pub fn view(
    series: Vec<Series>,
    as_of: Option<Day>,
    period: Period,
    reference: Option<&str>,
) -> Result<View, String> {
    if series.is_empty() {
        return Err("no series to show".into());
    }
    let deck = Deck::from_series(series);
    let dates: Vec<Day> = deck.dates().iter().map(|d| d.day()).collect();
    let (Some(&first), Some(&last)) = (dates.first(), dates.last()) else {
        return Err("no closes to show".into());
    };
    let as_of = match as_of {
        None => last,
        Some(asked) => match dates.partition_point(|&d| d <= asked).checked_sub(1).and_then(|i| dates.get(i))
        {
            Some(&d) => d,
            None => {
                return Err(format!(
                    "as-of {} is before the data, which starts {}",
                    calendar::format(asked),
                    calendar::format(first)
                ))
            }
        },
    };
    let mut shown = Vec::with_capacity(deck.len());
    for (i, s) in deck.series().enumerate() {
        let first = s.days().first().copied().unwrap_or(as_of);
        if first > as_of {
            shown.push(Shown::Missing { id: s.id().into(), name: s.name().into(), first });
        } else {
            shown.push(Shown::Card(Box::new(deck.card_at(i, AsOf::on(as_of)).map_err(|e| e.to_string())?)));
        }
    }
    let request = CompareRequest {
        start: Start::Period(period),
        to: Some(as_of),
        reference: reference.map(str::to_string),
        small_cap: None,
        large_cap: None,
    };
    let comparison = deck.compare(&request).map_err(|e| e.to_string())?;
    Ok(View { deck, as_of, shown, comparison, request })
}

/// A metric `<index-figure metric=…>` names: a return (a fraction shown as a percentage) or a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Percent,
    Level,
}

/// The metrics a figure can show, as the element lists them.
pub const METRICS: [&str; 11] =
    ["d1", "wtd", "mtd", "qtd", "ytd", "y1", "fromAth", "close", "ath", "high52", "low52"];

/// A card's value of `metric` (`None` inside when the card has no such figure); `None` for a
/// metric the element does not know.
pub fn value(card: &Card, metric: &str) -> Option<Option<f64>> {
    Some(match metric {
        "d1" => card.d1,
        "wtd" => card.wtd,
        "mtd" => card.mtd,
        "qtd" => card.qtd,
        "ytd" => card.ytd,
        "y1" => card.y1,
        "fromAth" => Some(card.from_ath),
        "close" => Some(card.close),
        "ath" => Some(card.ath),
        "high52" => Some(card.high52),
        "low52" => Some(card.low52),
        _ => return None,
    })
}

/// The kind of a metric name, without a card.
pub fn kind_of(name: &str) -> Option<Kind> {
    match name {
        "d1" | "wtd" | "mtd" | "qtd" | "ytd" | "y1" | "fromAth" => Some(Kind::Percent),
        "close" | "ath" | "high52" | "low52" => Some(Kind::Level),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series(id: &str, points: &[(&str, f64)]) -> Series {
        let days = points.iter().map(|p| calendar::parse(p.0).unwrap()).collect();
        Series::new(id, id, days, points.iter().map(|p| p.1).collect()).unwrap()
    }

    #[test]
    fn as_of_is_the_latest_data_date_on_or_before_it() {
        let a = series("A", &[("2024-11-21", 1.0), ("2024-11-22", 2.0)]);
        let v =
            view(vec![a.clone()], Some(calendar::parse("2024-11-24").unwrap()), Period::Ytd, None).unwrap();
        assert_eq!(calendar::format(v.as_of), "2024-11-22");
        let e = view(vec![a], Some(calendar::parse("2024-01-01").unwrap()), Period::Ytd, None).err().unwrap();
        assert_eq!(e, "as-of 2024-01-01 is before the data, which starts 2024-11-21");
    }

    #[test]
    fn a_series_starting_later_has_no_card() {
        let a = series("A", &[("2024-11-21", 1.0), ("2024-11-22", 2.0)]);
        let b = series("B", &[("2024-11-22", 5.0)]);
        let v = view(vec![a, b], Some(calendar::parse("2024-11-21").unwrap()), Period::Ytd, None).unwrap();
        assert!(matches!(v.shown[1], Shown::Missing { .. }));
    }

    #[test]
    fn every_metric_has_a_kind() {
        let a = series("A", &[("2024-11-21", 1.0), ("2024-11-22", 2.0)]);
        let card = indexcards::core::metrics::summarize(&a, None).unwrap();
        for m in METRICS {
            assert!(kind_of(m).is_some() && value(&card, m).is_some(), "{m}");
        }
        assert_eq!(kind_of("level"), None);
    }
}
