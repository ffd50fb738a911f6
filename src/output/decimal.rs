//! Number printing without `core::fmt`'s float machinery: fixed decimals, Rust's `{}` and JavaScript's `String(n)`.
//!
//! Any `{}`, `{:.1}` or `{:e}` of an `f64` links core's Grisu/Dragon formatting, bignums and
//! padding (about 20 KB of wasm). These functions print the same text with integer arithmetic
//! for fixed decimals and the `ryu` crate for the shortest round-trip digits; the property tests
//! in tests/number_text.rs hold them to `format!` over random values.
//!
//! Shortest digits come from `ryu` (dtolnay's, well kept) with its `small` feature, which computes
//! its power-of-5 tables instead of storing them. Measured with `wasmsize` (wasm-opt -Oz) on the
//! core with serde-free bindings: 207,173 bytes (98,927 gzipped) with `format!`; 191,193 (92,989)
//! with this module on `ryu` + `small`, of which ryu is about 3 KB; 200,434 (102,698) on `ryu`
//! without `small`. An exact shortest algorithm of our own would need bignum code of ryu's size
//! or more and none of its testing, so ryu it is. ryu breaks exact ties between two shortest
//! candidates to even where core rounds up; `shortest` corrects that.

/// `format!("{:.*}", decimals, x)`: `x` rounded to `decimals` places (at most 6; more count as
/// 6) from its exact binary value, ties to even; `NaN`, `inf`, `-inf`, and `-` before any
/// negative value, `-0.0` included.
pub fn fixed(x: f64, decimals: usize) -> String {
    let decimals = decimals.min(6);
    signed(x, "inf", |a, out| push_fixed(out, a, decimals))
}

/// `fixed`'s digits of a finite `a` ≥ 0 (zero included).
fn push_fixed(out: &mut String, a: f64, decimals: usize) {
    let (mantissa, exponent) = parts(a);
    let shift = exponent.unsigned_abs();
    if exponent >= 0 || shift > 80 {
        if exponent >= 0 {
            // A whole number (2^52 or more): its digits, then zeros.
            push_shifted(out, mantissa, shift);
        } else {
            // Zero, or below 2^-27 (mantissa < 2^53): under half of 10^-6, so every shown digit is 0.
            out.push('0');
        }
        if decimals > 0 {
            out.push('.');
            push_zeros(out, decimals);
        }
        return;
    }
    // x = whole + fraction / 2^shift, with the fraction's digits taken one at a time.
    let whole = if shift >= 64 { 0 } else { mantissa >> shift };
    let mask = (1u128 << shift) - 1;
    let mut fraction = u128::from(mantissa) & mask;
    let mut digits = [0u8; 6];
    for digit in digits.iter_mut().take(decimals) {
        fraction = (fraction << 3) + (fraction << 1);
        *digit = (fraction >> shift) as u8;
        fraction &= mask;
    }
    // Round the rest: above half up, exactly half to an even last digit.
    let half = 1u128 << (shift - 1);
    let last_odd = match decimals.checked_sub(1) {
        Some(i) => digits.get(i).is_some_and(|d| d % 2 == 1),
        None => whole % 2 == 1,
    };
    let mut whole = whole;
    if fraction > half || (fraction == half && last_odd) {
        let mut carry = true;
        for digit in digits.iter_mut().take(decimals).rev() {
            if *digit == 9 {
                *digit = 0;
            } else {
                *digit += 1;
                carry = false;
                break;
            }
        }
        if carry {
            whole += 1;
        }
    }
    push_u64(out, whole, 1);
    if decimals > 0 {
        out.push('.');
        out.extend(digits.iter().take(decimals).map(|&d| char::from(b'0' + d)));
    }
}

/// `format!("{x}")`: the shortest digits that read back as `x`, written out in full with no
/// exponent (`1e21` prints as 22 digits); `NaN`, `inf`, `-inf`, `-0`.
pub fn display(x: f64) -> String {
    signed(x, "inf", |a, out| if a == 0.0 { out.push('0') } else { shortest(a).push_positional(out) })
}

/// A number as JavaScript's `String(n)` prints it: `NaN`, `Infinity`, `-0`, `1.5`, and an
/// exponent outside 1e-6..1e21 (`1e+21`, `-1.5e-300`).
pub fn js(x: f64) -> String {
    signed(x, "Infinity", |a, out| {
        if a == 0.0 {
            out.push('0');
            return;
        }
        let s = shortest(a);
        if (1e-6..1e21).contains(&a) {
            s.push_positional(out);
            return;
        }
        let rest = s.len - 1;
        push_u64(out, s.digits / pow10(rest), 1);
        if rest > 0 {
            out.push('.');
            push_u64(out, s.digits % pow10(rest), rest as usize);
        }
        let exponent = s.point - 1;
        out.push_str(if exponent < 0 { "e-" } else { "e+" });
        push_u64(out, u64::from(exponent.unsigned_abs()), 1);
    })
}

/// What `fixed`, `display` and `js` share: `NaN`, then a `-` for any negative value (`-0`
/// included), then `infinity` or what `finite` writes for the absolute value.
fn signed(x: f64, infinity: &str, finite: impl FnOnce(f64, &mut String)) -> String {
    let mut out = String::new();
    if x.is_nan() {
        out.push_str("NaN");
        return out;
    }
    if x.is_sign_negative() {
        out.push('-');
    }
    if x.is_infinite() {
        out.push_str(infinity);
    } else {
        finite(x.abs(), &mut out);
    }
    out
}

/// The shortest decimal digits that read back as a number: `0.digits × 10^point`, `digits`
/// holding `len` (1 to 17) digits with no trailing zero.
struct Shortest {
    digits: u64,
    len: u32,
    point: i32,
}

/// The shortest digits of `x` (finite, not zero), as core's `{}` picks them.
fn shortest(x: f64) -> Shortest {
    let mut buffer = ryu::Buffer::new();
    // ryu writes `1234.0`, `0.001234`, `1e30` or `1.234e-7`.
    let text = buffer.format_finite(x.abs());
    let (mut digits, mut len, mut point) = (0u64, 0u32, 0i32);
    let (mut seen_point, mut exponent, mut negative, mut in_exponent) = (false, 0i32, false, false);
    for b in text.bytes() {
        match b {
            b'e' => in_exponent = true,
            b'-' if in_exponent => negative = true,
            b'0'..=b'9' if in_exponent => exponent = exponent * 10 + i32::from(b - b'0'),
            b'0'..=b'9' => {
                // Leading zeros only move the point; the others are digits.
                if digits > 0 || b != b'0' {
                    digits = digits * 10 + u64::from(b - b'0');
                    len += 1;
                    if !seen_point {
                        point += 1;
                    }
                } else if seen_point {
                    point -= 1;
                }
            }
            b'.' => seen_point = true,
            _ => {}
        }
    }
    let mut s = Shortest { digits, len, point: point + if negative { -exponent } else { exponent } };
    s.trim();
    if s.is_half_below(x.abs()) {
        // ryu breaks an exact tie between two shortest candidates to the even one; core's
        // `{}` takes the upper (2^-25 prints as `…695313`, not `…695312`), and so do we.
        s.round_up();
    }
    s
}

impl Shortest {
    /// Drops trailing zeros (ryu's `1234.0`, or a carry out of `…99`).
    fn trim(&mut self) {
        while self.digits % 10 == 0 && self.len > 1 {
            self.digits /= 10;
            self.len -= 1;
        }
    }

    /// Adds one in the last place: `0.1299` → `0.13`, `0.999` → `0.1 × 10^1`.
    fn round_up(&mut self) {
        self.digits += 1;
        if self.digits == pow10(self.len) {
            self.len += 1;
            self.point += 1;
        }
        self.trim();
    }

    /// True when `x` lies exactly halfway between these digits and the next number with as
    /// many: `2x = (2·digits + 1) × 10^k`, `k = point − len`, checked in integers.
    fn is_half_below(&self, x: f64) -> bool {
        let (mantissa, exponent) = parts(x);
        if mantissa == 0 {
            return false;
        }
        let zeros = mantissa.trailing_zeros();
        let odd = u128::from(mantissa >> zeros);
        // 2x = odd × 2^twos.
        let twos = exponent + 1 + zeros as i32;
        let k = self.point - self.len as i32;
        let odd_of_rhs = u128::from(2 * self.digits + 1);
        let fives = |n: i32| (0..n).try_fold(1u128, |p, _| p.checked_mul(5));
        if k >= 0 {
            // (2d+1) × 5^k × 2^k
            twos == k && fives(k).and_then(|f| f.checked_mul(odd_of_rhs)) == Some(odd)
        } else {
            // odd × 5^-k × 2^(twos − k) = 2d + 1
            twos - k == 0 && fives(-k).and_then(|f| f.checked_mul(odd)) == Some(odd_of_rhs)
        }
    }

    /// Writes the number out: `0.00123`, `12.3`, `123000`.
    fn push_positional(&self, out: &mut String) {
        let len = self.len as i32;
        if self.point <= 0 {
            out.push_str("0.");
            push_zeros(out, self.point.unsigned_abs() as usize);
            push_u64(out, self.digits, 1);
        } else if self.point < len {
            let fraction = (len - self.point) as u32;
            push_u64(out, self.digits / pow10(fraction), 1);
            out.push('.');
            push_u64(out, self.digits % pow10(fraction), fraction as usize);
        } else {
            push_u64(out, self.digits, 1);
            push_zeros(out, (self.point - len) as usize);
        }
    }
}

/// 10^n for n ≤ 19 (saturating past that).
fn pow10(n: u32) -> u64 {
    10u64.saturating_pow(n)
}

/// `x.abs()` as `mantissa × 2^exponent`, the mantissa below 2^53.
fn parts(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    }
}

/// Appends `count` zeros.
fn push_zeros(out: &mut String, count: usize) {
    out.extend((0..count).map(|_| '0'));
}

/// Appends `value` in decimal, zero-padded to at least `width` digits (at most 20).
fn push_u64(out: &mut String, mut value: u64, width: usize) {
    let mut buf = [0u8; 20];
    let mut start = buf.len();
    while start > 0 && (value > 0 || buf.len() - start < width) {
        start -= 1;
        if let Some(slot) = buf.get_mut(start) {
            *slot = b'0' + (value % 10) as u8;
        }
        value /= 10;
    }
    out.extend(buf.iter().skip(start).map(|&b| char::from(b)));
}

/// Appends `mantissa × 2^shift` in decimal, exactly (up to 309 digits).
fn push_shifted(out: &mut String, mantissa: u64, shift: u32) {
    const BASE: u64 = 1_000_000_000;
    // Little-endian base-10^9 limbs.
    let mut limbs: Vec<u64> = vec![mantissa % BASE, mantissa / BASE % BASE, mantissa / BASE / BASE];
    let mut left = shift;
    while left > 0 {
        let step = left.min(29);
        let mut carry = 0;
        for limb in limbs.iter_mut() {
            let v = (*limb << step) + carry;
            *limb = v % BASE;
            carry = v / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
        left -= step;
    }
    while limbs.len() > 1 && limbs.last() == Some(&0) {
        limbs.pop();
    }
    let mut first = true;
    for &limb in limbs.iter().rev() {
        push_u64(out, limb, if first { 1 } else { 9 });
        first = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_rounds_exact_ties_to_even_like_format() {
        assert_eq!(fixed(0.25, 1), "0.2");
        assert_eq!(fixed(0.75, 1), "0.8");
        assert_eq!(fixed(0.125, 2), "0.12");
        assert_eq!(fixed(0.35, 1), "0.3"); // 0.34999…
        assert_eq!(fixed(2.5, 0), "2");
        assert_eq!(fixed(3.5, 0), "4");
        assert_eq!(fixed(9.96, 1), "10.0");
        assert_eq!(fixed(0.999_999_5, 6), "1.000000");
        assert_eq!(fixed(1e15 + 0.25, 1), "1000000000000000.2");
    }

    #[test]
    fn fixed_signs_and_non_finite_values() {
        assert_eq!(fixed(-0.0, 1), "-0.0");
        assert_eq!(fixed(-0.01, 1), "-0.0");
        assert_eq!(fixed(f64::NAN, 1), "NaN");
        assert_eq!(fixed(f64::INFINITY, 1), "inf");
        assert_eq!(fixed(f64::NEG_INFINITY, 3), "-inf");
        assert_eq!(fixed(1e-300, 6), "0.000000");
        assert_eq!(fixed(5e-324, 0), "0");
    }

    #[test]
    fn fixed_prints_huge_whole_numbers_exactly() {
        assert_eq!(fixed(1e25, 1), "10000000000000000905969664.0");
        assert_eq!(fixed(f64::MAX, 0), format!("{:.0}", f64::MAX));
        assert_eq!(fixed(4503599627370497.0, 2), "4503599627370497.00");
    }

    #[test]
    fn rounding_up_carries_into_a_new_digit() {
        let mut s = Shortest { digits: 999, len: 3, point: 0 };
        s.round_up();
        assert_eq!((s.digits, s.len, s.point), (1, 1, 1));
        let mut s = Shortest { digits: 1299, len: 4, point: -2 };
        s.round_up();
        assert_eq!((s.digits, s.len, s.point), (13, 2, -2));
    }

    #[test]
    fn display_is_shortest_and_never_an_exponent() {
        assert_eq!(display(0.1), "0.1");
        assert_eq!(display(1e21), "1000000000000000000000");
        assert_eq!(display(1.5e-7), "0.00000015");
        assert_eq!(display(-2406.67), "-2406.67");
        assert_eq!(display(-0.0), "-0");
        assert_eq!(display(f64::NEG_INFINITY), "-inf");
        assert_eq!(display(f64::MAX), format!("{}", f64::MAX));
        assert_eq!(display(5e-324), format!("{}", 5e-324));
    }

    #[test]
    fn js_switches_to_an_exponent_outside_1e_minus_6_to_1e21() {
        assert_eq!(js(1e21), "1e+21");
        assert_eq!(js(1.5e21), "1.5e+21");
        assert_eq!(js(-1e-300), "-1e-300");
        assert_eq!(js(1e-6), "0.000001");
        assert_eq!(js(9.5e-7), "9.5e-7");
        assert_eq!(js(999_999_999_999_999_900_000.0), "999999999999999900000");
        assert_eq!(js(1234.5), "1234.5");
        assert_eq!(js(f64::NEG_INFINITY), "-Infinity");
        assert_eq!(js(-0.0), "-0");
    }
}
