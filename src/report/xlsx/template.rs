//! The evidence template as a workbook: the "minh chứng" sheet (header in row 1, one
//! row per leaf), dropdowns for yes/no and choice leaves, self-scores checked
//! against the maximum, and the sheet protected so only the input cells change.

use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{
    DataValidation, DataValidationRule, Format, FormatAlign, FormatBorder, Formula, ProtectionOptions, Workbook, Worksheet, XlsxError,
};

use super::{A4, fit, number_format, text_format};
use crate::criteria::Framework;
use crate::diagnostic::{column_letters, sheet_reference};
use crate::evidence::Column;
use crate::labels::Lang;
use crate::report::template::{Entry, FIELDS, Field, TemplateRow, header, template_rows};

/// What an optional leaf's value says when it does not apply.
const NOT_APPLICABLE: &str = "không áp dụng";
const INPUT_FILL: u32 = 0xFFF2CC;
const HEADER_FILL: u32 = 0xDDEBF7;

/// The evidence sheet's name: one the reader picks before any other sheet.
pub fn evidence_sheet(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "minh chứng",
        Lang::En => "evidence",
    }
}

fn width(field: Field) -> f64 {
    match field {
        Field::Contract(Column::Unit) => 20.0,
        Field::Contract(Column::Criterion) | Field::Max => 8.0,
        Field::Name => 42.0,
        Field::Hint => 24.0,
        Field::Contract(Column::Value) => 16.0,
        Field::Contract(Column::SelfScore) | Field::Contract(Column::Appraised) | Field::Contract(Column::AppraisedFirst) => 10.0,
        Field::Contract(Column::Evidence) | Field::Contract(Column::Note) | Field::Contract(Column::Explanation) | Field::Rule => 34.0,
    }
}

/// Whether units type in this column (the unit's name only when not given).
fn is_input(field: Field, unit_given: bool) -> bool {
    match field {
        Field::Contract(Column::Unit) => !unit_given,
        Field::Contract(column) => matches!(column, Column::Value | Column::SelfScore | Column::Evidence | Column::Note),
        _ => false,
    }
}

/// The template workbook's bytes: the evidence sheet first, then the instructions
/// and the hidden lists of choice labels.
pub fn template_xlsx(framework: &Framework, unit: Option<&str>, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let rows = template_rows(framework);
    let (lists, list_sheet) = choice_lists(&rows, lang)?;
    let mut sheet = Worksheet::new();
    sheet.set_name(evidence_sheet(lang))?;
    write_sheet(&mut sheet, framework, &rows, unit, lang, &lists)?;
    let mut guide = Worksheet::new();
    guide.set_name(lang.council().instructions_sheet)?;
    let bold = Format::new().set_bold();
    let heading = framework.heading();
    guide.write_string_with_format(0, 0, fit(&heading), &text_format(&bold.clone().set_font_size(14.0), &heading))?;
    let about = format!("{}: {} · {}: {}", lang.labels().framework, framework.id, lang.labels().unit, unit.unwrap_or("…"));
    guide.write_string_with_format(1, 0, fit(&about), &text_format(&bold, &about))?;
    for (index, line) in lang.council().instructions.iter().enumerate() {
        guide.write_string(3 + index as u32, 0, *line)?;
    }
    guide.set_column_width(0, 120)?;
    let mut workbook = Workbook::new();
    workbook.push_worksheet(sheet);
    workbook.push_worksheet(guide);
    if let Some(mut list_sheet) = list_sheet {
        list_sheet.set_hidden(true);
        workbook.push_worksheet(list_sheet);
    }
    workbook.save_to_buffer()
}

/// Where each choice row's labels are listed (a list typed into the validation
/// cannot hold commas or more than 255 characters): one column per row of a sheet.
struct Lists {
    ranges: Vec<Option<String>>,
}

fn choice_lists(rows: &[TemplateRow], lang: Lang) -> Result<(Lists, Option<Worksheet>), XlsxError> {
    let mut lists = Lists { ranges: vec![None; rows.len()] };
    if !rows.iter().any(|r| matches!(r.entry, Entry::Choice(_))) {
        return Ok((lists, None));
    }
    let name = lang.council().lists_sheet;
    let mut sheet = Worksheet::new();
    sheet.set_name(name)?;
    let mut column = 0u16;
    for (index, row) in rows.iter().enumerate() {
        let Entry::Choice(labels) = &row.entry else { continue };
        let mut labels: Vec<&str> = labels.iter().map(String::as_str).collect();
        if row.optional {
            labels.push(NOT_APPLICABLE);
        }
        sheet.write_string_with_format(0, column, fit(&row.id), &text_format(&Format::new(), &row.id))?;
        for (offset, label) in labels.iter().enumerate() {
            sheet.write_string_with_format(1 + offset as u32, column, fit(label), &text_format(&Format::new(), label))?;
        }
        let letters = column_letters(u64::from(column) + 1);
        lists.ranges[index] = Some(format!("={}!${letters}$2:${letters}${}", sheet_reference(name), labels.len() + 1));
        column += 1;
    }
    Ok((lists, Some(sheet)))
}

fn write_sheet(
    sheet: &mut Worksheet,
    framework: &Framework,
    rows: &[TemplateRow],
    unit: Option<&str>,
    lang: Lang,
    lists: &Lists,
) -> Result<(), XlsxError> {
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::VerticalCenter)
        .set_border(FormatBorder::Thin)
        .set_background_color(HEADER_FILL);
    for (column, &field) in FIELDS.iter().enumerate() {
        let text = header(field, lang);
        sheet.write_string_with_format(0, column as u16, fit(&text), &head)?;
        sheet.set_column_width(column as u16, width(field))?;
    }
    let locked = Format::new().set_border(FormatBorder::Thin).set_text_wrap().set_align(FormatAlign::Top);
    let input = locked.clone().set_unlocked().set_background_color(INPUT_FILL);
    let text_input = input.clone().set_num_format("@");
    let numbers = number_format(framework.decimals);
    for (index, row) in rows.iter().enumerate() {
        let at = 1 + index as u32;
        for (column, &field) in FIELDS.iter().enumerate() {
            let column = column as u16;
            let base = if is_input(field, unit.is_some()) { &input } else { &locked };
            match field {
                Field::Contract(Column::Unit) => match unit {
                    Some(name) => sheet.write_string_with_format(at, column, fit(name), &text_format(base, name))?,
                    None => sheet.write_blank(at, column, &text_input)?,
                },
                Field::Contract(Column::Criterion) => {
                    sheet.write_string_with_format(at, column, fit(&row.id), &text_format(base, &row.id))?
                }
                Field::Contract(Column::Value) => sheet.write_blank(at, column, &text_input)?,
                Field::Contract(Column::Evidence) | Field::Contract(Column::Note) => sheet.write_blank(at, column, &text_input)?,
                Field::Contract(_) => sheet.write_blank(at, column, base)?,
                Field::Name => sheet.write_string_with_format(at, column, fit(&row.name), &text_format(base, &row.name))?,
                Field::Max => match row.max {
                    Some(max) => sheet.write_number_with_format(
                        at,
                        column,
                        max.to_f64().unwrap_or_default(),
                        &base.clone().set_num_format(&numbers),
                    )?,
                    None => sheet.write_blank(at, column, base)?,
                },
                Field::Hint => sheet.write_string_with_format(at, column, fit(&row.hint), &text_format(base, &row.hint))?,
                Field::Rule => sheet.write_string_with_format(at, column, fit(&row.rule), &text_format(base, &row.rule))?,
            };
        }
        validate(sheet, at, row, lists.ranges[index].as_deref())?;
    }
    sheet.set_freeze_panes(1, 3)?;
    sheet.set_landscape().set_paper_size(A4).set_print_fit_to_pages(1, 0).set_repeat_rows(0, 0)?;
    sheet.protect_with_options(&ProtectionOptions { format_columns: true, format_rows: true, ..ProtectionOptions::new() });
    Ok(())
}

/// Dropdowns on the value cell of yes/no and choice rows; self-scores between 0 and
/// the maximum.
fn validate(sheet: &mut Worksheet, row: u32, spec: &TemplateRow, list: Option<&str>) -> Result<(), XlsxError> {
    let column = |wanted: Column| FIELDS.iter().position(|&f| f == Field::Contract(wanted)).unwrap_or(0) as u16;
    let value = column(Column::Value);
    match (&spec.entry, list) {
        (Entry::YesNo, _) => {
            let words: &[&str] = if spec.optional { &["có", "không", NOT_APPLICABLE] } else { &["có", "không"] };
            let check = DataValidation::new().allow_list_strings(words)?;
            sheet.add_data_validation(row, value, row, value, &check)?;
        }
        (Entry::Choice(_), Some(range)) => {
            let choice = DataValidation::new().allow_list_formula(Formula::new(range));
            sheet.add_data_validation(row, value, row, value, &choice)?;
        }
        _ => {}
    }
    let limit = spec.max.and_then(|max| max.to_f64());
    let rule = match limit {
        Some(max) => DataValidationRule::Between(0.0, max),
        None => DataValidationRule::GreaterThanOrEqualTo(0.0),
    };
    let points = DataValidation::new().allow_decimal_number(rule);
    let self_score = column(Column::SelfScore);
    sheet.add_data_validation(row, self_score, row, self_score, &points)?;
    Ok(())
}
