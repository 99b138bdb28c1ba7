//! Validation of `rule = { kind = … }` tables into [`Rule`]s: required and allowed
//! fields per kind, points within 0..max, tiers best first.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::ops::Range;
use toml::Spanned;

use super::load::Checker;
use super::model::{Better, ChoiceOption, Rule};
use super::raw::{RawNumber, RawRule};
use crate::points::plain;
use crate::text::fold;
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
            let hint = crate::text::closest(other, RULE_KINDS).map(|k| format!(" (did you mean \"{k}\"?)")).unwrap_or_default();
            checker.error(&rule.kind.span(), format!("unknown rule kind \"{other}\"{hint}"), format!("one of {}", RULE_KINDS.join(", ")));
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
            let expected = if allowed.is_empty() { "no other field".to_owned() } else { allowed.join(", ") };
            checker.error(&span, format!("`{field}` is not used by a {kind} rule"), format!("for {kind}: {expected}"));
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
                checker.error(&raw.span(), "a deduct rule needs `per`", "per = the points lost per counted item, e.g. per = 0.25");
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
            format!("{what} {} is outside 0..{}", plain(value), plain(max)),
            format!("points from 0 to the leaf's max {}", plain(max)),
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
            checker.error(&span, format!("better = \"{other}\" is not a direction"), "better = \"higher\" (default) or \"lower\"");
            return None;
        }
    };
    let Some(raw_tiers) = &rule.tiers else {
        checker.error(span, "a tiers rule needs `tiers`", "tiers = [[threshold, points], …], best first, e.g. [[100, 1], [80, 0.5]]");
        return None;
    };
    if raw_tiers.get_ref().is_empty() {
        checker.error(&raw_tiers.span(), "`tiers` is empty", "at least one [threshold, points] pair");
        return None;
    }
    let mut tiers: Vec<(Decimal, Decimal)> = Vec::new();
    let mut ok = true;
    for pair in raw_tiers.get_ref() {
        let [threshold, tier_points] = pair.get_ref().as_slice() else {
            checker.error(&pair.span(), format!("a tier has {} numbers", pair.get_ref().len()), "[threshold, points], e.g. [80, 0.5]");
            ok = false;
            continue;
        };
        let (Some(threshold_value), Some(points_value)) =
            (checker.number(threshold, "threshold"), points(checker, tier_points, "tier points", max))
        else {
            ok = false;
            continue;
        };
        if percent && !(Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&threshold_value) {
            checker.error(
                &threshold.span(),
                format!("threshold {} is not a percentage", plain(threshold_value)),
                "a threshold from 0 to 100 (percent = true)",
            );
            ok = false;
        }
        if let Some(&(previous_threshold, previous_points)) = tiers.last() {
            let in_order = match better {
                Better::Higher => threshold_value < previous_threshold,
                Better::Lower => threshold_value > previous_threshold,
            };
            if !in_order {
                let direction = if better == Better::Higher { "decreasing" } else { "increasing" };
                checker.error(
                    &pair.span(),
                    format!("tiers are not best first: threshold {} follows {}", plain(threshold_value), plain(previous_threshold)),
                    format!(
                        "thresholds strictly {direction} (better = \"{}\"), the best tier first",
                        if better == Better::Higher { "higher" } else { "lower" }
                    ),
                );
                ok = false;
            } else if points_value > previous_points {
                checker.error(
                    &pair.span(),
                    format!("tiers are not best first: {} points follow {}", plain(points_value), plain(previous_points)),
                    "points that do not increase from one tier to the next",
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
                    format!("floor {} is outside 0..target ({})", plain(floor), plain(target)),
                    "a floor from 0 to the target",
                );
                return None;
            }
            Some(floor)
        }
        None => None,
    };
    if percent && target > Decimal::ONE_HUNDRED {
        if let Some(raw) = &rule.target {
            checker.error(
                &raw.span(),
                format!("target {} can never be reached by a percentage", plain(target)),
                "a target from 0 to 100 with percent = true",
            );
        }
        return None;
    }
    Some(Rule::Ratio { target, floor, percent })
}

fn deadline(checker: &mut Checker, rule: &RawRule, span: &Range<usize>, max: Decimal) -> Option<Rule> {
    let Some(raw_due) = &rule.due else {
        checker.error(span, "a deadline rule needs `due`", "due = \"2024-01-31\" (the last day for full points)");
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
            format!("due {} is not a date", checker.source.slice(&raw_due.span())),
            "a date such as \"2024-01-31\" or \"31/01/2024\"",
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
        checker.error(span, "a choice rule needs `options`", "options = { \"Đầy đủ\" = 1, \"Còn thiếu\" = 0.5, \"Không đạt\" = 0 }");
        return None;
    };
    if raw_options.get_ref().is_empty() {
        checker.error(&raw_options.span(), "`options` is empty", "at least one \"label\" = points");
        return None;
    }
    let mut options: Vec<ChoiceOption> = Vec::new();
    let mut ok = true;
    for (label, raw_points) in raw_options.get_ref() {
        let folded = fold(label);
        if folded.is_empty() || is_not_applicable(label) {
            let why = if folded.is_empty() { "is empty" } else { "means not applicable" };
            checker.error(
                &raw_points.span(),
                format!("option label \"{label}\" {why}"),
                "a label that units type as their value, e.g. \"Đầy đủ\"",
            );
            ok = false;
            continue;
        }
        if options.iter().any(|o| o.folded == folded) {
            checker.error(
                &raw_points.span(),
                format!("option \"{label}\" is listed twice (labels ignore case and spaces)"),
                "each label once",
            );
            ok = false;
            continue;
        }
        match points(checker, raw_points, &format!("points of \"{label}\""), max) {
            Some(points) => options.push(ChoiceOption { label: crate::text::normalize_name(label), folded, points }),
            None => ok = false,
        }
    }
    ok.then_some(Rule::Choice { options })
}
