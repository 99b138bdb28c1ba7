//! Between the appraisal rounds: what the final round changed (leaves, units, ranks
//! from the first round to the final), and the open disputes (self-score above the
//! first round, no final round yet) ranked by what accepting the unit's claim would
//! change: its rank or grade within its block, then the points at stake.

use rust_decimal::Decimal;

use crate::criteria::{Framework, Target};
use crate::evidence::{Entry, UnitEvidence};
use crate::labels::Lang;
use crate::points::round;
use crate::ranking::{Ranked, rank};
use crate::register::Roster;
use crate::report::table::{Cell, Column, Table};
use crate::scoring::{UnitScore, score_unit};
use crate::tr_in;

/// The units of a run with their entries changed by `edit` (applied to every entry).
fn scored_with(framework: &Framework, units: &[&UnitEvidence], edit: impl Fn(&mut Entry)) -> Vec<UnitScore> {
    units
        .iter()
        .filter_map(|unit| {
            let mut unit = (*unit).clone();
            unit.leaves.iter_mut().chain(unit.adjustments.iter_mut()).flatten().for_each(&edit);
            score_unit(framework, &unit).ok()
        })
        .collect()
}

/// Ranks of `scores` within their blocks, by unit name.
fn block_ranks(framework: &Framework, scores: Vec<UnitScore>, roster: &Roster) -> std::collections::HashMap<String, (usize, UnitScore)> {
    crate::ranking::rank_in_blocks(framework, scores, roster).into_iter().map(|r| (r.score.name.clone(), (r.rank, r.score))).collect()
}

fn id_of(framework: &Framework, target: Target) -> String {
    framework.scorable_id(target).unwrap_or_default().to_owned()
}

/// The change report: one row per leaf whose final round changed the first round's
/// points, and one per unit whose index or rank moved from the first round to the final.
pub fn changes_table(framework: &Framework, units: &[&UnitEvidence], ranked: &[Ranked], roster: &Roster, lang: Lang) -> Table {
    let labels = lang.labels();
    let first_round = block_ranks(framework, scored_with(framework, units, |e| e.appraised = None), roster);
    let mut table = Table {
        name: tr_in!(lang, "council-changes-sheet"),
        heading: vec![framework.heading(), tr_in!(lang, "council-changes-heading")],
        columns: vec![
            Column::new(labels.unit, 28.0, true),
            Column::new(labels.id, 8.0, false),
            Column::new(tr_in!(lang, "council-changes-after-first"), 10.0, false),
            Column::new(tr_in!(lang, "council-changes-final"), 10.0, false),
            Column::new(tr_in!(lang, "council-changes-difference"), 10.0, false),
            Column::new(tr_in!(lang, "council-changes-rank-after-first"), 10.0, false),
            Column::new(tr_in!(lang, "council-changes-rank-final"), 10.0, false),
        ],
        frozen_columns: 1,
        ..Table::default()
    };
    for unit in ranked {
        let Some((first_rank, first)) = first_round.get(&unit.score.name) else { continue };
        let Some(evidence) = units.iter().find(|u| u.name == unit.score.name) else { continue };
        let targets = (0..framework.leaves.len()).map(Target::Leaf).chain((0..framework.adjustments.len()).map(Target::Adjustment));
        for target in targets {
            let (entry, before, after) = match target {
                Target::Leaf(i) => (evidence.leaves[i].as_ref(), first.leaves[i].points, unit.score.leaves[i].points),
                Target::Adjustment(i) => (evidence.adjustments[i].as_ref(), first.adjustments[i].points, unit.score.adjustments[i].points),
                Target::Group(_) => continue,
            };
            if entry.is_some_and(|e| e.appraised.is_some()) && before != after {
                table.push(
                    vec![
                        Cell::text(&unit.score.name),
                        Cell::text(id_of(framework, target)),
                        Cell::Number(before),
                        Cell::Number(after),
                        Cell::Number(after - before),
                        Cell::Blank,
                        Cell::Blank,
                    ],
                    false,
                );
            }
        }
        let (before, after) = (first.figures.index, unit.score.figures.index);
        if before != after || *first_rank != unit.rank {
            table.push(
                vec![
                    Cell::text(&unit.score.name),
                    Cell::text(labels.index),
                    Cell::Number(before),
                    Cell::Number(after),
                    Cell::Number(after - before),
                    Cell::Integer(*first_rank as i64),
                    Cell::Integer(unit.rank as i64),
                ],
                true,
            );
        }
    }
    table.footer.push(tr_in!(lang, "council-changes-footer"));
    table
}

/// One open dispute and what accepting the unit's claim would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dispute {
    /// The unit.
    pub unit: String,
    /// The leaf or adjustment.
    pub target: Target,
    /// The first round's points and the claimed points (rounded).
    pub first: Decimal,
    /// The unit's claim.
    pub claimed: Decimal,
    /// The unit's rank and grade now, and if its claim were accepted (within its block).
    pub rank: (usize, usize),
    /// Grade names now and if accepted.
    pub grade: (String, String),
}

impl Dispute {
    /// Whether accepting the claim would change the unit's rank or grade.
    pub fn decisive(&self) -> bool {
        self.rank.0 != self.rank.1 || self.grade.0 != self.grade.1
    }
}

/// The open disputes, most decisive first: rank or grade would change, then the most
/// points at stake, then unit and criterion.
pub fn disputes(framework: &Framework, units: &[&UnitEvidence], ranked: &[Ranked]) -> Vec<Dispute> {
    let dp = framework.decimals;
    let mut found = Vec::new();
    for unit in ranked {
        let Some(evidence) = units.iter().find(|u| u.name == unit.score.name) else { continue };
        let targets = (0..framework.leaves.len()).map(Target::Leaf).chain((0..framework.adjustments.len()).map(Target::Adjustment));
        for target in targets {
            let entry = match target {
                Target::Leaf(i) => evidence.leaves[i].as_ref(),
                Target::Adjustment(i) => evidence.adjustments[i].as_ref(),
                Target::Group(_) => None,
            };
            let Some(entry) = entry.filter(|e| e.appraised.is_none()) else { continue };
            let (Some(first), Some(claimed)) = (entry.appraised_1.map(|a| round(a, dp)), entry.self_score.map(|s| round(s, dp))) else {
                continue;
            };
            if claimed <= first {
                continue;
            }
            // The unit's claim accepted on this leaf only; the others of its block as they are.
            let mut accepted = (*evidence).clone();
            if let Some(slot) = accepted.slot(target).and_then(Option::as_mut) {
                slot.appraised = Some(claimed);
            }
            let Ok(score) = score_unit(framework, &accepted) else { continue };
            let block: Vec<UnitScore> = ranked
                .iter()
                .filter(|r| r.block == unit.block)
                .map(|r| if r.score.name == unit.score.name { score.clone() } else { r.score.clone() })
                .collect();
            let new_rank = rank(block).into_iter().find(|r| r.score.name == unit.score.name).map_or(unit.rank, |r| r.rank);
            found.push(Dispute {
                unit: unit.score.name.clone(),
                target,
                first,
                claimed,
                rank: (unit.rank, new_rank),
                grade: (unit.score.figures.grade_name(framework).to_owned(), score.figures.grade_name(framework).to_owned()),
            });
        }
    }
    found.sort_by(|a, b| {
        b.decisive()
            .cmp(&a.decisive())
            .then((b.claimed - b.first).cmp(&(a.claimed - a.first)))
            .then(a.unit.cmp(&b.unit))
            .then(id_of(framework, a.target).cmp(&id_of(framework, b.target)))
    });
    found
}

/// The disputes as a table for the council.
pub fn disputes_table(framework: &Framework, disputes: &[Dispute], lang: Lang) -> Table {
    let labels = lang.labels();
    let mut table = Table {
        name: tr_in!(lang, "council-disputes-sheet"),
        heading: vec![framework.heading(), tr_in!(lang, "council-disputes-heading")],
        columns: vec![
            Column::new(labels.unit, 28.0, true),
            Column::new(labels.id, 8.0, false),
            Column::new(tr_in!(lang, "council-disputes-first"), 10.0, false),
            Column::new(tr_in!(lang, "council-disputes-claimed"), 10.0, false),
            Column::new(tr_in!(lang, "council-disputes-difference"), 10.0, false),
            Column::new(tr_in!(lang, "council-disputes-rank-now"), 10.0, false),
            Column::new(tr_in!(lang, "council-disputes-rank-if-accepted"), 10.0, false),
            Column::new(tr_in!(lang, "council-disputes-grade-now"), 12.0, true),
            Column::new(tr_in!(lang, "council-disputes-grade-if-accepted"), 12.0, true),
        ],
        frozen_columns: 1,
        filter: true,
        ..Table::default()
    };
    for dispute in disputes {
        table.push(
            vec![
                Cell::text(&dispute.unit),
                Cell::text(id_of(framework, dispute.target)),
                Cell::Number(dispute.first),
                Cell::Number(dispute.claimed),
                Cell::Number(dispute.claimed - dispute.first),
                Cell::Integer(dispute.rank.0 as i64),
                Cell::Integer(dispute.rank.1 as i64),
                Cell::text(&dispute.grade.0),
                Cell::text(&dispute.grade.1),
            ],
            dispute.decisive(),
        );
    }
    table.footer.push(tr_in!(lang, "council-disputes-footer"));
    table
}
