//! One unit's score sheet: every leaf under its area and criterion with value,
//! self-score, points and status, subtotals, adjustments, total, index and grade.

use rust_decimal::Decimal;
use serde_json::{Value as Json, json};

use super::grid::{Align, Grid};
use super::json::number;
use crate::criteria::{AdjustmentKind, Framework, Source};
use crate::evidence::{Entry, UnitEvidence};
use crate::labels::{Labels, Lang};
use crate::scoring::{LeafScore, Status, UnitScore};

/// The status of a leaf in words, e.g. "thẩm định; tự chấm khác".
pub fn status_text(score: &LeafScore, labels: &Labels) -> String {
    let main = match score.status {
        Status::Ok => "",
        Status::Missing => labels.status_missing,
        Status::NoEvidence => labels.status_no_evidence,
        Status::NotApplicable => labels.status_not_applicable,
        Status::Appraised => labels.status_appraised,
    };
    match (main.is_empty(), score.self_score_differs) {
        (_, false) => main.to_owned(),
        (true, true) => labels.status_self_differs.to_owned(),
        (false, true) => format!("{main}; {}", labels.status_self_differs),
    }
}

/// A leaf's status as a stable machine word.
pub fn status_word(status: Status) -> &'static str {
    match status {
        Status::Ok => "ok",
        Status::Missing => "missing",
        Status::NoEvidence => "no_evidence",
        Status::NotApplicable => "not_applicable",
        Status::Appraised => "appraised",
    }
}

/// Points of every node split by source: (assessment, survey).
fn split_by_source(framework: &Framework, score: &UnitScore) -> Vec<(Decimal, Decimal)> {
    let mut split = vec![(Decimal::ZERO, Decimal::ZERO); framework.nodes.len()];
    for (leaf, result) in framework.leaves.iter().zip(&score.leaves) {
        let mut node = Some(leaf.node);
        while let Some(index) = node {
            match leaf.source {
                Source::Assessment => split[index].0 += result.points,
                Source::Survey => split[index].1 += result.points,
            }
            node = framework.nodes[index].parent;
        }
    }
    split
}

fn value_text(entry: Option<&Entry>) -> String {
    entry.and_then(|e| e.text.as_ref()).map(|t| t.value.clone()).unwrap_or_default()
}

/// The score sheet as a grid; `format` shows numbers (decimal comma for people).
pub fn sheet_grid(
    framework: &Framework,
    evidence: &UnitEvidence,
    score: &UnitScore,
    lang: Lang,
    format: &dyn Fn(Decimal) -> String,
) -> Grid {
    let labels = lang.labels();
    let survey = framework.has_survey();
    let mut headers: Vec<String> =
        [labels.id, labels.name, labels.max, labels.value, labels.self_score, labels.points].map(String::from).to_vec();
    if survey {
        headers.push(labels.survey_points.to_owned());
    }
    headers.push(labels.status.to_owned());
    // A unit appraised in rounds: each leaf's first round and explanation beside its points.
    let trail = evidence
        .leaves
        .iter()
        .chain(&evidence.adjustments)
        .flatten()
        .any(|e| e.appraised_1.is_some() || e.has(crate::evidence::Column::Explanation));
    let status_column = headers.len() - 1;
    if trail {
        // The trail columns of a unit appraised in rounds.
        headers.extend([crate::tr_in!(lang, "report-trail-first"), crate::tr_in!(lang, "report-trail-explanation")]);
    }
    let mut align = vec![Align::Left, Align::Left, Align::Right, Align::Left, Align::Right, Align::Right];
    if survey {
        align.push(Align::Right);
    }
    align.push(Align::Left);
    if trail {
        align.extend([Align::Right, Align::Left]);
    }
    let trail_cells = |entry: Option<&Entry>, sign: &str| -> Vec<String> {
        if !trail {
            return Vec::new();
        }
        let first = entry.and_then(|e| e.appraised_1).map(|a| format!("{sign}{}", format(a))).unwrap_or_default();
        let explanation = entry.and_then(|e| e.text.as_ref()).map(|t| t.explanation.clone()).unwrap_or_default();
        vec![first, explanation]
    };
    let mut grid =
        Grid { heading: vec![framework.heading(), format!("{}: {}", labels.unit, score.name)], headers, align, ..Grid::default() };
    let split = split_by_source(framework, score);
    let points_cells = |assessment: Option<Decimal>, survey_points: Option<Decimal>| -> Vec<String> {
        let show = |p: Option<Decimal>| p.map(format).unwrap_or_default();
        if survey { vec![show(assessment), show(survey_points)] } else { vec![show(assessment.or(survey_points))] }
    };
    for (index, node) in framework.nodes.iter().enumerate() {
        let name = format!("{}{}", "\u{a0}\u{a0}".repeat(node.depth), node.name);
        let mut cells = vec![node.id.clone(), name];
        match node.leaf {
            Some(leaf) => {
                let result = &score.leaves[leaf];
                let entry = evidence.leaves[leaf].as_ref();
                let applicable = result.status != Status::NotApplicable;
                cells.push(format(node.max));
                cells.push(value_text(entry));
                cells.push(result.self_score.map(format).unwrap_or_default());
                let points = applicable.then_some(result.points);
                cells.extend(match framework.leaves[leaf].source {
                    Source::Assessment => points_cells(points, None),
                    Source::Survey => points_cells(None, points),
                });
                cells.push(status_text(result, labels));
                cells.extend(trail_cells(entry, ""));
                grid.row(cells);
            }
            None => {
                cells.push(format(score.node_max[index]));
                cells.extend([String::new(), String::new()]);
                let (assessment, survey_points) = split[index];
                if survey {
                    cells.extend(points_cells(Some(assessment), Some(survey_points)));
                } else {
                    cells.extend(points_cells(Some(assessment + survey_points), None));
                }
                cells.push(String::new());
                if trail {
                    cells.extend([String::new(), String::new()]);
                }
                if node.depth == 0 { grid.strong_row(cells) } else { grid.row(cells) }
            }
        }
    }
    let blank = |grid: &Grid| vec![String::new(); grid.headers.len()];
    let points_column = 5;
    for (index, adjustment) in framework.adjustments.iter().enumerate() {
        let result = &score.adjustments[index];
        let sign = if adjustment.kind == AdjustmentKind::Bonus { "+" } else { "−" };
        let mut cells = blank(&grid);
        cells[0] = adjustment.id.clone();
        cells[1] = adjustment.name.clone();
        cells[2] = adjustment.cap.map(format).unwrap_or_default();
        cells[3] = value_text(evidence.adjustments[index].as_ref());
        cells[4] = result.self_score.map(format).unwrap_or_default();
        cells[points_column] = if result.points.is_zero() { format(Decimal::ZERO) } else { format!("{sign}{}", format(result.points)) };
        cells[status_column] = if result.status == Status::Missing { String::new() } else { status_text(result, labels) };
        for (offset, text) in trail_cells(evidence.adjustments[index].as_ref(), sign).into_iter().enumerate() {
            cells[status_column + 1 + offset] = text;
        }
        grid.row(cells);
    }
    let mut total_row = |label: &str, column: usize, value: String| {
        let mut cells = blank(&grid);
        cells[1] = label.to_owned();
        cells[column] = value;
        grid.strong_row(cells);
    };
    total_row(labels.assessment, points_column, format(score.figures.assessment));
    if survey {
        total_row(labels.survey, points_column + 1, format(score.figures.survey));
    }
    total_row(labels.bonus, points_column, format!("+{}", format(score.figures.bonus)));
    let penalty =
        if score.figures.penalty.is_zero() { format(score.figures.penalty) } else { format!("−{}", format(score.figures.penalty)) };
    total_row(labels.penalty, points_column, penalty);
    total_row(labels.total, points_column, format(score.figures.total));
    total_row(labels.applicable_max, 2, format(score.figures.max));
    total_row(labels.index, points_column, format(score.figures.index));
    total_row(labels.grade, points_column, score.figures.grade_name(framework).to_owned());
    if score.leaves.iter().any(|l| l.status == Status::NotApplicable) {
        grid.footer.push(labels.not_applicable_note.to_owned());
    }
    let count = |wanted: Status| score.leaves.iter().filter(|l| l.status == wanted).count();
    let differs = score.leaves.iter().chain(&score.adjustments).filter(|l| l.self_score_differs).count();
    grid.footer.push(format!(
        "{}: {} · {}: {} · {}: {} · {}: {}",
        labels.status_missing,
        count(Status::Missing),
        labels.status_no_evidence,
        count(Status::NoEvidence),
        labels.status_appraised,
        count(Status::Appraised),
        labels.status_self_differs,
        differs
    ));
    grid
}

/// The score sheet as JSON, numbers exact.
pub fn sheet_json(framework: &Framework, evidence: &UnitEvidence, score: &UnitScore) -> Json {
    let dp = framework.decimals;
    let text = |entry: Option<&Entry>| entry.and_then(|e| e.text.as_deref()).cloned().unwrap_or_default();
    let leaves: Vec<Json> = framework
        .leaves
        .iter()
        .enumerate()
        .map(|(i, leaf)| {
            let node = &framework.nodes[leaf.node];
            let result = &score.leaves[i];
            let entry = evidence.leaves[i].as_ref();
            let cells = text(entry);
            json!({
                "id": node.id,
                "name": node.name,
                "area": framework.area_node(leaf.area).id,
                "max": number(leaf.max, dp),
                "source": if leaf.source == Source::Survey { "survey" } else { "assessment" },
                "value": cells.value,
                "self_score": result.self_score.map(|s| number(s, dp)),
                "appraised": entry.and_then(|e| e.appraised).map(|a| number(a, dp)),
                "appraised_1": entry.and_then(|e| e.appraised_1).map(|a| number(a, dp)),
                "points": number(result.points, dp),
                "status": status_word(result.status),
                "self_score_differs": result.self_score_differs,
                "evidence": cells.evidence,
                "note": cells.note,
                "explanation": cells.explanation,
            })
        })
        .collect();
    let nodes: Vec<Json> = framework
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.leaf.is_none())
        .map(|(i, n)| json!({ "id": n.id, "name": n.name, "max": number(score.node_max[i], dp), "points": number(score.node_points[i], dp) }))
        .collect();
    let adjustments: Vec<Json> = framework
        .adjustments
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let result = &score.adjustments[i];
            let cells = text(evidence.adjustments[i].as_ref());
            json!({
                "id": a.id,
                "name": a.name,
                "kind": if a.kind == AdjustmentKind::Bonus { "bonus" } else { "penalty" },
                "value": cells.value,
                "self_score": result.self_score.map(|s| number(s, dp)),
                "points": number(result.points, dp),
                "status": status_word(result.status),
                "note": cells.note,
            })
        })
        .collect();
    json!({
        "framework": super::json::framework_header(framework),
        "unit": score.name,
        "leaves": leaves,
        "criteria": nodes,
        "adjustments": adjustments,
        "assessment": number(score.figures.assessment, dp),
        "survey": number(score.figures.survey, dp),
        "bonus": number(score.figures.bonus, dp),
        "penalty": number(score.figures.penalty, dp),
        "adjustment": number(score.figures.adjustment(), dp),
        "total": number(score.figures.total, dp),
        "max": number(score.figures.max, dp),
        "index": number(score.figures.index, dp),
        "grade": score.figures.grade_name(framework),
    })
}
