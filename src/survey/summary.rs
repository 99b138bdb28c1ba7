//! What the `survey` command shows of each unit and leaf: questionnaires, answers
//! counted and not, each group's mean, the exact value and its points.

use crate::tr;
use num_rational::BigRational;
use rust_decimal::Decimal;

use super::{Responses, group_mean, leaf_mean};
use crate::criteria::Framework;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::scoring::mean_points;

/// One unit's survey result for one leaf scored by questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeafSummary {
    /// The unit.
    pub unit: String,
    /// The leaf (index into the framework's leaves).
    pub leaf: usize,
    /// Questionnaires that answered at least one of the leaf's questions.
    pub respondents: usize,
    /// Answers counted (an option label).
    pub counted: u64,
    /// Answers not counted (blank, "không biết", any other text).
    pub not_counted: u64,
    /// Each group's mean percent (see [`super::Responses::groups`]).
    pub group_means: Vec<Option<BigRational>>,
    /// The leaf's exact value; `None` without counted answers.
    pub value: Option<BigRational>,
    /// The points the value gives (0 without a value).
    pub points: Decimal,
}

/// The summaries of `units` (names; a unit without answers has empty rows), leaf by
/// leaf, with warnings for leaves below `[survey] min_answers`.
pub fn summarize(framework: &Framework, responses: &Responses, units: &[String]) -> (Vec<LeafSummary>, Diagnostics) {
    let mut rows = Vec::new();
    let mut warnings = Diagnostics::new();
    let Some(survey) = framework.survey.as_ref() else { return (rows, warnings) };
    let options = responses.options;
    for name in units {
        let members: Vec<u32> = responses.unit(name).map(|u| responses.units[u as usize].respondents.clone()).unwrap_or_default();
        for (slot, &leaf) in responses.leaves.iter().enumerate() {
            let by_group = responses.group_counts(members.iter().copied(), slot);
            let counted: u64 = by_group.iter().flat_map(|c| &c[..options]).map(|&n| u64::from(n)).sum();
            let not_counted: u64 = by_group.iter().map(|c| u64::from(c[options])).sum();
            let respondents = members.iter().filter(|&&r| responses.counts(r, slot).iter().any(|&n| n > 0)).count();
            let counted_only: Vec<&[u32]> = by_group.iter().map(|c| &c[..options]).collect();
            let value = leaf_mean(survey, &counted_only);
            let spec = &framework.leaves[leaf];
            let points = value.as_ref().and_then(|v| mean_points(&spec.rule, spec.max, v, framework.decimals)).unwrap_or(Decimal::ZERO);
            if let Some(min) = survey.min_answers
                && counted < min
            {
                let place = match responses.unit(name) {
                    Some(unit) => responses.units[unit as usize].first.clone(),
                    None => crate::diagnostic::Location::file(responses.files.first().map_or("", String::as_str)),
                };
                warnings.push(
                    Diagnostic::warning(
                        place,
                        tr!("survey-too-few-answers", unit = name, id = framework.leaf_node(leaf).id, counted = counted, min = min),
                    )
                    .hint(tr!("survey-too-few-answers-hint")),
                );
            }
            rows.push(LeafSummary {
                unit: name.clone(),
                leaf,
                respondents,
                counted,
                not_counted,
                group_means: by_group.iter().map(|c| group_mean(survey, &c[..options])).collect(),
                value,
                points,
            });
        }
    }
    (rows, warnings)
}
