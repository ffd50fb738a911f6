//! Any bytes as CSV text: parse must return a series or an error, never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(parsed) = indexcards::input::csv::parse(&text, "F", "F", &Default::default()) {
        // What parsed must summarize.
        let _ = indexcards::core::metrics::summarize(&parsed.series, None);
    }
});
