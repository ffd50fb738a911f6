//! Synthetic random walks with known answers, in place of (and beside) the real closes: every
//! card definition, every comparison period, notes, stale cards and lines, the common date
//! and the chart's bounds, each checked against a plain scan written out here.

use indexcards::core::calendar::{self, Day};
use indexcards::core::compare::{LineNote, Relation};
use indexcards::core::deck::Deck;
use indexcards::core::metrics::{Card, Note};
use indexcards::core::period::{Period, Start};
use indexcards::core::request::{AsOf, ChartRequest, CompareRequest, Size, SparkRequest};
use indexcards::core::series::Series;
use indexcards::output::date::IsoDate;

/// A random walk of `n` weekday closes from `start`, with a holiday now and then and a
/// multi-day closure once in a while (so 1-day notes and sparse months occur).
fn walk(id: &str, n: usize, seed: u64, start: &str) -> Series {
    let mut x = seed | 1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut day = calendar::parse(start).unwrap();
    let (mut days, mut closes, mut close) = (Vec::new(), Vec::new(), 1000.0);
    while days.len() < n {
        let r = next();
        if calendar::weekday(day) < 5 && r % 29 != 0 {
            days.push(day);
            closes.push(close);
            close *= 1.0 + ((r >> 8) % 2001) as f64 / 1000.0 * 0.02 - 0.02;
        }
        day += if r % 401 == 0 { 9 } else { 1 };
    }
    Series::new(id, id, days, closes).unwrap()
}

/// The plain definitions, by scanning every point.
struct Plain<'a>(&'a Series);

impl Plain<'_> {
    fn points(&self) -> impl Iterator<Item = (Day, f64)> + '_ {
        self.0.days().iter().copied().zip(self.0.closes().iter().copied())
    }
    fn last_before(&self, d: Day) -> Option<(Day, f64)> {
        self.points().filter(|p| p.0 < d).last()
    }
    fn last_on_or_before(&self, d: Day) -> Option<(Day, f64)> {
        self.points().filter(|p| p.0 <= d).last()
    }
}

fn ymd(d: Day) -> (i32, u32, u32) {
    calendar::to_ymd(d)
}
fn monday(t: Day) -> Day {
    // Days since a known Monday (1970-01-05), floored to a multiple of 7.
    t - (t - 4).rem_euclid(7)
}
fn month_start(t: Day) -> Day {
    let (y, m, _) = ymd(t);
    calendar::from_ymd(y, m, 1)
}
fn quarter_start(t: Day) -> Day {
    let (y, m, _) = ymd(t);
    calendar::from_ymd(y, [1, 1, 1, 4, 4, 4, 7, 7, 7, 10, 10, 10][m as usize - 1], 1)
}
fn year_start(t: Day) -> Day {
    calendar::from_ymd(ymd(t).0, 1, 1)
}
fn years_back(t: Day, n: i32) -> Day {
    let (y, m, d) = ymd(t);
    let d = if m == 2 && d == 29 && !calendar::is_leap_year(y - n) { 28 } else { d };
    calendar::from_ymd(y - n, m, d)
}

fn close_to(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-12 * (1.0 + b.abs()),
        (a, b) => a == b,
    }
}

/// Every card field against its plain definition, at `as_of`.
fn check_card(s: &Series, card: &Card, as_of: Day) {
    let p = Plain(s);
    let (t, close) = p.last_on_or_before(as_of).unwrap();
    let ret = |b: Option<(Day, f64)>| b.map(|b| close / b.1 - 1.0);
    let at = calendar::format(t);
    assert_eq!((card.date.0, card.close, card.as_of.0), (t, close, as_of), "{at}");
    let bases = [
        (card.d1, card.bases.d1, p.last_before(t)),
        (card.wtd, card.bases.wtd, p.last_before(monday(t))),
        (card.mtd, card.bases.mtd, p.last_before(month_start(t))),
        (card.qtd, card.bases.qtd, p.last_before(quarter_start(t))),
        (card.ytd, card.bases.ytd, p.last_before(year_start(t))),
        (card.y1, card.bases.y1, p.last_on_or_before(years_back(t, 1))),
    ];
    for (k, (value, base, plain)) in bases.into_iter().enumerate() {
        assert!(close_to(value, ret(plain)), "{at} return {k}: {value:?} vs {:?}", ret(plain));
        assert_eq!(base.map(|b| b.0), plain.map(|b| b.0), "{at} base {k}");
    }
    let history: Vec<(Day, f64)> = p.points().filter(|q| q.0 <= t).collect();
    let ath = history.iter().fold(history[0], |best, &q| if q.1 > best.1 { q } else { best });
    assert_eq!((card.ath, card.ath_date.0), (ath.1, ath.0), "{at} ath");
    assert_eq!(card.from_ath, close / ath.1 - 1.0);
    let window: Vec<f64> = history.iter().filter(|q| q.0 > years_back(t, 1)).map(|q| q.1).collect();
    assert_eq!(card.high52, window.iter().copied().fold(f64::MIN, f64::max), "{at} high52");
    assert_eq!(card.low52, window.iter().copied().fold(f64::MAX, f64::min), "{at} low52");
    assert_eq!(card.full_year, s.days()[0] <= years_back(t, 1));
    assert_eq!((card.first_date.0, card.last_date.0), (s.days()[0], *s.days().last().unwrap()));
    // Notes: the 1-day base more than 4 days back is "since"; a to-date base outside the
    // period before is "noPrior"; no base at all is "noEarlier".
    let since = |b: Option<(Day, f64)>, usual: Day| match b {
        None => Some(Note::NoEarlier),
        Some((d, _)) if usual - d > 4 => Some(Note::Since { date: IsoDate(d) }),
        _ => None,
    };
    let prior = |b: Option<(Day, f64)>, previous: Day| match b {
        None => Some(Note::NoEarlier),
        Some((d, _)) if d < previous => Some(Note::NoPrior),
        _ => None,
    };
    let n = &card.notes;
    assert_eq!(n.d1, since(bases[0].2, t), "{at} d1 note");
    assert_eq!(n.wtd, prior(bases[1].2, monday(t) - 7), "{at} wtd note");
    assert_eq!(n.mtd, prior(bases[2].2, month_start(month_start(t) - 1)), "{at} mtd note");
    assert_eq!(n.qtd, prior(bases[3].2, quarter_start(quarter_start(t) - 1)), "{at} qtd note");
    assert_eq!(n.ytd, prior(bases[4].2, year_start(year_start(t) - 1)), "{at} ytd note");
    assert_eq!(n.y1, since(bases[5].2, years_back(t, 1)), "{at} y1 note");
    assert_eq!(card.level_decimals, if (close * 100.0).round() % 100.0 == 0.0 { 0 } else { 2 });
}

#[test]
fn every_card_definition_at_every_date_of_a_walk() {
    let s = walk("W", 1500, 0x9E37_79B9_7F4A_7C15, "2015-12-28");
    let deck = Deck::from_series(vec![s.clone()]);
    let mut seen = [0; 3];
    for (i, &d) in s.days().iter().enumerate() {
        let card = deck.card("W", AsOf::on(d)).unwrap();
        check_card(&s, &card, d);
        assert!(!card.stale);
        for note in [card.notes.d1, card.notes.wtd, card.notes.mtd, card.notes.ytd].into_iter().flatten() {
            seen[match note {
                Note::Since { .. } => 0,
                Note::NoPrior => 1,
                Note::NoEarlier => 2,
            }] += 1;
        }
        if i % 7 == 0 {
            // A weekend as-of date gives the close before it; past a long weekend, stale.
            for later in [d + 2, d + 6] {
                let card = deck.card("W", AsOf::on(later)).unwrap();
                check_card(&s, &card, later);
                let t = card.date.0;
                assert_eq!(card.stale, later - t > 4, "{}", calendar::format(later));
            }
        }
    }
    // The walk's closures and its start make every kind of note occur.
    assert!(seen.iter().all(|&n| n > 0), "{seen:?}");
}

#[test]
fn notes_of_sparse_reported_figures() {
    // As reported in an article: the last close of the year, October, the Friday before, today.
    let day = |s: &str| calendar::parse(s).unwrap();
    let s = Series::new(
        "RUT",
        "Russell 2000",
        vec![day("2023-12-29"), day("2024-10-31"), day("2024-11-15"), day("2024-11-22")],
        vec![2027.07, 2196.65, 2303.84, 2407.0],
    )
    .unwrap();
    let c = Deck::from_series(vec![s]).card("RUT", AsOf::LATEST).unwrap();
    assert_eq!(c.notes.d1, Some(Note::Since { date: IsoDate(day("2024-11-15")) }));
    assert_eq!((c.notes.wtd, c.notes.mtd, c.notes.ytd), (None, None, None));
    // The last close before Q4 is from December: not a quarter-to-date figure.
    assert_eq!((c.notes.qtd, c.notes.y1), (Some(Note::NoPrior), Some(Note::NoEarlier)));
    assert_eq!((c.level_decimals, c.full_year), (0, false));
    let json = serde_json::to_string(&c).unwrap();
    assert!(json.contains(r#""notes":{"d1":{"reason":"since","date":"2024-11-15"},"wtd":null,"mtd":null,"qtd":{"reason":"noPrior"},"ytd":null,"y1":{"reason":"noEarlier"}}"#), "{json}");
    assert!(
        json.contains(r#""asOf":"2024-11-22","close":2407.0"#) && json.contains(r#""levelDecimals":0"#),
        "{json}"
    );
}

#[test]
fn cards_of_series_ending_on_different_dates_are_stale() {
    let long = walk("L", 600, 7, "2022-01-03");
    let short = walk("S", 400, 11, "2022-01-03");
    let deck = Deck::from_series(vec![long.clone(), short.clone()]);
    let cards = deck.cards(AsOf::LATEST).unwrap();
    assert!(!cards[0].stale && cards[1].stale);
    // As of the short one's last date, neither is stale.
    let end = *short.days().last().unwrap();
    let cards = deck.cards(AsOf::on(end)).unwrap();
    assert!(cards.iter().all(|c| !c.stale));
    assert!(!deck.card("S", AsOf::on(end)).unwrap().stale);
    assert!(deck.card("S", AsOf::on(end + 30)).unwrap().stale);
    // Before the data starts: an error, not a silent move.
    let e = deck.cards(AsOf::on(long.days()[0] - 1)).unwrap_err().to_string();
    assert!(e.contains("no close on or before asOf"), "{e}");
}

#[test]
fn every_comparison_period_on_the_common_date() {
    let a = walk("^RUT", 2200, 3, "2016-01-04");
    let b = walk("^GSPC", 2000, 5, "2016-06-01");
    let c = walk("C", 900, 9, "2019-03-01");
    let series = [a.clone(), b.clone(), c.clone()];
    let deck = Deck::from_series(series.to_vec());
    let date = series.iter().map(|s| *s.days().last().unwrap()).min().unwrap();
    let newest = series.iter().map(|s| *s.days().last().unwrap()).max().unwrap();
    for period in Period::ALL
        .into_iter()
        .map(Start::Period)
        .chain([Start::From(calendar::parse("2019-06-15").unwrap())])
    {
        let request =
            CompareRequest { start: period, reference: Some("C".into()), ..CompareRequest::default() };
        let cmp = deck.compare(&request).unwrap();
        assert_eq!((cmp.date.0, cmp.to.0), (date, newest));
        let mut returns = Vec::new();
        for (line, s) in cmp.series.iter().zip(&series) {
            let p = Plain(s);
            let (t, close) = p.last_on_or_before(date).unwrap();
            let base = match period {
                Start::Period(Period::Week1) => p.last_on_or_before(t - 7),
                Start::Period(Period::Wtd) => p.last_before(monday(t)),
                Start::Period(Period::Mtd) => p.last_before(month_start(t)),
                Start::Period(Period::Qtd) => p.last_before(quarter_start(t)),
                Start::Period(Period::Ytd) => p.last_before(year_start(t)),
                Start::Period(Period::Year1) => p.last_on_or_before(years_back(t, 1)),
                Start::Period(Period::Year3) => p.last_on_or_before(years_back(t, 3)),
                Start::Period(Period::Year5) => p.last_on_or_before(years_back(t, 5)),
                Start::Period(Period::Max) => p.points().next(),
                Start::From(f) => p.last_on_or_before(f),
            };
            assert_eq!(line.base_date.map(|d| d.0), base.map(|b| b.0), "{period:?} {}", line.id);
            assert!(close_to(line.ret, base.map(|b| close / b.1 - 1.0)), "{period:?} {}", line.id);
            assert_eq!(line.note, if base.is_none() { Some(LineNote::NoPeriodBase) } else { None });
            assert_eq!(line.last_date.map(|d| d.0), s.days().last().copied());
            assert_eq!(line.stale, *s.days().last().unwrap() < newest);
            returns.push(line.ret);
        }
        for (line, r) in cmp.series.iter().zip(&returns) {
            let rank = r.map(|r| 1 + returns.iter().flatten().filter(|&&o| o > r).count() as u32);
            assert_eq!(line.rank, rank);
            assert!(close_to(line.spread, r.zip(returns[2]).map(|(r, x)| (r - x) * 100.0)));
        }
        let svl = cmp.small_vs_large.unwrap();
        assert_eq!((svl.small.as_str(), svl.large.as_str()), ("^RUT", "^GSPC"));
        let value = returns[0].zip(returns[1]).map(|(s, l)| (s - l) * 100.0);
        assert!(close_to(svl.value, value));
        assert_eq!(svl.relation, Relation::of(value));
        assert_ne!(svl.relation, Relation::None, "{period:?}");
    }
}

#[test]
fn a_series_with_no_data_by_to_says_so() {
    let early = walk("E", 300, 13, "2020-01-06");
    let late = walk("L", 300, 17, "2024-01-08");
    let deck = Deck::from_series(vec![early.clone(), late.clone()]);
    let to = calendar::parse("2020-09-30").unwrap();
    let cmp = deck.compare(&CompareRequest { to: Some(to), ..CompareRequest::default() }).unwrap();
    assert_eq!(cmp.series[1].note, Some(LineNote::NoData { first_date: IsoDate(late.days()[0]) }));
    assert_eq!((cmp.series[1].ret, cmp.series[1].last_date, cmp.series[1].stale), (None, None, false));
    assert_eq!(cmp.date.0, Plain(&early).last_on_or_before(to).unwrap().0);
}

#[test]
fn the_chart_is_bounded_by_pixels_and_lines_stop_at_their_last_date() {
    let long = walk("^RUT", 5000, 21, "2005-01-03");
    let short = walk("^GSPC", 4000, 23, "2005-01-03");
    let deck = Deck::from_series(vec![long.clone(), short.clone()]);
    let request = ChartRequest {
        compare: CompareRequest { start: Start::Period(Period::Max), ..CompareRequest::default() },
        width: 400.0,
        height: 200.0,
        spark: Size { width: 60.0, height: 20.0 },
        crosshair: true,
    };
    let chart = deck.chart(&request).unwrap();
    let unknown =
        SparkRequest { compare: request.compare.clone(), size: request.spark, ids: Some(vec!["X".into()]) };
    assert_eq!(
        deck.sparks(&unknown).unwrap_err().to_string(),
        deck.card("X", AsOf::LATEST).unwrap_err().to_string()
    );
    // Without the crosshair's samples, the same drawing.
    let bare = deck.chart(&ChartRequest { crosshair: false, ..request.clone() }).unwrap();
    assert_eq!(bare.crosshair, Default::default());
    assert_eq!((&bare.lines, &bare.spread, &bare.sparks), (&chart.lines, &chart.spread, &chart.sparks));
    // The sparklines alone are the chart's, for every period and date, a line without a base
    // (the short series before its first close) included.
    for (period, to) in
        [(Period::Max, None), (Period::Ytd, Some("2010-06-15")), (Period::Year1, Some("2021-03-02"))]
    {
        let to = to.map(|t| calendar::parse(t).unwrap());
        let compare = CompareRequest { start: Start::Period(period), to, ..CompareRequest::default() };
        let spark = Size { width: 60.0, height: 20.0 };
        let drawn = deck
            .chart(&ChartRequest { compare: compare.clone(), crosshair: false, ..request.clone() })
            .unwrap();
        let request = SparkRequest { compare, size: spark, ids: None };
        assert_eq!(deck.sparks(&request).unwrap(), drawn.sparks, "{period:?} to {to:?}");
        // Some of them, in the order asked.
        let ids = Some(vec!["^GSPC".to_string(), "^RUT".to_string()]);
        let picked = deck.sparks(&SparkRequest { ids, ..request.clone() }).unwrap();
        assert_eq!(picked, vec![drawn.sparks[1].clone(), drawn.sparks[0].clone()]);
    }
    let [left, _, right, _] = chart.plot;
    let columns = (right - left).floor() as usize + 1;
    let x = &chart.crosshair.x;
    assert!(x.len() <= columns && x.len() > columns / 2, "{} samples for {columns} columns", x.len());
    assert!(x.windows(2).all(|w| w[0].floor() < w[1].floor()), "one sample per column at most");
    assert_eq!(chart.crosshair.values.len(), 2);
    assert!(chart.crosshair.values.iter().all(|v| v.len() == x.len()));
    // The short line has no values after its last date; both have values where both run.
    let short_end = *short.days().last().unwrap();
    for (k, date) in chart.crosshair.dates.iter().enumerate() {
        let value = chart.crosshair.values[1][k];
        assert_eq!(value.is_some(), date.0 <= short_end, "{date}");
        if let Some(v) = value {
            let (_, close) = Plain(&short).last_on_or_before(date.0).unwrap();
            assert!((v - (close / short.closes()[0] - 1.0)).abs() < 1e-12);
        }
        let spread = chart.crosshair.spread[k];
        assert_eq!(spread.is_some(), value.is_some());
    }
    // Paths: at most two points per pixel column, ending at each series' own last date.
    for line in &chart.lines {
        let points = line.d.matches(['M', 'L']).count();
        assert!(points <= 2 * columns, "{points}");
    }
    assert!(chart.lines[1].end_x.unwrap() < chart.lines[0].end_x.unwrap());
    assert!((chart.date_x - chart.lines[1].end_x.unwrap()).abs() < 1e-9);
    // The y axis covers every value drawn.
    let values = chart.crosshair.values.iter().flatten().flatten();
    let (lo, hi) = values.fold((0.0_f64, 0.0_f64), |(a, b), &v| (a.min(v), b.max(v)));
    assert!(chart.y_ticks.first().unwrap().value <= lo && chart.y_ticks.last().unwrap().value >= hi);
    assert!(chart.spread.is_some() && chart.sparks.iter().all(Option::is_some));
    // A chart of more values than the limit is refused up front, naming it.
    let many: Vec<Series> = (0..300).map(|i| walk(&format!("S{i}"), 30, i + 1, "2024-01-01")).collect();
    let wide = ChartRequest { width: 8192.0, ..ChartRequest::default() };
    let e = Deck::from_series(many).chart(&wide).unwrap_err().to_string();
    assert!(
        e.starts_with(
            "a chart of 300 series 8081 pixels wide needs 2424300 values, more than the limit of 2000000"
        ),
        "{e}"
    );
}
