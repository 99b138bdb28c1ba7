//! The appraisal council's tables: the summary of all units, one appraisal sheet
//! per unit and the list of discrepancies, built once and rendered to Excel, HTML,
//! Markdown or CSV.

mod changes;
mod claims;
mod discrepancies;
mod documents;
mod html;
mod links;
mod render;
pub mod rounds;
mod sheet;
mod summary;

pub use changes::{Dispute, changes_table, disputes, disputes_table};
pub use claims::{Claims, claims, leaf_claim};
pub use documents::annotate_documents;
pub use links::href as document_href;
pub use render::{CouncilFormat, render};

use crate::criteria::Framework;
use crate::evidence::UnitEvidence;
use crate::labels::Lang;
use crate::ranking::Ranked;
use crate::register::Roster;
use crate::report::table::Table;

/// The three tables of a council meeting.
#[derive(Debug, Clone)]
pub struct CouncilTables {
    /// Bảng tổng hợp.
    pub summary: Table,
    /// Phiếu thẩm định, one per unit in rank order.
    pub sheets: Vec<Table>,
    /// Danh sách chênh lệch.
    pub discrepancies: Table,
    /// With appraisal rounds: the changes between the rounds and the open disputes.
    pub rounds: Vec<Table>,
    /// Decimals of every figure.
    pub decimals: u32,
}

/// Builds the tables for ranked units; `units` holds every unit's evidence (read
/// with its text kept).
pub fn council_tables(framework: &Framework, units: &[UnitEvidence], ranked: &[Ranked], lang: Lang, roster: &Roster) -> CouncilTables {
    // Every ranked unit was scored from these units; the blank fallback is never used.
    let blank = UnitEvidence::new(String::new(), framework);
    // Units come sorted by name, or in register order with a units register.
    let by_name: std::collections::HashMap<&str, &UnitEvidence> = units.iter().map(|u| (u.name.as_str(), u)).collect();
    let evidence: Vec<&UnitEvidence> = ranked.iter().map(|r| by_name.get(r.score.name.as_str()).copied().unwrap_or(&blank)).collect();
    // A run with appraisal rounds shows each leaf's trail.
    let trail = units.iter().any(|u| {
        u.leaves.iter().chain(&u.adjustments).flatten().any(|e| e.appraised_1.is_some() || e.has(crate::evidence::Column::Explanation))
    });
    let all_claims: Vec<Claims> = ranked.iter().map(|r| claims(framework, &r.score)).collect();
    let sheets = ranked
        .iter()
        .zip(&evidence)
        .zip(&all_claims)
        .map(|((unit, evidence), claim)| sheet::unit_table(framework, evidence, unit, claim, lang, trail))
        .collect();
    let rounds = if trail {
        let scored: Vec<&UnitEvidence> = evidence.clone();
        let open = disputes(framework, &scored, ranked);
        vec![changes_table(framework, &scored, ranked, roster, lang), disputes_table(framework, &open, lang)]
    } else {
        Vec::new()
    };
    let mut tables = CouncilTables {
        rounds,
        summary: summary::summary_table(framework, ranked, &all_claims, lang, roster),
        sheets,
        discrepancies: discrepancies::discrepancies_table(framework, &evidence, ranked, lang),
        decimals: framework.decimals,
    };
    if !formulas_agree(framework) {
        for table in std::iter::once(&mut tables.summary).chain(&mut tables.sheets).chain(std::iter::once(&mut tables.discrepancies)) {
            values_only(table);
        }
    }
    tables
}

/// Whether the workbook's formulas (sums of the cells shown, ROUND, RANK) compute what
/// par-score computed: not with the extensions that cap sums of adjustments, round only
/// totals or rank by the unrounded index (docs/formats.md, "Extensions").
fn formulas_agree(framework: &Framework) -> bool {
    framework.bonus_cap.is_none()
        && framework.penalty_cap.is_none()
        && framework.rounding == crate::criteria::Rounding::Leaf
        && framework.ties == crate::criteria::TiePolicy::Shared
}

/// Replaces each calculated cell by its value, so no formula disagrees with it.
fn values_only(table: &mut crate::report::table::Table) {
    use crate::report::table::Cell;
    for row in &mut table.rows {
        for cell in &mut row.cells {
            match cell {
                Cell::Calc(value, _) => *cell = Cell::Number(*value),
                Cell::CalcInteger(value, _) => *cell = Cell::Integer(*value),
                Cell::CalcText(value, _) => *cell = Cell::Text(std::mem::take(value)),
                _ => {}
            }
        }
    }
}
