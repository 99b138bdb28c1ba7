//! Exact fractions for survey means: decimals as fractions, and a fraction rounded to
//! a number of decimals half away from zero without any intermediate rounding.

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};
use rust_decimal::Decimal;

/// `value` as an exact fraction.
pub fn ratio_of(value: Decimal) -> BigRational {
    // Not reduced (no gcd): comparisons and the arithmetic of num-rational accept
    // any fraction with a positive denominator.
    BigRational::new_raw(BigInt::from(value.mantissa()), BigInt::from(10u8).pow(value.scale()))
}

/// `value` rounded to `decimals` places, half away from zero (2.125 → 2.13), decided on
/// the exact fraction.
pub fn round_ratio(value: &BigRational, decimals: u32) -> Decimal {
    // value × 10^decimals = n / d with n, d ≥ 0 (the fraction need not be reduced).
    let negative = value.is_negative();
    let numerator = value.numer().abs() * BigInt::from(10u8).pow(decimals);
    let denominator = value.denom().abs();
    // floor((2n + d) / 2d) is n/d rounded half up; the sign is put back after.
    let (rounded, _) = (numerator * 2u8 + &denominator).div_rem(&(denominator * 2u8));
    let rounded = if negative { -rounded } else { rounded };
    let mantissa = rounded.to_i128().unwrap_or(if negative { i128::MIN } else { i128::MAX });
    Decimal::try_from_i128_with_scale(mantissa, decimals).unwrap_or(if negative { Decimal::MIN } else { Decimal::MAX })
}

/// `value` shown with `decimals` places (rounded as [`round_ratio`]), for tables.
pub fn show_ratio(value: &BigRational, decimals: u32) -> Decimal {
    if value.is_zero() { Decimal::ZERO } else { round_ratio(value, decimals) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    fn q(numerator: i64, denominator: i64) -> BigRational {
        BigRational::new(numerator.into(), denominator.into())
    }

    #[test]
    fn halves_round_away_from_zero_from_the_exact_fraction() {
        // 17/8 = 2.125 exactly → 2.13; −17/8 → −2.13.
        assert_eq!(round_ratio(&q(17, 8), 2), d("2.13"));
        assert_eq!(round_ratio(&q(-17, 8), 2), d("-2.13"));
        // 1/3 = 0.333… → 0.33; 2/3 → 0.67.
        assert_eq!(round_ratio(&q(1, 3), 2), d("0.33"));
        assert_eq!(round_ratio(&q(2, 3), 2), d("0.67"));
        // Just below a half: 2.125 − 10⁻³⁰ stays 2.12 (a 28-digit decimal would give 2.13).
        let below = q(17, 8) - BigRational::new(1.into(), BigInt::from(10u8).pow(30));
        assert_eq!(round_ratio(&below, 2), d("2.12"));
        assert_eq!(round_ratio(&ratio_of(d("97.685")), 2), d("97.69"));
    }

    #[test]
    fn decimals_become_exact_fractions() {
        assert_eq!(ratio_of(d("0.25")), q(1, 4));
        assert_eq!(ratio_of(d("-1.5")), q(-3, 2));
    }
}
