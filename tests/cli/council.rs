//! `council`: the workbook read back with calamine (values, cached results,
//! formulas, sheet names, page setup), and the HTML, Markdown and CSV forms.

use std::collections::HashSet;

use crate::util::{repo, run};
use crate::workbook::{column_of, formula_at, formulas, number, part, row_of, sheet_names, text, values};

/// The reference ranking of examples/huyen-2024 (examples/README.md, computed by
/// tests/reference/ref_score.py, an independent implementation of the contract).
const REFERENCE: &str = "\
1,UBND thành phố Hòa An,9.00,5.70,11.25,6.50,7.50,6.00,8.96,36.85,1.50,93.26,98.00,95.16,Xuất sắc
2,UBND huyện Long Điền,8.00,5.71,10.48,6.41,6.74,5.25,8.85,37.07,0.50,89.01,100.00,89.01,Tốt
3,UBND thị xã Bình Sơn,7.75,5.97,10.50,5.35,7.25,5.50,9.11,36.14,0.00,87.57,99.00,88.45,Tốt
4,UBND huyện Đông Xuyên,7.50,5.64,10.18,6.40,6.89,4.75,8.36,33.91,0.50,84.13,100.00,84.13,Tốt
4,UBND huyện Phước Hải,7.25,5.20,9.92,5.85,6.35,5.25,8.73,35.58,0.00,84.13,100.00,84.13,Tốt
6,UBND huyện Tân Phú,6.75,5.16,10.00,5.84,6.19,4.75,8.45,35.05,-0.50,81.69,100.00,81.69,Tốt
7,UBND huyện An Lạc,7.00,4.92,9.75,4.88,6.34,4.75,7.73,34.18,-1.00,78.55,98.50,79.75,Khá
8,UBND huyện Mỹ Lộc,7.00,4.12,9.86,5.73,4.84,4.25,7.63,34.07,-0.50,77.00,100.00,77.00,Khá
9,UBND huyện Sơn Hà,6.25,4.84,8.67,5.71,5.64,4.25,6.80,33.28,-1.00,74.44,100.00,74.44,Khá
10,UBND huyện Vĩnh Thạnh,6.75,4.12,7.71,5.68,5.28,3.25,5.95,32.29,-2.50,68.53,100.00,68.53,Trung bình";

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// The self-scores of a unit's CSV summed independently: areas by id prefix, N/A
/// rows left out, penalties (P…) subtracted; survey leaves without a self-score
/// count with their survey points (taken from the unit's score sheet).
fn claimed(file: &str) -> (f64, f64) {
    let sheet = run(&["score", "--criteria", "huyen-2024", "--format", "json", file]);
    let sheet: serde_json::Value = serde_json::from_str(&sheet.stdout).unwrap();
    let survey: f64 = sheet["leaves"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|leaf| leaf["source"] == "survey" && leaf["self_score"].is_null())
        .map(|leaf| leaf["points"].as_f64().unwrap())
        .sum();
    let mut reader = csv::Reader::from_path(repo().join(file)).unwrap();
    let (mut area_one, mut total) = (0.0, 0.0);
    for record in reader.records() {
        let record = record.unwrap();
        let (id, value, claim) = (&record[1], &record[2], record[3].parse::<f64>().unwrap_or(0.0));
        if value == "không áp dụng" {
            continue;
        }
        let signed = if id.starts_with('P') { -claim } else { claim };
        total += signed;
        if id.starts_with("1.") {
            area_one += claim;
        }
    }
    (area_one, total + survey)
}

fn council_workbook() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("hoi-dong.xlsx");
    let result = run(&["council", "examples/huyen-2024", "--criteria", "huyen-2024", "--out", out.to_str().unwrap()]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    (dir, out)
}

#[test]
fn one_sheet_per_unit_in_rank_order_with_valid_unique_names() {
    let (_dir, out) = council_workbook();
    let names = sheet_names(&out);
    let mut expected = vec!["Tổng hợp".to_owned(), "Chênh lệch".to_owned()];
    expected.extend(REFERENCE.lines().map(|line| line.split(',').nth(1).unwrap().to_owned()));
    assert_eq!(names, expected);
    let folded: HashSet<String> = names.iter().map(|n| n.to_lowercase()).collect();
    assert_eq!(folded.len(), names.len());
    for name in &names {
        assert!(name.encode_utf16().count() <= 31 && !name.contains(['[', ']', ':', '*', '?', '/', '\\']), "{name}");
    }
}

#[test]
fn the_summary_matches_the_reference_with_live_totals() {
    let (_dir, out) = council_workbook();
    let (cells, formulas) = (values(&out, "Tổng hợp"), formulas(&out, "Tổng hợp"));
    assert_eq!(text(&cells, 0, 0), "Bộ Chỉ số cải cách hành chính của UBND các huyện, thị xã, thành phố năm 2024");
    // Row 3 holds the area groups and the headers of columns without a group
    // (merged over rows 3 and 4), row 4 the headers under the groups.
    assert_eq!((text(&cells, 3, 2), text(&cells, 4, 2), text(&cells, 4, 3)), ("Lĩnh vực 1".into(), "Tự chấm".into(), "Thẩm định".into()));
    let total = column_of(&cells, 3, "Tổng thẩm định");
    let self_total = column_of(&cells, 3, "Tổng tự chấm");
    let (index, grade) = (column_of(&cells, 3, "Chỉ số CCHC (%)"), column_of(&cells, 3, "Xếp loại"));
    for line in REFERENCE.lines() {
        let fields: Vec<&str> = line.split(',').collect();
        let row = row_of(&cells, 1, fields[1]);
        assert!(close(number(&cells, row, 0), fields[0].parse().unwrap()), "{line}");
        // Area 1 final points are the fourth column (rank, unit, area 1 self, area 1 final).
        assert!(close(number(&cells, row, 3), fields[2].parse().unwrap()), "{line}");
        assert!(close(number(&cells, row, total), fields[11].parse().unwrap()), "{line}");
        assert!(close(number(&cells, row, index), fields[13].parse().unwrap()), "{line}");
        assert_eq!(text(&cells, row, grade), fields[14]);
        assert!(formula_at(&formulas, row, total).starts_with("MAX(0,SUM("), "{}", formula_at(&formulas, row, total));
        assert!(formula_at(&formulas, row, index).starts_with("ROUND(MIN(100,"), "{}", formula_at(&formulas, row, index));
        assert!(formula_at(&formulas, row, 0).starts_with("RANK("));
    }
    // Self-assessed points against the CSV's self_score column summed here.
    let row = row_of(&cells, 1, "UBND thành phố Hòa An");
    let (area_one, claimed_total) = claimed("examples/huyen-2024/01-tp-hoa-an.csv");
    assert!(close(number(&cells, row, 2), area_one), "{area_one}");
    assert!((number(&cells, row, self_total) - claimed_total).abs() < 1e-6, "{claimed_total}");
}

#[test]
fn the_summary_links_to_the_unit_sheets_and_the_grade_scale() {
    let (_dir, out) = council_workbook();
    let (cells, formulas) = (values(&out, "Tổng hợp"), formulas(&out, "Tổng hợp"));
    let unit = values(&out, "UBND huyện Vĩnh Thạnh");
    let row = row_of(&cells, 1, "UBND huyện Vĩnh Thạnh");
    // Area 1's self-assessed (E) and final (F) points come from the unit's sheet,
    // where area 1 is the row with id "1" (Excel rows count from 1).
    let area = row_of(&unit, 0, "1") + 1;
    assert_eq!(formula_at(&formulas, row, 2), format!("'UBND huyện Vĩnh Thạnh'!E{area}"));
    assert_eq!(formula_at(&formulas, row, 3), format!("'UBND huyện Vĩnh Thạnh'!F{area}"));
    // The applicable maximum is the sheet's areas total maximum (column C).
    let max = column_of(&cells, 3, "Điểm tối đa áp dụng");
    let areas_total = row_of(&unit, 1, "Tổng điểm các lĩnh vực") + 1;
    assert_eq!(formula_at(&formulas, row, max), format!("'UBND huyện Vĩnh Thạnh'!C{areas_total}"));
    // The grade is looked up in the scale written under the summary: grades in
    // order, lowest index in B, name in C.
    let grade = column_of(&cells, 3, "Xếp loại");
    let first = row_of(&cells, 2, "Xuất sắc");
    assert_eq!((number(&cells, first, 1), text(&cells, first + 4, 2)), (90.0, "Yếu".to_owned()));
    let grade_formula = formula_at(&formulas, row, grade);
    assert!(grade_formula.starts_with("IF(") && grade_formula.contains(&format!("'Tổng hợp'!$C${}", first + 1)), "{grade_formula}");
    assert_eq!(text(&cells, row, grade), "Trung bình");
}

#[test]
fn a_unit_sheets_self_assessed_total_is_the_sum_of_the_cells_shown() {
    // Survey rows once left "Tự chấm" blank while the saved total counted their
    // points: recalculating UBND huyện Vĩnh Thạnh's sheet gave 49.28, not 77.64.
    let (_dir, out) = council_workbook();
    for name in sheet_names(&out).into_iter().skip(2) {
        let (unit, sums) = (values(&out, &name), formulas(&out, &name));
        let total = row_of(&unit, 1, "Tổng điểm");
        // Leaves and adjustments are the body rows with an id whose final points
        // (column F) are not a formula; a blank self-score counts 0, as in SUM.
        let shown: f64 = (5..total)
            .filter(|&row| matches!(unit.get_value((row, 0)), Some(calamine::Data::String(id)) if !id.is_empty()))
            .filter(|&row| formula_at(&sums, row, 5).is_empty())
            .map(|row| match unit.get_value((row, 4)) {
                Some(calamine::Data::Float(value)) => *value,
                _ => 0.0,
            })
            .sum();
        assert!((shown.max(0.0) - number(&unit, total, 4)).abs() < 1e-6, "{name}: {shown} ≠ {}", number(&unit, total, 4));
    }
}

#[test]
fn unit_sheets_show_every_leaf_with_sums_as_formulas() {
    let (_dir, out) = council_workbook();
    let (cells, formulas) = (values(&out, "UBND huyện Tân Phú"), formulas(&out, "UBND huyện Tân Phú"));
    assert_eq!(text(&cells, 1, 0), "Phiếu thẩm định: UBND huyện Tân Phú");
    // Columns: id, name, max, value, self, final, difference, evidence, status, note.
    // 1.1.1: claimed 1, the council appraised 0.5 with a reason.
    let row = row_of(&cells, 0, "1.1.1");
    assert_eq!((number(&cells, row, 4), number(&cells, row, 5), number(&cells, row, 6)), (1.0, 0.5, -0.5));
    assert_eq!(formula_at(&formulas, row, 6), format!("F{0}-E{0}", row + 1));
    assert_eq!(text(&cells, row, 8), "thẩm định; tự chấm khác");
    assert_eq!(text(&cells, row, 9), "Kế hoạch ban hành chậm so với quy định");
    // 1.1 = 1.1.1 + 1.1.2, the two rows below it.
    let group = row_of(&cells, 0, "1.1");
    assert_eq!(formula_at(&formulas, group, 5), format!("SUM(F{}:F{})", group + 2, group + 3));
    let total = row_of(&cells, 1, "Tổng điểm");
    assert!(close(number(&cells, total, 5), 81.69));
    assert!(formula_at(&formulas, total, 5).starts_with("MAX(0,SUM("));
    let index = row_of(&cells, 1, "Chỉ số CCHC (%)");
    assert!(close(number(&cells, index, 5), 81.69));
    assert_eq!(text(&cells, index + 1, 5), "Tốt");
    // Leaf points are numbers with the framework's two decimals.
    assert!(part(&out, "xl/styles.xml").contains("formatCode=\"0.00\""));
}

#[test]
fn discrepancies_come_largest_first() {
    let (_dir, out) = council_workbook();
    let cells = values(&out, "Chênh lệch");
    // Headers in row 3; the first item: Vĩnh Thạnh 8.1.1, 85,7 % reaches only the
    // 80 % tier (1 point) but 3 were claimed: difference −2.
    let first = 4;
    assert_eq!((text(&cells, first, 1), text(&cells, first, 2)), ("UBND huyện Vĩnh Thạnh".to_owned(), "8.1.1".to_owned()));
    assert_eq!((number(&cells, first, 5), number(&cells, first, 6), number(&cells, first, 7)), (3.0, 1.0, -2.0));
    let end = cells.end().unwrap().0;
    let differences: Vec<f64> = (first..=end)
        .map_while(|row| match cells.get_value((row, 7)) {
            Some(calamine::Data::Float(value)) => Some(value.abs()),
            _ => None,
        })
        .collect();
    assert!(differences.len() > 10);
    assert!(differences.windows(2).all(|pair| pair[0] >= pair[1] - 1e-9), "{differences:?}");
}

#[test]
fn pages_print_landscape_fit_to_width_with_the_header_repeated() {
    let (_dir, out) = council_workbook();
    let sheet = part(&out, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("orientation=\"landscape\""), "{sheet}");
    assert!(sheet.contains("fitToHeight=\"0\"") && sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"));
    assert!(sheet.contains("state=\"frozen\""));
    assert!(part(&out, "xl/workbook.xml").contains("_xlnm.Print_Titles"));
}

#[test]
fn html_markdown_and_csv_hold_the_same_tables() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["hd.html", "hd.md", "hd.csv"] {
        let out = dir.path().join(name);
        let result = run(&["council", "examples/huyen-2024", "--criteria", "huyen-2024", "--out", out.to_str().unwrap()]);
        assert_eq!(result.code, 0, "{}", result.stderr);
    }
    let html = std::fs::read_to_string(dir.path().join("hd.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<td>UBND huyện Tân Phú</td>"));
    for external in ["<script", "<link", "src=", "@import", "url("] {
        assert!(!html.contains(external), "{external}");
    }
    let markdown = std::fs::read_to_string(dir.path().join("hd.md")).unwrap();
    assert!(markdown.contains("| 6 | UBND huyện Tân Phú |"));
    let summary = std::fs::read_to_string(dir.path().join("hd-summary.csv")).unwrap();
    assert!(summary.lines().any(|l| l.starts_with("6,UBND huyện Tân Phú,") && l.ends_with(",100.00,81.69,Tốt")), "{summary}");
    assert!(dir.path().join("hd-sheets.csv").exists() && dir.path().join("hd-discrepancies.csv").exists());
    let wrong = run(&["council", "examples/huyen-2024", "--criteria", "huyen-2024", "--out", "x.pdf"]);
    assert_eq!((wrong.code, wrong.stderr.as_str()), (2, "lỗi: --out x.pdf: tên tệp phải có đuôi .xlsx, .html, .md hoặc .csv\n"));
    let english = run(&["council", "examples/huyen-2024", "--criteria", "huyen-2024", "--out", "x.pdf", "--lang", "en"]);
    assert_eq!((english.code, english.stderr.as_str()), (2, "error: --out x.pdf: the file name must end in .xlsx, .html, .md or .csv\n"));
}
