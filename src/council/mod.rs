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
mod survey;

pub use changes::{Dispute, changes_table, disputes, disputes_table};
pub use claims::{Claims, claims, leaf_claim};
pub use documents::annotate_documents;
pub use links::href as document_href;
pub use render::{CouncilFormat, render, unsaved_workbook};
pub use survey::survey_table;

use crate::criteria::Framework;
use crate::evidence::UnitEvidence;
use crate::labels::Lang;
use crate::ranking::Ranked;
use crate::register::Roster;
use crate::report::table::Table;

/// The three tables of a council meeting.
#[derive(Debug)]
pub struct CouncilTables<'a> {
    /// Bảng tổng hợp.
    pub summary: Table,
    /// Phiếu thẩm định, one per unit in rank order, each built when it is written.
    pub sheets: UnitSheets<'a>,
    /// Danh sách chênh lệch.
    pub discrepancies: Table,
    /// With appraisal rounds: the changes between the rounds and the open disputes.
    pub rounds: Vec<Table>,
    /// With survey responses: the survey's bootstrap intervals ([`survey_table`]).
    pub survey: Option<Table>,
    /// Decimals of every figure.
    pub decimals: u32,
}

/// Every unit's appraisal sheet, built one at a time when it is written and dropped
/// after: 4,000 units' sheets never sit in memory together.
#[derive(Debug)]
pub struct UnitSheets<'a> {
    framework: &'a Framework,
    ranked: &'a [Ranked],
    /// Each ranked unit's evidence; `None` for the blank fallback (never used: every
    /// ranked unit was scored from these units).
    evidence: Vec<Option<&'a UnitEvidence>>,
    blank: UnitEvidence,
    claims: Vec<Claims>,
    lang: Lang,
    trail: bool,
    values_only: bool,
    documents: Option<documents::Annotation<'a>>,
}

impl UnitSheets<'_> {
    /// The number of sheets (one per ranked unit).
    pub fn len(&self) -> usize {
        self.ranked.len()
    }

    /// Whether there is no sheet.
    pub fn is_empty(&self) -> bool {
        self.ranked.is_empty()
    }

    /// The name of sheet `index` (its unit's name), without building it.
    pub fn name(&self, index: usize) -> &str {
        &self.ranked[index].score.name
    }

    /// Sheet `index`, built now.
    pub fn table(&self, index: usize) -> Table {
        let evidence = self.evidence[index].unwrap_or(&self.blank);
        let mut table = sheet::unit_table(self.framework, evidence, &self.ranked[index], &self.claims[index], self.lang, self.trail);
        if self.values_only {
            values_only(&mut table);
        }
        if let Some(annotation) = &self.documents {
            annotation.annotate(&mut table, self.framework, self.lang);
        }
        table
    }

    /// Every sheet in rank order, each built when the iterator reaches it.
    pub fn iter(&self) -> impl Iterator<Item = Table> + '_ {
        (0..self.len()).map(|index| self.table(index))
    }
}

/// Builds the tables for ranked units; `units` holds every unit's evidence (read
/// with its text kept). The units' sheets are built later, one at a time.
pub fn council_tables<'a>(
    framework: &'a Framework,
    units: &'a [UnitEvidence],
    ranked: &'a [Ranked],
    lang: Lang,
    roster: &Roster,
) -> CouncilTables<'a> {
    // Every ranked unit was scored from these units; the blank fallback is never used.
    let blank = UnitEvidence::new(String::new(), framework);
    // Units come sorted by name, or in register order with a units register.
    let by_name: std::collections::HashMap<&str, &UnitEvidence> = units.iter().map(|u| (u.name.as_str(), u)).collect();
    let found: Vec<Option<&UnitEvidence>> = ranked.iter().map(|r| by_name.get(r.score.name.as_str()).copied()).collect();
    drop(by_name);
    let evidence: Vec<&UnitEvidence> = found.iter().map(|e| e.unwrap_or(&blank)).collect();
    // A run with appraisal rounds shows each leaf's trail.
    let trail = units.iter().any(|u| {
        u.leaves.iter().chain(&u.adjustments).flatten().any(|e| e.appraised_1.is_some() || e.has(crate::evidence::Column::Explanation))
    });
    let all_claims: Vec<Claims> = ranked.iter().map(|r| claims(framework, &r.score)).collect();
    let rounds = if trail {
        let open = disputes(framework, &evidence, ranked);
        vec![changes_table(framework, &evidence, ranked, roster, lang), disputes_table(framework, &open, lang)]
    } else {
        Vec::new()
    };
    let values_only_sheets = !formulas_agree(framework);
    let mut summary = summary::summary_table(framework, ranked, &all_claims, lang, roster);
    let mut discrepancies = discrepancies::discrepancies_table(framework, &evidence, ranked, lang);
    drop(evidence);
    if values_only_sheets {
        values_only(&mut summary);
        values_only(&mut discrepancies);
    }
    CouncilTables {
        rounds,
        survey: None,
        summary,
        sheets: UnitSheets {
            framework,
            ranked,
            evidence: found,
            blank,
            claims: all_claims,
            lang,
            trail,
            values_only: values_only_sheets,
            documents: None,
        },
        discrepancies,
        decimals: framework.decimals,
    }
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
