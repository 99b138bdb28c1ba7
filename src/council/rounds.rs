//! The council's workflow files (formats.md section 7): the first- and final-round
//! workbooks the council fills and the explanation requests sent to units. Each is
//! read back as a layer beside the units' files: a hidden `par-score` sheet names the
//! layer, and only that layer's columns are read (the others repeat earlier layers).

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{DataValidation, DataValidationRule, Format, FormatAlign, FormatBorder, ProtectionOptions, Workbook, XlsxError};

use crate::criteria::{Framework, Target};
use crate::evidence::{CouncilLayer, Entry, MARKER_SHEET, UnitEvidence, Value};
use crate::points::round;
use crate::report::xlsx::{SheetNames, fit, number_format, text_format};
use crate::scoring::UnitScore;

const INPUT_FILL: u32 = 0xFFF2CC;
const HEADER_FILL: u32 = 0xDDEBF7;

/// One cell of a layer sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum Out {
    /// Text shown (locked).
    Text(String),
    /// A number shown (locked).
    Number(Decimal),
    /// Nothing (locked).
    Blank,
    /// Points the council types: unlocked, checked between 0 and the row's maximum.
    Points,
    /// Text the council or the unit types: unlocked.
    Note,
}

/// One row: its cells and the maximum its points cell allows (`None`: any ≥ 0).
#[derive(Debug, Clone)]
pub struct LayerRow {
    /// The cells, one per header.
    pub cells: Vec<Out>,
    /// The row's maximum points.
    pub max: Option<Decimal>,
}

/// One unit's sheet of a layer file.
#[derive(Debug, Clone)]
pub struct LayerSheet {
    /// The unit.
    pub unit: String,
    /// Column headers (the contract's for the columns read back).
    pub headers: Vec<&'static str>,
    /// Rows, one per leaf or adjustment.
    pub rows: Vec<LayerRow>,
}

/// A unit's final points of one row as shown: the rounded self-score, if any.
fn claimed(entry: Option<&Entry>, decimals: u32) -> Out {
    entry.and_then(|e| e.self_score).map_or(Out::Blank, |s| Out::Number(round(s, decimals)))
}

fn text(entry: Option<&Entry>, pick: fn(&crate::evidence::EntryText) -> &String) -> Out {
    match entry.and_then(|e| e.text.as_deref()).map(pick) {
        Some(text) if !text.is_empty() => Out::Text(text.clone()),
        _ => Out::Blank,
    }
}

fn points(value: Option<Decimal>) -> Out {
    value.map_or(Out::Blank, Out::Number)
}

/// Whether a leaf is out of the unit's scope by its profile (set N/A by the register,
/// not by the unit): the council neither sees nor scores it.
fn ruled_out(entry: Option<&Entry>) -> bool {
    entry.is_some_and(|e| e.value == Value::NotApplicable && e.filled == 0)
}

/// The rows of a unit: every leaf in its scope and every adjustment, with the id,
/// name, maximum and the cells `cells` gives.
fn unit_rows(
    framework: &Framework,
    unit: &UnitEvidence,
    mut cells: impl FnMut(Target, Option<&Entry>) -> Option<Vec<Out>>,
) -> Vec<LayerRow> {
    let mut rows = Vec::new();
    for (leaf, spec) in framework.leaves.iter().enumerate() {
        let entry = unit.leaves[leaf].as_ref();
        if ruled_out(entry) {
            continue;
        }
        let node = &framework.nodes[spec.node];
        if let Some(more) = cells(Target::Leaf(leaf), entry) {
            let mut row =
                vec![Out::Text(unit.name.clone()), Out::Text(node.id.clone()), Out::Text(node.name.clone()), Out::Number(spec.max)];
            row.extend(more);
            rows.push(LayerRow { cells: row, max: Some(spec.max) });
        }
    }
    for (index, adjustment) in framework.adjustments.iter().enumerate() {
        let entry = unit.adjustments[index].as_ref();
        if let Some(more) = cells(Target::Adjustment(index), entry) {
            let kind = match adjustment.kind {
                crate::criteria::AdjustmentKind::Bonus => "điểm thưởng",
                crate::criteria::AdjustmentKind::Penalty => "điểm trừ",
            };
            let mut row = vec![
                Out::Text(unit.name.clone()),
                Out::Text(adjustment.id.clone()),
                Out::Text(format!("{} ({kind})", adjustment.name)),
                adjustment.cap.map_or(Out::Blank, Out::Number),
            ];
            row.extend(more);
            rows.push(LayerRow { cells: row, max: adjustment.cap });
        }
    }
    rows
}

/// The first-round sheets: what the unit sent and the points it earns so far, with
/// the council's `Điểm thẩm định lần 1` and `Ghi chú` to fill.
pub fn first_round_sheets(framework: &Framework, units: &[(&UnitEvidence, &UnitScore)]) -> Vec<LayerSheet> {
    let dp = framework.decimals;
    let headers = vec![
        "Đơn vị",
        "Mã tiêu chí",
        "Tên tiêu chí",
        "Điểm tối đa",
        "Giá trị",
        "Tài liệu kiểm chứng",
        "Điểm tự chấm",
        "Điểm tính theo số liệu",
        "Điểm thẩm định lần 1",
        "Ghi chú",
    ];
    units
        .iter()
        .map(|(unit, score)| {
            let rows = unit_rows(framework, unit, |target, entry| {
                let result = match target {
                    Target::Leaf(leaf) => score.leaves[leaf].points,
                    Target::Adjustment(adjustment) => score.adjustments[adjustment].points,
                    Target::Group(_) => Decimal::ZERO,
                };
                Some(vec![
                    text(entry, |t| &t.value),
                    text(entry, |t| &t.evidence),
                    claimed(entry, dp),
                    Out::Number(result),
                    Out::Points,
                    Out::Note,
                ])
            });
            LayerSheet { unit: unit.name.clone(), headers: headers.clone(), rows }
        })
        .collect()
}

/// The headers (formats.md section 2) of the explanation requests and the final-round
/// sheets: the trail of a leaf up to the unit's explanation.
const TRAIL_HEADERS: [&str; 9] = [
    "Đơn vị",
    "Mã tiêu chí",
    "Tên tiêu chí",
    "Điểm tối đa",
    "Điểm tự chấm",
    "Điểm thẩm định lần 1",
    "Ghi chú",
    "Giải trình",
    "Tài liệu kiểm chứng",
];

/// Whether the first round differs from what the unit claimed on an entry.
pub fn disputed(entry: &Entry, decimals: u32) -> bool {
    entry.appraised_1.is_some_and(|first| Some(round(first, decimals)) != entry.self_score.map(|s| round(s, decimals)))
}

/// The explanation request of a unit: the rows where the first round differs from
/// the self-score, with the council's reason, and `Giải trình` and `Tài liệu kiểm
/// chứng` to fill. `None` when there is nothing to explain.
pub fn explanation_sheet(framework: &Framework, unit: &UnitEvidence) -> Option<LayerSheet> {
    let dp = framework.decimals;
    let headers = TRAIL_HEADERS.to_vec();
    let rows = unit_rows(framework, unit, |_, entry| {
        let entry = entry.filter(|e| disputed(e, dp))?;
        Some(vec![
            claimed(Some(entry), dp),
            points(entry.appraised_1.map(|a| round(a, dp))),
            text(Some(entry), |t| &t.note),
            Out::Note,
            Out::Note,
        ])
    });
    (!rows.is_empty()).then(|| LayerSheet { unit: unit.name.clone(), headers, rows })
}

/// The final-round sheets: self-score → first round and its reason → explanation →
/// `Điểm thẩm định lần 2` to fill.
pub fn final_round_sheets(framework: &Framework, units: &[&UnitEvidence]) -> Vec<LayerSheet> {
    let dp = framework.decimals;
    let headers = [TRAIL_HEADERS.as_slice(), &["Điểm thẩm định lần 2"]].concat();
    units
        .iter()
        .map(|unit| {
            let rows = unit_rows(framework, unit, |_, entry| {
                Some(vec![
                    claimed(entry, dp),
                    points(entry.and_then(|e| e.appraised_1).map(|a| round(a, dp))),
                    text(entry, |t| &t.note),
                    text(entry, |t| &t.explanation),
                    text(entry, |t| &t.evidence),
                    Out::Points,
                ])
            });
            LayerSheet { unit: unit.name.clone(), headers: headers.clone(), rows }
        })
        .collect()
}

/// A workbook of layer sheets (one per unit), marked as `layer` for reading back.
pub fn layer_workbook(sheets: &[LayerSheet], layer: CouncilLayer, decimals: u32) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let mut names = SheetNames::new();
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::VerticalCenter)
        .set_border(FormatBorder::Thin)
        .set_background_color(HEADER_FILL);
    let locked = Format::new().set_border(FormatBorder::Thin).set_text_wrap().set_align(FormatAlign::Top);
    let numbers = locked.clone().set_num_format(number_format(decimals));
    let input = locked.clone().set_unlocked().set_background_color(INPUT_FILL);
    let input_points = input.clone().set_num_format(number_format(decimals));
    let input_text = input.clone().set_num_format("@");
    for (index, layer_sheet) in sheets.iter().enumerate() {
        let sheet = workbook.add_worksheet();
        sheet.set_name(names.name(&layer_sheet.unit, &format!("Đơn vị {}", index + 1)))?;
        for (column, header) in layer_sheet.headers.iter().enumerate() {
            sheet.write_string_with_format(0, column as u16, *header, &head)?;
            let width = match column {
                0 => 24.0,
                1 => 9.0,
                2 => 40.0,
                _ if header.starts_with("Điểm") => 11.0,
                _ => 28.0,
            };
            sheet.set_column_width(column as u16, width)?;
        }
        for (at, row) in layer_sheet.rows.iter().enumerate() {
            let line = 1 + at as u32;
            for (column, cell) in row.cells.iter().enumerate() {
                let column = column as u16;
                match cell {
                    Out::Text(text) => sheet.write_string_with_format(line, column, fit(text), &text_format(&locked, text))?,
                    Out::Number(value) => sheet.write_number_with_format(line, column, value.to_f64().unwrap_or_default(), &numbers)?,
                    Out::Blank => sheet.write_blank(line, column, &locked)?,
                    Out::Points => {
                        let rule = match row.max.and_then(|m| m.to_f64()) {
                            Some(max) => DataValidationRule::Between(0.0, max),
                            None => DataValidationRule::GreaterThanOrEqualTo(0.0),
                        };
                        let check = DataValidation::new()
                            .allow_decimal_number(rule)
                            .set_error_title("Điểm không hợp lệ")?
                            .set_error_message("Điểm thẩm định phải từ 0 đến điểm tối đa của tiêu chí.")?;
                        sheet.add_data_validation(line, column, line, column, &check)?;
                        sheet.write_blank(line, column, &input_points)?
                    }
                    Out::Note => {
                        let check = DataValidation::new().allow_text_length(DataValidationRule::LessThanOrEqualTo(32_767u32));
                        sheet.add_data_validation(line, column, line, column, &check)?;
                        sheet.write_blank(line, column, &input_text)?
                    }
                };
            }
        }
        sheet.set_freeze_panes(1, 2)?;
        sheet.set_landscape().set_paper_size(crate::report::xlsx::A4).set_print_fit_to_pages(1, 0).set_repeat_rows(0, 0)?;
        sheet.protect_with_options(&ProtectionOptions { format_columns: true, format_rows: true, ..ProtectionOptions::new() });
    }
    let marker = workbook.add_worksheet();
    marker.set_name(MARKER_SHEET)?;
    marker.write_string(0, 0, MARKER_SHEET)?;
    marker.write_string(0, 1, layer.marker())?;
    marker.write_string(1, 0, "Trang này cho par-score biết tệp là lớp số liệu nào; xin đừng sửa.")?;
    marker.set_hidden(true);
    workbook.save_to_buffer()
}

/// A layer sheet as CSV (for units that prefer it): the columns read back keep the
/// contract's headers; the ones repeated from earlier layers get headers of their
/// own, so reading the file back takes only this layer.
pub fn layer_csv(sheet: &LayerSheet, decimals: u32) -> Vec<u8> {
    let echo = |header: &str| -> String {
        match header {
            "Điểm tự chấm" => "Điểm tự chấm (đơn vị đã nộp)".to_owned(),
            "Điểm thẩm định lần 1" => "Điểm thẩm định lần 1 (hội đồng)".to_owned(),
            "Ghi chú" => "Lý do của hội đồng".to_owned(),
            other => other.to_owned(),
        }
    };
    let headers: Vec<String> = sheet
        .headers
        .iter()
        .zip(&sheet.rows.first().map(|r| r.cells.clone()).unwrap_or_default())
        .map(|(header, cell)| {
            if matches!(cell, Out::Points | Out::Note) || matches!(*header, "Đơn vị" | "Mã tiêu chí") {
                header.to_string()
            } else {
                echo(header)
            }
        })
        .collect();
    let rows: Vec<Vec<String>> = sheet
        .rows
        .iter()
        .map(|row| {
            row.cells
                .iter()
                .map(|cell| match cell {
                    Out::Text(text) => crate::report::inert::csv_text(text).into_owned(),
                    Out::Number(value) => crate::points::fixed(*value, decimals),
                    Out::Blank | Out::Points | Out::Note => String::new(),
                })
                .collect()
        })
        .collect();
    crate::report::csv_bytes(&headers, rows.iter().map(Vec::as_slice))
}

/// A file name for a unit: its name without characters file systems refuse.
pub fn file_stem(unit: &str) -> String {
    let cleaned: String = unit.chars().map(|c| if "/\\:*?\"<>|".contains(c) || c.is_control() { '_' } else { c }).collect();
    cleaned.trim().trim_matches('.').to_owned()
}
