//! Excel evidence: typed numbers, percentages and dates read as the values they
//! show, the same errors as CSV with the sheet and cell, directories and lock files.

use crate::util::{files, repo, run_in};
use crate::workbook::{In, s, write};

/// A small framework whose points are easy to work out by hand.
pub const FRAMEWORK: &str = r#"
[framework]
id = "thu"
title = "Bộ chỉ số thử"
year = 2024
[[grade]]
name = "Tốt"
min_index = 80
[[grade]]
name = "Khá"
min_index = 0
[[area]]
id = "1"
name = "Lĩnh vực thử"
[[criterion]]
id = "1.1"
name = "Ban hành kế hoạch"
max = 1
rule = { kind = "deadline", due = "2024-01-31", late = 0.5 }
[[criterion]]
id = "1.2"
name = "Tỷ lệ hồ sơ đúng hạn"
max = 2
rule = { kind = "tiers", percent = true, tiers = [[100, 2], [95, 1]] }
[[criterion]]
id = "1.3"
name = "Ban hành quy chế"
max = 0.5
rule = { kind = "check" }
[[criterion]]
id = "1.4"
name = "Tỷ lệ số hóa"
max = 1.5
rule = { kind = "ratio", percent = true }
"#;

fn header() -> Vec<In> {
    ["unit", "criterion", "value", "self_score"].map(s).to_vec()
}

#[test]
fn typed_cells_are_read_as_the_numbers_and_dates_they_show() {
    let dir = files(&[("thu.toml", FRAMEWORK.as_bytes())]);
    let row = |unit: &str, id: &str, value: In| vec![s(unit), s(id), value];
    let rows = vec![
        header(),
        // A: 31/01/2024 as a date cell, on time → 1; 97,5 % typed as a percentage
        // (stored 0.975) → tier 95 → 1; "có" → 0.5; 60 → 1.5 × 60 / 100 = 0.9.
        // Total 1 + 1 + 0.5 + 0.9 = 3.4 of 5 → 68.00 %.
        row("A", "1.1", In::Date(45322.0)),
        row("A", "1.2", In::Pct(0.975)),
        vec![s("A"), s("1.3"), s("có"), In::N(0.5)],
        row("A", "1.4", In::N(60.0)),
        // B: the serial 45323 typed as a plain number = 01/02/2024, late → 0.5;
        // 100 → 2; "không" → 0; 50 % as a percentage → 1.5 × 50 / 100 = 0.75.
        // Total 0.5 + 2 + 0 + 0.75 = 3.25 → 65.00 %.
        row("B", "1.1", In::N(45323.0)),
        row("B", "1.2", In::N(100.0)),
        row("B", "1.3", s("không")),
        row("B", "1.4", In::Pct(0.5)),
    ];
    write(&dir.path().join("thu.xlsx"), &[("Sheet1", rows)]);
    let result = run_in(Some(dir.path()), &["rank", "--criteria", "thu.toml", "--format", "csv", "thu.xlsx"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(
        result.stdout,
        "rank,unit,1,adjustment,total,max,index,grade\n1,A,3.40,0.00,3.40,5.00,68.00,Khá\n2,B,3.25,0.00,3.25,5.00,65.00,Khá\n"
    );
    // The value text kept for sheets is what Excel shows.
    let sheet = run_in(Some(dir.path()), &["score", "--criteria", "thu.toml", "--unit", "A", "--format", "json", "thu.xlsx"]);
    assert!(sheet.stdout.contains("\"value\": \"31/01/2024\"") && sheet.stdout.contains("\"value\": \"97.5%\""), "{}", sheet.stdout);
}

/// Days from Excel's day 0 (30/12/1899) to a day-first date.
fn serial(text: &str) -> f64 {
    let date = chrono::NaiveDate::parse_from_str(text, "%d/%m/%Y").unwrap();
    (date - chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap()).num_days() as f64
}

#[test]
fn an_example_file_as_a_typed_workbook_ranks_as_the_reference_says() {
    // examples/huyen-2024/01-tp-hoa-an.csv rewritten as Excel would hold it: dates as
    // date cells, numbers as numbers, under a title row, on the second sheet.
    let csv = std::fs::read(repo().join("examples/huyen-2024/01-tp-hoa-an.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let headers: Vec<In> = reader.headers().unwrap().iter().map(s).collect();
    let mut rows = vec![vec![s("Bảng tự đánh giá CCHC năm 2024")], vec![], headers];
    for record in reader.records() {
        let record = record.unwrap();
        rows.push(
            record
                .iter()
                .enumerate()
                .map(|(column, field)| match (column, field) {
                    (_, "") => In::Blank,
                    (2, date) if date.len() == 10 && date.as_bytes()[2] == b'/' => In::Date(serial(date)),
                    (2..=4, number) if number.replace(',', ".").parse::<f64>().is_ok() => In::N(number.replace(',', ".").parse().unwrap()),
                    (_, text) => s(text),
                })
                .collect(),
        );
    }
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("hoa-an.xlsx"), &[("Hướng dẫn", vec![vec![s("Điền số liệu ở trang sau")]]), ("Minh chứng", rows)]);
    let result = run_in(Some(dir.path()), &["rank", "--criteria", "huyen-2024", "--format", "csv", "hoa-an.xlsx"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // The reference row of examples/README.md (tests/reference/ref_score.py).
    let expected = "1,UBND thành phố Hòa An,9.00,5.70,11.25,6.50,7.50,6.00,8.96,36.85,1.50,93.26,98.00,95.16,Xuất sắc\n";
    assert_eq!(result.stdout.lines().nth(1).map(|l| format!("{l}\n")).as_deref(), Some(expected));
}

#[test]
fn errors_name_the_sheet_and_cell_with_the_csv_wording() {
    let csv = "unit,criterion,value\nA,1.1,31/01/2024\nA,1.2,abc\nA,9.9,1\n";
    let dir = files(&[("thu.toml", FRAMEWORK.as_bytes()), ("e.csv", csv.as_bytes())]);
    let rows: Vec<Vec<In>> = csv.lines().map(|line| line.split(',').map(s).collect()).collect();
    write(&dir.path().join("e.xlsx"), &[("minh chứng", rows)]);
    let from_csv = run_in(Some(dir.path()), &["rank", "--criteria", "thu.toml", "e.csv"]);
    let from_xlsx = run_in(Some(dir.path()), &["rank", "--criteria", "thu.toml", "e.xlsx"]);
    assert_eq!((from_csv.code, from_xlsx.code), (2, 2));
    assert!(from_csv.stderr.contains("e.csv:3:3: giá trị \"abc\" "), "{}", from_csv.stderr);
    assert!(from_csv.stderr.contains("e.csv:4:2: mã tiêu chí \"9.9\" không có trong bộ tiêu chí"), "{}", from_csv.stderr);
    let expected = from_csv.stderr.replace("e.csv:3:3", "e.xlsx:'minh chứng'!C3").replace("e.csv:4:2", "e.xlsx:'minh chứng'!B4");
    assert_eq!(from_xlsx.stderr, expected);
}

#[test]
fn excel_errors_corrupt_files_and_empty_sheets_are_reported() {
    let dir = files(&[("thu.toml", FRAMEWORK.as_bytes()), ("bad.xlsx", b"not a zip file")]);
    let rows = vec![header(), vec![s("A"), s("1.2"), In::Formula("=1/0", "#DIV/0!")]];
    write(&dir.path().join("div.xlsx"), &[("Sheet1", rows)]);
    write(&dir.path().join("empty.xlsx"), &[("Sheet1", vec![])]);
    let division = run_in(Some(dir.path()), &["rank", "--criteria", "thu.toml", "div.xlsx"]);
    assert_eq!(division.code, 2);
    assert_eq!(
        division.stderr,
        "lỗi: div.xlsx:Sheet1!C2: ô chứa lỗi Excel #DIV/0!\n  cần: một giá trị gõ vào ô, hoặc một công thức cho ra giá trị\n  gợi ý: sửa công thức, hoặc gõ giá trị vào ô\n"
    );
    let english = run_in(Some(dir.path()), &["rank", "--lang", "en", "--criteria", "thu.toml", "div.xlsx"]);
    assert_eq!(
        english.stderr,
        "error: div.xlsx:Sheet1!C2: the cell holds the Excel error #DIV/0!\n  expected: a value typed in the cell, or a formula that gives one\n  hint: correct the formula, or type the value\n"
    );
    let corrupt = run_in(Some(dir.path()), &["rank", "--criteria", "thu.toml", "bad.xlsx"]);
    assert_eq!(corrupt.code, 2);
    assert!(corrupt.stderr.starts_with("lỗi: bad.xlsx: không đọc được bảng tính"), "{}", corrupt.stderr);
    let empty = run_in(Some(dir.path()), &["rank", "--criteria", "thu.toml", "empty.xlsx"]);
    assert_eq!(empty.code, 2);
    assert!(empty.stderr.starts_with("lỗi: empty.xlsx: trang tính \"Sheet1\" trống"), "{}", empty.stderr);
}

#[test]
fn directories_read_workbooks_and_skip_excel_lock_files() {
    let csv = "unit,criterion,value\nB,1.1,01/02/2024\nB,1.2,100\nB,1.3,không\nB,1.4,50\n";
    let dir = files(&[("thu.toml", FRAMEWORK.as_bytes()), ("in/b.csv", csv.as_bytes()), ("in/~$a.xlsx", b"lock")]);
    let rows = vec![header(), vec![s("A"), s("1.1"), In::Date(45322.0)], vec![s("A"), s("1.2"), In::N(97.5)]];
    write(&dir.path().join("in/a.xlsx"), &[("evidence", rows)]);
    let result = run_in(Some(dir.path()), &["rank", "--criteria", "thu.toml", "--format", "csv", "in"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // A: 1 (on time) + 1 (97.5 ≥ 95) = 2 of 5 = 40.00 %; B as above: 3.25 → 65.00 %.
    assert_eq!(
        result.stdout,
        "rank,unit,1,adjustment,total,max,index,grade\n1,B,3.25,0.00,3.25,5.00,65.00,Khá\n2,A,2.00,0.00,2.00,5.00,40.00,Khá\n"
    );
}
