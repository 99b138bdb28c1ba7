//! Scores one unit: final points of every leaf and adjustment, subtotals per
//! criterion and area, total, applicable maximum, index and grade.

use rust_decimal::Decimal;

use super::rules::{adjustment_points, mean_points, rule_points};
use super::totals::{Figures, Sums};
use crate::criteria::{AdjustmentKind, Framework, GradeCap, Rule, Source};
use crate::evidence::{Entry, UnitEvidence, Value};
use crate::points::round;

/// How a leaf's final points came about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Scored from the value (or the self-score of a manual leaf).
    Ok,
    /// No row, or an empty value: 0 points.
    Missing,
    /// Evidence required but the evidence cell is empty: 0 points.
    NoEvidence,
    /// Marked not applicable: out of both points and maximum.
    NotApplicable,
    /// Points set by the council.
    Appraised,
}

/// The final result of one leaf (or adjustment) for one unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeafScore {
    /// Final points, rounded to the framework's decimals (for adjustments, the
    /// magnitude: a penalty of 1 is 1 here).
    pub points: Decimal,
    /// How the points came about.
    pub status: Status,
    /// Points the unit claimed, if any.
    pub self_score: Option<Decimal>,
    /// Whether the claimed points (rounded) differ from the final points.
    pub self_score_differs: bool,
}

/// A unit's complete score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitScore {
    /// Canonical unit name.
    pub name: String,
    /// One result per leaf, in leaf order.
    pub leaves: Vec<LeafScore>,
    /// One result per adjustment, in declared order.
    pub adjustments: Vec<LeafScore>,
    /// Points of every node (areas and criteria), in node order.
    pub node_points: Vec<Decimal>,
    /// Applicable maximum of every node (leaves marked N/A left out).
    pub node_max: Vec<Decimal>,
    /// Totals, index and grade.
    pub figures: Figures,
}

impl UnitScore {
    /// Points of an area (index into the framework's areas).
    pub fn area_points(&self, framework: &Framework, area: usize) -> Decimal {
        self.node_points[framework.areas[area]]
    }

    /// Applicable maximum of an area.
    pub fn area_max(&self, framework: &Framework, area: usize) -> Decimal {
        self.node_max[framework.areas[area]]
    }
}

/// A unit whose every leaf is marked not applicable cannot have an index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NothingApplicable {
    /// The unit.
    pub unit: String,
}

impl std::fmt::Display for NothingApplicable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::tr!("scoring-nothing-applicable", unit = self.unit))
    }
}

impl std::error::Error for NothingApplicable {}

/// Final points of one leaf from its row (see the contract's "final points").
pub fn score_leaf(framework: &Framework, leaf: usize, entry: Option<&Entry>) -> LeafScore {
    let Some(entry) = entry else {
        return LeafScore { points: Decimal::ZERO, status: Status::Missing, self_score: None, self_score_differs: false };
    };
    let (points, status) = leaf_points(framework, leaf, entry);
    let self_score_differs = status != Status::NotApplicable
        && entry.self_score.is_some_and(|claimed| round(claimed, framework.decimals) != round(points, framework.decimals));
    LeafScore { points, status, self_score: entry.self_score, self_score_differs }
}

/// Final points (rounded) and status of a leaf that has a row.
pub fn leaf_points(framework: &Framework, leaf: usize, entry: &Entry) -> (Decimal, Status) {
    let spec = &framework.leaves[leaf];
    if entry.value == Value::NotApplicable {
        return (Decimal::ZERO, Status::NotApplicable);
    }
    // The council's final round, else its first round, overrides the rule.
    if let Some(appraised) = entry.council() {
        (framework.round_points(appraised), Status::Appraised)
    } else {
        // Rounded points: a survey mean is rounded from its exact fraction.
        let judged = match (&spec.rule, &entry.value) {
            (Rule::Manual { .. }, _) => entry.self_score.map(|points| framework.round_points(points)),
            (_, Value::Mean(mean)) => mean_points(&spec.rule, spec.max, mean, framework.mean_decimals()),
            _ => rule_points(&spec.rule, spec.max, &entry.value).map(|points| framework.round_points(points)),
        };
        match judged {
            None => (Decimal::ZERO, Status::Missing),
            Some(_) if spec.evidence_required && !entry.has_evidence => (Decimal::ZERO, Status::NoEvidence),
            Some(points) => (points, Status::Ok),
        }
    }
}

/// Final points of one adjustment from its row (magnitude; the kind gives the sign).
pub fn score_adjustment(framework: &Framework, adjustment: usize, entry: Option<&Entry>) -> LeafScore {
    let Some(entry) = entry else {
        return LeafScore { points: Decimal::ZERO, status: Status::Missing, self_score: None, self_score_differs: false };
    };
    let (points, status) = match (entry.council(), adjustment_points(&framework.adjustments[adjustment], &entry.value)) {
        (Some(appraised), _) => (framework.round_points(appraised), Status::Appraised),
        (None, Some(exact)) => (framework.round_points(exact), Status::Ok),
        (None, None) => (Decimal::ZERO, Status::Missing),
    };
    let self_score_differs =
        entry.self_score.is_some_and(|claimed| round(claimed, framework.decimals) != round(points, framework.decimals));
    LeafScore { points, status, self_score: entry.self_score, self_score_differs }
}

/// Scores a unit from its rows.
pub fn score_unit(framework: &Framework, evidence: &UnitEvidence) -> Result<UnitScore, NothingApplicable> {
    let leaves: Vec<LeafScore> =
        (0..framework.leaves.len()).map(|leaf| score_leaf(framework, leaf, evidence.leaves[leaf].as_ref())).collect();
    let adjustments: Vec<LeafScore> =
        (0..framework.adjustments.len()).map(|a| score_adjustment(framework, a, evidence.adjustments[a].as_ref())).collect();
    let mut score = total(framework, evidence.name.clone(), leaves, adjustments)?;
    let met = framework
        .grade_caps
        .iter()
        .enumerate()
        .filter(|(_, cap)| evidence.leaves[cap.leaf].as_ref().is_some_and(|e| grade_cap_met(cap, e)));
    score.figures.cap_grade(framework, met.map(|(k, _)| k));
    Ok(score)
}

/// Whether a unit's row of a grade cap's leaf meets its condition (a number or a
/// count at least `at_least` / at most `at_most`; N/A, empty or missing never does).
pub fn grade_cap_met(cap: &GradeCap, entry: &Entry) -> bool {
    let value = match entry.value {
        Value::Number(number) => number,
        Value::Count(count) => Decimal::from(count),
        _ => return false,
    };
    cap.at_least.is_some_and(|bound| value >= bound) || cap.at_most.is_some_and(|bound| value <= bound)
}

/// Sums leaf and adjustment results into a unit's score.
pub fn total(
    framework: &Framework,
    name: String,
    leaves: Vec<LeafScore>,
    adjustments: Vec<LeafScore>,
) -> Result<UnitScore, NothingApplicable> {
    let mut node_points = vec![Decimal::ZERO; framework.nodes.len()];
    let mut node_max = vec![Decimal::ZERO; framework.nodes.len()];
    let (mut assessment, mut survey) = (Decimal::ZERO, Decimal::ZERO);
    for (spec, score) in framework.leaves.iter().zip(&leaves) {
        if score.status == Status::NotApplicable {
            continue;
        }
        let mut node = Some(spec.node);
        while let Some(index) = node {
            node_points[index] += score.points;
            node_max[index] += spec.max;
            node = framework.nodes[index].parent;
        }
        match spec.source {
            Source::Assessment => assessment += score.points,
            Source::Survey => survey += score.points,
        }
    }
    let (mut bonus, mut penalty) = (Decimal::ZERO, Decimal::ZERO);
    for (spec, score) in framework.adjustments.iter().zip(&adjustments) {
        match spec.kind {
            AdjustmentKind::Bonus => bonus += score.points,
            AdjustmentKind::Penalty => penalty += score.points,
        }
    }
    let max: Decimal = framework.areas.iter().map(|&area| node_max[area]).sum();
    let areas = framework.areas.iter().map(|&area| node_points[area]).collect();
    let sums = Sums { areas, assessment, survey, bonus, penalty, max };
    match Figures::of_sums(framework, &sums) {
        Some(figures) => Ok(UnitScore { name, leaves, adjustments, node_points, node_max, figures }),
        None => Err(NothingApplicable { unit: name }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::parse_framework;
    use crate::evidence::Origin;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    fn framework() -> Framework {
        parse_framework(
            r#"
[framework]
id = "t"
decimals = 2
[[area]]
id = "1"
name = "A"
[[criterion]]
id = "1.1"
name = "deadline"
max = 2
rule = { kind = "deadline", due = "2024-01-31", late = 1 }
evidence_required = true
[[criterion]]
id = "1.2"
name = "manual"
max = 1.5
rule = { kind = "manual", step = 0.25 }
optional = true
[[adjustment]]
id = "P1"
name = "penalty"
kind = "penalty"
per = 0.75
cap = 2
"#,
            "t.toml",
        )
        .unwrap()
    }

    fn entry(value: Value, self_score: Option<&str>, appraised: Option<&str>, has_evidence: bool) -> Entry {
        Entry {
            value,
            self_score: self_score.map(d),
            appraised: appraised.map(d),
            appraised_1: None,
            has_evidence,
            origin: Origin { file: 0, line: 2 },
            text: None,
            filled: 0,
            layers: None,
        }
    }

    fn date(text: &str) -> Value {
        Value::Date(chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap())
    }

    #[test]
    fn evidence_required_gives_zero_unless_appraised() {
        let framework = framework();
        let on_time = score_leaf(&framework, 0, Some(&entry(date("2024-01-31"), Some("2"), None, false)));
        assert_eq!((on_time.points, on_time.status, on_time.self_score_differs), (d("0"), Status::NoEvidence, true));
        let with_evidence = score_leaf(&framework, 0, Some(&entry(date("2024-01-31"), Some("2"), None, true)));
        assert_eq!((with_evidence.points, with_evidence.status, with_evidence.self_score_differs), (d("2"), Status::Ok, false));
        // The council's points override the missing evidence (and the rule).
        let appraised = score_leaf(&framework, 0, Some(&entry(date("2024-02-01"), Some("2"), Some("1.5"), false)));
        assert_eq!((appraised.points, appraised.status), (d("1.5"), Status::Appraised));
    }

    #[test]
    fn the_final_round_wins_over_the_first_and_either_over_the_rule() {
        let framework = framework();
        // 1.1 on time with evidence → 2 by the rule; first round 1.25; final round 0.5.
        let mut row = entry(date("2024-01-31"), Some("2"), None, true);
        row.appraised_1 = Some(d("1.25"));
        let first = score_leaf(&framework, 0, Some(&row));
        assert_eq!((first.points, first.status, first.self_score_differs), (d("1.25"), Status::Appraised, true));
        row.appraised = Some(d("0.5"));
        assert_eq!(score_leaf(&framework, 0, Some(&row)).points, d("0.5"));
        // On an adjustment: P1 counts 2 × 0.75 = 1.5, the first round says 1.
        let mut penalty = entry(Value::Count(2), None, None, false);
        penalty.appraised_1 = Some(d("1"));
        assert_eq!(score_adjustment(&framework, 0, Some(&penalty)).points, d("1"));
    }

    #[test]
    fn manual_takes_the_self_score_or_the_council_score() {
        let framework = framework();
        let claimed = score_leaf(&framework, 1, Some(&entry(Value::Empty, Some("1.25"), None, true)));
        assert_eq!((claimed.points, claimed.status, claimed.self_score_differs), (d("1.25"), Status::Ok, false));
        let nothing = score_leaf(&framework, 1, Some(&entry(Value::Empty, None, None, true)));
        assert_eq!((nothing.points, nothing.status), (d("0"), Status::Missing));
        let judged = score_leaf(&framework, 1, Some(&entry(Value::Empty, Some("1.5"), Some("0.75"), true)));
        assert_eq!((judged.points, judged.status, judged.self_score_differs), (d("0.75"), Status::Appraised, true));
        assert_eq!(score_leaf(&framework, 1, None).status, Status::Missing);
    }

    #[test]
    fn not_applicable_leaves_leave_the_maximum() {
        let framework = framework();
        let mut unit = UnitEvidence::new("Ban Dân tộc".into(), &framework);
        unit.leaves[0] = Some(entry(date("2024-03-01"), None, None, true));
        unit.leaves[1] = Some(entry(Value::NotApplicable, Some("1"), None, false));
        let score = score_unit(&framework, &unit).unwrap();
        // 1.1 late → 1 point; 1.2 N/A → max 2 instead of 3.5; index 1 / 2 = 50 %.
        assert_eq!((score.figures.total, score.figures.max, score.figures.index), (d("1"), d("2"), d("50")));
        assert!(!score.leaves[1].self_score_differs);
    }

    #[test]
    fn penalties_cannot_take_the_total_below_zero() {
        let framework = framework();
        let mut unit = UnitEvidence::new("Xã".into(), &framework);
        unit.leaves[0] = Some(entry(date("2024-03-01"), None, None, true));
        unit.adjustments[0] = Some(entry(Value::Count(2), None, None, false));
        let score = score_unit(&framework, &unit).unwrap();
        // 1 point − min(2, 0.75 × 2 = 1.5) = −0.5 → 0.
        assert_eq!(
            (score.figures.penalty, score.figures.adjustment(), score.figures.total, score.figures.index),
            (d("1.5"), d("-1.5"), d("0"), d("0"))
        );
    }
}
