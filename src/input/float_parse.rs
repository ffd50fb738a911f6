//! Decimal text to `f64` as `str::parse` reads it, without core's Eisel–Lemire table (12 KB of gzipped wasm).
//!
//! Core's `parse::<f64>` links a 10 KB table of 128-bit powers of five for its fast
//! Eisel–Lemire path. This module keeps core's two table-free paths: Clinger's fast path (an
//! exact integer times an exact power of ten, one rounding) and, for everything else, core's own
//! fallback, Simple Decimal Conversion (Nigel Tao; `core::num::dec2flt::slow`), exact for every
//! input. Both round correctly, as core does, so the results are the same bit for bit;
//! tests/float_parse.rs checks it, halfway cases included.
//!
//! Measured with `wasmsize` on the core with serde-free bindings: 162,160 bytes (81,131
//! gzipped) with `str::parse`, 149,262 (68,818) with this module. As standalone wasm, core's
//! parse is 19,986 bytes (16,257 gzipped) and `lexical-parse-float` 1.x with `compact`, the
//! smallest correct crate tried, 12,378 (6,133): the crate would keep about 4 KB gzipped of
//! what this saves. The price is speed on numbers of more than 15 digits, which take the slow
//! path: 0.36 µs each natively against core's 0.02 µs (25 against 11 ns for shorter ones).

/// `text.parse::<f64>().ok()` for text made of digits, `.`, `e`/`E` and signs: an optional
/// sign, digits with at most one `.` (at least one digit), and an optional exponent with at
/// least one digit. `None` for anything else, `inf`/`nan` included (core reads those; the
/// callers here never pass them).
pub fn parse(text: &str) -> Option<f64> {
    let (negative, bytes) = match text.as_bytes().split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, text.as_bytes()),
    };
    let number = scan(bytes)?;
    let value = fast_path(&number).unwrap_or_else(|| slow_path(&number));
    Some(if negative { -value } else { value })
}

/// Where the parts of a number are in its text.
struct Scanned<'a> {
    /// Digits before and after the point.
    whole: &'a [u8],
    fraction: &'a [u8],
    /// The exponent as core reads it: digits stop counting once it reaches 65,536.
    exponent: i32,
}

fn scan(bytes: &[u8]) -> Option<Scanned<'_>> {
    let digits = |s: &[u8]| s.iter().take_while(|b| b.is_ascii_digit()).count();
    let whole_len = digits(bytes);
    let (whole, mut rest) = bytes.split_at(whole_len);
    let mut fraction: &[u8] = &[];
    if let Some((b'.', after)) = rest.split_first() {
        let (f, r) = after.split_at(digits(after));
        fraction = f;
        rest = r;
    }
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let mut exponent = 0i32;
    if let Some((b'e' | b'E', after)) = rest.split_first() {
        let (negative, after) = match after.split_first() {
            Some((b'-', a)) => (true, a),
            Some((b'+', a)) => (false, a),
            _ => (false, after),
        };
        let (exp_digits, r) = after.split_at(digits(after));
        if exp_digits.is_empty() {
            return None;
        }
        for &b in exp_digits {
            if exponent < 0x10000 {
                exponent = 10 * exponent + i32::from(b - b'0');
            }
        }
        if negative {
            exponent = -exponent;
        }
        rest = r;
    }
    rest.is_empty().then_some(Scanned { whole, fraction, exponent })
}

/// Clinger's fast path: at most 19 significant digits forming an integer below 2^53, scaled
/// by 10^k with |k| ≤ 22 (exact in an `f64`): one multiplication or division, correctly rounded.
fn fast_path(n: &Scanned) -> Option<f64> {
    let mut mantissa = 0u64;
    let mut significant = 0;
    for &b in n.whole.iter().chain(n.fraction) {
        if mantissa == 0 && b == b'0' {
            continue;
        }
        significant += 1;
        if significant > 19 {
            return None;
        }
        mantissa = mantissa * 10 + u64::from(b - b'0');
    }
    let scale = i64::from(n.exponent) - n.fraction.len() as i64;
    if mantissa > 1 << 53 || !(-22..=22).contains(&scale) {
        return None;
    }
    let mut power = 1.0f64;
    for _ in 0..scale.unsigned_abs() {
        power *= 10.0; // exact up to 10^22
    }
    let m = mantissa as f64; // exact below 2^53
    Some(if scale < 0 { m / power } else { m * power })
}

/// Significant digits kept: enough to round any `f64` exactly (core keeps as many).
const MAX_DIGITS: usize = 768;
/// Past this decimal point a shift can only give zero or infinity.
const POINT_RANGE: i32 = 2047;

/// A decimal `0.d₁d₂… × 10^point` of up to `MAX_DIGITS` digits (values 0–9, no trailing zeros),
/// remembering whether non-zero digits were dropped past them.
struct Decimal {
    digits: Vec<u8>,
    point: i32,
    truncated: bool,
}

impl Decimal {
    /// The digits of `n`, as core's `parse_decimal_seq` reads them.
    fn new(n: &Scanned) -> Decimal {
        let mut all = n.whole.iter().chain(n.fraction).map(|b| b - b'0').skip_while(|&d| d == 0);
        let mut digits: Vec<u8> = all.by_ref().take(MAX_DIGITS).collect();
        let truncated = all.any(|d| d != 0);
        // The point: whole digits left after the leading zeros, less any leading zeros after it.
        let leading = n.whole.iter().chain(n.fraction).take_while(|&&b| b == b'0').count();
        let point = n.whole.len() as i64 - leading as i64;
        while digits.last() == Some(&0) {
            digits.pop();
        }
        let point = if digits.is_empty() { 0 } else { point + i64::from(n.exponent) };
        let point = point.clamp(-i64::from(i32::MAX), i64::from(i32::MAX)) as i32;
        Decimal { digits, point, truncated }
    }

    fn trim(&mut self) {
        while self.digits.last() == Some(&0) {
            self.digits.pop();
        }
    }

    /// `self × 2^shift`, `shift` ≤ 60.
    fn left_shift(&mut self, shift: u32) {
        if self.digits.is_empty() {
            return;
        }
        // The product's digits, lowest first.
        let mut product = Vec::with_capacity(self.digits.len() + 19);
        let mut n = 0u64;
        for &d in self.digits.iter().rev() {
            n += u64::from(d) << shift;
            product.push((n % 10) as u8);
            n /= 10;
        }
        while n > 0 {
            product.push((n % 10) as u8);
            n /= 10;
        }
        self.point += (product.len() - self.digits.len()) as i32;
        let dropped = product.len().saturating_sub(MAX_DIGITS);
        if product.iter().take(dropped).any(|&d| d != 0) {
            self.truncated = true;
        }
        self.digits = product.into_iter().skip(dropped).rev().collect();
        self.trim();
    }

    /// `self × 2^-shift`, `shift` ≤ 60.
    fn right_shift(&mut self, shift: u32) {
        let mut read = 0;
        let mut n = 0u64;
        while n >> shift == 0 {
            if let Some(&d) = self.digits.get(read) {
                n = 10 * n + u64::from(d);
                read += 1;
            } else if n == 0 {
                return;
            } else {
                while n >> shift == 0 {
                    n *= 10;
                    read += 1;
                }
                break;
            }
        }
        self.point -= read as i32 - 1;
        if self.point < -POINT_RANGE {
            *self = Decimal { digits: Vec::new(), point: 0, truncated: false };
            return;
        }
        let mask = (1u64 << shift) - 1;
        let mut quotient = Vec::with_capacity(self.digits.len());
        for &d in self.digits.iter().skip(read) {
            quotient.push((n >> shift) as u8);
            n = 10 * (n & mask) + u64::from(d);
        }
        while n > 0 {
            let digit = (n >> shift) as u8;
            n = 10 * (n & mask);
            if quotient.len() < MAX_DIGITS {
                quotient.push(digit);
            } else if digit > 0 {
                self.truncated = true;
            }
        }
        self.digits = quotient;
        self.trim();
    }

    /// The integer part, rounded half to even (up when digits were dropped).
    fn round(&self) -> u64 {
        if self.digits.is_empty() || self.point < 0 {
            return 0;
        }
        if self.point >= 19 {
            return u64::MAX;
        }
        let point = self.point as usize;
        let mut n = 0u64;
        for i in 0..point {
            n = n * 10 + u64::from(self.digits.get(i).copied().unwrap_or(0));
        }
        let round_up = match self.digits.get(point) {
            Some(5) if point + 1 == self.digits.len() => {
                self.truncated
                    || point.checked_sub(1).and_then(|i| self.digits.get(i)).is_some_and(|d| d % 2 == 1)
            }
            Some(&d) => d >= 5,
            None => false,
        };
        n + u64::from(round_up)
    }
}

/// Simple Decimal Conversion, as `core::num::dec2flt::slow::parse_long_mantissa` does it.
fn slow_path(n: &Scanned) -> f64 {
    const SIG_BITS: u32 = 52;
    const EXP_MIN: i32 = -1022;
    const INFINITE_POWER: i32 = 0x7ff;
    const POWERS: [u8; 19] = [0, 3, 6, 9, 13, 16, 19, 23, 26, 29, 33, 36, 39, 43, 46, 49, 53, 56, 59];
    let shift_for = |n: i32| POWERS.get(n as usize).map_or(60, |&p| u32::from(p));
    let bits = |m: u64, power: i32| f64::from_bits(m | ((power as u64) << SIG_BITS));
    let infinity = f64::INFINITY;

    let mut d = Decimal::new(n);
    if d.digits.is_empty() || d.point < -324 {
        return 0.0;
    }
    if d.point >= 310 {
        return infinity;
    }
    let mut exp2 = 0i32;
    while d.point > 0 {
        let shift = shift_for(d.point);
        d.right_shift(shift);
        if d.point < -POINT_RANGE {
            return 0.0;
        }
        exp2 += shift as i32;
    }
    while d.point <= 0 {
        let shift = if d.point == 0 {
            match d.digits.first() {
                Some(&digit) if digit >= 5 => break,
                Some(0 | 1) | None => 2,
                Some(_) => 1,
            }
        } else {
            shift_for(-d.point)
        };
        d.left_shift(shift);
        if d.point > POINT_RANGE {
            return infinity;
        }
        exp2 -= shift as i32;
    }
    exp2 -= 1;
    while EXP_MIN > exp2 {
        let shift = (EXP_MIN - exp2).min(60);
        d.right_shift(shift as u32);
        exp2 += shift;
    }
    if exp2 - EXP_MIN + 1 >= INFINITE_POWER {
        return infinity;
    }
    d.left_shift(SIG_BITS + 1);
    let mut mantissa = d.round();
    if mantissa >= 1 << (SIG_BITS + 1) {
        d.right_shift(1);
        exp2 += 1;
        mantissa = d.round();
        if exp2 - EXP_MIN + 1 >= INFINITE_POWER {
            return infinity;
        }
    }
    let mut power = exp2 - EXP_MIN + 1;
    if mantissa < 1 << SIG_BITS {
        power -= 1;
    }
    bits(mantissa & ((1 << SIG_BITS) - 1), power)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_str_parse_reads() {
        for text in
            ["0", "-0", "1", "+1.5", "2406.67", ".5", "5.", "1e5", "1E+5", "2.5e-3", "1.0000958135251341e+21"]
        {
            assert_eq!(parse(text).map(f64::to_bits), text.parse::<f64>().ok().map(f64::to_bits), "{text}");
        }
    }

    #[test]
    fn refuses_what_str_parse_refuses() {
        for text in ["", ".", "-", "e5", ".e5", "1e", "1e+", "1.2.3", "1e5.3", "1-", "--1", "1e--5", "1 "] {
            assert_eq!(parse(text), None, "{text}");
            assert!(text.parse::<f64>().is_err(), "{text}");
        }
    }

    #[test]
    fn extremes_round_to_zero_or_infinity_as_core_does() {
        for text in ["1e309", "1e-400", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e99999999"] {
            assert_eq!(parse(text).map(f64::to_bits), text.parse::<f64>().ok().map(f64::to_bits), "{text}");
        }
        // The exponent stops counting at 65,536, as in core.
        let text = format!("0.{}1e70005", "0".repeat(70_000));
        assert_eq!(parse(&text), text.parse::<f64>().ok());
    }
}
