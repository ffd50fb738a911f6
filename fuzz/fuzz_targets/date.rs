//! Any text as a YYYY-MM-DD date: a valid day must format back to the same text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(day) = indexcards::core::calendar::parse(text) {
            assert_eq!(indexcards::core::calendar::format(day), text);
        }
    }
});
