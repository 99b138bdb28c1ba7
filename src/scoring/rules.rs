//! The points a rule gives for a parsed value, exactly, before rounding.

use rust_decimal::Decimal;

use crate::criteria::{Adjustment, Better, Rule};
use crate::evidence::Value;

/// Exact points of `rule` for `value` on a leaf worth `max`; `None` when the value
/// gives no points by itself (empty, not applicable, or a `manual` leaf).
pub fn rule_points(rule: &Rule, max: Decimal, value: &Value) -> Option<Decimal> {
    let points = match (rule, value) {
        (Rule::Check, Value::Flag(yes)) => {
            if *yes {
                max
            } else {
                Decimal::ZERO
            }
        }
        (Rule::Tiers { better, tiers, .. }, Value::Number(number)) => tiers
            .iter()
            .find(|(threshold, _)| match better {
                Better::Higher => number >= threshold,
                Better::Lower => number <= threshold,
            })
            .map_or(Decimal::ZERO, |(_, points)| *points),
        (Rule::Ratio { target, floor, .. }, Value::Number(number)) => {
            if floor.is_some_and(|floor| *number < floor) {
                Decimal::ZERO
            } else if number >= target {
                max
            } else {
                // number < target ≤ 1e9 and max ≤ 1e9: the product cannot overflow.
                max * *number / *target
            }
        }
        (Rule::Deadline { due, late }, Value::Date(date)) => {
            if date <= due {
                max
            } else {
                *late
            }
        }
        (Rule::Deduct { per }, Value::Count(count)) => (max - *per * Decimal::from(*count)).max(Decimal::ZERO),
        (Rule::Choice { options }, Value::Choice(index)) => options.get(*index).map_or(Decimal::ZERO, |o| o.points),
        _ => return None,
    };
    Some(points)
}

/// Points of `rule` for an exact survey mean on a leaf worth `max`, rounded to
/// `decimals` (half away from zero) from the exact fraction; `None` for rules that
/// take no number.
pub fn mean_points(rule: &Rule, max: Decimal, mean: &num_rational::BigRational, decimals: u32) -> Option<Decimal> {
    use crate::exact::{ratio_of, round_ratio};
    use num_rational::BigRational;
    let points = match rule {
        Rule::Tiers { better, tiers, .. } => tiers
            .iter()
            .find(|(threshold, _)| {
                let threshold = ratio_of(*threshold);
                match better {
                    Better::Higher => *mean >= threshold,
                    Better::Lower => *mean <= threshold,
                }
            })
            .map_or(Decimal::ZERO, |(_, points)| *points),
        Rule::Ratio { target, floor, .. } => {
            if floor.is_some_and(|floor| *mean < ratio_of(floor)) {
                Decimal::ZERO
            } else if *mean >= ratio_of(*target) {
                max
            } else {
                // max × mean / target as one fraction, rounded without reducing it.
                let (max, target) = (ratio_of(max), ratio_of(*target));
                let exact = BigRational::new_raw(max.numer() * mean.numer() * target.denom(), max.denom() * mean.denom() * target.numer());
                return Some(round_ratio(&exact, decimals));
            }
        }
        _ => return None,
    };
    Some(crate::points::round(points, decimals))
}

/// Exact points of an adjustment for a count: `min(cap, per × count)`.
pub fn adjustment_points(adjustment: &Adjustment, value: &Value) -> Option<Decimal> {
    match value {
        Value::Count(count) => {
            let points = adjustment.per * Decimal::from(*count);
            Some(adjustment.cap.map_or(points, |cap| points.min(cap)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::{AdjustmentKind, ChoiceOption};
    use chrono::NaiveDate;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    fn number(text: &str) -> Value {
        Value::Number(d(text))
    }

    fn tiers(better: Better) -> Rule {
        let pairs = match better {
            Better::Higher => vec![(d("100"), d("2")), (d("95"), d("1"))],
            Better::Lower => vec![(d("0"), d("2")), (d("3"), d("1"))],
        };
        Rule::Tiers { better, percent: true, tiers: pairs }
    }

    #[test]
    fn check_gives_max_or_nothing() {
        assert_eq!(rule_points(&Rule::Check, d("0.5"), &Value::Flag(true)), Some(d("0.5")));
        assert_eq!(rule_points(&Rule::Check, d("0.5"), &Value::Flag(false)), Some(d("0")));
        assert_eq!(rule_points(&Rule::Check, d("0.5"), &Value::Empty), None);
    }

    #[test]
    fn tiers_higher_exactly_on_thresholds() {
        // "Tỷ lệ hồ sơ đúng hạn 100%: 2 điểm; 95% – dưới 100%: 1 điểm; dưới 95%: 0".
        let rule = tiers(Better::Higher);
        assert_eq!(rule_points(&rule, d("2"), &number("100")), Some(d("2")));
        assert_eq!(rule_points(&rule, d("2"), &number("99.99")), Some(d("1")));
        assert_eq!(rule_points(&rule, d("2"), &number("95")), Some(d("1")));
        assert_eq!(rule_points(&rule, d("2"), &number("94.99")), Some(d("0")));
    }

    #[test]
    fn tiers_lower_exactly_on_thresholds() {
        let rule = tiers(Better::Lower);
        assert_eq!(rule_points(&rule, d("2"), &number("0")), Some(d("2")));
        assert_eq!(rule_points(&rule, d("2"), &number("0.01")), Some(d("1")));
        assert_eq!(rule_points(&rule, d("2"), &number("3")), Some(d("1")));
        assert_eq!(rule_points(&rule, d("2"), &number("3.01")), Some(d("0")));
    }

    #[test]
    fn ratio_is_proportional_capped_and_floored() {
        let rule = Rule::Ratio { target: d("80"), floor: Some(d("30")), percent: true };
        // 1.5 × 60 / 80 = 1.125 exactly (rounded later to 1.13).
        assert_eq!(rule_points(&rule, d("1.5"), &number("60")), Some(d("1.125")));
        assert_eq!(rule_points(&rule, d("1.5"), &number("80")), Some(d("1.5")));
        assert_eq!(rule_points(&rule, d("1.5"), &number("95")), Some(d("1.5")));
        assert_eq!(rule_points(&rule, d("1.5"), &number("30")), Some(d("0.5625")));
        assert_eq!(rule_points(&rule, d("1.5"), &number("29.9")), Some(d("0")));
        // 2.75 × 53.91 / 100 = 1.482525.
        let plain = Rule::Ratio { target: d("100"), floor: None, percent: false };
        assert_eq!(rule_points(&plain, d("2.75"), &number("53.91")), Some(d("1.482525")));
    }

    #[test]
    fn deadline_on_the_due_date_and_a_day_after() {
        let due = NaiveDate::from_ymd_opt(2024, 1, 31).unwrap();
        let rule = Rule::Deadline { due, late: d("0.5") };
        assert_eq!(rule_points(&rule, d("1"), &Value::Date(due)), Some(d("1")));
        assert_eq!(rule_points(&rule, d("1"), &Value::Date(due.pred_opt().unwrap())), Some(d("1")));
        assert_eq!(rule_points(&rule, d("1"), &Value::Date(due.succ_opt().unwrap())), Some(d("0.5")));
        assert_eq!(rule_points(&rule, d("1"), &Value::Empty), None);
    }

    #[test]
    fn deduct_never_goes_below_zero() {
        // "Mỗi báo cáo gửi chậm trừ 0,25 điểm" on a 1-point leaf.
        let rule = Rule::Deduct { per: d("0.25") };
        assert_eq!(rule_points(&rule, d("1"), &Value::Count(0)), Some(d("1")));
        assert_eq!(rule_points(&rule, d("1"), &Value::Count(3)), Some(d("0.25")));
        assert_eq!(rule_points(&rule, d("1"), &Value::Count(4)), Some(d("0")));
        assert_eq!(rule_points(&rule, d("1"), &Value::Count(9)), Some(d("0")));
    }

    #[test]
    fn choice_gives_the_option_points() {
        let option = |label: &str, points: &str| ChoiceOption { label: label.into(), folded: label.to_lowercase(), points: d(points) };
        let rule =
            Rule::Choice { options: vec![option("Đầy đủ", "0.5"), option("Còn thiếu", "0.25"), option("Không đạt", "0")] };
        assert_eq!(rule_points(&rule, d("0.5"), &Value::Choice(1)), Some(d("0.25")));
        assert_eq!(rule_points(&rule, d("0.5"), &Value::Choice(2)), Some(d("0")));
    }

    #[test]
    fn manual_takes_no_points_from_a_value() {
        assert_eq!(rule_points(&Rule::Manual { step: None }, d("1"), &Value::Empty), None);
    }

    #[test]
    fn adjustment_is_capped() {
        let bonus = Adjustment {
            id: "T1".into(),
            name: "Sáng kiến".into(),
            description: None,
            kind: AdjustmentKind::Bonus,
            per: d("0.5"),
            cap: Some(d("1")),
        };
        assert_eq!(adjustment_points(&bonus, &Value::Count(1)), Some(d("0.5")));
        assert_eq!(adjustment_points(&bonus, &Value::Count(2)), Some(d("1")));
        assert_eq!(adjustment_points(&bonus, &Value::Count(5)), Some(d("1")));
        assert_eq!(adjustment_points(&bonus, &Value::Empty), None);
    }
}
