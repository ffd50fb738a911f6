//! `raw::debug_quoted`, which quotes user text in error messages, writes exactly what
//! `format!("{text:?}")` wrote before it replaced it, for any text.

use indexcards::input::raw::debug_quoted;
use proptest::prelude::*;

/// Characters where `Debug` escapes differ: quotes, backslash, controls, combining and
/// zero-width marks, unassigned and private-use code points, and the last of every plane.
fn tricky() -> impl Strategy<Value = char> {
    prop::sample::select(vec![
        '"',
        '\'',
        '\\',
        '\0',
        '\n',
        '\r',
        '\t',
        '\u{7}',
        '\u{1b}',
        '\u{7f}',
        '\u{80}',
        '\u{a0}',
        '\u{ad}',
        '\u{300}',
        '\u{301}',
        '\u{200b}',
        '\u{200d}',
        '\u{2028}',
        '\u{feff}',
        '\u{fffd}',
        '\u{ffff}',
        '\u{e000}',
        '\u{f8ff}',
        '\u{1f600}',
        '\u{1f3fb}',
        '\u{e0001}',
        '\u{e0100}',
        '\u{10ffff}',
        'é',
        '−',
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn quoting_equals_debug(chars in prop::collection::vec(prop_oneof![any::<char>(), tricky(), prop::char::range(' ', '~')], 0..24)) {
        let text: String = chars.into_iter().collect();
        prop_assert_eq!(debug_quoted(&text), format!("{text:?}"));
    }
}

#[test]
fn every_character_quotes_as_debug_does() {
    for c in (0..=0x10ffff).filter_map(char::from_u32) {
        let text = format!("a{c}{c}");
        assert_eq!(debug_quoted(&text), format!("{text:?}"), "U+{:04X}", u32::from(c));
    }
}
