//! The appraisal council's tables: the summary of all units, one appraisal sheet
//! per unit and the list of discrepancies, built once and rendered to Excel, HTML,
//! Markdown or CSV.

mod claims;
mod discrepancies;
mod html;
mod render;
pub mod rounds;
mod sheet;
mod summary;

pub use claims::{Claims, claims, leaf_claim};
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
    // Units come sorted by name, or in register order with a units register.
    let by_name: std::collections::HashMap<&str, &UnitEvidence> = units.iter().map(|u| (u.name.as_str(), u)).collect();
    let evidence: Vec<&UnitEvidence> = ranked.iter().map(|r| by_name.get(r.score.name.as_str()).copied().unwrap_or(&blank)).collect();
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
