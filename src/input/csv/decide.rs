//! Decides a file's date order and decimal mark from all of it: the values that read one way
//! only, then the Change % column, then the header's language; refuses when nothing settles a
//! difference that matters.

use super::dates::{self, DateOrder, DateReader, DateText, Family};
use super::error::{Basis, Cell, CsvError};
use super::layout::Layout;
use super::numbers::{self, DecimalMark, Reading};
use super::records::{trimmed, Record, Table};
use super::CsvOptions;
use crate::core::calendar::Day;

/// What the rows say, gathered in one pass before any of them is read.
#[derive(Debug, Default)]
pub(super) struct Survey {
    /// Data rows (not blank).
    pub rows: usize,
    /// Each data row's date as `dates::scan` read it, if it is one (the read takes it from here).
    pub dates: Vec<Option<DateText>>,
    /// The shape and separator of the first date that has one.
    family: Option<(Family, char)>,
    /// The first date that is a day only as MM/DD/YYYY, only as DD/MM/YYYY, and that is a
    /// different day each way.
    mdy_only: Option<Cell>,
    dmy_only: Option<Cell>,
    date_ambiguous: Option<(Cell, Day, Day)>,
    /// The first close that is a number only with a point, only with a comma, and that is a
    /// different number each way.
    point_only: Option<Cell>,
    comma_only: Option<Cell>,
    close_ambiguous: Option<(Cell, f64, f64)>,
    /// The same for the other number columns (Open, High, Low, Volume, Change %), first of each only.
    other_point: Option<Cell>,
    other_comma: Option<Cell>,
}

fn cell(layout: &Layout, row: &Record, column: usize, text: &str) -> Cell {
    Cell {
        line: row.line_of(column),
        column: column + 1,
        name: layout.name(column).to_owned(),
        text: text.to_owned(),
    }
}

impl Survey {
    /// Takes what one data row says. Rows that cannot be read say nothing; reading them later
    /// reports them.
    pub fn row(&mut self, layout: &Layout, row: &Record) {
        self.rows += 1;
        if row.len() < layout.width {
            self.dates.push(None);
            return;
        }
        let date = trimmed(row.field(layout.date_col));
        let scanned = dates::scan(date).ok();
        self.dates.push(scanned);
        if let Some(d) = scanned {
            let family = *self.family.get_or_insert((d.family, d.separator));
            if d.family == Family::YearLast && family.0 == Family::YearLast {
                let at = || cell(layout, row, layout.date_col, date);
                match (d.day(DateOrder::Mdy), d.day(DateOrder::Dmy)) {
                    (Ok(m), Ok(d)) if m != d && self.date_ambiguous.is_none() => {
                        self.date_ambiguous = Some((at(), m, d));
                    }
                    (Ok(_), Err(_)) if self.mdy_only.is_none() => self.mdy_only = Some(at()),
                    (Err(_), Ok(_)) if self.dmy_only.is_none() => self.dmy_only = Some(at()),
                    _ => {}
                }
            }
        }
        let close = trimmed(row.field(layout.close_col));
        if !numbers::is_missing(close) {
            let at = || cell(layout, row, layout.close_col, close);
            // Once a close settles the mark, only a close that reads the other way only still
            // counts (`decide` refuses both kinds; a value that reads both ways no longer matters).
            let reading = match (&self.point_only, &self.comma_only) {
                (None, None) => numbers::reading(close),
                (Some(_), None) if numbers::reads_only(close, DecimalMark::Comma) => Reading::CommaOnly,
                (None, Some(_)) if numbers::reads_only(close, DecimalMark::Point) => Reading::PointOnly,
                _ => Reading::Neutral,
            };
            match reading {
                Reading::PointOnly if self.point_only.is_none() => self.point_only = Some(at()),
                Reading::CommaOnly if self.comma_only.is_none() => self.comma_only = Some(at()),
                Reading::Ambiguous { point, comma } if self.close_ambiguous.is_none() => {
                    self.close_ambiguous = Some((at(), point, comma));
                }
                _ => {}
            }
        }
        // Other columns count only when no close settles the mark, and only their first values.
        let settled = self.point_only.is_some() || self.comma_only.is_some();
        if settled || (self.other_point.is_some() && self.other_comma.is_some()) {
            return;
        }
        for &column in &layout.number_cols {
            let text = numbers::percent_text(row.field(column));
            match numbers::reading(text) {
                Reading::PointOnly if self.other_point.is_none() => {
                    self.other_point = Some(cell(layout, row, column, trimmed(row.field(column))));
                }
                Reading::CommaOnly if self.other_comma.is_none() => {
                    self.other_comma = Some(cell(layout, row, column, trimmed(row.field(column))));
                }
                _ => {}
            }
        }
    }
}

/// How the file's dates and numbers are read.
#[derive(Debug, Clone)]
pub(super) struct Decided {
    pub dates: DateReader,
    pub decimal: DecimalMark,
    pub decimal_basis: Basis,
}

/// Decides the date order and the decimal mark (options first), or says why it cannot.
pub(super) fn decide(
    table: &Table,
    layout: &Layout,
    survey: &Survey,
    options: &CsvOptions,
) -> Result<Decided, CsvError> {
    let family = survey.family.map(|f| f.0);
    let separator = survey.family.map_or('-', |f| f.1);
    let mut order = match (family, options.date_order) {
        // YYYY-MM-DD needs no order; an order given for day-month dates does not apply to it.
        (Some(Family::YearFirst) | None, _) => Some((DateOrder::Ymd, Basis::Unambiguous)),
        (Some(Family::YearLast), Some(o)) => Some((o, Basis::Option)),
        (Some(Family::YearLast), None) => match (&survey.mdy_only, &survey.dmy_only) {
            (Some(m), Some(d)) => {
                return Err(CsvError::MixedDateOrder { mdy: Box::new(m.clone()), dmy: Box::new(d.clone()) })
            }
            (Some(m), None) => Some((DateOrder::Mdy, Basis::Value(Box::new(m.clone())))),
            (None, Some(d)) => Some((DateOrder::Dmy, Basis::Value(Box::new(d.clone())))),
            (None, None) => None,
        },
    };
    let mut decimal = match options.decimal {
        Some(d) => Some((d, Basis::Option)),
        None => decimal_from_values(survey)?,
    };

    let order_open = order.is_none() && survey.date_ambiguous.is_some();
    let decimal_open = decimal.is_none() && survey.close_ambiguous.is_some();
    if (order_open || decimal_open) && layout.change_col.is_some() {
        let (o, d) =
            settle_by_change(table, layout, order.as_ref().map(|o| o.0), decimal.as_ref().map(|d| d.0));
        order = order.or(o.map(|o| (o, Basis::ChangeColumn)));
        decimal = decimal.or(d.map(|d| (d, Basis::ChangeColumn)));
    }
    if let Some((word, language)) = &layout.language {
        let basis = Basis::Header { word: word.clone(), language };
        order = order.or(Some((DateOrder::Dmy, basis.clone())));
        decimal = decimal.or(Some((DecimalMark::Comma, basis)));
    }

    let (order, order_basis) = match (order, &survey.date_ambiguous) {
        (Some(o), _) => o,
        (None, Some((cell, mdy, dmy))) => {
            return Err(CsvError::AmbiguousDateOrder { cell: cell.clone(), mdy: *mdy, dmy: *dmy })
        }
        // Every date is the same day either way (05/05/2024): MM/DD/YYYY, as Investing.com's
        // US export writes, is as true as the other.
        (None, None) => (DateOrder::Mdy, Basis::Unambiguous),
    };
    let (decimal, decimal_basis) = match (decimal, &survey.close_ambiguous) {
        (Some(d), _) => d,
        (None, Some((cell, point, comma))) => {
            return Err(CsvError::AmbiguousDecimal { cell: cell.clone(), point: *point, comma: *comma })
        }
        (None, None) => (DecimalMark::Point, Basis::Unambiguous),
    };
    let dates = DateReader { family, separator, order, basis: order_basis };
    Ok(Decided { dates, decimal, decimal_basis })
}

/// The decimal mark the values settle: a close that reads one way only, else another column's
/// value (Open, Change %…) that does. Both ways among the closes is an error; among the other
/// columns it is one only if some close reads differently either way.
fn decimal_from_values(survey: &Survey) -> Result<Option<(DecimalMark, Basis)>, CsvError> {
    let mixed = |p: &Cell, c: &Cell| CsvError::MixedDecimal {
        point: Box::new(p.clone()),
        comma: Box::new(c.clone()),
    };
    Ok(match (&survey.point_only, &survey.comma_only, &survey.other_point, &survey.other_comma) {
        (Some(p), Some(c), _, _) => return Err(mixed(p, c)),
        (Some(p), None, _, _) => Some((DecimalMark::Point, Basis::Value(Box::new(p.clone())))),
        (None, Some(c), _, _) => Some((DecimalMark::Comma, Basis::Value(Box::new(c.clone())))),
        (None, None, Some(p), Some(c)) if survey.close_ambiguous.is_some() => return Err(mixed(p, c)),
        (None, None, Some(p), None) => Some((DecimalMark::Point, Basis::Value(Box::new(p.clone())))),
        (None, None, None, Some(c)) => Some((DecimalMark::Comma, Basis::Value(Box::new(c.clone())))),
        _ => None,
    })
}

/// One row as the Change % check needs it: its day and numbers under each candidate reading.
struct ChangeRow {
    /// Per candidate order.
    days: [Option<Day>; 2],
    /// Close and its rounding (half a unit of its last digit) per candidate mark.
    closes: [Option<(f64, f64)>; 2],
    /// Stated change in percent, per candidate mark.
    changes: [Option<f64>; 2],
}

/// The order and mark under which consecutive closes give the stated Change % figures, where
/// the other candidates do not. `order`/`decimal` are the ones already decided, if any.
///
/// A reading is consistent when at least one stated change matches and none contradicts it. A
/// candidate is settled when some reading with it is consistent and every reading with the
/// other candidate contradicts at least one stated change.
fn settle_by_change(
    table: &Table,
    layout: &Layout,
    order: Option<DateOrder>,
    decimal: Option<DecimalMark>,
) -> (Option<DateOrder>, Option<DecimalMark>) {
    let orders: Vec<DateOrder> = order.map_or(vec![DateOrder::Mdy, DateOrder::Dmy], |o| vec![o]);
    let marks: Vec<DecimalMark> = decimal.map_or(vec![DecimalMark::Point, DecimalMark::Comma], |d| vec![d]);
    let Some(change_col) = layout.change_col else { return (None, None) };
    let mut rows = Vec::new();
    for row in table.rows().skip(1) {
        if row.len() < layout.width {
            continue;
        }
        let date = dates::scan(trimmed(row.field(layout.date_col))).ok();
        let close = trimmed(row.field(layout.close_col));
        let change = numbers::percent_text(row.field(change_col));
        let number = |text: &str, mark| numbers::read(text, mark).ok().filter(|v| v.is_finite());
        let mark = |i: usize| marks.get(i).copied();
        rows.push(ChangeRow {
            days: std::array::from_fn(|i| orders.get(i).and_then(|&o| date?.day(o).ok())),
            closes: std::array::from_fn(|i| {
                let m = mark(i)?;
                let half_unit = 0.5 * 10f64.powi(-(numbers::decimals(close, m).min(400) as i32));
                number(close, m).filter(|&c| c > 0.0).map(|c| (c, half_unit))
            }),
            changes: std::array::from_fn(|i| number(change, mark(i)?)),
        });
    }
    // (matches, contradictions) per (order, mark).
    let mut tally = Vec::new();
    for (oi, &o) in orders.iter().enumerate() {
        for (mi, &m) in marks.iter().enumerate() {
            let seq: Vec<(Day, (f64, f64), Option<f64>)> = rows
                .iter()
                .filter_map(|r| {
                    Some((
                        r.days.get(oi).copied()??,
                        r.closes.get(mi).copied()??,
                        r.changes.get(mi).copied()?,
                    ))
                })
                .collect();
            // By date, rows of one date in file order: what a stable sort gives, with std's
            // smaller unstable sort (the position is the tie-break).
            let mut order: Vec<(Day, usize)> = seq.iter().enumerate().map(|(i, s)| (s.0, i)).collect();
            order.sort_unstable();
            let seq: Vec<(Day, (f64, f64), Option<f64>)> =
                order.iter().filter_map(|&(_, i)| seq.get(i).copied()).collect();
            let (mut matches, mut contradictions) = (0usize, 0usize);
            for pair in seq.windows(2) {
                let [(d0, (c0, q0), _), (d1, (c1, q1), Some(stated))] = *pair else { continue };
                if d1 == d0 {
                    continue;
                }
                let computed = (c1 / c0 - 1.0) * 100.0;
                // The stated figure is rounded to 0.01; each close to half a unit of its last digit.
                let tolerance = 0.0051 + 100.0 * (q0 / c0 + q1 / c1) * (c1 / c0) + 1e-9;
                if (computed - stated).abs() <= tolerance {
                    matches += 1;
                } else {
                    contradictions += 1;
                }
            }
            tally.push((o, m, matches, contradictions));
        }
    }
    let consistent = |t: &&(DateOrder, DecimalMark, usize, usize)| t.2 > 0 && t.3 == 0;
    let order = (orders.len() == 2)
        .then(|| {
            orders.iter().copied().find(|&o| {
                tally.iter().filter(|t| t.0 == o).any(|t| consistent(&t))
                    && tally.iter().filter(|t| t.0 != o).all(|t| t.3 > 0)
            })
        })
        .flatten();
    let mark = (marks.len() == 2)
        .then(|| {
            marks.iter().copied().find(|&m| {
                tally.iter().filter(|t| t.1 == m).any(|t| consistent(&t))
                    && tally.iter().filter(|t| t.1 != m).all(|t| t.3 > 0)
            })
        })
        .flatten();
    (order, mark)
}
