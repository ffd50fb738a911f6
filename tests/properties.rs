//! Properties that must hold for any valid input (proptest): returns compose, shuffling the
//! input changes nothing, the figures keep their order (fromAth ≤ 0, low52 ≤ close ≤ high52),
//! comparison returns equal the cards' returns at the common date, and the deck's cards equal
//! the direct definitions.

use indexcards::core::calendar::{self, Day};
use indexcards::core::compare::compare;
use indexcards::core::deck::Deck;
use indexcards::core::metrics::{summarize, Card};
use indexcards::core::period::{Period, Start};
use indexcards::core::request::{AsOf, CompareRequest};
use indexcards::core::series::Series;
use proptest::prelude::*;

/// A series of `n` closes from 2015-01-02 with gaps of 1–4 days (so every month has closes)
/// and daily moves of up to ±8%.
fn series_strategy(max: usize) -> impl Strategy<Value = (Vec<Day>, Vec<f64>)> {
    prop::collection::vec((1i32..=4, -0.08f64..0.08), 1..max).prop_map(|steps| {
        let mut day = calendar::parse("2015-01-02").unwrap_or(0);
        let mut close = 1000.0;
        let mut days = Vec::with_capacity(steps.len());
        let mut closes = Vec::with_capacity(steps.len());
        for (gap, change) in steps {
            days.push(day);
            closes.push(close);
            day += gap;
            close *= 1.0 + change;
        }
        (days, closes)
    })
}

fn series(days: &[Day], closes: &[f64]) -> Series {
    Series::new("P", "P", days.to_vec(), closes.to_vec()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn shuffling_the_input_never_changes_a_card((days, closes) in series_strategy(400), seed in any::<u64>(), pick in 0.0f64..1.0) {
        let s = series(&days, &closes);
        // A Fisher–Yates shuffle driven by the seed.
        let mut order: Vec<usize> = (0..days.len()).collect();
        let mut x = seed | 1;
        for i in (1..order.len()).rev() {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            order.swap(i, (x % (i as u64 + 1)) as usize);
        }
        let shuffled = Series::new("P", "P", order.iter().map(|&i| days[i]).collect(), order.iter().map(|&i| closes[i]).collect()).unwrap();
        let as_of = days[((days.len() - 1) as f64 * pick) as usize];
        prop_assert_eq!(summarize(&s, Some(as_of)).unwrap(), summarize(&shuffled, Some(as_of)).unwrap());
    }

    #[test]
    fn figures_keep_their_order((days, closes) in series_strategy(600), pick in 0.0f64..1.0) {
        let s = series(&days, &closes);
        let as_of = days[((days.len() - 1) as f64 * pick) as usize];
        let c = summarize(&s, Some(as_of)).unwrap();
        prop_assert!(c.from_ath <= 0.0);
        prop_assert!(c.ath >= c.close);
        prop_assert!(c.low52 <= c.close && c.close <= c.high52);
        prop_assert!(c.low52 > 0.0 && c.high52 <= c.ath);
        prop_assert!(c.ath_date <= c.date);
    }

    #[test]
    fn the_year_to_date_return_is_the_product_of_the_months((days, closes) in series_strategy(500), pick in 0.0f64..1.0) {
        let s = series(&days, &closes);
        let t = days[((days.len() - 1) as f64 * pick) as usize];
        let c = summarize(&s, Some(t)).unwrap();
        prop_assume!(c.ytd.is_some());
        // Chain the month-to-date return at each month end of t's year, and at t.
        let (year, month, _) = calendar::to_ymd(t);
        let mut product = 1.0;
        for m in 1..month {
            let end = calendar::from_ymd(year, m + 1, 1) - 1;
            product *= 1.0 + summarize(&s, Some(end)).unwrap().mtd.unwrap();
        }
        product *= 1.0 + c.mtd.unwrap();
        let ytd = c.ytd.unwrap();
        prop_assert!((product - (1.0 + ytd)).abs() <= 1e-12 * product.abs().max(1.0), "{} vs {}", product, 1.0 + ytd);
    }

    #[test]
    fn month_to_date_is_the_month_before_the_week_times_the_week((days, closes) in series_strategy(500), pick in 0.0f64..1.0) {
        let s = series(&days, &closes);
        let t = days[((days.len() - 1) as f64 * pick) as usize];
        let c = summarize(&s, Some(t)).unwrap();
        let week = calendar::week_start(t);
        // Where the week's base close falls inside the month, the bases coincide:
        // (1 + mtd at t) = (1 + mtd at the week's base) × (1 + wtd at t).
        let Some(week_base) = c.bases.wtd.map(|d| d.0) else { return Ok(()) };
        prop_assume!(week > calendar::month_start(t) && week_base >= calendar::month_start(t) && c.mtd.is_some());
        let before = summarize(&s, Some(week_base)).unwrap();
        let composed = (1.0 + before.mtd.unwrap()) * (1.0 + c.wtd.unwrap());
        let direct = 1.0 + c.mtd.unwrap();
        prop_assert!((composed - direct).abs() <= 1e-12 * direct, "{} vs {}", composed, direct);
    }

    #[test]
    fn comparison_returns_equal_the_cards_at_the_common_date((days, closes) in series_strategy(300), (days2, closes2) in series_strategy(300), period in 0usize..6) {
        let a = series(&days, &closes);
        let b = Series::new("Q", "Q", days2, closes2).unwrap();
        let (period, field): (Period, fn(&Card) -> Option<f64>) = [
            (Period::Wtd, (|c: &Card| c.wtd) as fn(&Card) -> Option<f64>),
            (Period::Mtd, |c| c.mtd),
            (Period::Qtd, |c| c.qtd),
            (Period::Ytd, |c| c.ytd),
            (Period::Year1, |c| c.y1),
            (Period::Max, |c| Some(c.close / 1000.0 - 1.0)),
        ][period];
        let request = CompareRequest { start: Start::Period(period), ..CompareRequest::default() };
        let c = compare(&[a.clone(), b.clone()], &request).unwrap();
        // The common date is the earlier of the two last dates.
        let date = (*a.days().last().unwrap()).min(*b.days().last().unwrap());
        prop_assert_eq!(c.date.0, date);
        for (line, s) in c.series.iter().zip([&a, &b]) {
            let card = summarize(s, Some(date)).ok();
            let expected = card.as_ref().and_then(field);
            match (line.ret, expected) {
                (Some(r), Some(e)) => prop_assert!((r - e).abs() <= 1e-12 * (1.0 + e.abs()), "{} vs {}", r, e),
                (r, e) => prop_assert_eq!(r, e),
            }
            prop_assert_eq!(line.stale, line.last_date.map(|d| d.0) != Some((*a.days().last().unwrap()).max(*b.days().last().unwrap())));
        }
    }

    #[test]
    fn deck_cards_equal_summarize((days, closes) in series_strategy(800), picks in prop::collection::vec(0.0f64..1.0, 1..20)) {
        let s = series(&days, &closes);
        let deck = Deck::from_series(vec![s.clone()]);
        for pick in picks {
            let as_of = days[((days.len() - 1) as f64 * pick) as usize] + 1;
            prop_assert_eq!(deck.card("P", AsOf::on(as_of)).unwrap(), summarize(&s, Some(as_of)).unwrap());
        }
    }

    #[test]
    fn pushing_equals_loading((days, closes) in series_strategy(300)) {
        let mut deck = Deck::from_series(vec![series(&days[..1], &closes[..1])]);
        for (&d, &c) in days.iter().zip(&closes).skip(1) {
            deck.push("P", d, c * 1.5).unwrap();
            deck.push("P", d, c).unwrap();
        }
        prop_assert_eq!(deck.card("P", AsOf::LATEST).unwrap(), summarize(&series(&days, &closes), None).unwrap());
    }
}
