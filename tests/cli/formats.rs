//! Every spreadsheet format is read as evidence (.xls, .ods beside .csv and .xlsx);
//! every other file of a folder is named in a warning; a spreadsheet that cannot be
//! read stops the run naming it. The .xls and .ods fixtures were saved by LibreOffice
//! from examples/huyen-2024's CSV files of the same units.

use crate::util::{files, repo, run, run_in};
use crate::workbook::{In, s, write};

const FOLDER: &str = "tests/fixtures/formats/folder";

/// The three units' lines of the reference ranking of examples/huyen-2024
/// (examples/README.md, tests/reference/ref_score.py), ranked among themselves.
const EXPECTED: &str = "\
rank,unit,1,2,3,4,5,6,7,8,adjustment,total,max,index,grade
1,UBND thành phố Hòa An,9.00,5.70,11.25,6.50,7.50,6.00,8.96,36.85,1.50,93.26,98.00,95.16,Xuất sắc
2,UBND huyện Long Điền,8.00,5.71,10.48,6.41,6.74,5.25,8.85,37.07,0.50,89.01,100.00,89.01,Tốt
3,UBND huyện Tân Phú,6.75,5.16,10.00,5.84,6.19,4.75,8.45,35.05,-0.50,81.69,100.00,81.69,Tốt
";

#[test]
fn a_folder_of_csv_xls_and_ods_ranks_every_unit_and_names_the_other_files() {
    let result = run(&["rank", "--criteria", "huyen-2024", "--format", "csv", FOLDER]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(result.stdout, EXPECTED);
    // The PDF and Excel's lock file are named, each in one warning (the lock file's
    // says the workbook is open).
    let pdf = format!("cảnh báo: {FOLDER}/bien-ban.pdf: tệp này không được đọc: không phải tệp số liệu");
    assert_eq!(result.stderr.matches(&pdf).count(), 1, "{}", result.stderr);
    assert_eq!(result.stderr.matches("~$tan-phu.xlsx").count(), 1, "{}", result.stderr);
    assert!(result.stderr.contains(&format!("cảnh báo: {FOLDER}/~$tan-phu.xlsx: bỏ qua tệp khóa của Excel")), "{}", result.stderr);
    // check fails on them with --deny-warnings.
    let check = run(&["check", "--criteria", "huyen-2024", "--deny-warnings", FOLDER]);
    assert_eq!(check.code, 1, "{}", check.stderr);
}

#[test]
fn xls_and_ods_named_on_the_command_line_are_read() {
    let xls = run(&["score", "--criteria", "huyen-2024", "--format", "json", &format!("{FOLDER}/tan-phu.xls")]);
    assert_eq!(xls.code, 0, "{}", xls.stderr);
    let sheet: serde_json::Value = serde_json::from_str(&xls.stdout).unwrap();
    assert_eq!(sheet["total"].to_string(), "81.69", "{}", xls.stdout);
    // The same .ods under a .csv name is recognised by its content.
    let bytes = std::fs::read(repo().join(FOLDER).join("long-dien.ods")).unwrap();
    let dir = files(&[("long-dien.csv", &bytes)]);
    let renamed = run_in(Some(dir.path()), &["rank", "--criteria", "huyen-2024", "--format", "csv", "long-dien.csv"]);
    assert_eq!(renamed.code, 0, "{}", renamed.stderr);
    assert!(renamed.stdout.contains("1,UBND huyện Long Điền,8.00,5.71,10.48,6.41,6.74,5.25,8.85,37.07,0.50,89.01,100.00,89.01,Tốt"));
}

#[test]
fn a_spreadsheet_that_cannot_be_read_stops_the_run_naming_it() {
    let csv = std::fs::read(repo().join(FOLDER).join("01-tp-hoa-an.csv")).unwrap();
    for name in ["hong.xls", "hong.ods", "hong.xlsb"] {
        let dir = files(&[("in/a.csv", &csv), (&format!("in/{name}"), b"not a spreadsheet")]);
        let result = run_in(Some(dir.path()), &["rank", "--criteria", "huyen-2024", "in"]);
        assert_eq!(result.code, 2, "{name}: {}", result.stderr);
        assert!(result.stderr.starts_with(&format!("lỗi: in/{name}: không đọc được bảng tính")), "{}", result.stderr);
        assert!(!result.stderr.contains("CSV UTF-8"), "{}", result.stderr);
    }
}

#[test]
fn rows_on_another_sheet_are_not_blamed_on_the_separator() {
    let dir = files(&[]);
    let rows = vec![vec![s("unit"), s("criterion"), s("value")], vec![s("UBND thành phố Hòa An"), s("1.1.1"), In::S("19/01/2024".into())]];
    write(&dir.path().join("e.xlsx"), &[("Bìa", vec![vec![s("Báo cáo tự chấm 2024")]]), ("Số liệu", rows)]);
    let result = run_in(Some(dir.path()), &["rank", "--criteria", "huyen-2024", "e.xlsx"]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(!result.stderr.contains("separator"), "{}", result.stderr);
    assert!(result.stderr.contains("đã đọc trang \"Bìa\"") && result.stderr.contains("\"Số liệu\""), "{}", result.stderr);
}
