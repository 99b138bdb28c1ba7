//! The `Loại đơn vị` (`[[profile]]`) and `Điều tra xã hội học` (`[survey]`) sheets:
//! written by `criteria export`, read back by `criteria import`.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Format, FormatBorder, Worksheet, XlsxError};

use super::export::{header_format, write_number, write_text};
use super::import::TableReader;
use super::rule_text::points;
use super::sheets::Sheet;
use super::toml_out::{TomlText, number, string};
use crate::criteria::Framework;
use crate::text::{fold, nfc};
use crate::tr;

/// Headers of the profiles sheet.
const PROFILE_HEADERS: [&str; 3] = ["Mã loại", "Tên loại đơn vị", "Không áp dụng (mã lĩnh vực, tiêu chí)"];

/// First-column headers of the profiles sheet that mark a header row (folded).
const PROFILE_HEADER_IDS: [&str; 5] = ["mã loại", "mã", "id", "loại đơn vị", "profile"];

/// Headers of the survey sheet.
const SURVEY_HEADERS: [&str; 4] = ["Mục", "Mã", "Giá trị", "Ý nghĩa"];

/// The kinds of survey rows: (written name, names also read, key, meaning).
const SURVEY_ROWS: [(&str, &[&str], &str, &str); 4] = [
    ("phương án", &["phương án trả lời", "option", "options"], "options", "Nhãn phương án trả lời và tỷ lệ % được tính"),
    ("nhóm", &["nhóm đối tượng", "group", "groups"], "groups", "Mã nhóm người trả lời và trọng số (> 0)"),
    ("số câu trả lời tối thiểu", &["min_answers"], "min_answers", "Cảnh báo khi một đơn vị có ít câu trả lời được tính hơn"),
    ("quy mô tổng thể", &["population"], "population", "N trong công thức cỡ mẫu (par-score survey)"),
];

/// `[[profile]]` rows: id, name, the listed ids joined by ", ".
pub(super) fn write_profiles(sheet: &mut Worksheet, framework: &Framework) -> Result<(), XlsxError> {
    let header = header_format();
    for (index, text) in PROFILE_HEADERS.into_iter().enumerate() {
        sheet.write_string_with_format(0, index as u16, text, &header)?;
    }
    let plain = Format::new().set_border(FormatBorder::Thin).set_text_wrap();
    for (offset, profile) in framework.profiles.iter().enumerate() {
        let row = 1 + offset as u32;
        write_text(sheet, row, 0, &profile.id, &plain)?;
        write_text(sheet, row, 1, &profile.name, &plain)?;
        write_text(sheet, row, 2, &profile.listed.join(", "), &plain)?;
    }
    for (index, width) in [16.0, 50.0, 40.0].into_iter().enumerate() {
        sheet.set_column_width(index as u16, width)?;
    }
    Ok(())
}

/// `[survey]` as rows: one per answer option and per group, then the two settings.
pub(super) fn write_survey(sheet: &mut Worksheet, framework: &Framework) -> Result<(), XlsxError> {
    let header = header_format();
    for (index, text) in SURVEY_HEADERS.into_iter().enumerate() {
        sheet.write_string_with_format(0, index as u16, text, &header)?;
    }
    let plain = Format::new().set_border(FormatBorder::Thin).set_text_wrap();
    let mut row = 1;
    let mut put = |sheet: &mut Worksheet, kind: usize, label: &str, value: Decimal| -> Result<(), XlsxError> {
        write_text(sheet, row, 0, SURVEY_ROWS[kind].0, &plain)?;
        write_text(sheet, row, 1, label, &plain)?;
        write_number(sheet, row, 2, value, &plain)?;
        write_text(sheet, row, 3, SURVEY_ROWS[kind].3, &plain)?;
        row += 1;
        Ok(())
    };
    if let Some(survey) = &framework.survey {
        for option in &survey.options {
            put(sheet, 0, &option.label, option.percent)?;
        }
        for (group, weight) in &survey.groups {
            put(sheet, 1, group, *weight)?;
        }
        if let Some(min) = survey.min_answers {
            put(sheet, 2, "", Decimal::from(min))?;
        }
        if let Some(population) = survey.population {
            put(sheet, 3, "", Decimal::from(population))?;
        }
    }
    for (index, width) in [24.0, 12.0, 10.0, 50.0].into_iter().enumerate() {
        sheet.set_column_width(index as u16, width)?;
    }
    Ok(())
}

/// The ids of a list cell: separated by `,` or `;`, blanks dropped.
pub(super) fn split_ids(text: &str) -> Vec<String> {
    text.split([',', ';']).map(|part| nfc(part.trim())).filter(|part| !part.is_empty()).collect()
}

/// A TOML array of strings.
pub(super) fn string_array(items: &[String]) -> String {
    format!("[{}]", items.iter().map(|i| string(i)).collect::<Vec<_>>().join(", "))
}

impl TableReader<'_> {
    /// `Loại đơn vị`: one `[[profile]]` per row.
    pub(super) fn profiles(&mut self, sheet: Option<&Sheet>, out: &mut TomlText) {
        let Some(sheet) = sheet else { return };
        for (index, row) in sheet.rows.iter().enumerate() {
            let cell = |at: usize| nfc(row.get(at).map_or("", |t| t.trim()));
            let (id, name, listed) = (cell(0), cell(1), cell(2));
            if (id.is_empty() && name.is_empty() && listed.is_empty()) || (index == 0 && PROFILE_HEADER_IDS.contains(&fold(&id).as_str())) {
                continue;
            }
            let at = |column| self.location(sheet, index, Some(column));
            if id.is_empty() {
                self.error(at(0), tr!("table-profile-no-id"), tr!("table-profile-no-id-expected"));
                continue;
            }
            out.line("[[profile]]", Some(&self.location(sheet, index, None)));
            out.line(format!("id = {}", string(&id)), Some(&at(0)));
            out.line(format!("name = {}", string(&name)), Some(&at(1)));
            out.line(format!("not_applicable = {}", string_array(&split_ids(&listed))), Some(&at(2)));
            out.line("", None);
        }
    }

    /// `Điều tra xã hội học`: the `[survey]` table, one line per option and group so
    /// that the loader's findings point at the row.
    pub(super) fn survey(&mut self, sheet: Option<&Sheet>, out: &mut TomlText) {
        let Some(sheet) = sheet else { return };
        let mut lines: Vec<(String, crate::diagnostic::Location)> = Vec::new();
        for (index, row) in sheet.rows.iter().enumerate() {
            let cell = |at: usize| nfc(row.get(at).map_or("", |t| t.trim()));
            let (kind, label, value) = (cell(0), cell(1), cell(2));
            if (kind.is_empty() && label.is_empty() && value.is_empty()) || (index == 0 && ["mục", "kind"].contains(&fold(&kind).as_str()))
            {
                continue;
            }
            let folded = fold(&kind);
            let Some(&(written, _, key, _)) =
                SURVEY_ROWS.iter().find(|(name, also, ..)| *name == folded || also.contains(&folded.as_str()))
            else {
                self.error(
                    self.location(sheet, index, Some(0)),
                    tr!("table-survey-unknown-kind", kind = kind),
                    tr!("table-one-of", list = SURVEY_ROWS.map(|r| r.0).join(", ")),
                );
                continue;
            };
            let at = self.location(sheet, index, Some(2));
            let Some(number_value) = points(value.trim_end_matches('%')) else {
                self.error(
                    at,
                    tr!("table-survey-not-number", kind = written, label = label, value = value),
                    tr!("table-survey-not-number-expected"),
                );
                continue;
            };
            let line = match key {
                "options" | "groups" => {
                    if label.is_empty() {
                        self.error(
                            self.location(sheet, index, Some(1)),
                            tr!("table-survey-no-label", kind = written),
                            tr!("table-survey-no-label-expected"),
                        );
                        continue;
                    }
                    format!("{key}.{} = {}", string(&label), number(number_value))
                }
                _ => match number_value.to_u64().filter(|w| *w > 0 && number_value.fract().is_zero()) {
                    Some(whole) => format!("{key} = {whole}"),
                    None => {
                        self.error(
                            at,
                            tr!("table-survey-not-whole", kind = written, value = value),
                            tr!("table-survey-not-whole-expected"),
                        );
                        continue;
                    }
                },
            };
            lines.push((line, at));
        }
        if lines.is_empty() {
            return;
        }
        out.line("[survey]", Some(&self.location(sheet, 0, None)));
        for (line, at) in &lines {
            out.line(line.clone(), Some(at));
        }
        out.line("", None);
    }
}

#[cfg(test)]
mod tests {
    use crate::criteria::parse_framework;
    use crate::criteria::table::tests as book;
    use crate::criteria::table::{export_workbook, import_table};
    use crate::error::Error;

    const WITH_BOTH: &str = r#"
[framework]
id = "ps"
[survey]
options = { A = 100, B = 60, "Không hài lòng" = 0 }
groups = { ND = 2, DN = 1 }
min_answers = 30
population = 5000
[[profile]]
id = "khong-tthc"
name = "Không có TTHC"
not_applicable = ["2", "1.2"]
[[profile]]
id = "rong"
name = "Không miễn gì"
[[area]]
id = "1"
name = "A"
[[criterion]]
id = "1.1"
name = "Kế hoạch"
max = 1
rule = { kind = "check" }
[[criterion]]
id = "1.2"
name = "Hài lòng"
max = 2.5
rule = { kind = "ratio", percent = true }
source = "survey"
questions = ["ND.1", "DN.1"]
[[area]]
id = "2"
name = "B"
[[criterion]]
id = "2.1"
name = "Hài lòng về TTHC"
max = 1
rule = { kind = "tiers", percent = true, tiers = [[90, 1], [50, 0.5]] }
source = "survey"
questions = ["ND.2"]
"#;

    fn import_xlsx(bytes: Vec<u8>) -> crate::error::Result<super::super::Imported> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bang.xlsx");
        std::fs::write(&path, bytes).unwrap();
        import_table(&path, "bang.xlsx")
    }

    #[test]
    fn profiles_survey_options_groups_and_questions_survive_export_and_import() {
        let framework = parse_framework(WITH_BOTH, "ps.toml").unwrap();
        let imported = import_xlsx(export_workbook(&framework).unwrap()).unwrap();
        assert_eq!(imported.framework, framework);
        // The lines written for them, as a person would type them.
        for line in [
            "questions = [\"ND.1\", \"DN.1\"]",
            "not_applicable = [\"2\", \"1.2\"]",
            "options.\"Không hài lòng\" = 0",
            "groups.\"ND\" = 2",
            "min_answers = 30",
            "population = 5000",
            "not_applicable = []",
        ] {
            assert!(imported.toml.contains(line), "{line}\n{}", imported.toml);
        }
    }

    /// A workbook with a criteria sheet and the given survey rows (kind, label, value).
    fn with_survey_rows(rows: &[[&str; 3]], questions_on_area: bool) -> String {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = book::criteria_sheet(&mut workbook, &["Điều tra xã hội học", "Câu hỏi"], "Tỷ lệ % × điểm tối đa");
        if questions_on_area {
            sheet.write_string(1, 5, "ND.9").unwrap();
        }
        sheet.write_string(2, 4, "x").unwrap().write_string(2, 5, "ND.1; ND.2").unwrap();
        book::text_sheet(&mut workbook, "Điều tra xã hội học", rows);
        book::imported(&mut workbook)
    }

    #[test]
    fn typed_survey_rows_are_read_with_vietnamese_or_english_kinds() {
        let toml =
            with_survey_rows(&[["Mục", "Mã", "Giá trị"], ["phương án", "A", "100%"], ["option", "B", "60"], ["nhóm", "ND", "1"]], false);
        assert!(toml.contains("[survey]\noptions.\"A\" = 100\noptions.\"B\" = 60\ngroups.\"ND\" = 1\n"), "{toml}");
        // "ND.1; ND.2": `;` separates question ids as `,` does.
        assert!(toml.contains("questions = [\"ND.1\", \"ND.2\"]"), "{toml}");
    }

    #[test]
    fn a_bad_survey_row_or_misplaced_questions_name_their_cells() {
        let found =
            with_survey_rows(&[["trọng số", "ND", "2"], ["phương án", "A", "nhiều"], ["số câu trả lời tối thiểu", "", "2,5"]], true);
        assert!(found.contains("bang.xlsx:'Điều tra xã hội học'!A1: mục \"trọng số\" không có trong bảng điều tra xã hội học"), "{found}");
        assert!(found.contains("cần: một trong: phương án, nhóm, số câu trả lời tối thiểu, quy mô tổng thể"), "{found}");
        assert!(found.contains("bang.xlsx:'Điều tra xã hội học'!C2: phương án \"A\": giá trị \"nhiều\" không phải số"), "{found}");
        assert!(found.contains("bang.xlsx:'Điều tra xã hội học'!C3: số câu trả lời tối thiểu là \"2,5\""), "{found}");
        assert!(found.contains("bang.xlsx:'Tiêu chí'!F2: lĩnh vực \"1\" không có câu hỏi điều tra"), "{found}");
    }

    /// A criteria sheet (area 1, leaf 1.1) and a typed `Loại đơn vị` sheet.
    fn with_profile_rows(rows: &[[&str; 3]]) -> String {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        book::criteria_sheet(&mut workbook, &[], "Có: 1; Không: 0");
        book::text_sheet(&mut workbook, "Loại đơn vị", rows);
        book::imported(&mut workbook)
    }

    #[test]
    fn typed_profiles_are_read_and_their_mistakes_named() {
        let toml = with_profile_rows(&[["Mã", "Tên", "Không áp dụng"], ["k", "Không TTHC", "1; 1.1"]]);
        assert!(toml.contains("[[profile]]\nid = \"k\"\nname = \"Không TTHC\"\nnot_applicable = [\"1\", \"1.1\"]\n"), "{toml}");
        // No id: the table's own error.
        let found = with_profile_rows(&[["", "Không TTHC", "1"]]);
        assert!(found.contains("bang.xlsx:'Loại đơn vị'!A1: dòng loại đơn vị thiếu mã"), "{found}");
        // An unknown id is the loader's finding, moved to the list's cell.
        let found = with_profile_rows(&[["k", "K", "9"]]);
        assert!(found.starts_with("ERROR lỗi: bang.xlsx:'Loại đơn vị'!C1:") && found.contains("\"9\""), "{found}");
    }

    #[test]
    fn a_question_listed_twice_is_reported_at_its_cell_by_the_loader() {
        // Both 1.1 and 1.2 list ND.1: the loader's finding points at 1.2's Câu hỏi cell.
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet().set_name("Tiêu chí").unwrap();
        for (column, text) in ["Mã", "Nội dung", "Điểm tối đa", "Cách chấm", "Điều tra xã hội học", "Câu hỏi"].into_iter().enumerate()
        {
            sheet.write_string(0, column as u16, text).unwrap();
        }
        sheet.write_string(1, 0, "1").unwrap().write_string(1, 1, "A").unwrap();
        for (row, id) in [(2, "1.1"), (3, "1.2")] {
            sheet.write_string(row, 0, id).unwrap().write_string(row, 1, "B").unwrap().write_number(row, 2, 1).unwrap();
            sheet.write_string(row, 3, "Tỷ lệ % × điểm tối đa").unwrap().write_string(row, 4, "x").unwrap();
            sheet.write_string(row, 5, "ND.1").unwrap();
        }
        let survey = workbook.add_worksheet().set_name("Điều tra xã hội học").unwrap();
        survey.write_string(0, 0, "phương án").unwrap().write_string(0, 1, "A").unwrap().write_number(0, 2, 100).unwrap();
        let Err(Error::Input(found)) = import_xlsx(workbook.save_to_buffer().unwrap()) else { panic!("expected an error") };
        let found = found.to_string();
        assert!(found.contains("bang.xlsx:'Tiêu chí'!F4: câu hỏi \"ND.1\" được liệt kê ở hai tiêu chí"), "{found}");
    }
}
