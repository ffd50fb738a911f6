//! How messages quote user text: `error::quote` and `Raw::preview` show at most 40 characters,
//! cut with `…`, escaped as Rust's `Debug` escapes a `str` (std does the escaping; these tests
//! pin our bound and cut, for any text).

use indexcards::error::{quote, QUOTE_CHARS};
use indexcards::input::raw::Raw;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn quotes_show_the_first_forty_characters_escaped(chars in prop::collection::vec(prop_oneof![any::<char>(), prop::char::range(' ', '~')], 0..80)) {
        let text: String = chars.iter().collect();
        let shown: String = chars.iter().take(QUOTE_CHARS).collect();
        let expected = if chars.len() > QUOTE_CHARS { format!("{:?}", format!("{shown}…")) } else { format!("{text:?}") };
        prop_assert_eq!(quote(&text), expected.clone());
        prop_assert_eq!(Raw::Text(text).preview(), expected);
    }
}

#[test]
fn megabyte_ids_are_cut_short() {
    let q = quote(&"\u{1f600}".repeat(1_000_000));
    assert_eq!(q.chars().count(), QUOTE_CHARS + 3);
    assert!(q.starts_with("\"\u{1f600}") && q.ends_with("…\""));
}
