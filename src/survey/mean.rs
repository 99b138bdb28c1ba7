//! The exact value of a survey leaf: group means weighted by `[survey] groups`
//! (formats.md section 8).

use num_bigint::BigInt;
use num_rational::BigRational;
use rust_decimal::Decimal;

use crate::criteria::Survey;
use crate::exact::ratio_of;

/// The leaf's value from the answers of one unit: `counts[g][o]` is how many of
/// group `g`'s answers chose option `o` (counted answers only). Each group's mean is
/// the mean of its credited percents; the value is the mean of the group means
/// weighted by `groups` over the groups with at least one counted answer; without
/// `groups`, the plain mean of all counted answers. `None`: no counted answer.
pub fn leaf_mean(survey: &Survey, counts: &[&[u32]]) -> Option<BigRational> {
    // Fractions are added without reducing (num-rational reduces after every
    // operation, a gcd each time); the result is reduced once.
    let sums: Vec<(Decimal, u64)> = counts.iter().map(|by_option| decimal_sum(survey, by_option)).collect();
    if survey.groups.is_empty() {
        let answers: u64 = sums.iter().map(|(_, n)| n).sum();
        let total: Decimal = sums.iter().map(|(sum, _)| *sum).sum();
        return (answers > 0).then(|| BigRational::new(big(total.mantissa()), big(10i128.pow(total.scale())) * BigInt::from(answers)));
    }
    // Σ w·S/n over groups with answers, as one fraction over Π n; then ÷ Σ w.
    let (mut numerator, mut denominator) = (BigInt::from(0), BigInt::from(1));
    let mut weights = Decimal::ZERO;
    for ((sum, answers), (_, weight)) in sums.into_iter().zip(&survey.groups) {
        if answers == 0 {
            continue;
        }
        // w·S is exact: both have few digits.
        let term = *weight * sum;
        let (term_numerator, term_denominator) = (big(term.mantissa()), big(10i128.pow(term.scale())) * BigInt::from(answers));
        numerator = numerator * &term_denominator + term_numerator * &denominator;
        denominator *= term_denominator;
        weights += *weight;
    }
    (weights > Decimal::ZERO).then(|| BigRational::new(numerator * big(10i128.pow(weights.scale())), denominator * big(weights.mantissa())))
}

fn big(value: i128) -> BigInt {
    BigInt::from(value)
}

/// A group's sum of credited percents (exact decimal) and its counted answers.
fn decimal_sum(survey: &Survey, by_option: &[u32]) -> (Decimal, u64) {
    let mut sum = Decimal::ZERO;
    let mut answers = 0u64;
    for (option, &count) in survey.options.iter().zip(by_option) {
        sum += option.percent * Decimal::from(count);
        answers += u64::from(count);
    }
    (sum, answers)
}

/// A group's sum of credited percents and its number of counted answers.
pub fn group_sum(survey: &Survey, by_option: &[u32]) -> (BigRational, u64) {
    let mut sum = Decimal::ZERO;
    let mut answers = 0u64;
    for (option, &count) in survey.options.iter().zip(by_option) {
        // count ≤ 2³² and percent ≤ 100: the product and the sum stay exact.
        sum += option.percent * Decimal::from(count);
        answers += u64::from(count);
    }
    (ratio_of(sum), answers)
}

/// A group's mean percent, `None` without counted answers.
pub fn group_mean(survey: &Survey, by_option: &[u32]) -> Option<BigRational> {
    let (sum, answers) = group_sum(survey, by_option);
    (answers > 0).then(|| sum / BigRational::from_integer(BigInt::from(answers)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::SurveyOption;
    use std::str::FromStr;

    fn survey(groups: &[(&str, &str)]) -> Survey {
        let options = [("A", "100"), ("B", "60"), ("C", "20"), ("D", "0")]
            .iter()
            .map(|(label, percent)| SurveyOption {
                label: (*label).into(),
                folded: label.to_lowercase(),
                percent: Decimal::from_str(percent).unwrap(),
            })
            .collect();
        let groups = groups.iter().map(|(name, weight)| ((*name).into(), Decimal::from_str(weight).unwrap())).collect();
        Survey { options, groups, ..Survey::default() }
    }

    fn q(numerator: i64, denominator: i64) -> BigRational {
        BigRational::new(numerator.into(), denominator.into())
    }

    #[test]
    fn plain_mean_without_groups() {
        // A, B, B: (100 + 60 + 60) / 3 = 220/3 = 73.333…
        let value = leaf_mean(&survey(&[]), &[&[1, 2, 0, 0]]).unwrap();
        assert_eq!(value, q(220, 3));
    }

    #[test]
    fn group_means_weighted() {
        // P1 (weight 1): A, D → 50; P2 (weight 2): B, B, C → 140/3.
        // (1 × 50 + 2 × 140/3) / 3 = (150/3 + 280/3) / 3 = 430/9 = 47.777…
        let value = leaf_mean(&survey(&[("P1", "1"), ("P2", "2")]), &[&[1, 0, 0, 1], &[0, 2, 1, 0]]).unwrap();
        assert_eq!(value, q(430, 9));
    }

    #[test]
    fn groups_without_counted_answers_leave_the_weighting() {
        // P1 has no counted answer: the value is P2's mean, 60 (not 2 × 60 / 3 = 40).
        let value = leaf_mean(&survey(&[("P1", "1"), ("P2", "2")]), &[&[0, 0, 0, 0], &[0, 1, 0, 0]]).unwrap();
        assert_eq!(value, q(60, 1));
        // Weights that are not whole: P1 = 1, P2 = 0.5; P1: A → 100, P2: D → 0.
        // (1 × 100 + 0.5 × 0) / 1.5 = 200/3.
        let value = leaf_mean(&survey(&[("P1", "1"), ("P2", "0.5")]), &[&[1, 0, 0, 0], &[0, 0, 0, 1]]).unwrap();
        assert_eq!(value, q(200, 3));
    }

    #[test]
    fn no_counted_answer_is_no_value() {
        assert_eq!(leaf_mean(&survey(&[]), &[&[0, 0, 0, 0]]), None);
        assert_eq!(leaf_mean(&survey(&[("P1", "1")]), &[&[0, 0, 0, 0]]), None);
    }
}
