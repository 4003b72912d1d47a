//! Decimal digits to the nearest `f64`, without core's float parser: `str::parse::<f64>`
//! carries a 10 KB table of powers of five (for the exponents up to 10^±342 that
//! no campaign figure reaches), and it was the largest single item of the first load.
//!
//! The typed figures are at most [`crate::model::number::LARGEST`] (10^15), and that
//! bound lets the whole conversion be exact integer arithmetic in a `u128`.

/// 10^0 … 10^22: every power of ten an `f64` holds exactly.
const EXACT_POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The most significant digits the exact division holds: 10^38 < 2^127, so a
/// remainder below it can be doubled in a `u128`.
const MOST_DIGITS: usize = 38;

/// Whole parts with more digits than this are at least 10^16: "too large" already.
const MOST_WHOLE_DIGITS: usize = 16;

/// The value of `[+-]?digits[.digits]` (either side of the point may be empty, not
/// both), rounded to the nearest `f64` as `str::parse` rounds it; `None` when `text`
/// is not of that form. A whole part of more than 16 digits reads as infinity (every
/// such value is beyond what the editor takes). Exact for up to 38 significant
/// digits; digits after the 38th only break ties, and the last of a fraction more
/// than 38 places long are dropped (values under 10^-38 read as 0).
pub fn to_f64(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let is_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !is_digits(whole) || !is_digits(fraction) {
        return None;
    }
    let whole = whole.trim_start_matches('0');
    let fraction = fraction.trim_end_matches('0');
    let magnitude = if whole.len() > MOST_WHOLE_DIGITS {
        f64::INFINITY
    } else {
        fast(whole, fraction).unwrap_or_else(|| exact(whole, fraction))
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// Clinger's fast path: the digits as an integer `m <= 2^53` and `10^k` for the `k`
/// fraction digits are both exact, so the one division rounds correctly.
fn fast(whole: &str, fraction: &str) -> Option<f64> {
    let mut m: u64 = 0;
    for b in whole.bytes().chain(fraction.bytes()) {
        m = m
            .checked_mul(10)?
            .checked_add(u64::from(b - b'0'))
            .filter(|&m| m <= 1 << 53)?;
    }
    Some(m as f64 / EXACT_POWERS_OF_TEN.get(fraction.len())?)
}

/// Long division in binary: `m / 10^k` with `m` and `10^k` exact in a `u128`, one
/// quotient bit at a time until 54 significant bits are known, then rounded half to
/// even with the remainder (and any digits dropped past the 38th) as the sticky bit.
fn exact(whole: &str, fraction: &str) -> f64 {
    let (mut m, mut scale): (u128, u128) = (0, 1);
    let (mut kept, mut places) = (0, 0);
    let mut sticky = false;
    for (i, b) in whole.bytes().chain(fraction.bytes()).enumerate() {
        let is_fraction = i >= whole.len();
        // Past the 38th significant digit or decimal place, a digit only says whether
        // the value lies above what the kept digits say.
        if kept == MOST_DIGITS || (is_fraction && places == MOST_DIGITS) {
            sticky |= b != b'0';
            continue;
        }
        m = m * 10 + u128::from(b - b'0');
        kept += usize::from(m > 0);
        if is_fraction {
            places += 1;
            scale *= 10;
        }
    }
    if m == 0 {
        return 0.0;
    }
    // The whole part is under 10^16 < 2^54, so the quotient starts below 2^54; the
    // remainder is under 10^38 < 2^127, so doubling it never overflows.
    let (mut quotient, mut remainder) = (m / scale, m % scale);
    let mut exponent: i32 = 0;
    while quotient < 1 << 53 {
        remainder *= 2;
        let bit = remainder >= scale;
        if bit {
            remainder -= scale;
        }
        quotient = quotient * 2 + u128::from(bit);
        exponent -= 1;
    }
    // 54 bits: the 53 an f64 keeps and the one that rounds them.
    let round_bit = quotient & 1 == 1;
    let sticky = sticky || remainder != 0;
    quotient >>= 1;
    exponent += 1;
    if round_bit && (sticky || quotient & 1 == 1) {
        quotient += 1;
    }
    // Both factors are exact (quotient <= 2^53, a power of two well inside the normal
    // range), so the product is too.
    quotient as f64 * 2f64.powi(exponent)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What `str::parse` (core's correctly rounded reader) makes of the same text.
    fn reference(text: &str) -> Option<f64> {
        text.parse().ok()
    }

    #[test]
    fn reads_what_str_parse_reads_at_the_edges() {
        for text in [
            "0",
            "-0",
            "+0",
            "0.0",
            ".5",
            "5.",
            "00012.3400",
            "1",
            "9007199254740992",
            "9007199254740993",
            "9007199254740995",
            "1000000000000000",
            "0.1",
            "0.3",
            "2.675",
            "123456789012.3456789012",
            "0.1000000000000000055511151231257827",
            "0.10000000000000000555111512312578271",
            "9999999999999999.5",
            "0.000000000000000000000000000000000001",
            "1.7976931348623157",
            "4503599627370496.5",
            "4503599627370497.5",
            "0.30000000000000004",
        ] {
            assert_eq!(to_f64(text), reference(text), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_decimal() {
        for text in [
            "", ".", "-", "+", "1.2.3", "1e5", "NaN", "inf", "1,5", " 1", "--1",
        ] {
            assert_eq!(to_f64(text), None, "{text}");
        }
        assert_eq!(to_f64("12345678901234567"), Some(f64::INFINITY));
    }

    #[test]
    fn a_negative_zero_stays_negative_as_str_parse_leaves_it() {
        assert!(to_f64("-0").unwrap().is_sign_negative());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        #[test]
        fn every_short_decimal_reads_as_str_parse_reads_it(
            whole in "[0-9]{0,16}", fraction in "[0-9]{0,40}", negative: bool,
        ) {
            prop_assume!(!(whole.is_empty() && fraction.is_empty()));
            let text = format!("{}{whole}.{fraction}", if negative { "-" } else { "" });
            // Past the 38th decimal place the digits are dropped: compare those with
            // the value the kept digits stand for.
            let kept = format!("{}{whole}.{}", if negative { "-" } else { "" },
                &fraction[..fraction.len().min(MOST_DIGITS)]);
            let ours = to_f64(&text).unwrap();
            let theirs = reference(&kept).unwrap();
            prop_assert!(ours == theirs || (ours - theirs).abs() <= theirs.abs() * f64::EPSILON,
                "{} read as {} (str::parse: {})", text, ours, theirs);
            if fraction.len() <= MOST_DIGITS && whole.len() + fraction.len() <= MOST_DIGITS {
                prop_assert_eq!(ours.to_bits(), theirs.to_bits(), "{}", text);
            }
        }
    }
}
