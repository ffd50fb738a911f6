//! View model: the cards and YTD comparison as display-ready text (en-US), the one place figures are rounded.

use crate::core::calendar::{self, Day};
use crate::core::metrics::Card;
use crate::output::chart::{ChartGeometry, Spark};

/// Direction of a displayed change, decided on the rounded figure (so `+0.0%` never shows).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Up,
    Down,
    Flat,
    /// No figure (no base close in the data).
    None,
}

impl Dir {
    /// The arrow shown beside the figure, so direction never rests on color alone.
    pub fn arrow(self) -> &'static str {
        match self {
            Dir::Up => "▲",
            Dir::Down => "▼",
            Dir::Flat => "■",
            Dir::None => "",
        }
    }
    fn word(self) -> &'static str {
        match self {
            Dir::Up => "up",
            Dir::Down => "down",
            Dir::Flat | Dir::None => "unchanged",
        }
    }
}

/// One change figure on a card.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// `1D`, `WTD`, `MTD`, `YTD`, or the period's name.
    pub key: String,
    /// Spelled-out label, e.g. `this week`.
    pub label: String,
    /// The fraction shown, `null` when not shown.
    pub value: Option<f64>,
    /// The percentage as displayed, already rounded (18.7, never −0): what a localized
    /// formatter prints without rounding again.
    pub pct: Option<f64>,
    /// `+4.5%`, `−1.2%`, `0.0%` or `—`.
    pub text: String,
    pub dir: Dir,
    pub arrow: &'static str,
    /// Why the figure is missing, or what it is measured from when that is not the usual base.
    pub note: Option<String>,
    /// The same note as a key, for a page that words it in another language: `since` (measured
    /// from `since`, an earlier close than usual), `noPrior` (no close in the period before the
    /// row's), `noEarlier` (no earlier close in the data) or `noPeriodBase` (no close before the
    /// selected period).
    pub reason: Option<&'static str>,
    /// The date a `since` note refers to, `YYYY-MM-DD`.
    pub since: Option<String>,
}

/// A row's note: its en-US text, its key and the date it refers to (see `Row::reason`).
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub text: String,
    pub reason: &'static str,
    pub since: Option<Day>,
}

impl Note {
    pub fn new(reason: &'static str, text: String) -> Note {
        Note { text, reason, since: None }
    }
}

/// A card's numbers for a localized formatter, already rounded as displayed.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    /// The close rounded to `decimals` places.
    pub level: f64,
    /// 2, or 0 for a whole number.
    pub decimals: u8,
    pub ath: f64,
    pub ath_decimals: u8,
    pub ath_date: String,
    pub first_date: String,
    pub low: f64,
    pub high: f64,
    /// True when `low`/`high` span a full 52 weeks; otherwise they span the data since `first_date`.
    pub full_year: bool,
    pub at_high: bool,
}

/// A level rounded as displayed and its number of decimals.
pub fn level_parts(x: f64) -> (f64, u8) {
    let r = round_half_away(x, 2);
    if r.fract() == 0.0 {
        (r, 0)
    } else {
        (r, 2)
    }
}

/// One card, display-ready.
#[derive(Debug, Clone, PartialEq)]
pub struct CardView {
    pub id: String,
    pub name: String,
    pub date: String,
    pub date_label: String,
    /// The close with thousands separators: `2,406.67` (`2,407` for a whole number).
    pub level: String,
    pub rows: Vec<Row>,
    /// Distance from the closing high.
    pub high: Row,
    /// `Closing high 19,298 on Nov 11, 2024` and the span of data it is the high of.
    pub high_label: String,
    /// `52-week range 1,942.96 – 2,434.73`, or the range since the first date when shorter.
    pub range_label: String,
    /// The card as one sentence for screen readers.
    pub spoken: String,
    /// The return over the selected period (`null` outside `view`'s dashboard).
    pub period: Option<Row>,
    /// Sparkline of the selected period.
    pub spark: Option<Spark>,
    /// Why the card has no figures (no close on or before the as-of date).
    pub note: Option<String>,
    /// `noData` when the card has no figures, for a page that words `note` in another language
    /// from the view's date and `since`, the series' first date (`YYYY-MM-DD`).
    pub reason: Option<&'static str>,
    pub since: Option<String>,
    /// The numbers behind the texts, for a page that formats them in another locale.
    pub figures: Option<Figures>,
}

/// One bar of the rebased YTD comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub id: String,
    pub name: String,
    pub value: Option<f64>,
    /// The percentage as displayed, already rounded.
    pub pct: Option<f64>,
    pub text: String,
    pub dir: Dir,
    pub arrow: &'static str,
    /// Where the bar starts and how long it is, as fractions (0..=1) of the whole track;
    /// the track spans the lowest negative to the highest positive YTD, with zero at `View::zero`.
    pub start: f64,
    pub width: f64,
}

/// The small-caps-vs-large-caps line under the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct SpreadView {
    pub small: String,
    pub large: String,
    /// Small-cap return minus large-cap return over the period, in percentage points.
    pub value: Option<f64>,
    /// The same, rounded as displayed (one decimal).
    pub pp: Option<f64>,
    /// `leads`, `trails`, `matches`, or `none` when either return is missing, for a page that
    /// words the sentence in another language.
    pub relation: &'static str,
    /// `Russell 2000 trails S&P 500 by 6.4 pp (YTD)`.
    pub text: String,
    pub dir: Dir,
}

/// Everything the page shows, for one as-of date and period.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// The as-of date: the latest card date, `YYYY-MM-DD`.
    pub date: String,
    pub date_label: String,
    /// `YTD`, `1W`, … or `from 2024-06-28`.
    pub period: String,
    /// `Year to date`, …
    pub period_label: String,
    pub cards: Vec<CardView>,
    /// Period returns as bars, highest first, missing ones last.
    pub bars: Vec<Bar>,
    /// Position of 0% on the bar track (0 when no return is negative).
    pub zero: f64,
    /// The rebased comparison (values per date, for a crosshair).
    pub compare: crate::core::compare::Comparison,
    /// The comparison chart for the requested size.
    pub chart: ChartGeometry,
    pub small_vs_large: Option<SpreadView>,
    /// First and last date of all the data, for an as-of control.
    pub first_date: String,
    pub last_date: String,
}

/// Rounds half away from zero to `decimals` places, after removing binary noise
/// (so 1.25, stored as 1.2499999…, still rounds to 1.3).
pub fn round_half_away(x: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    let scaled = x * scale;
    let denoised = (scaled * 1e6).round() / 1e6;
    let r = denoised.round() / scale;
    if r == 0.0 {
        0.0
    } else {
        r
    } // never -0
}

/// A fraction as a signed percentage with one decimal: `+18.7%`, `−1.5%`, `0.0%`.
pub fn format_pct(fraction: f64) -> (String, Dir) {
    format_pct_with(fraction, 1)
}

/// A fraction as a signed percentage with `decimals` decimals (at most 6).
pub fn format_pct_with(fraction: f64, decimals: usize) -> (String, Dir) {
    let decimals = decimals.min(6);
    let pct = round_half_away(fraction * 100.0, decimals as i32);
    let body = format!("{}%", crate::output::decimal::fixed(pct.abs(), decimals));
    if pct > 0.0 {
        (format!("+{body}"), Dir::Up)
    } else if pct < 0.0 {
        (format!("\u{2212}{body}"), Dir::Down)
    } else {
        (body, Dir::Flat)
    }
}

/// A level with thousands separators and two decimals (none for a whole number): `2,406.67`, `2,407`.
pub fn format_level(x: f64) -> String {
    let cents = round_half_away(x, 2) * 100.0;
    if !cents.is_finite() || cents.abs() >= 9.0e15 {
        return crate::output::decimal::display(x);
    }
    let cents = cents.round() as i64;
    let (whole, frac) = (cents.abs() / 100, cents.abs() % 100);
    let digits = whole.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let sign = if cents < 0 { "\u{2212}" } else { "" };
    if frac == 0 {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac:02}")
    }
}

/// `Nov 22, 2024`.
pub fn date_label(day: Day) -> String {
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let (y, m, d) = calendar::to_ymd(day);
    let month = MONTHS.get((m as usize).wrapping_sub(1)).copied().unwrap_or("?");
    format!("{month} {d}, {y}")
}

impl Row {
    /// Sets the note's text, key and date (see `Row::reason`).
    pub fn set_note(&mut self, note: Note) {
        self.reason = Some(note.reason);
        self.since = note.since.map(calendar::format);
        self.note = Some(note.text);
    }
}

fn row(key: &str, label: &str, value: Option<f64>, note: Option<Note>) -> Row {
    let (text, dir, pct) = match value {
        Some(v) => {
            let (text, dir) = format_pct(v);
            (text, dir, Some(round_half_away(v * 100.0, 1)))
        }
        None => ("—".into(), Dir::None, None),
    };
    let mut row = Row {
        key: key.to_string(),
        label: label.to_string(),
        value,
        pct,
        text,
        dir,
        arrow: dir.arrow(),
        note: None,
        reason: None,
        since: None,
    };
    if let Some(note) = note {
        row.set_note(note);
    }
    row
}

/// A change row for any figure (e.g. the selected period's return).
pub fn row_for(key: &str, label: &str, value: Option<f64>) -> Row {
    row(key, label, value, None)
}

/// A period return, shown only when its base close lies in the period just before
/// (`previous_start` ≤ base): with sparse data (e.g. figures as reported in an article) the
/// last close before November may be from last December, and that is not a month-to-date figure.
fn period_row(
    key: &'static str,
    label: &'static str,
    value: Option<f64>,
    base: Option<Day>,
    previous_start: Day,
    previous: &'static str,
) -> Row {
    match (value, base) {
        (Some(v), Some(b)) if b >= previous_start => row(key, label, Some(v), None),
        (Some(_), Some(_)) => {
            row(key, label, None, Some(Note::new("noPrior", format!("no close in the {previous}"))))
        }
        _ => row(key, label, None, Some(no_earlier())),
    }
}

fn no_earlier() -> Note {
    Note::new("noEarlier", "no earlier close in the data".into())
}

/// The displayed rows of a card: 1D, WTD, MTD, YTD.
fn rows(card: &Card) -> Vec<Row> {
    let t = card.date;
    let b = &card.bases;
    // 1D: the previous close, whenever it was (market closures are real), but say so when it is
    // more than a long weekend back.
    let d1_note = b.d1.filter(|&p| t - p > 4).map(|p| Note {
        text: format!("since {}", date_label(p)),
        reason: "since",
        since: Some(p),
    });
    let d1 = match card.d1 {
        Some(v) => row("1D", "today", Some(v), d1_note),
        None => row("1D", "today", None, Some(no_earlier())),
    };
    let a = calendar::anchors(t);
    vec![
        d1,
        period_row("WTD", "this week", card.wtd, b.wtd, a.week - 7, "prior week"),
        period_row("MTD", "this month", card.mtd, b.mtd, calendar::month_start(a.month - 1), "prior month"),
        period_row("YTD", "this year", card.ytd, b.ytd, calendar::year_start(a.year - 1), "prior year"),
    ]
}

/// The view of one card.
pub fn card_view(card: &Card) -> CardView {
    let rows = rows(card);
    let level = format_level(card.close);
    let high = row("ATH", "from its closing high", Some(card.from_ath), None);
    let since = date_label(card.first_date);
    let high_label = if high.dir == Dir::Flat {
        format!("At its closing high · highest close since {since}")
    } else {
        format!(
            "from closing high {} on {} · highest since {since}",
            format_level(card.ath),
            date_label(card.ath_date)
        )
    };
    let full_year = card.first_date <= calendar::year_before(card.date);
    let (level_value, decimals) = level_parts(card.close);
    let (ath_value, ath_decimals) = level_parts(card.ath);
    let figures = Figures {
        level: level_value,
        decimals,
        ath: ath_value,
        ath_decimals,
        ath_date: calendar::format(card.ath_date),
        first_date: calendar::format(card.first_date),
        low: card.low52,
        high: card.high52,
        full_year,
        at_high: high.dir == Dir::Flat,
    };
    let range_name = if full_year { "52-week range".to_string() } else { format!("Range since {since}") };
    let range_label = format!("{range_name}: {} – {}", format_level(card.low52), format_level(card.high52));
    let mut spoken = format!("{}, {level}", card.name);
    for r in rows.iter().chain(std::iter::once(&high)) {
        if r.value.is_some() {
            let pct = r.text.trim_start_matches(['+', '\u{2212}']);
            spoken.push_str(&format!(", {} {pct} {}", r.dir.word(), r.label));
        }
    }
    CardView {
        id: card.id.clone(),
        name: card.name.clone(),
        date: calendar::format(card.date),
        date_label: date_label(card.date),
        level,
        rows,
        high,
        high_label,
        range_label,
        spoken,
        period: None,
        spark: None,
        note: None,
        reason: None,
        since: None,
        figures: Some(figures),
    }
}

/// Bars for `(id, name, return)` items: sorted highest first (missing last, ties in input
/// order), placed on one track whose 0% sits at the returned position.
pub fn bars(items: Vec<(String, String, Option<f64>)>) -> (Vec<Bar>, f64) {
    let mut bars: Vec<Bar> = items
        .into_iter()
        .map(|(id, name, value)| {
            let r = row("", "", value, None);
            Bar {
                id,
                name,
                value,
                pct: r.pct,
                text: r.text,
                dir: r.dir,
                arrow: r.arrow,
                start: 0.0,
                width: 0.0,
            }
        })
        .collect();
    let values = || bars.iter().filter_map(|b| b.value);
    let top = values().fold(0.0_f64, f64::max);
    let bottom = values().fold(0.0_f64, f64::min);
    let span = top - bottom;
    let zero = if span > 0.0 { -bottom / span } else { 0.0 };
    for bar in &mut bars {
        if let (Some(v), true) = (bar.value, span > 0.0) {
            bar.width = v.abs() / span;
            bar.start = if v >= 0.0 { zero } else { zero - bar.width };
        }
    }
    // Highest first by `total_cmp` (so the largest key first), stably; missing ones after.
    let (mut shown, missing): (Vec<Bar>, Vec<Bar>) = bars.into_iter().partition(|b| b.value.is_some());
    crate::core::order::sort_by_key(&mut shown, |b| !crate::core::order::f64_key(b.value.unwrap_or(0.0)));
    shown.extend(missing);
    let bars = shown;
    (bars, zero)
}

/// A card for a series with no close on or before `as_of`; its data starts on `first`.
pub fn missing_card(id: &str, name: &str, as_of: Day, first: Day) -> CardView {
    let note = format!("no data on or before {}; it starts {}", date_label(as_of), date_label(first));
    CardView {
        id: id.into(),
        name: name.into(),
        // The as-of date asked for: the card has no close of its own.
        date: calendar::format(as_of),
        date_label: date_label(as_of),
        level: "—".into(),
        rows: Vec::new(),
        high: row("ATH", "from its closing high", None, None),
        high_label: String::new(),
        range_label: String::new(),
        spoken: format!("{name}: {note}"),
        period: None,
        spark: None,
        note: Some(note),
        reason: Some("noData"),
        since: Some(calendar::format(first)),
        figures: None,
    }
}

/// The spread sentence: `Russell 2000 trails S&P 500 by 6.4 pp (YTD)`.
pub fn spread_view(small: (&str, &str), large: (&str, &str), value: Option<f64>, period: &str) -> SpreadView {
    let (text, dir) = match value {
        Some(v) => {
            let pp = round_half_away(v, 1);
            let (verb, dir) = if pp > 0.0 {
                ("leads", Dir::Up)
            } else if pp < 0.0 {
                ("trails", Dir::Down)
            } else {
                ("matches", Dir::Flat)
            };
            let by = if pp == 0.0 {
                String::new()
            } else {
                format!(" by {} pp", crate::output::decimal::fixed(pp.abs(), 1))
            };
            (format!("{} {verb} {}{by} ({period})", small.1, large.1), dir)
        }
        None => (format!("{} vs {}: no figure for {period}", small.1, large.1), Dir::None),
    };
    let relation = match dir {
        Dir::Up => "leads",
        Dir::Down => "trails",
        Dir::Flat => "matches",
        Dir::None => "none",
    };
    SpreadView {
        small: small.0.into(),
        large: large.0.into(),
        value,
        pp: value.map(|v| round_half_away(v, 1)),
        relation,
        text,
        dir,
    }
}

/// Spelled-out period names.
pub fn period_label(period: &str) -> String {
    match period {
        "1W" => "One week".into(),
        "WTD" => "Week to date".into(),
        "MTD" => "Month to date".into(),
        "QTD" => "Quarter to date".into(),
        "YTD" => "Year to date".into(),
        "1Y" => "One year".into(),
        "3Y" => "Three years".into(),
        "5Y" => "Five years".into(),
        "MAX" => "All data".into(),
        other => {
            let mut s = other.to_string();
            if let Some(first) = s.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::metrics::summarize;
    use crate::core::series::Series;

    fn d(s: &str) -> Day {
        calendar::parse(s).unwrap()
    }

    #[test]
    fn percentages_round_half_away_from_zero_and_never_show_minus_zero() {
        assert_eq!(format_pct(0.187).0, "+18.7%");
        assert_eq!(format_pct(0.0125).0, "+1.3%");
        assert_eq!(format_pct(-0.0125).0, "\u{2212}1.3%");
        assert_eq!(format_pct(0.00049), ("0.0%".to_string(), Dir::Flat));
        assert_eq!(format_pct(-0.00049), ("0.0%".to_string(), Dir::Flat));
        assert_eq!(format_pct(-0.0005).0, "\u{2212}0.1%");
        assert_eq!(format_pct(0.0), ("0.0%".to_string(), Dir::Flat));
    }

    #[test]
    fn levels_have_thousands_separators() {
        assert_eq!(format_level(2406.669921875), "2,406.67");
        assert_eq!(format_level(2407.0), "2,407");
        assert_eq!(format_level(44296.51171875), "44,296.51");
        assert_eq!(format_level(100.0), "100");
        assert_eq!(format_level(999.999), "1,000");
        assert_eq!(format_level(1234567.5), "1,234,567.50");
        assert_eq!(format_level(0.05), "0.05");
    }

    #[test]
    fn date_labels() {
        assert_eq!(date_label(d("2024-11-22")), "Nov 22, 2024");
        assert_eq!(date_label(d("2023-01-05")), "Jan 5, 2023");
    }

    fn as_reported_russell() -> Card {
        // Close 2,407 on 2024-11-22; +4.5% week, +10% November, +18.7% YTD.
        let s = Series::new(
            "RUT",
            "Russell 2000",
            vec![d("2023-12-29"), d("2024-10-31"), d("2024-11-15"), d("2024-11-22")],
            vec![2407.0 / 1.187, 2407.0 / 1.10, 2407.0 / 1.045, 2407.0],
        )
        .unwrap();
        summarize(&s, None).unwrap()
    }

    #[test]
    fn card_view_of_reported_figures() {
        let v = card_view(&as_reported_russell());
        assert_eq!(v.level, "2,407");
        let texts: Vec<(&str, &str)> = v.rows.iter().map(|r| (r.key.as_str(), r.text.as_str())).collect();
        assert_eq!(texts, [("1D", "+4.5%"), ("WTD", "+4.5%"), ("MTD", "+10.0%"), ("YTD", "+18.7%")]);
        // The previous close is a week back: the 1D figure says what it spans.
        assert_eq!(v.rows.first().and_then(|r| r.note.as_deref()), Some("since Nov 15, 2024"));
        // …and keys it for a page in another language.
        let d1 = v.rows.first().unwrap();
        assert_eq!((d1.reason, d1.since.as_deref()), (Some("since"), Some("2024-11-15")));
        assert_eq!(v.high_label, "At its closing high · highest close since Dec 29, 2023");
        assert_eq!(v.range_label, "Range since Dec 29, 2023: 2,027.80 – 2,407");
        assert_eq!(
            v.spoken,
            "Russell 2000, 2,407, up 4.5% today, up 4.5% this week, up 10.0% this month, up 18.7% this year, unchanged 0.0% from its closing high"
        );
    }

    #[test]
    fn month_to_date_needs_a_close_in_the_month_before() {
        // Only a December close before November: that is not a month-to-date base.
        let s = Series::new("SPX", "S&P 500", vec![d("2023-12-29"), d("2024-11-22")], vec![4756.0, 5969.0])
            .unwrap();
        let v = card_view(&summarize(&s, None).unwrap());
        let mtd = v.rows.iter().find(|r| r.key == "MTD").unwrap();
        assert_eq!(mtd.text, "—");
        assert_eq!(mtd.value, None);
        assert_eq!(mtd.note.as_deref(), Some("no close in the prior month"));
        assert_eq!((mtd.reason, mtd.since.as_deref()), (Some("noPrior"), None));
        let ytd = v.rows.iter().find(|r| r.key == "YTD").unwrap();
        assert_eq!(ytd.text, "+25.5%");
    }

    #[test]
    fn bars_sort_highest_first_and_scale_to_the_largest() {
        let item = |id: &str, v: Option<f64>| (id.to_string(), id.to_string(), v);
        let ytd = |base: f64| Some(100.0 / base - 1.0);
        let (bars, zero) =
            bars(vec![item("A", ytd(90.0)), item("Z", None), item("B", ytd(80.0)), item("C", ytd(125.0))]);
        let order: Vec<&str> = bars.iter().map(|b| b.id.as_str()).collect();
        assert_eq!(order, ["B", "A", "C", "Z"]);
        // Track from −20% (C) to +25% (B): zero sits at 20/45 of the way.
        let bar = |id: &str| bars.iter().find(|b| b.id == id).unwrap().clone();
        let near = |a: f64, b: f64| (a - b).abs() < 1e-12;
        assert!(near(zero, 20.0 / 45.0));
        let (a, b, c, z) = (bar("A"), bar("B"), bar("C"), bar("Z"));
        assert!(near(b.start, zero) && near(b.width, 25.0 / 45.0));
        assert!(near(a.start, zero) && near(a.width, (100.0 / 90.0 - 1.0) / 0.45));
        assert!(near(c.start, 0.0) && near(c.width, 20.0 / 45.0));
        assert_eq!((z.text.as_str(), z.width, z.value), ("—", 0.0, None));
        assert_eq!((c.text.as_str(), c.dir), ("\u{2212}20.0%", Dir::Down));
    }

    #[test]
    fn spread_sentences() {
        let s = spread_view(("RUT", "Russell 2000"), ("SPX", "S&P 500"), Some(-6.449), "YTD");
        assert_eq!((s.text.as_str(), s.dir), ("Russell 2000 trails S&P 500 by 6.4 pp (YTD)", Dir::Down));
        let s = spread_view(("RUT", "Russell 2000"), ("SPX", "S&P 500"), Some(2.75), "1W");
        assert_eq!(s.text, "Russell 2000 leads S&P 500 by 2.8 pp (1W)");
        let s = spread_view(("RUT", "Russell 2000"), ("SPX", "S&P 500"), Some(-0.04), "1W");
        assert_eq!(s.text, "Russell 2000 matches S&P 500 (1W)");
    }

    #[test]
    fn a_card_without_data_says_so_in_text_and_as_a_key() {
        let as_of = calendar::parse("2024-01-05").unwrap();
        let first = calendar::parse("2024-03-01").unwrap();
        let v = missing_card("X", "Index X", as_of, first);
        assert_eq!(v.note.as_deref(), Some("no data on or before Jan 5, 2024; it starts Mar 1, 2024"));
        assert_eq!((v.reason, v.since.as_deref()), (Some("noData"), Some("2024-03-01")));
        assert_eq!(v.date, "2024-01-05");
        assert_eq!(v.spoken, "Index X: no data on or before Jan 5, 2024; it starts Mar 1, 2024");
        assert!(v.figures.is_none());
    }

    #[test]
    fn a_spread_without_both_returns_is_no_figure_not_a_match() {
        let v = spread_view(("RUT", "Russell 2000"), ("SPX", "S&P 500"), None, "YTD");
        assert_eq!((v.relation, v.dir, v.pp), ("none", Dir::None, None));
        assert_eq!(v.text, "Russell 2000 vs S&P 500: no figure for YTD");
        let v = spread_view(("RUT", "Russell 2000"), ("SPX", "S&P 500"), Some(0.04), "YTD");
        assert_eq!((v.relation, v.text.as_str()), ("matches", "Russell 2000 matches S&P 500 (YTD)"));
    }
}
