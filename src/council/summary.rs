//! Bảng tổng hợp: one row per unit in rank order, self-assessed and final points of
//! every area side by side, totals, difference, index, grade and rank.

use super::claims::Claims;
use super::sheet::{FINAL, MAX, SELF, adjustments_total_row, areas_total_row};
use crate::criteria::Framework;
use crate::labels::Lang;
use crate::ranking::Ranked;
use crate::register::{ABSENT_NOTE, Roster};
use crate::report::table::{Cell, Column, Expr, Table};
use crate::report::{block_label, note_label};

/// The summary table; `claims` are in the order of `ranked`.
///
/// With a units register the rank restarts in each block (its formula ranks within
/// the block's rows), and the block and a note on units that sent nothing follow.
pub fn summary_table(framework: &Framework, ranked: &[Ranked], claims: &[Claims], lang: Lang, roster: &Roster) -> Table {
    let (labels, council) = (lang.labels(), lang.council());
    let dp = framework.decimals;
    let mut columns = vec![Column::new(labels.rank, 6.0, false), Column::new(labels.unit, 28.0, true)];
    let mut groups = Vec::new();
    let pair = |columns: &mut Vec<Column>| {
        columns.push(Column::new(council.self_points, 9.0, false));
        columns.push(Column::new(council.final_points, 9.0, false));
    };
    for area in 0..framework.areas.len() {
        groups.push((format!("{} {}", council.area, framework.area_node(area).id), columns.len(), 2));
        pair(&mut columns);
    }
    let has_adjustments = !framework.adjustments.is_empty();
    if has_adjustments {
        groups.push((labels.adjustment.to_owned(), columns.len(), 2));
        pair(&mut columns);
    }
    let point_columns: Vec<usize> = (2..columns.len()).collect();
    let self_total = columns.len();
    columns.push(Column::new(council.self_total, 10.0, false));
    columns.push(Column::new(council.final_total, 10.0, false));
    let (final_total, max, index) = (self_total + 1, self_total + 3, self_total + 4);
    columns.push(Column::new(council.difference, 10.0, false));
    columns.push(Column::new(labels.applicable_max, 9.0, false));
    columns.push(Column::new(labels.index, 10.0, false));
    columns.push(Column::new(labels.grade, 12.0, true));
    if roster.has_blocks() {
        columns.push(Column::new(block_label(lang), 16.0, true));
        columns.push(Column::new(note_label(lang), 24.0, true));
    }
    let mut table = Table {
        name: council.summary_sheet.to_owned(),
        heading: vec![framework.heading(), format!("{} · {}: {}", council.summary_title, labels.units, ranked.len())],
        groups,
        columns,
        frozen_columns: 2,
        ..Table::default()
    };
    for (row, (unit, claim)) in ranked.iter().zip(claims).enumerate() {
        let score = &unit.score;
        // Units of a block are consecutive: the rank formula looks at the block's rows.
        let first = ranked[..row].iter().rposition(|r| r.block != unit.block).map_or(0, |at| at + 1);
        let last = row + ranked[row..].iter().take_while(|r| r.block == unit.block).count() - 1;
        let mut cells =
            vec![Cell::calc_integer(unit.rank as i64, Expr::Rank { cell: (row, index), rows: (first, last) }), Cell::text(&score.name)];
        // The unit's sheet is the row-th unit sheet (both are in rank order).
        let link = |sheet_row: usize, column: usize| Expr::Link { sheet: row, row: sheet_row, column };
        for area in 0..framework.areas.len() {
            cells.push(Cell::calc(claim.nodes[framework.areas[area]], link(framework.areas[area], SELF)));
            cells.push(Cell::calc(score.area_points(framework, area), link(framework.areas[area], FINAL)));
        }
        if let Some(adjustments) = adjustments_total_row(framework) {
            cells.push(Cell::calc(claim.adjustment, link(adjustments, SELF)));
            cells.push(Cell::calc(score.figures.adjustment(), link(adjustments, FINAL)));
        }
        let sum_of = |offset: usize| {
            Expr::AtLeastZero(Box::new(Expr::Sum(
                point_columns.iter().filter(|c| (*c - 2) % 2 == offset).map(|&c| Expr::Ref(row, c)).collect(),
            )))
        };
        cells.push(Cell::calc(claim.total, sum_of(0)));
        cells.push(Cell::calc(score.figures.total, sum_of(1)));
        cells.push(Cell::calc(score.figures.total - claim.total, Expr::minus(Expr::Ref(row, final_total), Expr::Ref(row, self_total))));
        cells.push(Cell::calc(score.figures.max, link(areas_total_row(framework), MAX)));
        cells.push(Cell::calc(
            score.figures.index,
            Expr::Index {
                total: Box::new(Expr::Ref(row, final_total)),
                max: Box::new(Expr::Ref(row, max)),
                decimals: dp,
                cap: framework.cap_index,
            },
        ));
        cells.push(Cell::calc_text(score.figures.grade_name(framework).to_owned(), Expr::Grade(Box::new(Expr::Ref(row, index)))));
        if roster.has_blocks() {
            cells.push(Cell::text(roster.block_name(unit.block)));
            cells.push(Cell::text(if roster.is_absent(&score.name) { ABSENT_NOTE } else { "" }));
        }
        table.push(cells, false);
    }
    for area in 0..framework.areas.len() {
        let node = framework.area_node(area);
        table.footer.push(format!("{} {}: {}", council.area, node.id, node.name));
    }
    table.footer.push(council.definitions.to_owned());
    table.scale = framework.grades.iter().map(|grade| (grade.min_index, grade.name.clone())).collect();
    table
}
