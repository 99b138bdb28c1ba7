//! Reading one evidence row's cells for its leaf or adjustment: value by rule,
//! claimed and appraised points within range, N/A only where allowed.

use rust_decimal::Decimal;

use super::entry::Value;
use crate::criteria::{Adjustment, Better, Leaf, MAX_MAGNITUDE, Rule};
use crate::text::quote;
use crate::tr;
use crate::values::{self, ValueError, is_not_applicable};

/// A problem with one cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    /// What is wrong, quoting the cell.
    pub message: String,
    /// What was expected.
    pub expected: String,
    /// A hint, where one helps.
    pub hint: Option<String>,
}

impl CellProblem {
    fn new(message: impl Into<String>, expected: impl Into<String>) -> Self {
        CellProblem { message: message.into(), expected: expected.into(), hint: None }
    }

    fn from_value(error: ValueError, id: &str, expected: impl Into<String>) -> Self {
        let hint = match &error {
            ValueError::ThousandsCount { text, .. } => {
                let digits = text.replace(['.', ','], "");
                Some(tr!("evidence-thousands-count-hint", digits = digits))
            }
            _ => None,
        };
        CellProblem { hint, ..CellProblem::new(tr!("evidence-value-invalid", problem = error, id = id), expected) }
    }
}

/// What a leaf's value cell must hold, as told to users.
pub fn expected_value(leaf: &Leaf) -> String {
    match &leaf.rule {
        Rule::Check => tr!("evidence-expected-yes-no", words = values::YES_NO_WORDS),
        Rule::Tiers { percent: true, .. } | Rule::Ratio { percent: true, .. } => tr!("evidence-expected-percentage"),
        Rule::Tiers { .. } => tr!("evidence-expected-number"),
        Rule::Ratio { .. } => tr!("evidence-expected-number-not-negative"),
        Rule::Deadline { .. } => tr!("evidence-expected-date-or-empty"),
        Rule::Deduct { .. } => tr!("evidence-expected-count"),
        Rule::Choice { options } => {
            tr!("evidence-expected-choice", options = options.iter().map(|o| format!("\"{}\"", o.label)).collect::<Vec<_>>().join(", "))
        }
        Rule::Manual { .. } => tr!("evidence-expected-manual-no-value"),
    }
}

/// Parses a leaf's value cell.
pub fn leaf_value(leaf: &Leaf, id: &str, text: &str) -> Result<Value, CellProblem> {
    let text = crate::text::trim(text);
    if text.is_empty() {
        return Ok(Value::Empty);
    }
    if is_not_applicable(text) {
        if leaf.optional {
            return Ok(Value::NotApplicable);
        }
        return Err(CellProblem::new(tr!("evidence-not-applicable-not-optional", value = quote(text), id = id), expected_value(leaf))
            .with_hint(tr!("evidence-not-applicable-not-optional-hint")));
    }
    if !leaf.questions.is_empty() {
        return Err(CellProblem::new(
            tr!("evidence-value-from-survey", id = id, value = quote(text)),
            tr!("evidence-value-from-survey-expected"),
        )
        .with_hint(tr!("evidence-value-from-survey-hint")));
    }
    let expected = || expected_value(leaf);
    match &leaf.rule {
        Rule::Manual { .. } => Ok(Value::Empty),
        Rule::Check => values::parse_yes_no(text).map(Value::Flag).map_err(|e| CellProblem::from_value(e, id, expected())),
        Rule::Tiers { percent, .. } | Rule::Ratio { percent, .. } => {
            let number = values::parse_number(text).map_err(|e| CellProblem::from_value(e, id, expected()))?;
            let negative_ratio = matches!(leaf.rule, Rule::Ratio { .. }) && number < Decimal::ZERO;
            if (*percent && (number < Decimal::ZERO || number > Decimal::ONE_HUNDRED)) || negative_ratio {
                return Err(CellProblem::new(tr!("evidence-value-out-of-range", value = quote(text), id = id), expected()));
            }
            Ok(Value::Number(number))
        }
        Rule::Deadline { .. } => values::parse_date(text).map(Value::Date).map_err(|e| CellProblem::from_value(e, id, expected())),
        Rule::Deduct { .. } => values::parse_count(text).map(Value::Count).map_err(|e| CellProblem::from_value(e, id, expected())),
        Rule::Choice { options } => {
            let chosen = crate::text::with_fold(text, |folded| options.iter().position(|o| o.folded == folded));
            chosen.map(Value::Choice).ok_or_else(|| {
                let folded = crate::text::fold(text);
                let hint = crate::text::closest(&folded, options.iter().map(|o| o.folded.as_str()))
                    .and_then(|near| options.iter().find(|o| o.folded == near))
                    .map(|o| tr!("evidence-did-you-mean-quoted", near = o.label));
                CellProblem { hint, ..CellProblem::new(tr!("evidence-value-not-an-option", value = quote(text), id = id), expected()) }
            })
        }
    }
}

/// Parses an adjustment's value cell: a whole count.
pub fn adjustment_value(adjustment: &Adjustment, text: &str) -> Result<Value, CellProblem> {
    let text = crate::text::trim(text);
    if text.is_empty() {
        return Ok(Value::Empty);
    }
    let expected = || tr!("evidence-expected-adjustment-count");
    if is_not_applicable(text) {
        return Err(CellProblem::new(tr!("evidence-adjustment-not-applicable", value = quote(text), id = adjustment.id), expected())
            .with_hint(tr!("evidence-adjustment-not-applicable-hint")));
    }
    values::parse_count(text).map(Value::Count).map_err(|e| CellProblem::from_value(e, &adjustment.id, expected()))
}

/// Parses a points cell (`self_score`, `appraised`; `column` is its header as the
/// file names it) that must lie in 0..`limit`
/// (0..[`MAX_MAGNITUDE`] when `None`) and be a multiple of `step` when set.
pub fn points_cell(
    text: &str,
    column: &str,
    id: &str,
    limit: Option<Decimal>,
    step: Option<Decimal>,
) -> Result<Option<Decimal>, CellProblem> {
    let text = crate::text::trim(text);
    if text.is_empty() {
        return Ok(None);
    }
    // An adjustment without a cap still has a bound, far above real points, so that
    // no sum of points can overflow.
    let limit = limit.unwrap_or(Decimal::from(MAX_MAGNITUDE));
    let expected = || match step {
        Some(step) => tr!("evidence-expected-points-step", max = limit, step = step),
        None => tr!("evidence-expected-points", max = limit),
    };
    let value = values::parse_number(text)
        .map_err(|e| CellProblem::new(tr!("evidence-points-invalid", column = column, problem = e, id = id), expected()))?;
    if value < Decimal::ZERO || value > limit {
        return Err(CellProblem::new(tr!("evidence-points-out-of-range", column = column, value = quote(text), id = id), expected()));
    }
    if let Some(step) = step
        && !(value % step).is_zero()
    {
        return Err(CellProblem::new(
            tr!("evidence-points-not-a-multiple", column = column, value = quote(text), step = step, id = id),
            expected(),
        ));
    }
    Ok(Some(value))
}

impl CellProblem {
    fn with_hint(mut self, hint: String) -> Self {
        self.hint = Some(hint);
        self
    }
}

/// A hint for a percentage typed as a fraction: `0,975` → "did you mean 97,5%?".
/// Only where higher is better: a rate of late files of 0,5 % is normal.
pub fn fraction_hint(leaf: &Leaf, value: &Value) -> Option<String> {
    let percent = matches!(leaf.rule, Rule::Tiers { percent: true, better: Better::Higher, .. } | Rule::Ratio { percent: true, .. });
    match value {
        Value::Number(number) if percent && *number > Decimal::ZERO && *number < Decimal::ONE && !number.fract().is_zero() => {
            Some(tr!("evidence-fraction-hint", percent = *number * Decimal::ONE_HUNDRED))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::{ChoiceOption, Source};
    use std::str::FromStr;

    fn leaf(rule: Rule, optional: bool) -> Leaf {
        Leaf {
            node: 0,
            area: 0,
            max: Decimal::ONE,
            rule,
            optional,
            source: Source::Assessment,
            evidence_required: false,
            questions: Vec::new(),
        }
    }

    fn labels() -> Rule {
        let option = |label: &str, points: &str| ChoiceOption {
            label: label.into(),
            folded: crate::text::fold(label),
            points: Decimal::from_str(points).unwrap(),
        };
        Rule::Choice {
            options: vec![option("Hoàn thành", "1"), option("Hoàn thành một phần", "0.5"), option("Không hoàn thành", "0")]
        }
    }

    #[test]
    fn not_applicable_only_on_optional_leaves() {
        assert_eq!(leaf_value(&leaf(Rule::Check, true), "2.1", "N/A"), Ok(Value::NotApplicable));
        assert_eq!(leaf_value(&leaf(Rule::Check, true), "2.1", " không áp dụng "), Ok(Value::NotApplicable));
        let error = leaf_value(&leaf(Rule::Check, false), "2.1", "KAD").unwrap_err();
        assert_eq!(error.message, "\"KAD\" ghi tiêu chí 2.1 là không áp dụng, nhưng tiêu chí này không được phép bỏ qua");
        assert!(error.hint.unwrap().contains("optional = true"));
    }

    #[test]
    fn choice_labels_in_any_case_and_spacing() {
        let rule = leaf(labels(), false);
        assert_eq!(leaf_value(&rule, "1.2", "hoàn thành"), Ok(Value::Choice(0)));
        assert_eq!(leaf_value(&rule, "1.2", "  HOÀN THÀNH MỘT PHẦN "), Ok(Value::Choice(1)));
        // NFD input (e + combining marks) matches the NFC label.
        assert_eq!(leaf_value(&rule, "1.2", "Kho\u{302}ng hoa\u{300}n tha\u{300}nh"), Ok(Value::Choice(2)));
        let error = leaf_value(&rule, "1.2", "Hoàn thàn").unwrap_err();
        assert_eq!(error.hint.as_deref(), Some("có phải là \"Hoàn thành\"?"));
    }

    #[test]
    fn percentages_must_lie_in_0_to_100() {
        let rule = leaf(Rule::Ratio { target: Decimal::ONE_HUNDRED, floor: None, percent: true }, false);
        assert_eq!(leaf_value(&rule, "3.1", "100%"), Ok(Value::Number(Decimal::ONE_HUNDRED)));
        assert!(leaf_value(&rule, "3.1", "100,01").is_err());
        assert!(leaf_value(&rule, "3.1", "-1").is_err());
        let plain = leaf(Rule::Ratio { target: Decimal::ONE_HUNDRED, floor: None, percent: false }, false);
        assert_eq!(leaf_value(&plain, "3.1", "120"), Ok(Value::Number(Decimal::from(120))));
        assert!(leaf_value(&plain, "3.1", "-0,5").is_err());
    }

    #[test]
    fn empty_and_manual_values() {
        assert_eq!(leaf_value(&leaf(Rule::Check, false), "1.1", "  "), Ok(Value::Empty));
        assert_eq!(leaf_value(&leaf(Rule::Manual { step: None }, false), "1.1", "tốt"), Ok(Value::Empty));
    }

    #[test]
    fn points_cells_respect_range_and_step() {
        let quarter = Some(Decimal::from_str("0.25").unwrap());
        assert_eq!(points_cell("1,75", "self_score", "2.3", Some(Decimal::TWO), quarter), Ok(Some(Decimal::from_str("1.75").unwrap())));
        assert_eq!(points_cell("", "self_score", "2.3", Some(Decimal::TWO), quarter), Ok(None));
        assert!(points_cell("2,5", "appraised", "2.3", Some(Decimal::TWO), None).is_err());
        assert!(points_cell("-0,25", "appraised", "2.3", Some(Decimal::TWO), None).is_err());
        assert!(points_cell("0,3", "appraised", "2.3", Some(Decimal::TWO), quarter).is_err());
        assert_eq!(points_cell("7", "appraised", "T1", None, None), Ok(Some(Decimal::from(7))));
        // The column is named as the file's header names it; 0,3 / 0,25 = 1,2 is not whole.
        let error = points_cell("0,3", "Điểm thẩm định", "2.3", Some(Decimal::TWO), quarter).unwrap_err();
        assert_eq!(error.message, "ô \"Điểm thẩm định\" ghi \"0,3\", không phải bội của bước điểm 0,25 (tiêu chí 2.3)");
        assert_eq!(error.expected, "điểm từ 0 đến 2, là bội của 0,25");
    }

    #[test]
    fn fraction_hint_for_rates_where_higher_is_better() {
        let higher = leaf(Rule::Tiers { better: Better::Higher, percent: true, tiers: vec![] }, false);
        let lower = leaf(Rule::Tiers { better: Better::Lower, percent: true, tiers: vec![] }, false);
        let value = Value::Number(Decimal::from_str("0.975").unwrap());
        // 0,975 × 100 = 97,5, written with a decimal comma.
        assert_eq!(fraction_hint(&higher, &value).as_deref(), Some("có phải là 97,5%?"));
        assert_eq!(fraction_hint(&lower, &value), None);
    }
}
