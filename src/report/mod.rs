//! Rendering results: tables for people, CSV, JSON, Markdown, HTML and Excel.

mod analysis;
mod criteria;
mod criteria_diff;
mod grid;
pub mod html;
mod html_report;
pub mod inert;
mod json;
mod ranking;
mod sheet;
pub mod table;
pub mod template;
pub mod xlsx;

pub use analysis::{
    area_note, compare_csv, compare_grid, compare_json, gaps_csv, gaps_grids, gaps_json, movement_text, overview_grid, plain_in,
    priorities_csv, priorities_grid, priorities_json, scenario_text, signed, whatif_csv, whatif_grids, whatif_json,
};
pub use criteria::{criteria_grid, criteria_json};
pub use criteria_diff::{criteria_diff_grid, criteria_diff_json};
pub use grid::{Align, Grid, GridRow, csv_bytes};
pub use html_report::{ReportDocuments, SurveySpread, html_report, html_report_with_documents};
pub use json::{framework_header, number, to_text as json_text};
pub use ranking::{block_label, note_label, ranking_csv, ranking_grid, ranking_json};
pub use sheet::{sheet_grid, sheet_json, status_text, status_word};

/// The output formats of `score`, `rank` and `criteria`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// A table for the terminal.
    #[default]
    Table,
    /// CSV.
    Csv,
    /// JSON.
    Json,
    /// Markdown.
    Markdown,
}
