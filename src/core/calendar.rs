//! Civil dates (proleptic Gregorian, `YYYY-MM-DD`) as day numbers, with no time zone and no JS `Date`.

pub use crate::error::DateError;
pub use crate::limits::{MAX_DAY, MAX_YEAR, MIN_DAY, MIN_YEAR};

/// A civil date as the number of days since 1970-01-01 (which is day 0).
pub type Day = i32;

/// True for Gregorian leap years: every 4th year, except centuries not divisible by 400.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1..=12) of `year`; 0 for a month outside 1..=12.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Day number of a valid civil date (H. Hinnant's `days_from_civil`, exact for all years here).
pub fn from_ymd(year: i32, month: u32, day: u32) -> Day {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400); // [0, 399]
    let m = month as i32;
    let mp = if m > 2 { m - 3 } else { m + 9 }; // March = 0
    let doy = (153 * mp + 2) / 5 + day as i32 - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * 146_097 + doe - 719_468
}

/// Checked constructor: the day number of `year-month-day`, or why that date does not exist.
pub fn checked_ymd(year: i32, month: u32, day: u32) -> Result<Day, DateError> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(DateError::YearOutOfRange(year));
    }
    if !(1..=12).contains(&month) {
        return Err(DateError::MonthOutOfRange(month));
    }
    if day == 0 || day > days_in_month(year, month) {
        return Err(DateError::NoSuchDay { year, month, day, days: days_in_month(year, month) });
    }
    Ok(from_ymd(year, month, day))
}

/// Year, month (1..=12) and day (1..=31) of a day number (H. Hinnant's `civil_from_days`).
pub fn to_ymd(day: Day) -> (i32, u32, u32) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32; // [1, 31]
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32; // [1, 12]
    let y = yoe + era * 400 + i32::from(m <= 2);
    (y, m, d)
}

/// Parses exactly `YYYY-MM-DD` (ASCII digits, no spaces, no time part) into a day number.
///
/// ```
/// use indexcards::core::calendar::{parse, format};
/// assert_eq!(format(parse("2024-02-29").unwrap()), "2024-02-29");
/// assert!(parse("2024-02-30").is_err());
/// ```
pub fn parse(text: &str) -> Result<Day, DateError> {
    parse_bytes(text.as_bytes())
}

/// `parse` for bytes (the bindings' packed dates are ten ASCII bytes each). Written as plain
/// arithmetic on the ten bytes: the release build optimizes for size, which left array `map`s
/// here as calls (15 ms of the 8 × 38,000-close `summarize`, measured 2026-12-01).
pub fn parse_bytes(b: &[u8]) -> Result<Day, DateError> {
    let &[y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = b else {
        return Err(DateError::Format);
    };
    let digit = |c: u8| u32::from(c.wrapping_sub(b'0'));
    let (y0, y1, y2, y3, m0, m1, d0, d1) =
        (digit(y0), digit(y1), digit(y2), digit(y3), digit(m0), digit(m1), digit(d0), digit(d1));
    if y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9 {
        return Err(DateError::Format);
    }
    checked_ymd((y0 * 1000 + y1 * 100 + y2 * 10 + y3) as i32, m0 * 10 + m1, d0 * 10 + d1)
}

/// `parse_bytes` for a run of dates, most of them in the same month as the one before (daily
/// closes): a date whose first eight bytes (`YYYY-MM-`) are the previous valid date's costs two
/// digits and one comparison; any other date is parsed in full, so the results and errors are
/// exactly `parse_bytes`'s.
///
/// ```
/// use indexcards::core::calendar::{parse_bytes, MonthRun};
/// let mut run = MonthRun::default();
/// for date in ["2024-02-28", "2024-02-29", "2024-02-30", "2024-03-01"] {
///     assert_eq!(run.parse(date.as_bytes()), parse_bytes(date.as_bytes()));
/// }
/// ```
#[derive(Default)]
pub struct MonthRun {
    /// The `YYYY-MM-` of the last date parsed in full, the day number before that month's
    /// first day, and the month's length.
    month: Option<([u8; 8], Day, u32)>,
}

impl MonthRun {
    /// The day number of a `YYYY-MM-DD` date given as bytes (see `parse_bytes`).
    pub fn parse(&mut self, b: &[u8]) -> Result<Day, DateError> {
        if let (Some((prefix, before, length)), Some((head, &[d0, d1]))) =
            (self.month, b.split_first_chunk::<8>())
        {
            let (d0, d1) = (u32::from(d0.wrapping_sub(b'0')), u32::from(d1.wrapping_sub(b'0')));
            let day = d0 * 10 + d1;
            if *head == prefix && d0 <= 9 && d1 <= 9 && day >= 1 && day <= length {
                return Ok(before + day as Day);
            }
        }
        let day = parse_bytes(b)?;
        if let Some((head, _)) = b.split_first_chunk::<8>() {
            let (year, month, d) = to_ymd(day);
            self.month = Some((*head, day - d as Day, days_in_month(year, month)));
        }
        Ok(day)
    }
}

/// Formats a day number as `YYYY-MM-DD`, the inverse of `parse` (see `iso_bytes`).
pub fn format(day: Day) -> String {
    iso_bytes(day).iter().map(|&b| char::from(b)).collect()
}

/// `YYYY-MM-DD` as ten ASCII bytes, written directly, with no allocation: every date of every
/// result is written this way (a card holds eleven), where `format!("{y:04}-{m:02}-{d:02}")`
/// took 340–420 ns a date in the wasm (BENCHMARKS.md, 2026-12-01). Years are 0001..=9999
/// (`limits::MIN_DAY..=MAX_DAY`); a day outside is clamped to that range.
pub fn iso_bytes(day: Day) -> [u8; 10] {
    let (y, m, d) = to_ymd(day.clamp(MIN_DAY, MAX_DAY));
    let digit = |n: u32| b'0' + (n % 10) as u8;
    let y = y as u32;
    [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        digit(m / 10),
        digit(m),
        b'-',
        digit(d / 10),
        digit(d),
    ]
}

/// Day of the week, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
pub fn weekday(day: Day) -> i32 {
    (day + 3).rem_euclid(7)
}

/// The Monday of the (Monday-to-Sunday) week that holds `day`.
pub fn week_start(day: Day) -> Day {
    day - weekday(day)
}

/// The first day of the month that holds `day`.
pub fn month_start(day: Day) -> Day {
    let (y, m, _) = to_ymd(day);
    from_ymd(y, m, 1)
}

/// The first day of the calendar quarter (January, April, July, October) that holds `day`.
pub fn quarter_start(day: Day) -> Day {
    let (y, m, _) = to_ymd(day);
    from_ymd(y, (m - 1) / 3 * 3 + 1, 1)
}

/// January 1 of the year that holds `day`.
pub fn year_start(day: Day) -> Day {
    let (y, _, _) = to_ymd(day);
    from_ymd(y, 1, 1)
}

/// The same calendar day one year earlier; 29 February maps to 28 February.
pub fn year_before(day: Day) -> Day {
    years_before(day, 1)
}

/// The same calendar day `years` years earlier; 29 February maps to 28 February when that year
/// has none.
pub fn years_before(day: Day, years: i32) -> Day {
    let (y, m, d) = to_ymd(day);
    let d = d.min(days_in_month(y - years, m));
    from_ymd(y - years, m, d)
}

/// The days a card's returns are measured from, for a date `t` (see `anchors`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchors {
    pub week: Day,
    pub month: Day,
    pub quarter: Day,
    pub year: Day,
    /// The same calendar day one year before (`year_before`).
    pub year_before: Day,
    /// The first days of the week, month, quarter and year before `t`'s.
    pub previous_week: Day,
    pub previous_month: Day,
    pub previous_quarter: Day,
    pub previous_year: Day,
}

/// `week_start`, `month_start`, `quarter_start`, `year_start`, `year_before` and the starts of
/// the periods before of `t`, from one conversion to a civil date instead of nine: they are a
/// third of a deck card's time.
pub fn anchors(t: Day) -> Anchors {
    let (y, m, d) = to_ymd(t);
    let month = t - (d as Day - 1);
    let first_of_quarter = (m - 1) / 3 * 3 + 1;
    let quarter = if m == first_of_quarter { month } else { from_ymd(y, first_of_quarter, 1) };
    let week = week_start(t);
    Anchors {
        week,
        month,
        quarter,
        year: if m == 1 { month } else { from_ymd(y, 1, 1) },
        year_before: from_ymd(y - 1, m, d.min(days_in_month(y - 1, m))),
        previous_week: week - 7,
        previous_month: if m == 1 { from_ymd(y - 1, 12, 1) } else { from_ymd(y, m - 1, 1) },
        previous_quarter: if first_of_quarter == 1 {
            from_ymd(y - 1, 10, 1)
        } else {
            from_ymd(y, first_of_quarter - 3, 1)
        },
        previous_year: from_ymd(y - 1, 1, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Day {
        parse(s).unwrap_or_else(|e| unreachable!("{s} {e}"))
    }

    #[test]
    fn format_is_the_inverse_of_parse_and_agrees_with_std_formatting() {
        for day in (MIN_DAY..=MAX_DAY).step_by(7).chain([MIN_DAY, MAX_DAY, 0, -1, 19_782]) {
            let (y, m, dd) = to_ymd(day);
            let text = format(day);
            assert_eq!(text, std::format!("{y:04}-{m:02}-{dd:02}"));
            assert_eq!(parse(&text), Ok(day));
        }
        assert_eq!((format(MIN_DAY), format(MAX_DAY)), ("0001-01-01".into(), "9999-12-31".into()));
        assert_eq!(format(MAX_DAY + 10), "9999-12-31");
    }

    #[test]
    fn day_number_range_is_year_1_to_9999() {
        assert_eq!(MIN_DAY, d("0001-01-01"));
        assert_eq!(MAX_DAY, d("9999-12-31"));
    }

    #[test]
    fn epoch_is_day_zero_and_a_thursday() {
        assert_eq!(d("1970-01-01"), 0);
        assert_eq!(weekday(0), 3);
    }

    #[test]
    fn round_trips_every_day_from_year_1_to_9999() {
        let first = d("0001-01-01");
        let last = d("9999-12-31");
        let mut expected = (1, 1, 1);
        for day in first..=last {
            assert_eq!(to_ymd(day), expected, "day {day}");
            let (y, m, dd) = expected;
            expected = if dd < days_in_month(y, m) {
                (y, m, dd + 1)
            } else if m < 12 {
                (y, m + 1, 1)
            } else {
                (y + 1, 1, 1)
            };
        }
    }

    #[test]
    fn leap_years_follow_the_gregorian_rule() {
        assert!(is_leap_year(2024));
        assert!(is_leap_year(2000));
        assert!(!is_leap_year(1900));
        assert!(!is_leap_year(2023));
        assert!(!is_leap_year(2100));
        assert!(parse("2000-02-29").is_ok());
        assert_eq!(
            parse("1900-02-29"),
            Err(DateError::NoSuchDay { year: 1900, month: 2, day: 29, days: 28 })
        );
        assert!(parse("2023-02-29").is_err());
        assert_eq!(d("2024-03-01") - d("2024-02-28"), 2);
        assert_eq!(d("1900-03-01") - d("1900-02-28"), 1);
        assert_eq!(d("2001-01-01") - d("2000-01-01"), 366);
        assert_eq!(d("1901-01-01") - d("1900-01-01"), 365);
    }

    #[test]
    fn parse_rejects_anything_but_yyyy_mm_dd() {
        for bad in [
            "",
            "2024-1-05",
            "2024/01/05",
            "24-01-05",
            "2024-01-05T00:00",
            " 2024-01-05",
            "2024-01-5 ",
            "２０２４-01-05",
            "+024-01-05",
            "2024-0a-05",
            "20240105xx",
        ] {
            assert_eq!(parse(bad), Err(DateError::Format), "{bad:?}");
        }
        assert_eq!(parse("0000-01-01"), Err(DateError::YearOutOfRange(0)));
        assert_eq!(parse("2024-13-01"), Err(DateError::MonthOutOfRange(13)));
        assert_eq!(parse("2024-00-01"), Err(DateError::MonthOutOfRange(0)));
        assert!(matches!(parse("2024-04-31"), Err(DateError::NoSuchDay { .. })));
        assert!(matches!(parse("2024-02-30"), Err(DateError::NoSuchDay { .. })));
        assert!(matches!(parse("2024-01-00"), Err(DateError::NoSuchDay { .. })));
        assert_eq!(
            DateError::NoSuchDay { year: 2024, month: 2, day: 30, days: 29 }.to_string(),
            "does not exist (2024-02 has 29 days, not 30)"
        );
    }

    #[test]
    fn week_starts_on_monday() {
        // 2024-11-22 was a Friday; 2024-11-18 the Monday before.
        assert_eq!(weekday(d("2024-11-22")), 4);
        assert_eq!(format(week_start(d("2024-11-22"))), "2024-11-18");
        assert_eq!(format(week_start(d("2024-11-18"))), "2024-11-18");
        assert_eq!(format(week_start(d("2024-11-24"))), "2024-11-18"); // Sunday
                                                                       // A week that crosses a year boundary.
        assert_eq!(format(week_start(d("2025-01-02"))), "2024-12-30");
    }

    #[test]
    fn month_quarter_and_year_starts() {
        let t = d("2024-11-22");
        assert_eq!(format(month_start(t)), "2024-11-01");
        assert_eq!(format(quarter_start(t)), "2024-10-01");
        assert_eq!(format(year_start(t)), "2024-01-01");
        for (day, q) in [
            ("2024-01-01", "2024-01-01"),
            ("2024-03-31", "2024-01-01"),
            ("2024-04-01", "2024-04-01"),
            ("2024-06-30", "2024-04-01"),
            ("2024-07-15", "2024-07-01"),
            ("2024-09-30", "2024-07-01"),
            ("2024-12-31", "2024-10-01"),
        ] {
            assert_eq!(format(quarter_start(d(day))), q, "{day}");
        }
    }

    #[test]
    fn year_before_maps_february_29_to_28() {
        assert_eq!(format(year_before(d("2024-02-29"))), "2023-02-28");
        assert_eq!(format(year_before(d("2024-11-22"))), "2023-11-22");
        assert_eq!(format(year_before(d("2025-03-01"))), "2024-03-01");
        assert_eq!(format(year_before(d("2001-02-28"))), "2000-02-28");
        assert_eq!(format(years_before(d("2024-02-29"), 4)), "2020-02-29");
        assert_eq!(format(years_before(d("2024-02-29"), 3)), "2021-02-28");
        assert_eq!(format(years_before(d("2024-11-22"), 5)), "2019-11-22");
    }

    #[test]
    fn anchors_equal_the_single_functions() {
        for t in d("1899-12-01")..=d("2104-03-31") {
            let a = anchors(t);
            let single = Anchors {
                week: week_start(t),
                month: month_start(t),
                quarter: quarter_start(t),
                year: year_start(t),
                year_before: year_before(t),
                previous_week: week_start(t) - 7,
                previous_month: month_start(month_start(t) - 1),
                previous_quarter: quarter_start(quarter_start(t) - 1),
                previous_year: year_start(year_start(t) - 1),
            };
            assert_eq!(a, single, "{}", format(t));
        }
    }

    #[test]
    fn a_month_run_parses_as_parse_bytes_does_valid_or_not() {
        let mut texts: Vec<String> = (d("1999-12-25")..d("2001-03-05")).map(format).collect();
        // Days a month does not have, right after valid dates of that month, and bad bytes.
        for (at, bad) in [
            (60, "2000-02-30"),
            (100, "2000-04-31"),
            (140, "2000-05-3x"),
            (200, "2000-07-00"),
            (9, "1999-12-32"),
        ] {
            texts.insert(at, bad.into());
        }
        texts.extend(["2001-03-0", "2001-03-011", "2001-13-01"].map(String::from));
        let mut run = MonthRun::default();
        for text in &texts {
            assert_eq!(run.parse(text.as_bytes()), parse_bytes(text.as_bytes()), "{text}");
        }
    }
}
