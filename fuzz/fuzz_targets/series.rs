//! Arbitrary series (as JSON, so any shape) and options through summarize, a deck's compare and
//! chart, and pushes: errors are fine, panics are not, and the deck's cards must equal summarize's
//! wherever both answer.
#![no_main]
use indexcards::api;
use indexcards::core::request::{AsOf, ChartRequest, CompareRequest};
use indexcards::input::raw::Raw;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // "series JSON" NUL "options JSON"
    let (series, options) = text.split_once('\0').unwrap_or((text, "null"));
    let (Ok(series), Ok(options)) = (serde_json::from_str::<Raw>(series), serde_json::from_str::<Raw>(options)) else {
        return;
    };
    let summarized = api::summarize(series.clone(), &options);
    if let Ok(mut deck) = api::load(series) {
        // summarize scans each series once (metrics::cards); the deck answers from its indexes.
        if let (Ok(cards), Ok(as_of)) = (&summarized, AsOf::from_raw(&options)) {
            assert_eq!(&deck.cards(as_of).unwrap(), cards);
        }
        if let Ok(request) = CompareRequest::from_raw(&options) {
            let _ = deck.compare(&request);
        }
        if let Ok(request) = ChartRequest::from_raw(&options) {
            let _ = deck.chart(&request);
        }
        let ids: Vec<String> = deck.series().map(|s| s.id().to_string()).collect();
        for (k, id) in ids.iter().enumerate() {
            let last = deck.card(id, AsOf::LATEST).map(|c| c.date.0).unwrap_or(0);
            let _ = deck.push(id, last + (k as i32 % 3) - 1, 1.0 + k as f64);
            let s = deck.series().nth(k).cloned();
            if let (Some(s), Ok(card)) = (s, deck.card(id, AsOf::LATEST)) {
                let alone = indexcards::core::metrics::summarize(&s, None).unwrap();
                // Alone, a card is never stale by other series; in the deck it may be.
                assert_eq!(card, indexcards::core::metrics::Card { stale: card.stale, ..alone });
            }
        }
    }
});
