//! Validation of `rule = { kind = … }` tables into [`Rule`]s: required and allowed
//! fields per kind, points within 0..max, tiers best first.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::ops::Range;
use toml::Spanned;

use super::load::Checker;
use super::model::{Better, ChoiceOption, Rule};
use super::raw::{RawNumber, RawRule};
use crate::text::fold;
use crate::tr;
use crate::values::{is_not_applicable, parse_date};

/// The rule kinds, as written in TOML.
pub const RULE_KINDS: [&str; 7] = ["check", "tiers", "ratio", "deadline", "deduct", "choice", "manual"];

/// Validates a rule for a leaf worth `max` points.
pub(super) fn validate_rule(checker: &mut Checker, raw: &Spanned<RawRule>, max: Decimal) -> Option<Rule> {
    let rule = raw.get_ref();
    let kind = rule.kind.get_ref().as_str();
    let allowed: &[&str] = match kind {
        "check" => &[],
        "tiers" => &["tiers", "better", "percent"],
        "ratio" => &["target", "floor", "percent"],
        "deadline" => &["due", "late"],
        "deduct" => &["per"],
        "choice" => &["options"],
        "manual" => &["step"],
        other => {
            let message = match crate::text::closest(other, RULE_KINDS) {
                Some(near) => tr!("criteria-rule-kind-unknown-near", kind = other, near = near),
                None => tr!("criteria-rule-kind-unknown", kind = other),
            };
            checker.error(&rule.kind.span(), message, tr!("criteria-one-of", list = RULE_KINDS.join(", ")));
            return None;
        }
    };
    let present = [
        ("percent", rule.percent.as_ref().map(|v| v.span())),
        ("better", rule.better.as_ref().map(|v| v.span())),
        ("tiers", rule.tiers.as_ref().map(|v| v.span())),
        ("target", rule.target.as_ref().map(|v| v.span())),
        ("floor", rule.floor.as_ref().map(|v| v.span())),
        ("due", rule.due.as_ref().map(|v| v.span())),
        ("late", rule.late.as_ref().map(|v| v.span())),
        ("per", rule.per.as_ref().map(|v| v.span())),
        ("options", rule.options.as_ref().map(|v| v.span())),
        ("step", rule.step.as_ref().map(|v| v.span())),
    ];
    let mut misplaced = false;
    for (field, span) in present {
        if let Some(span) = span
            && !allowed.contains(&field)
        {
            let expected = if allowed.is_empty() {
                tr!("criteria-rule-no-fields", kind = kind)
            } else {
                tr!("criteria-rule-fields", kind = kind, fields = allowed.join(", "))
            };
            checker.error(&span, tr!("criteria-rule-field-unused", field = field, kind = kind), expected);
            misplaced = true;
        }
    }
    let percent = rule.percent.as_ref().is_some_and(|p| *p.get_ref());
    let built = match kind {
        "check" => Some(Rule::Check),
        "tiers" => tiers(checker, rule, &raw.span(), max, percent),
        "ratio" => ratio(checker, rule, max, percent),
        "deadline" => deadline(checker, rule, &raw.span(), max),
        "deduct" => match &rule.per {
            Some(per) => checker.positive(per, "per").map(|per| Rule::Deduct { per }),
            None => {
                checker.error(&raw.span(), tr!("criteria-deduct-no-per"), tr!("criteria-deduct-no-per-expected"));
                None
            }
        },
        "choice" => choice(checker, rule, &raw.span(), max),
        _ => {
            let step = match &rule.step {
                Some(step) => Some(checker.positive(step, "step")?),
                None => None,
            };
            Some(Rule::Manual { step })
        }
    };
    if misplaced { None } else { built }
}

/// A points figure that must lie in 0..max.
fn points(checker: &mut Checker, raw: &RawNumber, what: &str, max: Decimal) -> Option<Decimal> {
    let value = checker.number(raw, what)?;
    if value < Decimal::ZERO || value > max {
        checker.error(
            &raw.span(),
            tr!("criteria-points-out-of-range", what = what, value = value, max = max),
            tr!("criteria-points-out-of-range-expected", max = max),
        );
        return None;
    }
    Some(value)
}

fn tiers(checker: &mut Checker, rule: &RawRule, span: &Range<usize>, max: Decimal, percent: bool) -> Option<Rule> {
    let better = match rule.better.as_ref().map(|b| (b.get_ref().as_str(), b.span())) {
        None | Some(("higher", _)) => Better::Higher,
        Some(("lower", _)) => Better::Lower,
        Some((other, span)) => {
            checker.error(&span, tr!("criteria-better-unknown", value = other), tr!("criteria-better-expected"));
            return None;
        }
    };
    let Some(raw_tiers) = &rule.tiers else {
        checker.error(span, tr!("criteria-tiers-missing"), tr!("criteria-tiers-missing-expected"));
        return None;
    };
    if raw_tiers.get_ref().is_empty() {
        checker.error(&raw_tiers.span(), tr!("criteria-tiers-empty"), tr!("criteria-tiers-empty-expected"));
        return None;
    }
    let mut tiers: Vec<(Decimal, Decimal)> = Vec::new();
    let mut ok = true;
    for pair in raw_tiers.get_ref() {
        let [threshold, tier_points] = pair.get_ref().as_slice() else {
            checker.error(&pair.span(), tr!("criteria-tier-length", count = pair.get_ref().len()), tr!("criteria-tier-length-expected"));
            ok = false;
            continue;
        };
        let (Some(threshold_value), Some(points_value)) = (
            checker.number(threshold, &tr!("criteria-what-threshold")),
            points(checker, tier_points, &tr!("criteria-what-tier-points"), max),
        ) else {
            ok = false;
            continue;
        };
        if percent && !(Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&threshold_value) {
            checker.error(
                &threshold.span(),
                tr!("criteria-threshold-not-percent", value = threshold_value),
                tr!("criteria-threshold-not-percent-expected"),
            );
            ok = false;
        }
        if let Some(&(previous_threshold, previous_points)) = tiers.last() {
            let in_order = match better {
                Better::Higher => threshold_value < previous_threshold,
                Better::Lower => threshold_value > previous_threshold,
            };
            if !in_order {
                let better = if better == Better::Higher { "higher" } else { "lower" };
                checker.error(
                    &pair.span(),
                    tr!("criteria-tiers-threshold-order", value = threshold_value, previous = previous_threshold),
                    tr!("criteria-tiers-threshold-order-expected", better = better),
                );
                ok = false;
            } else if points_value > previous_points {
                checker.error(
                    &pair.span(),
                    tr!("criteria-tiers-points-order", value = points_value, previous = previous_points),
                    tr!("criteria-tiers-points-order-expected"),
                );
                ok = false;
            }
        }
        tiers.push((threshold_value, points_value));
    }
    ok.then_some(Rule::Tiers { better, percent, tiers })
}

fn ratio(checker: &mut Checker, rule: &RawRule, max: Decimal, percent: bool) -> Option<Rule> {
    let _ = max;
    let target = match &rule.target {
        Some(target) => checker.positive(target, "target")?,
        None => Decimal::ONE_HUNDRED,
    };
    let floor = match &rule.floor {
        Some(raw) => {
            let floor = checker.number(raw, "floor")?;
            if floor < Decimal::ZERO || floor > target {
                checker.error(
                    &raw.span(),
                    tr!("criteria-floor-out-of-range", floor = floor, target = target),
                    tr!("criteria-floor-out-of-range-expected"),
                );
                return None;
            }
            Some(floor)
        }
        None => None,
    };
    if percent && target > Decimal::ONE_HUNDRED {
        if let Some(raw) = &rule.target {
            checker.error(&raw.span(), tr!("criteria-target-not-percent", target = target), tr!("criteria-target-not-percent-expected"));
        }
        return None;
    }
    Some(Rule::Ratio { target, floor, percent })
}

fn deadline(checker: &mut Checker, rule: &RawRule, span: &Range<usize>, max: Decimal) -> Option<Rule> {
    let Some(raw_due) = &rule.due else {
        checker.error(span, tr!("criteria-deadline-no-due"), tr!("criteria-deadline-no-due-expected"));
        return None;
    };
    let due = match raw_due.get_ref() {
        toml::Value::String(text) => parse_date(text).ok(),
        toml::Value::Datetime(datetime) if datetime.time.is_none() => datetime
            .date
            .filter(|d| (crate::values::FIRST_YEAR..=crate::values::LAST_YEAR).contains(&i32::from(d.year)))
            .and_then(|d| NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))),
        _ => None,
    };
    let Some(due) = due else {
        checker.error(
            &raw_due.span(),
            tr!("criteria-due-not-date", value = checker.source.slice(&raw_due.span())),
            tr!("criteria-due-not-date-expected"),
        );
        return None;
    };
    let late = match &rule.late {
        Some(late) => points(checker, late, "late", max)?,
        None => Decimal::ZERO,
    };
    Some(Rule::Deadline { due, late })
}

fn choice(checker: &mut Checker, rule: &RawRule, span: &Range<usize>, max: Decimal) -> Option<Rule> {
    let Some(raw_options) = &rule.options else {
        checker.error(span, tr!("criteria-choice-no-options"), tr!("criteria-choice-no-options-expected"));
        return None;
    };
    if raw_options.get_ref().is_empty() {
        checker.error(&raw_options.span(), tr!("criteria-options-empty"), tr!("criteria-options-empty-expected"));
        return None;
    }
    let mut options: Vec<ChoiceOption> = Vec::new();
    let mut ok = true;
    for (label, raw_points) in raw_options.get_ref() {
        let folded = fold(label);
        if folded.is_empty() || is_not_applicable(label) {
            let message = if folded.is_empty() {
                tr!("criteria-option-label-empty", label = label)
            } else {
                tr!("criteria-option-label-not-applicable", label = label)
            };
            checker.error(&raw_points.span(), message, tr!("criteria-option-label-expected"));
            ok = false;
            continue;
        }
        if options.iter().any(|o| o.folded == folded) {
            checker.error(&raw_points.span(), tr!("criteria-option-duplicate", label = label), tr!("criteria-option-duplicate-expected"));
            ok = false;
            continue;
        }
        match points(checker, raw_points, &tr!("criteria-what-option-points", label = label), max) {
            Some(points) => options.push(ChoiceOption { label: crate::text::normalize_name(label), folded, points }),
            None => ok = false,
        }
    }
    ok.then_some(Rule::Choice { options })
}
