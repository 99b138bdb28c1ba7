//! `criteria export`: a framework as an Excel workbook, one sheet per [`SheetKind`].

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Format, FormatBorder, Workbook, Worksheet, XlsxError};

use super::rule_text::{vi_number, write_adjustment, write_rule};
use super::{Column, SETTINGS, SheetKind};
use crate::criteria::{Framework, Rounding, Source, TiePolicy};
use crate::report::xlsx::{fit, text_format};

/// The row of the criteria sheet's header (0-based): a title and a blank row above it.
const HEADER_ROW: u32 = 2;

/// One row of the criteria or adjustments sheet, as cells by column.
struct Row {
    cells: Vec<(Column, Cell)>,
    strong: bool,
}

enum Cell {
    Text(String),
    Number(Decimal),
}

/// The whole workbook.
pub fn export_workbook(framework: &Framework) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    for kind in SheetKind::ALL {
        let sheet = workbook.add_worksheet();
        sheet.set_name(kind.name())?;
        match kind {
            SheetKind::Criteria => write_rows(sheet, &framework.heading(), &criteria_rows(framework))?,
            SheetKind::Adjustments => write_rows(sheet, "Điểm thưởng, điểm trừ", &adjustment_rows(framework))?,
            SheetKind::Grades => grades(sheet, framework)?,
            SheetKind::Settings => settings(sheet, framework)?,
            SheetKind::GradeCaps => grade_caps(sheet, framework)?,
            SheetKind::Profiles => super::profiles_survey::write_profiles(sheet, framework)?,
            SheetKind::Survey => super::profiles_survey::write_survey(sheet, framework)?,
        }
    }
    workbook.save_to_buffer()
}

fn flag(on: bool) -> Cell {
    Cell::Text(if on { "x" } else { "" }.to_owned())
}

fn criteria_rows(framework: &Framework) -> Vec<Row> {
    framework
        .nodes
        .iter()
        .map(|node| {
            let mut cells = vec![(Column::Id, Cell::Text(node.id.clone())), (Column::Name, Cell::Text(node.name.clone()))];
            cells.push((Column::Max, Cell::Number(node.max)));
            if let Some(leaf) = node.leaf.map(|l| &framework.leaves[l]) {
                cells.push((Column::Rule, Cell::Text(write_rule(&leaf.rule, leaf.max))));
                cells.push((Column::Optional, flag(leaf.optional)));
                cells.push((Column::EvidenceRequired, flag(leaf.evidence_required)));
                cells.push((Column::Survey, flag(leaf.source == Source::Survey)));
                cells.push((Column::Questions, Cell::Text(leaf.questions.join(", "))));
            }
            cells.push((Column::Description, Cell::Text(node.description.clone().unwrap_or_default())));
            Row { cells, strong: node.depth == 0 }
        })
        .collect()
}

fn adjustment_rows(framework: &Framework) -> Vec<Row> {
    framework
        .adjustments
        .iter()
        .map(|a| {
            let mut cells = vec![(Column::Id, Cell::Text(a.id.clone())), (Column::Name, Cell::Text(a.name.clone()))];
            if let Some(cap) = a.cap {
                cells.push((Column::Max, Cell::Number(cap)));
            }
            cells.push((Column::Rule, Cell::Text(write_adjustment(a.kind, a.per))));
            cells.push((Column::Description, Cell::Text(a.description.clone().unwrap_or_default())));
            Row { cells, strong: false }
        })
        .collect()
}

pub(super) fn header_format() -> Format {
    Format::new().set_bold().set_text_wrap().set_border(FormatBorder::Thin).set_background_color(0xDDEBF7)
}

pub(super) fn write_text(sheet: &mut Worksheet, row: u32, column: u16, text: &str, base: &Format) -> Result<(), XlsxError> {
    if text.is_empty() {
        return sheet.write_blank(row, column, base).map(|_| ());
    }
    sheet.write_string_with_format(row, column, fit(text).as_ref(), &text_format(base, text)).map(|_| ())
}

pub(super) fn write_number(sheet: &mut Worksheet, row: u32, column: u16, value: Decimal, base: &Format) -> Result<(), XlsxError> {
    // Maxima have a few decimals (0.25, 1.5): exact in a binary float's shortest form.
    sheet.write_number_with_format(row, column, value.to_f64().unwrap_or_default(), base).map(|_| ())
}

fn write_rows(sheet: &mut Worksheet, title: &str, rows: &[Row]) -> Result<(), XlsxError> {
    sheet.write_string_with_format(0, 0, fit(title).as_ref(), &text_format(&Format::new().set_bold().set_font_size(14.0), title))?;
    let header = header_format();
    for (index, column) in Column::ALL.iter().enumerate() {
        sheet.write_string_with_format(HEADER_ROW, index as u16, column.header(), &header)?;
    }
    let plain = Format::new().set_text_wrap().set_border(FormatBorder::Thin);
    let strong = plain.clone().set_bold();
    for (offset, row) in rows.iter().enumerate() {
        let at = HEADER_ROW + 1 + offset as u32;
        let format = if row.strong { &strong } else { &plain };
        for (index, column) in Column::ALL.iter().enumerate() {
            match row.cells.iter().find(|(c, _)| c == column).map(|(_, cell)| cell) {
                Some(Cell::Text(text)) => write_text(sheet, at, index as u16, text, format)?,
                Some(Cell::Number(value)) => write_number(sheet, at, index as u16, *value, format)?,
                None => write_text(sheet, at, index as u16, "", format)?,
            }
        }
    }
    for (index, width) in [10.0, 60.0, 10.0, 45.0, 12.0, 14.0, 12.0, 16.0, 30.0].into_iter().enumerate() {
        sheet.set_column_width(index as u16, width)?;
    }
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    Ok(())
}

fn grades(sheet: &mut Worksheet, framework: &Framework) -> Result<(), XlsxError> {
    let header = header_format();
    sheet.write_string_with_format(0, 0, "Xếp loại", &header)?;
    sheet.write_string_with_format(0, 1, "Chỉ số tối thiểu (%)", &header)?;
    let plain = Format::new().set_border(FormatBorder::Thin);
    for (offset, grade) in framework.grades.iter().enumerate() {
        write_text(sheet, 1 + offset as u32, 0, &grade.name, &plain)?;
        write_number(sheet, 1 + offset as u32, 1, grade.min_index, &plain)?;
    }
    sheet.set_column_width(0, 20.0)?;
    sheet.set_column_width(1, 20.0)?;
    Ok(())
}

fn settings(sheet: &mut Worksheet, framework: &Framework) -> Result<(), XlsxError> {
    let header = header_format();
    for (index, text) in ["Khóa", "Giá trị", "Ý nghĩa"].into_iter().enumerate() {
        sheet.write_string_with_format(0, index as u16, text, &header)?;
    }
    let plain = Format::new().set_border(FormatBorder::Thin).set_text_wrap();
    for (offset, (key, meaning)) in SETTINGS.iter().enumerate() {
        let row = 1 + offset as u32;
        write_text(sheet, row, 0, key, &plain)?;
        // Every value is written as text, so that "2025" or "2" stays as typed.
        let value = match *key {
            "id" => framework.id.clone(),
            "title" => framework.title.clone(),
            "unit_kind" => framework.unit_kind.clone(),
            "year" => framework.year.map(|y| y.to_string()).unwrap_or_default(),
            "decimals" => framework.decimals.to_string(),
            "max_total" => framework.max_total.map(vi_number).unwrap_or_default(),
            "cap_index" => if framework.cap_index { "có" } else { "không" }.to_owned(),
            "bonus_cap" => framework.bonus_cap.map(vi_number).unwrap_or_default(),
            "penalty_cap" => framework.penalty_cap.map(vi_number).unwrap_or_default(),
            "ties" => if framework.ties == TiePolicy::Exact { "exact" } else { "shared" }.to_owned(),
            "rounding" => if framework.rounding == Rounding::Total { "total" } else { "leaf" }.to_owned(),
            _ => framework.description.clone().unwrap_or_default(),
        };
        write_text(sheet, row, 1, &value, &plain)?;
        write_text(sheet, row, 2, meaning, &plain)?;
    }
    for (index, width) in [14.0, 60.0, 45.0].into_iter().enumerate() {
        sheet.set_column_width(index as u16, width)?;
    }
    Ok(())
}

/// `[[grade_cap]]` rows: leaf id, condition (`≥ 10` or `≤ 50`), best grade.
fn grade_caps(sheet: &mut Worksheet, framework: &Framework) -> Result<(), XlsxError> {
    let header = header_format();
    for (index, text) in ["Mã tiêu chí", "Điều kiện", "Xếp loại cao nhất"].into_iter().enumerate() {
        sheet.write_string_with_format(0, index as u16, text, &header)?;
    }
    let plain = Format::new().set_border(FormatBorder::Thin);
    for (offset, cap) in framework.grade_caps.iter().enumerate() {
        let row = 1 + offset as u32;
        let condition = match (cap.at_least, cap.at_most) {
            (Some(bound), _) => format!("≥ {}", vi_number(bound)),
            (_, Some(bound)) => format!("≤ {}", vi_number(bound)),
            _ => String::new(),
        };
        write_text(sheet, row, 0, &framework.leaf_node(cap.leaf).id, &plain)?;
        write_text(sheet, row, 1, &condition, &plain)?;
        write_text(sheet, row, 2, &framework.grades[cap.best].name, &plain)?;
    }
    for (index, width) in [14.0, 14.0, 20.0].into_iter().enumerate() {
        sheet.set_column_width(index as u16, width)?;
    }
    Ok(())
}
