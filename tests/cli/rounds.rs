//! The council's workflow on the hand-worked cycle of tests/fixtures/cycle: the
//! round-1 workbook, the explanation requests and the round-2 workbook, each filled in
//! programmatically (calamine reads what par-score wrote, rust_xlsxwriter writes the
//! filled copy) and read back as its layer: the ranking is the one the same points
//! give in the CSV layers (expected.csv, worked out by hand in the fixture's README).

use std::collections::HashMap;
use std::path::Path;

use calamine::{Data, Reader, open_workbook_auto};

use crate::util::{fixture, repo, run_in};

/// The cycle fixture's directory, absolute.
fn cycle() -> std::path::PathBuf {
    repo().join(fixture("cycle"))
}

fn expected() -> String {
    std::fs::read_to_string(cycle().join("expected.csv")).unwrap()
}

/// Runs par-score in the fixture's directory with its framework and register.
fn par(command: &str, args: &[&str]) -> crate::util::Run {
    let mut all = vec![command, "--criteria", "criteria.toml", "--units", "register.csv"];
    all.extend(args);
    run_in(Some(&cycle()), &all)
}

/// (unit, criterion) → the row's cells of a layer CSV, by header.
fn layer(file: &str) -> HashMap<(String, String), HashMap<String, String>> {
    let mut reader =
        csv::ReaderBuilder::new().delimiter(if file.contains("giai-trinh") { b';' } else { b',' }).from_path(cycle().join(file)).unwrap();
    let headers: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    let mut rows = HashMap::new();
    for record in reader.records() {
        let record = record.unwrap();
        let cells: HashMap<String, String> = headers.iter().cloned().zip(record.iter().map(str::to_owned)).collect();
        rows.insert((cells["đơn vị"].to_lowercase(), cells["mã tiêu chí"].clone()), cells);
    }
    rows
}

fn text(data: &Data) -> String {
    match data {
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// Copies every sheet of `from` into `to` (values only; the marker sheet too) with
/// the cells `fill` gives for (unit, criterion, header) typed in, as the council would.
fn fill_workbook(from: &Path, to: &Path, fill: impl Fn(&str, &str, &str) -> Option<String>) -> usize {
    let mut book = open_workbook_auto(from).unwrap();
    let mut out = rust_xlsxwriter::Workbook::new();
    let mut filled = 0;
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).unwrap();
        let sheet = out.add_worksheet();
        sheet.set_name(&name).unwrap();
        let rows: Vec<Vec<Data>> = range.rows().map(<[Data]>::to_vec).collect();
        let headers: Vec<String> = rows.first().map(|r| r.iter().map(text).collect()).unwrap_or_default();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c16) = (r as u32, c as u16);
                let typed = if r > 0 && name != "par-score" { fill(&text(&row[0]), &text(&row[1]), &headers[c]) } else { None };
                match (typed, cell) {
                    (Some(value), _) => {
                        filled += 1;
                        match value.parse::<f64>() {
                            Ok(number) => sheet.write_number(r, c16, number).unwrap(),
                            Err(_) => sheet.write_string(r, c16, &value).unwrap(),
                        };
                    }
                    (None, Data::Float(number)) => {
                        sheet.write_number(r, c16, *number).unwrap();
                    }
                    (None, Data::Int(number)) => {
                        sheet.write_number(r, c16, *number as f64).unwrap();
                    }
                    (None, Data::Empty) => {}
                    (None, other) => {
                        sheet.write_string(r, c16, other.to_string()).unwrap();
                    }
                }
            }
        }
    }
    out.save(to).unwrap();
    filled
}

#[test]
fn the_round_1_workbook_has_one_header_row_and_a_row_per_leaf_naming_the_unit() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("vong-1.xlsx");
    let result = par("council", &["--round", "1", "--out", out.to_str().unwrap(), "1-tu-cham.csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let mut book = open_workbook_auto(&out).unwrap();
    // Units in block and rank order (before the council: self-assessment points), then the marker.
    let names = book.sheet_names();
    assert_eq!(names.last().map(String::as_str), Some("par-score"));
    assert_eq!(names.len(), 6);
    for name in &names[..5] {
        let range = book.worksheet_range(name).unwrap();
        let rows: Vec<Vec<String>> = range.rows().map(|r| r.iter().map(text).collect()).collect();
        assert_eq!(
            rows[0],
            [
                "Đơn vị",
                "Mã tiêu chí",
                "Tên tiêu chí",
                "Điểm tối đa",
                "Giá trị",
                "Tài liệu kiểm chứng",
                "Điểm tự chấm",
                "Điểm tính theo số liệu",
                "Điểm thẩm định lần 1",
                "Ghi chú"
            ]
        );
        // Four leaves and T1; Thanh tra tỉnh's profile rules out area 2 (2.1, 2.2).
        let ids: Vec<&str> = rows[1..].iter().map(|r| r[1].as_str()).collect();
        let want: &[&str] = if name == "Thanh tra tỉnh" { &["1.1", "1.2", "T1"] } else { &["1.1", "1.2", "2.1", "2.2", "T1"] };
        assert_eq!(ids, want, "{name}");
        assert!(rows[1..].iter().all(|r| r[0] == *name), "{name}: every row names the unit");
    }
}

#[test]
fn a_filled_round_1_workbook_ranks_as_the_same_points_in_a_csv_layer() {
    let dir = tempfile::tempdir().unwrap();
    let blank = dir.path().join("vong-1.xlsx");
    let result = par("council", &["--round", "1", "--out", blank.to_str().unwrap(), "1-tu-cham.csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let round_1 = layer("2-tham-dinh-lan-1.csv");
    let filled = dir.path().join("vong-1-da-cham.xlsx");
    let typed = fill_workbook(&blank, &filled, |unit, id, header| {
        let row = round_1.get(&(unit.to_lowercase(), id.to_owned()))?;
        match header {
            "Điểm thẩm định lần 1" => Some(row["điểm thẩm định lần 1"].clone()),
            "Ghi chú" => Some(row["ghi chú"].clone()).filter(|note| !note.is_empty()),
            _ => None,
        }
    });
    assert_eq!(typed, 4 + 3, "four points and three notes typed");
    let args = ["--format", "csv", "1-tu-cham.csv", filled.to_str().unwrap(), "3-giai-trinh.csv", "4-tham-dinh-lan-2.csv"];
    let ranked = par("rank", &args);
    assert_eq!(ranked.code, 0, "{}", ranked.stderr);
    assert_eq!(ranked.stdout, expected());
    // The workbook repeats the self-scores, values and evidence; only its own layer is
    // read, so it never clashes with the units' files.
    assert!(!ranked.stderr.contains("filled in both"), "{}", ranked.stderr);
}

#[test]
fn explanation_requests_list_the_disputed_leaves_and_are_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let requests = dir.path().join("giai-trinh");
    let result = par("council", &["--requests", "--out", requests.to_str().unwrap(), "1-tu-cham.csv", "2-tham-dinh-lan-1.csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // Round 1 differs from the self-score: Sở Tư pháp 1.2 (2 → 1.5) and 2.1 (2.5 → 2),
    // Thanh tra tỉnh 1.1 (2 → 1), Hòa Bình 2.1 (3 → 2.5); the others have nothing.
    let mut listed: Vec<String> =
        std::fs::read_dir(&requests).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    listed.sort();
    assert_eq!(
        listed,
        [
            "giai-trinh - Sở Tư pháp.csv",
            "giai-trinh - Sở Tư pháp.xlsx",
            "giai-trinh - Thanh tra tỉnh.csv",
            "giai-trinh - Thanh tra tỉnh.xlsx",
            "giai-trinh - UBND phường Hòa Bình.csv",
            "giai-trinh - UBND phường Hòa Bình.xlsx"
        ]
    );
    let csv = written_csv(&requests.join("giai-trinh - Sở Tư pháp.csv"));
    assert_eq!(
        csv,
        "Đơn vị,Mã tiêu chí,Tên tiêu chí,Điểm tối đa,Điểm tự chấm (đơn vị đã nộp),Điểm thẩm định lần 1 (hội đồng),Lý do của hội đồng,Giải trình,Tài liệu kiểm chứng\n\
         Sở Tư pháp,1.2,Tỷ lệ hoàn thành kế hoạch,2.00,2.00,1.50,Số liệu báo cáo chưa khớp,,\n\
         Sở Tư pháp,2.1,\"Rà soát, đơn giản hóa TTHC\",3.00,2.50,2.00,Chưa đủ minh chứng,,\n"
    );
    // The units answer: Sở Tư pháp in its CSV, Thanh tra tỉnh in its workbook.
    let answered = csv.replace("Số liệu báo cáo chưa khớp,,", "Số liệu báo cáo chưa khớp,Đã bổ sung báo cáo số liệu,");
    std::fs::write(requests.join("giai-trinh - Sở Tư pháp.csv"), answered).unwrap();
    let from = requests.join("giai-trinh - Thanh tra tỉnh.xlsx");
    let to = dir.path().join("tra-loi - Thanh tra tỉnh.xlsx");
    let typed = fill_workbook(&from, &to, |_, id, header| {
        (id == "1.1" && header == "Giải trình").then(|| "Kế hoạch đã đủ nội dung theo hướng dẫn".to_owned())
    });
    assert_eq!(typed, 1);
    let sotp = requests.join("giai-trinh - Sở Tư pháp.csv");
    let args = [
        "--format",
        "csv",
        "1-tu-cham.csv",
        "2-tham-dinh-lan-1.csv",
        sotp.to_str().unwrap(),
        to.to_str().unwrap(),
        "4-tham-dinh-lan-2.csv",
    ];
    let ranked = par("rank", &args);
    assert_eq!(ranked.code, 0, "{}", ranked.stderr);
    assert_eq!(ranked.stdout, expected());
    // The explanation of the returned files is the one the round-2 workbook shows.
    let round_2 = dir.path().join("vong-2.xlsx");
    let args = [
        "--round",
        "2",
        "--out",
        round_2.to_str().unwrap(),
        "1-tu-cham.csv",
        "2-tham-dinh-lan-1.csv",
        sotp.to_str().unwrap(),
        to.to_str().unwrap(),
    ];
    let result = par("council", &args);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let mut book = open_workbook_auto(&round_2).unwrap();
    let range = book.worksheet_range("Thanh tra tỉnh").unwrap();
    let row: Vec<String> = range.rows().nth(1).unwrap().iter().map(text).collect();
    assert_eq!(
        row[..8],
        [
            "Thanh tra tỉnh",
            "1.1",
            "Ban hành kế hoạch CCHC",
            "2",
            "2",
            "1",
            "Kế hoạch chưa đủ nội dung",
            "Kế hoạch đã đủ nội dung theo hướng dẫn"
        ]
    );
}

#[test]
fn a_filled_round_2_workbook_is_read_as_the_final_round() {
    let dir = tempfile::tempdir().unwrap();
    let blank = dir.path().join("vong-2.xlsx");
    let layers = ["1-tu-cham.csv", "2-tham-dinh-lan-1.csv", "3-giai-trinh.csv"];
    let mut args = vec!["--round", "2", "--out", blank.to_str().unwrap()];
    args.extend(layers);
    let result = par("council", &args);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let round_2 = layer("4-tham-dinh-lan-2.csv");
    let filled = dir.path().join("vong-2-da-cham.xlsx");
    let typed = fill_workbook(&blank, &filled, |unit, id, header| {
        let row = round_2.get(&(unit.to_lowercase(), id.to_owned()))?;
        (header == "Điểm thẩm định lần 2").then(|| row["điểm thẩm định lần 2"].clone())
    });
    assert_eq!(typed, 3);
    let mut args = vec!["--format", "csv", filled.to_str().unwrap()];
    args.extend(layers);
    let ranked = par("rank", &args);
    assert_eq!(ranked.code, 0, "{}", ranked.stderr);
    assert_eq!(ranked.stdout, expected());
}

/// Before the final round (layers 1–3), by hand (see the fixture's README for the
/// points): Sở Tư pháp 2 + 1.5 + 2 + 1 + 0.5 = 7 / 9 = 77.78 (Khá, 1st of "Sở"),
/// Thanh tra tỉnh 1 + 1 = 2 / 4 = 50.00 (Trung bình, 2nd), UBND phường Hòa Bình
/// 8.5 / 9 = 94.44 (Xuất sắc, 1st of "Phường"). Open disputes (claim above round 1):
/// Thanh tra tỉnh 1.1 (1 → 2: 3 / 4 = 75.00, Khá), Sở Tư pháp 1.2 and 2.1 (+0.5 each:
/// 7.5 / 9 = 83.33, Tốt), Hòa Bình 2.1 (+0.5: 100, still Xuất sắc and 1st). The three
/// that change a grade come first, the largest stake first.
#[test]
fn open_disputes_are_ranked_by_what_accepting_them_would_change() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("hoi-dong.csv");
    let result = par("council", &["--out", out.to_str().unwrap(), "1-tu-cham.csv", "2-tham-dinh-lan-1.csv", "3-giai-trinh.csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let disputes = written_csv(&dir.path().join("hoi-dong-disputes.csv"));
    assert_eq!(
        disputes,
        "Đơn vị,Mã,Điểm thẩm định lần 1,Điểm tự chấm,Điểm chênh lệch,Xếp hạng hiện tại,Xếp hạng nếu chấp nhận,Xếp loại hiện tại,Xếp loại nếu chấp nhận\n\
         Thanh tra tỉnh,1.1,1.00,2.00,1.00,2,2,Trung bình,Khá\n\
         Sở Tư pháp,1.2,1.50,2.00,0.50,1,1,Khá,Tốt\n\
         Sở Tư pháp,2.1,2.00,2.50,0.50,1,1,Khá,Tốt\n\
         UBND phường Hòa Bình,2.1,2.50,3.00,0.50,1,1,Xuất sắc,Xuất sắc\n"
    );
}

/// After the final round: Sở Tư pháp 1.2 1.5 → 1.75 (77.78 → 7.25 / 9 = 80.56),
/// Thanh tra tỉnh 1.1 1 → 2 (50 → 75), An Lạc 2.2 0 → 1 (3.41 / 9 = 37.89 → 49.00);
/// no rank moves within its block. The unit sheets show the trail of each leaf.
#[test]
fn the_change_report_lists_the_leaves_and_units_the_final_round_moved() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("hoi-dong.csv");
    let mut args = vec!["--out", out.to_str().unwrap()];
    args.extend(["1-tu-cham.csv", "2-tham-dinh-lan-1.csv", "3-giai-trinh.csv", "4-tham-dinh-lan-2.csv"]);
    let result = par("council", &args);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let changes = written_csv(&dir.path().join("hoi-dong-changes.csv"));
    assert_eq!(
        changes,
        "Đơn vị,Mã,Sau lần 1,Cuối cùng,Chênh lệch,Xếp hạng sau lần 1,Xếp hạng cuối cùng\n\
         Sở Tư pháp,1.2,1.50,1.75,0.25,,\n\
         Sở Tư pháp,Chỉ số CCHC (%),77.78,80.56,2.78,1,1\n\
         Thanh tra tỉnh,1.1,1.00,2.00,1.00,,\n\
         Thanh tra tỉnh,Chỉ số CCHC (%),50.00,75.00,25.00,2,2\n\
         UBND phường An Lạc,2.2,0.00,1.00,1.00,,\n\
         UBND phường An Lạc,Chỉ số CCHC (%),37.89,49.00,11.11,2,2\n"
    );
    let sheets = written_csv(&dir.path().join("hoi-dong-sheets.csv"));
    assert!(sheets.lines().next().unwrap().ends_with(",Điểm thẩm định lần 1,Giải trình"), "{sheets}");
    let trail = sheets.lines().find(|l| l.starts_with("Sở Tư pháp,1.2,")).unwrap();
    assert!(trail.contains(",1.75,") && trail.ends_with(",1.50,Đã bổ sung báo cáo số liệu"), "{trail}");
    // The summary names the block and the unit that sent nothing.
    let summary = written_csv(&dir.path().join("hoi-dong-summary.csv"));
    assert!(summary.contains("\n3,Sở Y tế,") && summary.contains(",Sở,không nộp hồ sơ"), "{summary}");

    // In English the report's own headers are English; the figures are the same.
    let english = dir.path().join("council.csv");
    let mut args = vec!["--out", english.to_str().unwrap(), "--lang", "en"];
    args.extend(["1-tu-cham.csv", "2-tham-dinh-lan-1.csv", "3-giai-trinh.csv", "4-tham-dinh-lan-2.csv"]);
    let result = par("council", &args);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let changes = written_csv(&dir.path().join("council-changes.csv"));
    let header = changes.lines().next().unwrap();
    assert!(header.ends_with(",After round 1,Final,Difference,Rank after round 1,Final rank"), "{header}");
    assert!(changes.contains("\nSở Tư pháp,1.2,1.50,1.75,0.25,,\n"), "{changes}");
    let summary = written_csv(&dir.path().join("council-summary.csv"));
    assert!(summary.lines().next().unwrap().ends_with(",Block,Note"), "{summary}");
    let sheets = written_csv(&dir.path().join("council-sheets.csv"));
    assert!(sheets.lines().next().unwrap().ends_with(",First appraisal,Explanation"), "{sheets}");
}

/// A CSV file par-score wrote, without the byte order mark every written .csv starts with.
fn written_csv(path: &std::path::Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    text.strip_prefix('\u{feff}').expect("a written .csv starts with a BOM").to_owned()
}
