//! Rendering results: tables for people, CSV, JSON, Markdown, HTML and Excel.

mod criteria;
mod grid;
pub mod html;
pub mod inert;
mod json;
mod ranking;
mod sheet;
pub mod table;
pub mod template;
pub mod xlsx;

pub use criteria::{criteria_grid, criteria_json};
pub use grid::{Align, Grid, GridRow, csv_bytes};
pub use json::{framework_header, number, to_text as json_text};
pub use ranking::{ranking_csv, ranking_grid, ranking_json};
pub use sheet::{sheet_grid, sheet_json, status_text, status_word};

/// The output formats of `score`, `rank` and `criteria`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
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
