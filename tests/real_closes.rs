//! Native checks on the real closes of ../shared/data (read at test time, never copied): the CSV
//! importer reads them, and a Deck's O(log n) cards equal the direct definitions at every date
//! of a replay, with pushes equal to a rebuild from scratch. Without the data folder each test
//! says it was skipped and why, and passes; tests/synthetic.rs covers the definitions then.

use indexcards::core::calendar;
use indexcards::core::deck::Deck;
use indexcards::core::metrics::summarize;
use indexcards::core::request::AsOf;
use indexcards::core::series::Series;
use indexcards::input::csv;
use std::io::Write;
use std::path::PathBuf;

/// `$INDEXCARDS_DATA`, else `../shared/data` beside the crate.
fn data_dir() -> PathBuf {
    std::env::var_os("INDEXCARDS_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"))
}

/// The series of one file, or `None` (with a line saying the test was skipped) when the data
/// folder is missing. A file missing from a folder that exists is a failure.
fn load(test: &str, file: &str, id: &str) -> Option<Series> {
    let dir = data_dir();
    if !dir.is_dir() {
        // Written to stderr directly, past the test harness's capture, so it shows in every run.
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED {test}: no real closes at {} (set INDEXCARDS_DATA or put shared/data beside the clone); tests/synthetic.rs covers the definitions",
            dir.display()
        );
        return None;
    }
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Some(csv::parse(&text, id, id, &Default::default()).unwrap().series)
}

#[test]
fn deck_cards_equal_summarize_at_every_date_of_a_replay() {
    for (file, id, step) in [
        ("russell2000.csv", "RUT", 1),
        ("dow.csv", "DJI", 1),
        ("nasdaq.csv", "IXIC", 3),
        ("sp500.csv", "SPX", 5),
    ] {
        let Some(s) = load("deck_cards_equal_summarize_at_every_date_of_a_replay", file, id) else { return };
        let deck = Deck::from_series(vec![s.clone()]);
        for (i, &day) in s.days().iter().enumerate().step_by(step) {
            let fast = deck.card(id, AsOf::on(day)).unwrap();
            assert_eq!(fast, summarize(&s, Some(day)).unwrap(), "{id} {}", calendar::format(day));
            if i % 50 == 0 {
                // A weekend or holiday as-of date gives the card of the close before it.
                assert_eq!(deck.card(id, AsOf::on(day + 1)).unwrap(), summarize(&s, Some(day + 1)).unwrap());
            }
        }
    }
}

#[test]
fn pushing_the_last_years_day_by_day_equals_a_rebuild() {
    let Some(full) = load("pushing_the_last_years_day_by_day_equals_a_rebuild", "russell2000.csv", "RUT")
    else {
        return;
    };
    let n = full.len();
    let start = n - 800;
    let head =
        Series::new("RUT", "RUT", full.days()[..start].to_vec(), full.closes()[..start].to_vec()).unwrap();
    let mut deck = Deck::from_series(vec![head]);
    for i in start..n {
        let (day, close) = full.point(i).unwrap();
        deck.push("RUT", day, close * 0.99).unwrap(); // an intraday tick
        deck.push("RUT", day, close).unwrap(); // then the close
        if i % 40 == 0 || i == n - 1 {
            let upto =
                Series::new("RUT", "RUT", full.days()[..=i].to_vec(), full.closes()[..=i].to_vec()).unwrap();
            assert_eq!(
                deck.card("RUT", AsOf::LATEST).unwrap(),
                summarize(&upto, None).unwrap(),
                "after {}",
                calendar::format(day)
            );
        }
    }
    let e = deck.push("RUT", full.days()[start], 1.0).unwrap_err().to_string();
    assert!(e.contains("it is before the last date") && e.ends_with("nothing was changed"), "{e}");
    assert_eq!(deck.card("RUT", AsOf::LATEST).unwrap(), summarize(&full, None).unwrap());
}
