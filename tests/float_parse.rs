//! `float_parse::parse` reads every decimal text exactly as `str::parse::<f64>` did before it
//! replaced it: same value bit for bit, same refusals, over random texts, random numbers of
//! every size, and the hardest cases, exactly halfway between two floats and just off it.

use indexcards::input::float_parse::parse;
use proptest::prelude::*;

fn same(text: &str) -> Result<(), TestCaseError> {
    prop_assert_eq!(parse(text).map(f64::to_bits), text.parse::<f64>().ok().map(f64::to_bits), "{}", text);
    Ok(())
}

/// The exact decimal digits of `m × 2^e` and the power of ten to put after them.
fn exact(m: u64, e: i32) -> (String, i32) {
    const BASE: u64 = 1_000_000_000;
    let mut limbs = vec![m % BASE, m / BASE % BASE, m / BASE / BASE]; // little-endian
    let (factor, step, mut left) = if e >= 0 { (2u64, 29, e) } else { (5u64, 13, -e) };
    while left > 0 {
        let n = left.min(step);
        let multiplier = factor.pow(n as u32);
        let mut carry = 0;
        for limb in limbs.iter_mut() {
            let v = *limb * multiplier + carry;
            *limb = v % BASE;
            carry = v / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
        left -= n;
    }
    while limbs.len() > 1 && limbs.last() == Some(&0) {
        limbs.pop();
    }
    let mut digits = limbs.last().unwrap().to_string();
    for limb in limbs.iter().rev().skip(1) {
        digits.push_str(&format!("{limb:09}"));
    }
    (digits, e.min(0))
}

/// Digits minus one in the last place (`"1000"` → `"999"`, with a leading zero left in).
fn minus_one(digits: &str) -> String {
    let mut bytes = digits.as_bytes().to_vec();
    for b in bytes.iter_mut().rev() {
        if *b == b'0' {
            *b = b'9';
        } else {
            *b -= 1;
            break;
        }
    }
    String::from_utf8(bytes).unwrap()
}

/// Texts exactly halfway between `x` and the next float up, just above and just below.
fn around_halfway(x: f64) -> Vec<String> {
    let bits = x.to_bits();
    let (m, e) = if bits >> 52 == 0 {
        (bits, -1074)
    } else {
        ((bits & ((1 << 52) - 1)) | (1 << 52), (bits >> 52) as i32 - 1075)
    };
    let (digits, power) = exact(2 * m + 1, e - 1);
    vec![
        format!("{digits}e{power}"),
        format!("{digits}1e{}", power - 1),
        format!("{}9e{}", minus_one(&digits), power - 1),
        format!("{digits}{}1e{}", "0".repeat(800), power - 801),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4_000))]

    #[test]
    fn any_text_of_number_characters(text in "[-+0-9.eE]{0,24}") {
        same(&text)?;
    }

    #[test]
    fn numbers_of_every_size(sign in "[-+]?", whole in "[0-9]{0,30}", fraction in "(\\.[0-9]{0,30})?", exponent in -400i32..400) {
        same(&format!("{sign}{whole}{fraction}e{exponent}"))?;
        same(&format!("{sign}{whole}{fraction}"))?;
    }

    #[test]
    fn printed_floats_read_back(bits in any::<u64>()) {
        let x = f64::from_bits(bits);
        prop_assume!(x.is_finite());
        same(&format!("{x}"))?;
        same(&format!("{x:e}"))?;
        same(&format!("{x:.30e}"))?;
    }

    #[test]
    fn halfway_and_just_off_it(bits in 0u64..0x7fef_ffff_ffff_ffff) {
        for text in around_halfway(f64::from_bits(bits)) {
            same(&text)?;
        }
    }

    #[test]
    fn halfway_near_ordinary_closes(x in 0.01f64..100_000.0) {
        for text in around_halfway(x) {
            same(&text)?;
        }
    }
}

#[test]
fn halfway_at_the_edges() {
    for x in [0.0, 5e-324, f64::MIN_POSITIVE, 1.0, 2f64.powi(53), f64::MAX / 2.0, 1.7976931348623155e308] {
        for text in around_halfway(x) {
            assert_eq!(parse(&text).map(f64::to_bits), text.parse::<f64>().ok().map(f64::to_bits), "{text}");
        }
    }
}
