//! Renders the council tables in the format `--out`'s extension names: one workbook,
//! one HTML page, one Markdown file, or three CSV files (`-summary`, `-sheets`,
//! `-discrepancies`).

use std::path::{Path, PathBuf};

use rust_decimal::Decimal;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, XlsxError};

use super::{CouncilTables, UnitSheets};
use crate::labels::Lang;
use crate::points::fixed;
use crate::report::inert::csv_text;
use crate::report::table::{Cell, Table};
use crate::report::xlsx::{Links, SCALE_COLUMN, SheetNames, body_start, scale_start, write_table_linked};
use crate::report::{Align, Grid, csv_bytes};

/// The formats of `council --out`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CouncilFormat {
    /// One workbook: summary, discrepancies, one sheet per unit.
    Xlsx,
    /// One self-contained HTML page.
    Html,
    /// One Markdown file.
    Markdown,
    /// Three CSV files.
    Csv,
}

impl CouncilFormat {
    /// The format an output file's extension names, if any.
    pub fn from_path(path: &Path) -> Option<CouncilFormat> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "xlsx" => Some(CouncilFormat::Xlsx),
            "html" | "htm" => Some(CouncilFormat::Html),
            "md" => Some(CouncilFormat::Markdown),
            "csv" => Some(CouncilFormat::Csv),
            _ => None,
        }
    }
}

/// The files to write for `out`: their paths and bytes.
pub fn render(tables: CouncilTables, format: CouncilFormat, out: &Path, lang: Lang) -> Result<Vec<(PathBuf, Vec<u8>)>, XlsxError> {
    Ok(match format {
        CouncilFormat::Xlsx => vec![(out.to_path_buf(), unsaved_workbook(tables, lang)?.save_to_buffer()?)],
        CouncilFormat::Html => vec![(out.to_path_buf(), super::html::page(&tables, lang).into_bytes())],
        CouncilFormat::Markdown => vec![(out.to_path_buf(), markdown(&tables, lang).into_bytes())],
        CouncilFormat::Csv => {
            let dp = tables.decimals;
            let unit_header = lang.labels().unit;
            vec![
                (suffixed(out, "summary"), csv(&tables.summary, dp)),
                (suffixed(out, "sheets"), csv_sheets(&tables.sheets, dp, unit_header)),
                (suffixed(out, "discrepancies"), csv(&tables.discrepancies, dp)),
            ]
            .into_iter()
            .chain(tables.survey.iter().map(|table| (suffixed(out, "survey"), csv(table, dp))))
            .chain(tables.rounds.iter().zip(["changes", "disputes"]).map(|(table, suffix)| (suffixed(out, suffix), csv(table, dp))))
            .collect()
        }
    })
}

/// `out.csv` → `out-summary.csv`.
fn suffixed(out: &Path, suffix: &str) -> PathBuf {
    let stem = out.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let extension = out.extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_else(|| "csv".to_owned());
    out.with_file_name(format!("{stem}-{suffix}.{extension}"))
}

/// The council's workbook with every sheet written (constant-memory sheets sit in
/// temporary files), not yet saved: the caller may free the tables and the evidence
/// before [`Workbook::save_to_buffer`] assembles the file in memory.
pub fn unsaved_workbook(tables: CouncilTables, lang: Lang) -> Result<Workbook, XlsxError> {
    let CouncilTables { summary, sheets, discrepancies, rounds, survey, decimals } = tables;
    let mut workbook = Workbook::new();
    // A fixed creation date (not the clock's), so the same input gives the same bytes
    // and a sealed workbook can be recomputed (`par-score verify`).
    let fixed = ExcelDateTime::from_ymd(2000, 1, 1)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&fixed));
    let mut names = SheetNames::new();
    let unit_label = lang.labels().unit;
    let scale = (scale_start(&summary), summary.scale.len());
    let fixed_tables: Vec<Table> = [summary, discrepancies].into_iter().chain(survey).chain(rounds).collect();
    let fixed_names: Vec<String> = fixed_tables.iter().map(|table| names.name(&table.name, &format!("{unit_label} 0"))).collect();
    let unit_names: Vec<String> =
        (0..sheets.len()).map(|index| names.name(sheets.name(index), &format!("{unit_label} {}", index + 1))).collect();
    // The summary links to the unit sheets' totals and to its own grade scale, so a
    // changed appraisal flows into the totals, index, grade and rank. Every unit's
    // sheet has the same heading lines, so its body starts on the same row: the first
    // sheet, built here, gives it (checked as each sheet is written).
    let unit_body = if sheets.is_empty() { 0 } else { body_start(&sheets.table(0)) };
    let links = Links {
        sheets: unit_names.iter().map(|name| (name.clone(), unit_body)).collect(),
        scale: Some((fixed_names[0].clone(), scale.0, SCALE_COLUMN, scale.1)),
    };
    let scale_headers = [lang.council().scale_min, lang.labels().grade];
    let mut index = 0;
    let mut write = |workbook: &mut Workbook, table: &Table, name: &str| -> Result<(), XlsxError> {
        // Constant-memory sheets go to a temporary file row by row (write_table writes
        // in row order): 4,000 units' sheets never sit in memory together. Each holds
        // a file handle; where the system allows no more, a sheet is kept in memory
        // instead.
        if workbook.add_worksheet_with_constant_memory().is_err() {
            workbook.add_worksheet();
        }
        let sheet = workbook.worksheet_from_index(index)?;
        index += 1;
        sheet.set_name(name)?;
        write_table_linked(sheet, table, decimals, &links, &scale_headers)
    };
    // Each table is dropped once written: the summary, the discrepancies (the largest,
    // one row per discrepancy of every unit), the rounds' tables.
    for (table, name) in fixed_tables.into_iter().zip(&fixed_names) {
        write(&mut workbook, &table, name)?;
    }
    // Each unit's sheet is built, written and dropped in turn.
    for (table, name) in sheets.iter().zip(&unit_names) {
        debug_assert_eq!(body_start(&table), unit_body, "every unit's sheet starts its body on the same row");
        write(&mut workbook, &table, name)?;
    }
    Ok(workbook)
}

fn grid(table: &Table, show: &dyn Fn(Decimal) -> String) -> Grid {
    let align = table
        .columns
        .iter()
        .enumerate()
        .map(|(column, _)| {
            let numeric = table.rows.iter().any(|r| matches!(r.cells[column], Cell::Number(_) | Cell::Calc(..) | Cell::Integer(_)));
            if numeric { Align::Right } else { Align::Left }
        })
        .collect();
    let mut grid =
        Grid { heading: table.heading.clone(), headers: table.flat_headers(), align, footer: table.footer.clone(), ..Grid::default() };
    for (row, texts) in table.rows.iter().zip(table.texts(show)) {
        if row.strong { grid.strong_row(texts) } else { grid.row(texts) }
    }
    grid
}

fn markdown(tables: &CouncilTables, lang: Lang) -> String {
    let show = |value: Decimal| lang.number(value, tables.decimals);
    let mut out = String::new();
    let fixed = std::iter::once(&tables.summary)
        .chain([&tables.discrepancies])
        .chain(&tables.survey)
        .chain(&tables.rounds)
        .map(std::borrow::Cow::Borrowed);
    for table in fixed.chain(tables.sheets.iter().map(std::borrow::Cow::Owned)) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&grid(&table, &show).to_markdown());
    }
    out
}

/// A CSV cell: numbers with `.` and the framework's decimals, text made inert.
fn csv_cell(cell: &Cell, decimals: u32) -> String {
    match cell {
        Cell::Blank => String::new(),
        Cell::Text(text) | Cell::CalcText(text, _) => csv_text(text).into_owned(),
        Cell::Number(value) | Cell::Calc(value, _) => fixed(*value, decimals),
        Cell::Integer(value) | Cell::CalcInteger(value, _) => value.to_string(),
    }
}

fn csv(table: &Table, decimals: u32) -> Vec<u8> {
    let headers: Vec<String> = table.flat_headers().iter().map(|h| csv_text(h).into_owned()).collect();
    // Each row's texts are made as the row is written.
    let rows = table.rows.iter().map(|row| row.cells.iter().map(|c| csv_cell(c, decimals)).collect::<Vec<String>>());
    csv_bytes(&headers, rows)
}

/// Every unit's sheet in one file, with the unit's name in a first column.
fn csv_sheets(sheets: &UnitSheets, decimals: u32, unit_header: &str) -> Vec<u8> {
    if sheets.is_empty() {
        return csv_bytes(&[unit_header.to_owned()], std::iter::empty::<Vec<String>>());
    }
    let mut headers = vec![unit_header.to_owned()];
    headers.extend(sheets.table(0).flat_headers().iter().map(|h| csv_text(h).into_owned()));
    // Each unit's sheet is built when its rows are reached and dropped after.
    let rows = sheets.iter().flat_map(|table| {
        let name = csv_text(&table.name).into_owned();
        table
            .rows
            .into_iter()
            .map(move |row| std::iter::once(name.clone()).chain(row.cells.iter().map(|c| csv_cell(c, decimals))).collect::<Vec<String>>())
    });
    csv_bytes(&headers, rows)
}
