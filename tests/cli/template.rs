//! `template`: the blank sheet read back (header, rows, protection, dropdowns), then
//! filled in programmatically and scored without touching its layout.

use calamine::Data;

use crate::util::{files, run_in};
use crate::workbook::{In, part, s, sheet_names, values, write};

/// A framework with every kind of entry the template handles.
const FRAMEWORK: &str = r#"
[framework]
id = "mau"
title = "Bộ chỉ số mẫu"
year = 2024
[[grade]]
name = "Tốt"
min_index = 80
[[grade]]
name = "Khá"
min_index = 0
[[area]]
id = "1"
name = "Lĩnh vực 1"
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
[[area]]
id = "2"
name = "Lĩnh vực 2"
[[criterion]]
id = "2.1"
name = "Kiểm tra"
max = 1
rule = { kind = "choice", options = { "Hoàn thành" = 1, "Một phần" = 0.5, "Không" = 0 } }
[[criterion]]
id = "2.2"
name = "Tỷ lệ số hóa"
max = 1.5
rule = { kind = "ratio", percent = true }
[[criterion]]
id = "2.3"
name = "Đổi mới, sáng tạo"
max = 1
rule = { kind = "manual", step = 0.25 }
[[criterion]]
id = "2.4"
name = "Đầu tư công"
max = 1
optional = true
rule = { kind = "check" }
[[adjustment]]
id = "T1"
name = "Sáng kiến"
kind = "bonus"
per = 0.5
cap = 1
"#;

/// Hand-computed: 1.1 on 15/01/2024 ≤ 31/01 → 1; 1.2 97,5 % ≥ 95 → 1; 1.3 có → 0.5;
/// area 1 = 2.50. 2.1 "Một phần" → 0.5; 2.2 1.5 × 60 / 100 = 0.9; 2.3 self-score
/// 0.75; 2.4 not applicable (its 1 point leaves the maximum); area 2 = 2.15.
/// T1 3 initiatives × 0.5 = 1.5, capped at 1. Total 5.65 of 7 → 80.714… → 80.71, Tốt.
const EXPECTED: &str = "rank,unit,1,2,adjustment,total,max,index,grade\n1,Đơn vị Thử,2.50,2.15,1.00,5.65,7.00,80.71,Tốt\n";

const IDS: [&str; 8] = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "T1"];

#[test]
fn the_workbook_template_lists_every_leaf_under_the_contract_header() {
    let dir = files(&[("mau.toml", FRAMEWORK.as_bytes())]);
    let result = run_in(Some(dir.path()), &["template", "--criteria", "mau.toml", "--unit", "Đơn vị Thử", "--out", "mau.xlsx"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let path = dir.path().join("mau.xlsx");
    assert_eq!(sheet_names(&path), ["minh chứng", "Hướng dẫn", "Danh sách"]);
    let cells = values(&path, "minh chứng");
    let header: Vec<String> = (0..11).map(|c| cells.get_value((0, c)).map(|d| d.to_string()).unwrap_or_default()).collect();
    assert_eq!(
        header,
        [
            "Đơn vị",
            "Mã tiêu chí",
            "Tên tiêu chí",
            "Tối đa",
            "Hướng dẫn nhập",
            "Giá trị",
            "Điểm tự chấm",
            "Tài liệu kiểm chứng",
            "Ghi chú",
            "Điểm thẩm định",
            "Cách tính điểm"
        ]
    );
    for (index, id) in IDS.iter().enumerate() {
        let row = index as u32 + 1;
        assert_eq!(cells.get_value((row, 1)), Some(&Data::String((*id).to_owned())));
        assert_eq!(cells.get_value((row, 0)), Some(&Data::String("Đơn vị Thử".to_owned())));
    }
    assert_eq!(cells.get_value((1, 4)), Some(&Data::String("ngày ban hành (dd/mm/yyyy)".to_owned())));
    assert_eq!(cells.get_value((2, 3)), Some(&Data::Float(2.0)));
    let sheet = part(&path, "xl/worksheets/sheet1.xml");
    // The sheet is protected; dropdowns on 1.3 and 2.4 (yes/no, with N/A for the
    // optional 2.4) and 2.1 (labels listed on the hidden sheet).
    assert!(sheet.contains("<sheetProtection"), "{sheet}");
    assert!(sheet.contains("<formula1>\"có,không\"</formula1>"));
    assert!(sheet.contains("<formula1>\"có,không,không áp dụng\"</formula1>"));
    assert!(sheet.contains("<formula1>'Danh sách'!$A$2:$A$4</formula1>"));
    assert!(part(&path, "xl/workbook.xml").contains("state=\"hidden\""));
    // Input cells (value, self-score, evidence, note) are unlocked; ids are not.
    let styles = crate::workbook::open(&path).worksheet_style("minh chứng").unwrap();
    let locked = |column: u32| styles.get((1, column)).and_then(|s| s.protection.as_ref()).is_none_or(|p| p.locked);
    assert_eq!((0..11).map(locked).collect::<Vec<_>>(), [true, true, true, true, true, false, false, false, false, true, true]);
}

#[test]
fn a_filled_in_workbook_template_scores_as_it_is() {
    let dir = files(&[("mau.toml", FRAMEWORK.as_bytes())]);
    let result = run_in(Some(dir.path()), &["template", "--criteria", "mau.toml", "--unit", "Đơn vị Thử", "--out", "mau.xlsx"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // Copy every cell of the template to the same place and type values in the
    // input columns as a person would: a date, a percentage, dropdown words, numbers.
    let cells = values(&dir.path().join("mau.xlsx"), "minh chứng");
    let end = cells.end().unwrap();
    let mut rows: Vec<Vec<In>> = (0..=end.0)
        .map(|row| {
            (0..=end.1)
                .map(|column| match cells.get_value((row, column)) {
                    Some(Data::String(text)) => s(text),
                    Some(Data::Float(number)) => In::N(*number),
                    _ => In::Blank,
                })
                .collect()
        })
        .collect();
    let (value, self_score, evidence) = (5, 6, 7);
    let inputs: [(In, Option<f64>); 8] = [
        (In::Date(45306.0), Some(1.0)),
        (In::Pct(0.975), Some(1.0)),
        (s("có"), Some(0.5)),
        (s("Một phần"), None),
        (In::N(60.0), None),
        (In::Blank, Some(0.75)),
        (s("không áp dụng"), None),
        (In::N(3.0), Some(1.0)),
    ];
    for (index, (typed, claim)) in inputs.into_iter().enumerate() {
        let row = &mut rows[index + 1];
        row[value] = typed;
        row[self_score] = claim.map_or(In::Blank, In::N);
        row[evidence] = s("Văn bản số 1");
    }
    write(&dir.path().join("filled.xlsx"), &[("minh chứng", rows)]);
    let result = run_in(Some(dir.path()), &["rank", "--criteria", "mau.toml", "--format", "csv", "filled.xlsx"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(result.stdout, EXPECTED);
    // Issue 10 item 4: `template --out filled.xlsx` replaced a completed file with a
    // blank one. Now it is refused, with or without --force; the blank one is not
    // replaced without --force.
    let before = std::fs::read(dir.path().join("filled.xlsx")).unwrap();
    for extra in [&[][..], &["--force"][..]] {
        let mut args = vec!["template", "--criteria", "mau.toml", "--out", "filled.xlsx"];
        args.extend_from_slice(extra);
        let result = run_in(Some(dir.path()), &args);
        assert_eq!(result.code, 2, "{}", result.stderr);
        assert!(result.stderr.contains("số liệu minh chứng đã điền"), "{}", result.stderr);
    }
    assert_eq!(std::fs::read(dir.path().join("filled.xlsx")).unwrap(), before);
    let blank = run_in(Some(dir.path()), &["template", "--criteria", "mau.toml", "--out", "mau.xlsx"]);
    assert_eq!(blank.code, 2, "{}", blank.stderr);
    assert!(blank.stderr.contains("--force"), "{}", blank.stderr);
}

#[test]
fn template_says_what_it_wrote_and_writes_maxima_with_the_languages_decimal_mark() {
    // The framework has 7 leaves and 1 adjustment (T1): 8 rows; leaf 2.2's maximum is 1.5.
    let dir = files(&[("mau.toml", FRAMEWORK.as_bytes())]);
    let result = run_in(Some(dir.path()), &["template", "--criteria", "mau.toml", "--out", "mau.csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let id = result.stdout.split("bộ chỉ số ").nth(1).and_then(|rest| rest.split(' ').next()).unwrap_or_default().to_owned();
    assert_eq!(result.stdout, format!("Đã ghi: mau.csv (bộ chỉ số {id} · 8 dòng cần điền: 7 tiêu chí thành phần, 1 điểm thưởng/trừ)\n"));
    let text = std::fs::read_to_string(dir.path().join("mau.csv")).unwrap();
    let maxima = |text: &str| -> Vec<String> {
        let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let at = reader.headers().unwrap().iter().position(|h| h == "Tối đa" || h == "Max").unwrap();
        reader.records().map(|r| r.unwrap()[at].to_owned()).collect()
    };
    // Excel in a Vietnamese locale reads "1,5" as one and a half; "1.5" stays text.
    assert!(maxima(&text).contains(&"1,5".to_owned()), "{text}");
    assert!(!maxima(&text).iter().any(|m| m.contains('.')), "{text}");
    let english = run_in(Some(dir.path()), &["template", "--criteria", "mau.toml", "--lang", "en", "--out", "en.csv"]);
    assert_eq!(english.code, 0, "{}", english.stderr);
    assert!(english.stdout.contains("rows to fill in: 7 sub-criteria, 1 bonuses/penalties"), "{}", english.stdout);
    assert!(maxima(&std::fs::read_to_string(dir.path().join("en.csv")).unwrap()).contains(&"1.5".to_owned()));
}

#[test]
fn a_filled_in_csv_template_scores_as_it_is() {
    let dir = files(&[("mau.toml", FRAMEWORK.as_bytes())]);
    let result = run_in(Some(dir.path()), &["template", "--criteria", "mau.toml", "--out", "mau.csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let bytes = std::fs::read(dir.path().join("mau.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader.headers().unwrap().clone();
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&headers).unwrap();
    let typed =
        [("15/01/2024", "1"), ("97,5", "1"), ("có", "0,5"), ("Một phần", ""), ("60", ""), ("", "0,75"), ("không áp dụng", ""), ("3", "1")];
    for (record, (value, claim)) in reader.records().zip(typed) {
        let mut fields: Vec<String> = record.unwrap().iter().map(str::to_owned).collect();
        fields[0] = "Đơn vị Thử".to_owned();
        fields[5] = value.to_owned();
        fields[6] = claim.to_owned();
        fields[7] = "Văn bản số 1".to_owned();
        writer.write_record(&fields).unwrap();
    }
    std::fs::write(dir.path().join("filled.csv"), writer.into_inner().unwrap()).unwrap();
    let result = run_in(Some(dir.path()), &["rank", "--criteria", "mau.toml", "--format", "csv", "filled.csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(result.stdout, EXPECTED);
}
