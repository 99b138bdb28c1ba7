//! Danh sách chênh lệch: every leaf (and adjustment) where the self-score differs
//! from the final points, required evidence is missing, or data is missing; the
//! largest difference first.

use rust_decimal::Decimal;

use super::claims::{adjustment_sign, leaf_claim};
use crate::criteria::Framework;
use crate::evidence::{Entry, UnitEvidence};
use crate::labels::Lang;
use crate::points::round;
use crate::ranking::Ranked;
use crate::report::table::{Cell, Column, Expr, Table};
use crate::scoring::{LeafScore, Status};

const SELF: usize = 5;
const FINAL: usize = 6;

/// One listed item before sorting.
struct Item<'a> {
    unit: &'a str,
    id: &'a str,
    name: String,
    max: Option<Decimal>,
    claim: Option<Decimal>,
    points: Decimal,
    reasons: Vec<&'static str>,
    entry: Option<&'a Entry>,
}

impl Item<'_> {
    fn difference(&self) -> Decimal {
        self.points - self.claim.unwrap_or_default()
    }
}

fn reasons(result: &LeafScore, entry: Option<&Entry>, lang: Lang) -> Vec<&'static str> {
    let (labels, council) = (lang.labels(), lang.council());
    let mut reasons = Vec::new();
    match (result.status, entry) {
        (Status::Missing, None) => reasons.push(council.row_missing),
        (Status::Missing, Some(_)) => reasons.push(labels.status_missing),
        (Status::NoEvidence, _) => reasons.push(labels.status_no_evidence),
        _ => {}
    }
    if result.self_score_differs {
        reasons.push(labels.status_self_differs);
    }
    reasons
}

/// The discrepancies of all units (`units[i]` is the evidence of `ranked[i]`).
pub fn discrepancies_table(framework: &Framework, units: &[&UnitEvidence], ranked: &[Ranked], lang: Lang) -> Table {
    let (labels, council) = (lang.labels(), lang.council());
    let dp = framework.decimals;
    let mut items: Vec<Item> = Vec::new();
    for (unit, evidence) in ranked.iter().zip(units) {
        let score = &unit.score;
        for (leaf, result) in score.leaves.iter().enumerate() {
            let entry = evidence.leaves[leaf].as_ref();
            let reasons = reasons(result, entry, lang);
            if reasons.is_empty() {
                continue;
            }
            let node = framework.leaf_node(leaf);
            let claim = leaf_claim(&framework.leaves[leaf], result, dp).filter(|_| result.self_score.is_some());
            let (name, max, points) = (node.name.clone(), Some(node.max), result.points);
            items.push(Item { unit: &score.name, id: &node.id, name, max, claim, points, reasons, entry });
        }
        for (index, result) in score.adjustments.iter().enumerate() {
            let entry = evidence.adjustments[index].as_ref();
            if entry.is_none() || !result.self_score_differs {
                continue;
            }
            let (adjustment, sign) = (&framework.adjustments[index], adjustment_sign(framework, index));
            items.push(Item {
                unit: &score.name,
                id: &adjustment.id,
                name: adjustment.name.clone(),
                max: adjustment.cap,
                claim: result.self_score.map(|claimed| sign * round(claimed, dp)),
                points: sign * result.points,
                reasons: vec![labels.status_self_differs],
                entry,
            });
        }
    }
    // Stable: equal differences keep rank order, then the framework's order.
    items.sort_by_key(|item| std::cmp::Reverse(item.difference().abs()));
    let columns = vec![
        Column::new(council.number, 5.0, false),
        Column::new(labels.unit, 24.0, true),
        Column::new(labels.id, 8.0, false),
        Column::new(labels.name, 40.0, true),
        Column::new(labels.max, 8.0, false),
        Column::new(council.self_points, 9.0, false),
        Column::new(council.final_points, 9.0, false),
        Column::new(council.difference, 10.0, false),
        Column::new(council.reason, 22.0, true),
        Column::new(labels.evidence, 30.0, true),
        Column::new(council.note, 30.0, true),
    ];
    let mut table = Table {
        name: council.discrepancies_sheet.to_owned(),
        heading: vec![framework.heading(), format!("{} ({})", council.discrepancies_title, items.len())],
        columns,
        frozen_columns: 2,
        filter: true,
        ..Table::default()
    };
    let text = |entry: Option<&Entry>, pick: fn(&crate::evidence::EntryText) -> &String| {
        Cell::text(entry.and_then(|e| e.text.as_deref()).map(pick).cloned().unwrap_or_default())
    };
    let listed = items.len();
    table.rows.reserve_exact(listed);
    // The items are consumed as their rows are made: their names move into the cells.
    for (row, item) in items.into_iter().enumerate() {
        let difference = item.difference();
        table.push(
            vec![
                Cell::Integer(row as i64 + 1),
                Cell::text(item.unit),
                Cell::text(item.id),
                Cell::Text(item.name),
                Cell::maybe(item.max),
                Cell::maybe(item.claim),
                Cell::Number(item.points),
                Cell::calc(difference, Expr::minus(Expr::Ref(row, FINAL), Expr::Ref(row, SELF))),
                Cell::text(item.reasons.join("; ")),
                text(item.entry, |t| &t.evidence),
                text(item.entry, |t| &t.note),
            ],
            false,
        );
    }
    if listed == 0 {
        table.footer.push(council.no_discrepancies.to_owned());
    }
    table.footer.push(council.definitions.to_owned());
    table
}
