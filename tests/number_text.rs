//! The hand-written number printing (`decimal`) prints exactly what `format!` printed before it
//! replaced it: fixed decimals, `{}`, and the JavaScript-style `format_number`, over random values
//! of every kind (ties, negatives, −0, huge, tiny, subnormal, non-finite).

use indexcards::input::raw::format_number;
use indexcards::output::decimal;
use indexcards::output::view::round_half_away;
use proptest::prelude::*;

/// `raw::format_number` as it was written with `format!` before `decimal` replaced it.
fn format_number_with_format(n: f64) -> String {
    if n.is_nan() {
        "NaN".into()
    } else if n.is_infinite() {
        if n > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        }
    } else if n == 0.0 && n.is_sign_negative() {
        "-0".into()
    } else if n != 0.0 && (n.abs() >= 1e21 || n.abs() < 1e-6) {
        let text = format!("{n:e}");
        match text.split_once('e') {
            Some((mantissa, exponent)) if !exponent.starts_with('-') => format!("{mantissa}e+{exponent}"),
            _ => text,
        }
    } else {
        format!("{n}")
    }
}

/// Any f64 bit pattern: every exponent, subnormals, ±0, ±inf and NaNs alike.
fn any_bits() -> impl Strategy<Value = f64> {
    any::<u64>().prop_map(f64::from_bits)
}

/// Values where rounding is decided by an exact tie or lands next to one: k / 2^j, and the
/// nearest neighbours of decimals with 1–6 places.
fn ties() -> impl Strategy<Value = f64> {
    prop_oneof![
        (-1_000_000_000i64..1_000_000_000, 0u32..12).prop_map(|(k, j)| k as f64 / f64::from(1u32 << j)),
        (-100_000_000i64..100_000_000, 1i32..7, -1i64..=1).prop_map(|(k, d, step)| {
            let x = k as f64 / 10f64.powi(d) + 5.0 / 10f64.powi(d + 1);
            f64::from_bits((x.to_bits() as i64 + step) as u64)
        }),
    ]
}

/// Magnitudes from 1e-30 to 1e30, either sign, as a rounded figure or a chart coordinate is.
fn scaled() -> impl Strategy<Value = f64> {
    (-1.0f64..1.0, -30i32..30).prop_map(|(m, e)| m * 10f64.powi(e))
}

fn any_value() -> impl Strategy<Value = f64> {
    prop_oneof![any_bits(), ties(), scaled(), any::<f64>()]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn fixed_equals_format_with_precision(x in any_value(), decimals in 0usize..=6) {
        prop_assert_eq!(decimal::fixed(x, decimals), format!("{:.*}", decimals, x));
    }

    #[test]
    fn fixed_equals_format_on_rounded_figures(x in any_value(), decimals in 0usize..=6) {
        let r = round_half_away(x, decimals as i32);
        prop_assert_eq!(decimal::fixed(r, decimals), format!("{:.*}", decimals, r));
    }

    #[test]
    fn display_equals_format(x in any_value()) {
        prop_assert_eq!(decimal::display(x), format!("{x}"));
    }

    #[test]
    fn format_number_equals_its_format_version(x in any_value()) {
        prop_assert_eq!(format_number(x), format_number_with_format(x));
    }
}

#[test]
fn edges_print_as_format_did() {
    let edges = [
        0.0,
        -0.0,
        f64::MIN_POSITIVE,
        5e-324,
        -5e-324,
        f64::MAX,
        f64::MIN,
        f64::EPSILON,
        1e21,
        1e21 * (1.0 - f64::EPSILON),
        1e-6,
        1e-6 * (1.0 - f64::EPSILON),
        0.5,
        1.5,
        2.5,
        0.05,
        0.15,
        0.25,
        9.95,
        99.95,
        9_007_199_254_740_993.0,
        4_503_599_627_370_495.5,
        f64::NAN,
        -f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ];
    for x in edges {
        for decimals in 0..=6 {
            assert_eq!(decimal::fixed(x, decimals), format!("{:.*}", decimals, x), "{x:e} {decimals}");
        }
        assert_eq!(decimal::display(x), format!("{x}"));
        assert_eq!(format_number(x), format_number_with_format(x));
    }
    // Every power of two and of ten, the likeliest to expose a shortest-digits tie.
    for e in -1074..=1023 {
        let x = 2f64.powi(e);
        assert_eq!(decimal::display(x), format!("{x}"), "2^{e}");
        assert_eq!(format_number(x), format_number_with_format(x), "2^{e}");
    }
    for e in -323..=308 {
        let x: f64 = format!("1e{e}").parse().unwrap();
        assert_eq!(decimal::display(x), format!("{x}"), "1e{e}");
        assert_eq!(format_number(x), format_number_with_format(x), "1e{e}");
    }
}
