//! Phiếu thẩm định: one unit's sheet, every criterion in tree order with maximum,
//! value, self-assessed and final points, difference, evidence, status and note,
//! subtotals as sums of their children, then adjustments and totals.

use rust_decimal::Decimal;

use super::claims::{Claims, adjustment_sign, leaf_claim};
use crate::criteria::{Framework, Source};
use crate::evidence::{Entry, UnitEvidence};
use crate::labels::Lang;
use crate::ranking::Ranked;
use crate::report::status_text;
use crate::report::table::{Cell, Column, Expr, Table};
use crate::scoring::Status;

/// Columns of the sheet.
pub(super) const MAX: usize = 2;
pub(super) const SELF: usize = 4;
pub(super) const FINAL: usize = 5;
const DIFFERENCE: usize = 6;

/// Body rows of the totals on a unit's sheet: one row per node, one per adjustment,
/// then the areas' total, the adjustments' total (when there are adjustments), the
/// total, the index and the grade.
pub(super) fn areas_total_row(framework: &Framework) -> usize {
    framework.nodes.len() + framework.adjustments.len()
}

/// The body row of the adjustments' total on a unit's sheet, if there is one.
pub(super) fn adjustments_total_row(framework: &Framework) -> Option<usize> {
    (!framework.adjustments.is_empty()).then(|| areas_total_row(framework) + 1)
}

fn text_of(entry: Option<&Entry>, pick: fn(&crate::evidence::EntryText) -> &String) -> Cell {
    Cell::text(entry.and_then(|e| e.text.as_deref()).map(pick).cloned().unwrap_or_default())
}

/// The difference cell of body row `row`: final − self.
fn difference(row: usize, value: Decimal) -> Cell {
    Cell::calc(value, Expr::minus(Expr::Ref(row, FINAL), Expr::Ref(row, SELF)))
}

/// A row's self, final and difference cells as sums of other rows.
fn sums(cells: &mut [Cell], row: usize, rows: &[usize], claimed: Decimal, points: Decimal) {
    cells[SELF] = Cell::calc(claimed, Expr::column_sum(SELF, rows.iter().copied()));
    cells[FINAL] = Cell::calc(points, Expr::column_sum(FINAL, rows.iter().copied()));
    cells[DIFFERENCE] = difference(row, points - claimed);
}

/// One unit's appraisal sheet.
///
/// With `trail` (a run with appraisal rounds) two more columns show each leaf's
/// first-round points and the unit's explanation beside the final points.
pub fn unit_table(framework: &Framework, evidence: &UnitEvidence, unit: &Ranked, claims: &Claims, lang: Lang, trail: bool) -> Table {
    let (labels, council) = (lang.labels(), lang.council());
    let dp = framework.decimals;
    let score = &unit.score;
    let mut columns = vec![
        Column::new(labels.id, 8.0, false),
        Column::new(labels.name, 45.0, true),
        Column::new(labels.max, 8.0, false),
        Column::new(labels.value, 14.0, true),
        Column::new(council.self_points, 9.0, false),
        Column::new(council.final_points, 9.0, false),
        Column::new(council.difference, 10.0, false),
        Column::new(labels.evidence, 34.0, true),
        Column::new(labels.status, 18.0, true),
        Column::new(council.note, 30.0, true),
    ];
    if trail {
        // The trail columns (a run with appraisal rounds).
        columns.push(Column::new(crate::tr_in!(lang, "council-trail-first"), 11.0, false));
        columns.push(Column::new(crate::tr_in!(lang, "council-trail-explanation"), 30.0, true));
    }
    let width = columns.len();
    let blank = || vec![Cell::Blank; width];
    let mut table = Table {
        name: score.name.clone(),
        heading: vec![
            framework.heading(),
            format!("{}: {}", council.sheet_title, score.name),
            format!(
                "{}: {} · {}: {} · {}: {}",
                labels.rank,
                unit.rank,
                labels.index,
                lang.number(score.figures.index, dp),
                labels.grade,
                score.figures.grade_name(framework)
            ),
        ],
        columns,
        frozen_columns: 2,
        ..Table::default()
    };
    // Body row i is node i; adjustments follow, then the totals.
    for (row, node) in framework.nodes.iter().enumerate() {
        let mut cells = blank();
        cells[0] = Cell::text(&node.id);
        cells[1] = Cell::text(format!("{}{}", "  ".repeat(node.depth), node.name));
        match node.leaf {
            Some(leaf) => {
                let result = &score.leaves[leaf];
                let entry = evidence.leaves[leaf].as_ref();
                cells[MAX] = Cell::Number(node.max);
                cells[3] = text_of(entry, |t| &t.value);
                if let Some(claim) = leaf_claim(&framework.leaves[leaf], result, dp) {
                    cells[SELF] = match result.self_score {
                        Some(_) => Cell::Number(claim),
                        // A survey leaf without a self-score claims its survey points
                        // (claims.rs): the cell shows them, following the final cell.
                        None if framework.leaves[leaf].source == Source::Survey => Cell::calc(claim, Expr::Ref(row, FINAL)),
                        None => Cell::Blank,
                    };
                    cells[FINAL] = Cell::Number(result.points);
                    cells[DIFFERENCE] = difference(row, result.points - claim);
                }
                cells[7] = text_of(entry, |t| &t.evidence);
                cells[8] = Cell::text(match (result.status, entry) {
                    (Status::Missing, None) => council.row_missing.to_owned(),
                    _ => status_text(result, labels),
                });
                cells[9] = text_of(entry, |t| &t.note);
                if trail {
                    cells[10] = Cell::maybe(entry.and_then(|e| e.appraised_1).map(|a| crate::points::round(a, dp)));
                    cells[11] = text_of(entry, |t| &t.explanation);
                }
                table.push(cells, false);
            }
            None => {
                cells[MAX] = Cell::Number(score.node_max[row]);
                sums(&mut cells, row, &node.children, claims.nodes[row], score.node_points[row]);
                table.push(cells, node.depth == 0);
            }
        }
    }
    let first_adjustment = table.rows.len();
    for (index, adjustment) in framework.adjustments.iter().enumerate() {
        let row = table.rows.len();
        let (result, entry) = (&score.adjustments[index], evidence.adjustments[index].as_ref());
        let sign = adjustment_sign(framework, index);
        let mut cells = blank();
        cells[0] = Cell::text(&adjustment.id);
        cells[1] = Cell::text(format!("{} ({})", adjustment.name, if sign.is_sign_positive() { labels.bonus } else { labels.penalty }));
        cells[MAX] = Cell::maybe(adjustment.cap);
        if entry.is_some() {
            let claim = sign * crate::points::round(result.self_score.unwrap_or_default(), dp);
            cells[3] = text_of(entry, |t| &t.value);
            cells[SELF] = Cell::maybe(result.self_score.map(|_| claim));
            cells[FINAL] = Cell::Number(sign * result.points);
            cells[DIFFERENCE] = difference(row, sign * result.points - claim);
            cells[7] = text_of(entry, |t| &t.evidence);
            cells[8] = Cell::text(status_text(result, labels));
            cells[9] = text_of(entry, |t| &t.note);
            if trail {
                cells[10] = Cell::maybe(entry.and_then(|e| e.appraised_1).map(|a| sign * crate::points::round(a, dp)));
                cells[11] = text_of(entry, |t| &t.explanation);
            }
        }
        table.push(cells, false);
    }
    let adjustment_rows: Vec<usize> = (first_adjustment..table.rows.len()).collect();
    let areas_row = table.rows.len();
    debug_assert_eq!(areas_row, areas_total_row(framework));
    let mut cells = blank();
    cells[1] = Cell::text(labels.areas_total);
    cells[MAX] = Cell::Number(score.figures.max);
    let area_points: Decimal = (0..framework.areas.len()).map(|a| score.area_points(framework, a)).sum();
    sums(&mut cells, areas_row, &framework.areas, claims.areas, area_points);
    table.push(cells, true);
    let mut parts = vec![areas_row];
    if !adjustment_rows.is_empty() {
        let row = table.rows.len();
        let mut cells = blank();
        cells[1] = Cell::text(labels.adjustment);
        sums(&mut cells, row, &adjustment_rows, claims.adjustment, score.figures.adjustment());
        table.push(cells, true);
        parts.push(row);
    }
    let total_row = table.rows.len();
    let mut cells = blank();
    cells[1] = Cell::text(labels.total);
    let total_of = |column: usize| Expr::AtLeastZero(Box::new(Expr::column_sum(column, parts.iter().copied())));
    cells[SELF] = Cell::calc(claims.total, total_of(SELF));
    cells[FINAL] = Cell::calc(score.figures.total, total_of(FINAL));
    cells[DIFFERENCE] = difference(total_row, score.figures.total - claims.total);
    table.push(cells, true);
    let index_row = table.rows.len();
    let index_of = |column: usize| Expr::Index {
        total: Box::new(Expr::Ref(total_row, column)),
        max: Box::new(Expr::Ref(areas_row, MAX)),
        decimals: dp,
        cap: framework.cap_index,
    };
    let mut cells = blank();
    cells[1] = Cell::text(labels.index);
    cells[SELF] = Cell::calc(claims.index, index_of(SELF));
    cells[FINAL] = Cell::calc(score.figures.index, index_of(FINAL));
    cells[DIFFERENCE] = difference(index_row, score.figures.index - claims.index);
    table.push(cells, true);
    let mut cells = blank();
    cells[1] = Cell::text(labels.grade);
    let grade_of = |column: usize| Expr::Grade(Box::new(Expr::Ref(index_row, column)));
    cells[SELF] = Cell::calc_text(claims.grade.map_or("", |g| framework.grades[g].name.as_str()).to_owned(), grade_of(SELF));
    cells[FINAL] = Cell::calc_text(score.figures.grade_name(framework).to_owned(), grade_of(FINAL));
    table.push(cells, true);
    if score.leaves.iter().any(|l| l.status == Status::NotApplicable) {
        table.footer.push(labels.not_applicable_note.to_owned());
    }
    table.footer.push(council.definitions.to_owned());
    table
}
