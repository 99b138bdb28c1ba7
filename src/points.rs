//! Exact decimal points: rounding half away from zero and fixed-decimal display.

use rust_decimal::{Decimal, RoundingStrategy};

/// Rounds to `decimals` places, half away from zero (2.125 → 2.13, −2.125 → −2.13).
pub fn round(value: Decimal, decimals: u32) -> Decimal {
    value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero)
}

/// `numerator / denominator` rounded to `decimals` places, half away from zero.
///
/// `rust_decimal` divides to 28 significant digits. A quotient of two decimals with
/// few places is either exact within those digits or lies far (more than 1e-20)
/// from any rounding midpoint, so the rounded result is the exact one.
pub fn div_round(numerator: Decimal, denominator: Decimal, decimals: u32) -> Decimal {
    round(numerator / denominator, decimals)
}

/// Formats with exactly `decimals` places, `.` as the decimal mark, no grouping and
/// never a negative zero.
pub fn fixed(value: Decimal, decimals: u32) -> String {
    let mut text = String::new();
    write_fixed(&mut text, value, decimals);
    text
}

/// Appends [`fixed`]`(value, decimals)` to `out`, from the digits of the rounded
/// value (quicker than `Decimal`'s `Display`, the same text).
pub fn write_fixed(out: &mut String, value: Decimal, decimals: u32) {
    let mut shown = round(value, decimals);
    if shown.is_zero() {
        shown = Decimal::ZERO;
    }
    shown.rescale(decimals);
    let mantissa = shown.mantissa();
    if mantissa < 0 {
        out.push('-');
    }
    // The mantissa's digits, last first, at least one before the decimal point;
    // 96 bits have at most 29 digits and the scale is at most 28.
    let scale = shown.scale() as usize;
    let mut digits = [0u8; 32];
    let mut len = 0;
    let mut rest = mantissa.unsigned_abs();
    while rest > u128::from(u64::MAX) {
        digits[len] = b'0' + (rest % 10) as u8;
        rest /= 10;
        len += 1;
    }
    let mut rest = rest as u64;
    while rest > 0 || len <= scale {
        digits[len] = b'0' + (rest % 10) as u8;
        rest /= 10;
        len += 1;
    }
    for at in (0..len).rev() {
        out.push(char::from(digits[at]));
        if at == scale && scale > 0 {
            out.push('.');
        }
    }
}

/// Formats like [`fixed`] but with a decimal comma, as Vietnamese officials write.
pub fn fixed_comma(value: Decimal, decimals: u32) -> String {
    fixed(value, decimals).replace('.', ",")
}

/// Shows an exact figure without trailing zeros (maxima, thresholds: `1.5`, `0.25`).
pub fn plain(value: Decimal) -> String {
    let mut shown = value.normalize();
    if shown.is_zero() {
        shown = Decimal::ZERO;
    }
    shown.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    /// `fixed` as it was first written, with `Decimal`'s own display.
    fn fixed_by_display(value: Decimal, decimals: u32) -> String {
        let mut shown = round(value, decimals);
        if shown.is_zero() {
            shown = Decimal::ZERO;
        }
        shown.rescale(decimals);
        shown.to_string()
    }

    #[test]
    fn fixed_digits_equal_the_decimal_display() {
        assert_eq!(fixed(d("92.5"), 2), "92.50");
        assert_eq!(fixed(d("-0.004"), 2), "0.00");
        assert_eq!(fixed(d("-1.005"), 2), "-1.01");
        assert_eq!(fixed(d("0.05"), 1), "0.1");
        assert_eq!(fixed(d("7"), 0), "7");
        let mut random = crate::testing::XorShift(0x9E37_79B9_7F4A_7C15);
        for _ in 0..20_000 {
            let state = random.next();
            let value = Decimal::new((state % 2_000_000_001) as i64 - 1_000_000_000, (state >> 40) as u32 % 8);
            let decimals = (state >> 50) as u32 % 5;
            assert_eq!(fixed(value, decimals), fixed_by_display(value, decimals), "{value} to {decimals} places");
        }
        for value in [Decimal::MAX, Decimal::MIN, Decimal::ZERO, -Decimal::ZERO, Decimal::ONE_HUNDRED] {
            assert_eq!(fixed(value, 2), fixed_by_display(value, 2), "{value}");
        }
    }

    #[test]
    fn rounds_half_away_from_zero_not_to_even() {
        assert_eq!(round(d("2.125"), 2), d("2.13"));
        assert_eq!(round(d("2.135"), 2), d("2.14"));
        assert_eq!(round(d("0.625"), 2), d("0.63"));
        assert_eq!(round(d("-2.125"), 2), d("-2.13"));
        assert_eq!(round(d("2.1249999"), 2), d("2.12"));
        assert_eq!(round(d("97.685"), 2), d("97.69"));
        assert_eq!(round(d("97.6845"), 3), d("97.685"));
    }

    #[test]
    fn division_rounds_exactly() {
        // 68.32 / 84 × 100 = 81.3333… → 81.33 (Thanh Hóa 2023, Ban Dân tộc).
        assert_eq!(div_round(d("68.32") * d("100"), d("84"), 2), d("81.33"));
        // 1 / 8 = 0.125 exactly → 0.13.
        assert_eq!(div_round(d("1"), d("8"), 2), d("0.13"));
        // 2 / 3 = 0.666… → 0.67.
        assert_eq!(div_round(d("2"), d("3"), 2), d("0.67"));
    }

    #[test]
    fn fixed_pads_and_never_shows_negative_zero() {
        assert_eq!(fixed(d("1.5"), 2), "1.50");
        assert_eq!(fixed(d("-0.001"), 2), "0.00");
        assert_eq!(fixed(d("-2"), 2), "-2.00");
        assert_eq!(fixed(d("97.685"), 3), "97.685");
        assert_eq!(fixed(d("3"), 0), "3");
        assert_eq!(fixed_comma(d("92.5"), 2), "92,50");
        assert_eq!(plain(d("1.500")), "1.5");
    }
}
