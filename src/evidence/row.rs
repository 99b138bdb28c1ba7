//! Reading one evidence row's cells for its leaf or adjustment: value by rule,
//! claimed and appraised points within range, N/A only where allowed.

use rust_decimal::Decimal;

use super::entry::Value;
use crate::criteria::{Adjustment, Better, Leaf, MAX_MAGNITUDE, Rule};
use crate::points::plain;
use crate::text::quote;
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
        CellProblem::new(format!("value {error} (criterion {id})"), expected)
    }
}

/// What a leaf's value cell must hold, as told to users.
pub fn expected_value(leaf: &Leaf) -> String {
    match &leaf.rule {
        Rule::Check => format!("yes or no: {}", values::YES_NO_WORDS),
        Rule::Tiers { percent: true, .. } | Rule::Ratio { percent: true, .. } => {
            "a percentage from 0 to 100, e.g. 97,5 or 97,5%".to_owned()
        }
        Rule::Tiers { .. } => values::NUMBER_FORMS.to_owned(),
        Rule::Ratio { .. } => format!("{} that is not negative", values::NUMBER_FORMS),
        Rule::Deadline { .. } => format!("{}, or empty if not issued", values::DATE_FORMS),
        Rule::Deduct { .. } => "a whole count: 0, 1, 2, …".to_owned(),
        Rule::Choice { options } => {
            format!("one of {}", options.iter().map(|o| format!("\"{}\"", o.label)).collect::<Vec<_>>().join(", "))
        }
        Rule::Manual { .. } => "no value (a manual leaf takes self_score or appraised)".to_owned(),
    }
}

/// Parses a leaf's value cell.
pub fn leaf_value(leaf: &Leaf, id: &str, text: &str) -> Result<Value, CellProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(Value::Empty);
    }
    if is_not_applicable(text) {
        if leaf.optional {
            return Ok(Value::NotApplicable);
        }
        return Err(CellProblem::new(
            format!("\"{}\" marks criterion {id} not applicable, but it is not optional", quote(text)),
            expected_value(leaf),
        )
        .with_hint("only leaves with optional = true in the framework may be marked N/A"));
    }
    let expected = || expected_value(leaf);
    match &leaf.rule {
        Rule::Manual { .. } => Ok(Value::Empty),
        Rule::Check => values::parse_yes_no(text).map(Value::Flag).map_err(|e| CellProblem::from_value(e, id, expected())),
        Rule::Tiers { percent, .. } | Rule::Ratio { percent, .. } => {
            let number = values::parse_number(text).map_err(|e| CellProblem::from_value(e, id, expected()))?;
            let negative_ratio = matches!(leaf.rule, Rule::Ratio { .. }) && number < Decimal::ZERO;
            if (*percent && (number < Decimal::ZERO || number > Decimal::ONE_HUNDRED)) || negative_ratio {
                return Err(CellProblem::new(format!("value \"{}\" is out of range (criterion {id})", quote(text)), expected()));
            }
            Ok(Value::Number(number))
        }
        Rule::Deadline { .. } => values::parse_date(text).map(Value::Date).map_err(|e| CellProblem::from_value(e, id, expected())),
        Rule::Deduct { .. } => values::parse_count(text).map(Value::Count).map_err(|e| CellProblem::from_value(e, id, expected())),
        Rule::Choice { options } => {
            let folded = crate::text::fold(text);
            options.iter().position(|o| o.folded == folded).map(Value::Choice).ok_or_else(|| {
                let hint = crate::text::closest(&folded, options.iter().map(|o| o.folded.as_str()))
                    .and_then(|near| options.iter().find(|o| o.folded == near))
                    .map(|o| format!("did you mean \"{}\"?", o.label));
                CellProblem {
                    hint,
                    ..CellProblem::new(format!("value \"{}\" is not an option of criterion {id}", quote(text)), expected())
                }
            })
        }
    }
}

/// Parses an adjustment's value cell: a whole count.
pub fn adjustment_value(adjustment: &Adjustment, text: &str) -> Result<Value, CellProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(Value::Empty);
    }
    let expected = "a whole count of items: 0, 1, 2, …";
    if is_not_applicable(text) {
        return Err(CellProblem::new(format!("\"{}\" marks adjustment {} not applicable", quote(text), adjustment.id), expected)
            .with_hint("leave the value empty or write 0 when there is nothing to count"));
    }
    values::parse_count(text).map(Value::Count).map_err(|e| CellProblem::from_value(e, &adjustment.id, expected))
}

/// Parses a points cell (`self_score`, `appraised`) that must lie in 0..`limit`
/// (0..[`MAX_MAGNITUDE`] when `None`) and be a multiple of `step` when set.
pub fn points_cell(
    text: &str,
    column: &str,
    id: &str,
    limit: Option<Decimal>,
    step: Option<Decimal>,
) -> Result<Option<Decimal>, CellProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    // An adjustment without a cap still has a bound, far above real points, so that
    // no sum of points can overflow.
    let limit = limit.unwrap_or(Decimal::from(MAX_MAGNITUDE));
    let range = format!("points from 0 to {}", plain(limit));
    let expected = match step {
        Some(step) => format!("{range}, a multiple of {}", plain(step)),
        None => range,
    };
    let value = values::parse_number(text).map_err(|e| CellProblem::new(format!("{column} {e} (criterion {id})"), expected.clone()))?;
    if value < Decimal::ZERO || value > limit {
        return Err(CellProblem::new(format!("{column} \"{}\" is outside the allowed points (criterion {id})", quote(text)), expected));
    }
    if let Some(step) = step
        && !(value % step).is_zero()
    {
        return Err(CellProblem::new(
            format!("{column} \"{}\" is not a multiple of the step {} (criterion {id})", quote(text), plain(step)),
            expected,
        ));
    }
    Ok(Some(value))
}

impl CellProblem {
    fn with_hint(mut self, hint: &str) -> Self {
        self.hint = Some(hint.to_owned());
        self
    }
}

/// A hint for a percentage typed as a fraction: `0,975` → "did you mean 97,5%?".
/// Only where higher is better: a rate of late files of 0,5 % is normal.
pub fn fraction_hint(leaf: &Leaf, value: &Value) -> Option<String> {
    let percent = matches!(leaf.rule, Rule::Tiers { percent: true, better: Better::Higher, .. } | Rule::Ratio { percent: true, .. });
    match value {
        Value::Number(number) if percent && *number > Decimal::ZERO && *number < Decimal::ONE && !number.fract().is_zero() => {
            Some(format!("did you mean {}%?", plain(*number * Decimal::ONE_HUNDRED).replace('.', ",")))
        }
        _ => None,
    }
}
