//! The appraisal council's tables: the summary of all units, one appraisal sheet
//! per unit and the list of discrepancies, built once and rendered to Excel, HTML,
//! Markdown or CSV.

mod claims;
mod discrepancies;
mod documents;
mod html;
mod links;
mod render;
mod sheet;
mod summary;

pub use claims::{Claims, claims, leaf_claim};
pub use documents::annotate_documents;
pub use links::href as document_href;
pub use render::{CouncilFormat, render};

use crate::criteria::Framework;
use crate::evidence::UnitEvidence;
use crate::labels::Lang;
use crate::ranking::Ranked;
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
    /// Decimals of every figure.
    pub decimals: u32,
}

/// Builds the tables for ranked units; `units` holds every unit's evidence (read
/// with its text kept).
pub fn council_tables(framework: &Framework, units: &[UnitEvidence], ranked: &[Ranked], lang: Lang) -> CouncilTables {
    // Every ranked unit was scored from these units; the blank fallback is never used.
    let blank = UnitEvidence::new(String::new(), framework);
    let evidence: Vec<&UnitEvidence> =
        ranked.iter().map(|r| units.binary_search_by(|u| u.name.as_str().cmp(&r.score.name)).map_or(&blank, |at| &units[at])).collect();
    let all_claims: Vec<Claims> = ranked.iter().map(|r| claims(framework, &r.score)).collect();
    let sheets = ranked
        .iter()
        .zip(&evidence)
        .zip(&all_claims)
        .map(|((unit, evidence), claim)| sheet::unit_table(framework, evidence, unit, claim, lang))
        .collect();
    CouncilTables {
        summary: summary::summary_table(framework, ranked, &all_claims, lang),
        sheets,
        discrepancies: discrepancies::discrepancies_table(framework, &evidence, ranked, lang),
        decimals: framework.decimals,
    }
}
