//! How the command-line tool words figures, said once: English words, en-US numbers (thousands separated by ",", "." before decimals), percentages with one decimal and a sign ("+18.7%", "−1.5%"), every figure rounded half away from zero as the element rounds.
//!
//! The browser element words everything through `Intl` in the reader's language; this tool has no
//! `Intl`, so its static fallback and its reports are English only (docs/cli.md says so).

use indexcards::core::calendar::{self, Day};
use indexcards::core::metrics::Note;
use indexcards::core::period::{Period, PeriodUnit};
use indexcards::output::chart::TickUnit;

/// The minus sign figures are shown with (U+2212), as typeset figures are.
pub const MINUS: &str = "\u{2212}";
/// Shown where a figure is missing.
pub const DASH: &str = "—";

const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// `x` rounded half away from zero to `decimals` places after removing binary noise (1.25, stored
/// as 1.2499999…, rounds to 1.3), never −0: the element's `roundHalfAway`, the display rule of every
/// figure.
pub fn round_half_away(x: f64, decimals: u32) -> f64 {
    let scale = 10f64.powi(decimals as i32);
    // f64::round rounds half away from zero.
    let denoised = (x * scale * 1e6).round() / 1e6;
    let r = denoised.round() / scale;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

/// Digits of `x.abs()` rounded to `decimals`, with `group` between thousands and `decimal` before
/// the decimals: `digits(2406.669, 2, ',', '.')` is `"2,406.67"`.
pub fn digits(x: f64, decimals: u32, group: &str, decimal: &str) -> String {
    let r = round_half_away(x, decimals).abs();
    // `r` is within half an ulp of a number with `decimals` places, so `{:.N}` prints exactly it.
    let text = format!("{r:.prec$}", prec = decimals as usize);
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::with_capacity(text.len() + whole.len() / 3);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push_str(decimal);
        out.push_str(fraction);
    }
    out
}

/// The sign a rounded figure is shown with: "+", "−", or nothing for zero.
fn sign(rounded: f64) -> &'static str {
    if rounded > 0.0 {
        "+"
    } else if rounded < 0.0 {
        MINUS
    } else {
        ""
    }
}

/// An index level: `2,406.67` (or `44,297` with 0 decimals).
pub fn level(x: f64, decimals: u32) -> String {
    let minus = if round_half_away(x, decimals) < 0.0 { MINUS } else { "" };
    format!("{minus}{}", digits(x, decimals, ",", "."))
}

/// A return given as a fraction, as a signed percentage: `+18.7%`, `−1.5%`, `0.0%`.
pub fn percent(fraction: f64, decimals: u32) -> String {
    let pct = fraction * 100.0;
    format!("{}{}%", sign(round_half_away(pct, decimals)), digits(pct, decimals, ",", "."))
}

/// A difference of two returns in percentage points: `−6.4 pp`.
pub fn points(pp: f64) -> String {
    format!("{}{} pp", sign(round_half_away(pp, 1)), digits(pp, 1, ",", "."))
}

/// A signed number with one decimal and no unit: `−16.9` (the spread band's scale, named "pp" in
/// its label).
pub fn signed(x: f64) -> String {
    format!("{}{}", sign(round_half_away(x, 1)), digits(x, 1, ",", "."))
}

/// A date as readers of an English post write it: `Nov 22, 2024`.
pub fn date(day: Day) -> String {
    let (y, m, d) = calendar::to_ymd(day);
    format!("{} {d}, {y}", month(m))
}

fn month(m: u32) -> &'static str {
    MONTHS.get((m as usize).wrapping_sub(1)).copied().unwrap_or("?")
}

/// A chart's date tick: `Nov 22` (a day), `Feb` (a month; January as `Jan 2024`), `2024` (a year).
pub fn tick(day: Day, unit: TickUnit) -> String {
    let (y, m, d) = calendar::to_ymd(day);
    match unit {
        TickUnit::Day => format!("{} {d}", month(m)),
        TickUnit::Month if m == 1 => format!("{} {y}", month(m)),
        TickUnit::Month => month(m).to_string(),
        TickUnit::Year => y.to_string(),
    }
}

/// A y-axis tick: a signed whole or decimal percentage (`+10%`, `0%`, `−2.5%`).
pub fn tick_percent(fraction: f64, decimals: u32) -> String {
    percent(fraction, decimals)
}

/// The name of a period in a sentence: "year to date", "1 year". Trailing periods are worded
/// from their unit and count (`Period::info`), as the element words them, so a new one needs
/// no words here.
pub fn period_name(period: Period) -> String {
    let info = period.info();
    if let (Some(unit), Some(count)) = (info.unit, info.count) {
        let unit = match unit {
            PeriodUnit::Week => "week",
            PeriodUnit::Year => "year",
        };
        return if count == 1 { format!("1 {unit}") } else { format!("{count} {unit}s") };
    }
    match period {
        Period::Wtd => "week to date",
        Period::Mtd => "month to date",
        Period::Qtd => "quarter to date",
        Period::Ytd => "year to date",
        Period::Max => "all data",
        // Trailing periods are worded above; a new to-date period gets its key until it is worded.
        _ => period.key(),
    }
    .to_string()
}

/// What a card note says beside a return, after the column's short name ("MTD: …").
pub fn note(note: &Note) -> String {
    match note {
        Note::Since { date: d } => format!("measured from the close of {}", date(d.day())),
        Note::NoPrior => "no close in the period before, so not shown".into(),
        Note::NoEarlier => "no earlier close in the data".into(),
    }
}

/// How a card's closing high is worded: "closing high 2,442.74 on Nov 8, 2021" (with "since" the
/// data's first date when the data does not reach back further).
pub fn closing_high(ath: f64, decimals: u32, on: Day) -> String {
    format!("closing high {} on {}", level(ath, decimals), date(on))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_group_thousands_and_round_half_away_from_zero() {
        assert_eq!(level(2406.669921875, 2), "2,406.67");
        assert_eq!(level(44296.51171875, 0), "44,297");
        assert_eq!(level(999.995, 2), "1,000.00");
        assert_eq!(level(1234567.0, 0), "1,234,567");
        assert_eq!(level(12.0, 2), "12.00");
        assert_eq!(level(0.004, 2), "0.00");
    }

    #[test]
    fn percentages_carry_a_sign_and_a_true_minus() {
        assert_eq!(percent(0.18726, 1), "+18.7%");
        assert_eq!(percent(-0.0153, 1), "\u{2212}1.5%");
        assert_eq!(percent(0.0, 1), "0.0%");
        assert_eq!(percent(-0.0004, 1), "0.0%");
        // Half away from zero, after binary noise: 1.25 and −1.25 (as fractions) round outwards.
        assert_eq!(percent(0.0125, 1), "+1.3%");
        assert_eq!(percent(-0.0125, 1), "\u{2212}1.3%");
        assert_eq!(percent(0.10, 0), "+10%");
        assert_eq!(points(-6.449), "\u{2212}6.4 pp");
    }

    #[test]
    fn rounding_matches_the_elements_rule() {
        assert_eq!(round_half_away(18.65, 1), 18.7);
        assert_eq!(round_half_away(-18.65, 1), -18.7);
        assert_eq!(round_half_away(2406.5, 0), 2407.0);
        assert_eq!(round_half_away(-0.04, 1), 0.0);
        assert!(round_half_away(-0.04, 1).is_sign_positive());
    }

    #[test]
    fn dates_and_ticks() {
        let d = calendar::parse("2024-11-22").unwrap();
        assert_eq!(date(d), "Nov 22, 2024");
        assert_eq!(tick(d, TickUnit::Day), "Nov 22");
        assert_eq!(tick(calendar::parse("2024-02-01").unwrap(), TickUnit::Month), "Feb");
        assert_eq!(tick(calendar::parse("2024-01-01").unwrap(), TickUnit::Month), "Jan 2024");
        assert_eq!(tick(d, TickUnit::Year), "2024");
    }

    #[test]
    fn every_period_has_a_name() {
        for p in Period::ALL {
            assert!(!period_name(p).is_empty());
        }
    }
}
