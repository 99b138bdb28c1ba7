//! The hand-worked case in tests/fixtures/engine: five units, every rule kind, N/A,
//! council scores, missing evidence, a tie, and penalties that would go below zero.

use crate::util::{files, fixture, repo, run, run_in};

/// Worked out by hand from tests/fixtures/engine/criteria.toml (maxima: area 1 =
/// 2 + 3 + 1 = 6, area 2 = 3 + 1 + 2 + 2 = 8, area 3 = 5 + 1 = 6; total 20).
///
/// Sở Tư pháp (a.csv): 1.1 15/01 ≤ 31/01 → 2; 1.2 92,5 ≥ 90 → 2; 1.3 3 late → 1 − 0.75 = 0.25;
///   area 1 = 4.25. 2.1.1 3 × 60/80 = 2.25; 2.1.2 có → 1; 2.2 "còn thiếu" → 1; 2.3 self 1.75;
///   area 2 = 6.00. 3.1 5 × 86.5/100 = 4.325 → 4.33 (half away from zero); 3.2 1 ≤ 2 → 0.5;
///   area 3 = 4.83. T1 1 × 0.5 = 0.5. Total 15.58 / 20 = 77.90 % → Khá.
/// Sở Y tế (b.csv, BOM, `;`, CRLF): 1.1 05/02 late → 1; 1.2 100 → 3; 1.3 0 → 1; area 1 = 5.
///   2.1.1 85 ≥ 80 → 3; 2.1.2 N/A (max 20 − 1 = 19); 2.2 appraised 1; 2.3 self 2; area 2 = 6.
///   3.1 5 × 70/100 = 3.5; 3.2 0 → 1; area 3 = 4.5. P1 1 × 1 = 1. Total 14.50 / 19 = 76.3157… → 76.32.
/// UBND huyện Đầm Dơi (NFD, stray spaces): 1.1 on the due date → 2; 1.2 exactly 80 → 1;
///   1.3 1 → 0.75; area 1 = 3.75. 2.1.1 exactly the floor 20 → 3 × 20/80 = 0.75; 2.1.2 KAD
///   (max 19); 2.2 2; 2.3 2; area 2 = 4.75. 3.1 5 × 94/100 = 4.7; 3.2 1; area 3 = 5.7.
///   T1 3 × 0.5 = 1.5 capped at 1. Total 15.20 / 19 = 80.00 % → Tốt (exactly on the band).
/// UBND huyện Năm Căn: 1.1 empty → 0 (missing); 1.2 99,99 → 2; 1.3 0 → 1; area 1 = 3.
///   2.1.1 100 → 3; 2.1.2 x → 1; 2.2 "đầy đủ" → 2; 2.3 appraised 1.5; area 2 = 7.5.
///   3.1 100 → 5; 3.2 1 → 0.5; area 3 = 5.5. Total 16.00 / 20 = 80.00 % → Tốt.
/// UBND xã Tân Hưng Đông: 1.1 on time but no evidence → 0; 1.2 50 → 0; 1.3 9 → 0 (not −1.25);
///   2.1.1 10 < floor → 0; 2.1.2 không → 0; 2.2 no row → 0; 2.3 self 0.25; 3.1 5 × 1/100 = 0.05;
///   3.2 3 > 2 → 0. Areas 0 + 0.25 + 0.05 = 0.30, P1 5 × 1 capped at 2 → −1.70 → total 0.
/// Ranks: Năm Căn and Đầm Dơi tie at 80.00 and share rank 1, listed in Vietnamese
/// alphabetical order (Đ comes right after D, so before N); the next rank is 3.
const EXPECTED: &str = "\
rank,unit,1,2,3,adjustment,total,max,index,grade
1,UBND huyện Đầm Dơi,3.75,4.75,5.70,1.00,15.20,19.00,80.00,Tốt
1,UBND huyện Năm Căn,3.00,7.50,5.50,0.00,16.00,20.00,80.00,Tốt
3,Sở Tư pháp,4.25,6.00,4.83,0.50,15.58,20.00,77.90,Khá
4,Sở Y tế,5.00,6.00,4.50,-1.00,14.50,19.00,76.32,Khá
5,UBND xã Tân Hưng Đông,0.00,0.25,0.05,-2.00,0.00,20.00,0.00,Yếu
";

fn criteria() -> String {
    fixture("engine/criteria.toml")
}

#[test]
fn ranking_of_the_hand_worked_case() {
    let result = run(&["rank", "--criteria", &criteria(), "--format", "csv", &fixture("engine")]);
    assert_eq!((result.code, result.stderr.as_str()), (0, ""));
    assert_eq!(result.stdout, EXPECTED);
}

#[test]
fn files_in_any_order_give_the_same_bytes() {
    let files: Vec<String> = ["e.csv", "c.csv", "b.csv", "a.csv"].iter().map(|f| fixture(&format!("engine/{f}"))).collect();
    let criteria = criteria();
    let mut args = vec!["rank", "--criteria", criteria.as_str(), "--format", "csv"];
    args.extend(files.iter().map(String::as_str));
    assert_eq!(run(&args).stdout, EXPECTED);
}

#[test]
fn json_carries_the_same_figures() {
    let result = run(&["rank", "--criteria", &criteria(), "--format", "json", &fixture("engine")]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let json: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    let units = json["units"].as_array().unwrap();
    assert_eq!(units.len(), 5);
    let dam_doi = &units[0];
    assert_eq!(dam_doi["unit"], "UBND huyện Đầm Dơi");
    assert_eq!(dam_doi["rank"], 1);
    // Exact decimal literals, not binary floats.
    assert_eq!(dam_doi["total"].to_string(), "15.20");
    assert_eq!(dam_doi["areas"]["3"].to_string(), "5.70");
    assert_eq!(dam_doi["survey"].to_string(), "4.70");
    assert_eq!(dam_doi["bonus"].to_string(), "1.00");
    assert_eq!(json["framework"]["id"], "test-engine");
}

#[test]
fn score_sheet_reports_every_status() {
    let result = run(&["score", "--criteria", &criteria(), "--format", "json", &fixture("engine/c.csv"), "--unit", "ubnd huyện năm căn"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let json: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    let leaf = |id: &str| json["leaves"].as_array().unwrap().iter().find(|l| l["id"] == id).unwrap().clone();
    // 1.1: no value but a claimed 2 → missing, 0 points, self-score differs.
    assert_eq!((leaf("1.1")["status"].as_str(), leaf("1.1")["points"].to_string()), (Some("missing"), "0.00".into()));
    assert_eq!(leaf("1.1")["self_score_differs"], true);
    // 2.3: claimed 2, council 1.5 with its reason.
    assert_eq!(leaf("2.3")["status"], "appraised");
    assert_eq!(leaf("2.3")["points"].to_string(), "1.50");
    assert_eq!(leaf("2.3")["note"], "Chưa đánh giá được hiệu quả");
    assert_eq!(leaf("1.2")["status"], "ok");
    assert_eq!(json["total"].to_string(), "16.00");
    assert_eq!(json["index"].to_string(), "80.00");
    assert_eq!(json["grade"], "Tốt");
}

#[test]
fn score_sheet_shows_no_evidence_and_not_applicable() {
    let e = run(&["score", "--criteria", &criteria(), "--format", "json", &fixture("engine/e.csv")]);
    let json: serde_json::Value = serde_json::from_str(&e.stdout).unwrap();
    let status = |id: &str| json["leaves"].as_array().unwrap().iter().find(|l| l["id"] == id).unwrap()["status"].clone();
    assert_eq!(status("1.1"), "no_evidence");
    assert_eq!(status("2.2"), "missing");
    // Areas 0.30, penalty 2 → total floored at 0.
    assert_eq!((json["penalty"].to_string(), json["total"].to_string()), ("2.00".into(), "0.00".into()));

    let b = run(&["score", "--criteria", &criteria(), "--format", "json", &fixture("engine/b.csv")]);
    let json: serde_json::Value = serde_json::from_str(&b.stdout).unwrap();
    let leaf = json["leaves"].as_array().unwrap().iter().find(|l| l["id"] == "2.1.2").unwrap().clone();
    assert_eq!(leaf["status"], "not_applicable");
    assert_eq!(json["max"].to_string(), "19.00");
}

#[test]
fn score_table_lists_subtotals_and_totals() {
    let result = run(&["score", "--criteria", &criteria(), "--format", "md", &fixture("engine/a.csv")]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let md = result.stdout;
    assert!(md.starts_with("## Bộ chỉ số thử nghiệm – 2024\nĐơn vị: Sở Tư pháp\n"), "{md}");
    // Area 1 subtotal row: max 6,00, points 4,25, survey 0,00.
    assert!(md.contains("| **1** | **Công tác chỉ đạo, điều hành CCHC** | **6,00** |  |  | **4,25** | **0,00** |  |"), "{md}");
    // 1.2: value as typed, claimed 3, rule gives 2.
    assert!(md.contains("| 1.2 | \u{a0}\u{a0}Mức độ hoàn thành kế hoạch CCHC | 3,00 | 92,5 | 3,00 | 2,00 |  | tự chấm khác |"), "{md}");
    assert!(md.contains("| **Tổng điểm** |"));
    assert!(md.contains("**15,58**"));
    assert!(md.contains("**77,90**"));
}

#[test]
fn several_units_need_a_unit_choice() {
    let result = run(&["score", "--criteria", &criteria(), &fixture("engine/c.csv")]);
    assert_eq!(result.code, 2);
    assert!(
        result.stderr.contains("số liệu có 2 đơn vị; hãy chọn một đơn vị bằng --unit: \"UBND huyện Năm Căn\", \"UBND huyện Đầm Dơi\""),
        "{}",
        result.stderr
    );
    let unknown = run(&["score", "--criteria", &criteria(), &fixture("engine/c.csv"), "--unit", "UBND huyện Cái Nước"]);
    assert_eq!(unknown.code, 2);
    assert!(unknown.stderr.contains("không có đơn vị \"UBND huyện Cái Nước\" trong số liệu"), "{}", unknown.stderr);
}

#[test]
fn ties_are_listed_in_vietnamese_order_on_the_batch_and_the_exact_path() {
    // Two communes with the same rows tie; "Đông" sorts before "Phú" in Vietnamese
    // (Đ is the letter after D), not after it as in code points (U+0110 > 'P').
    let rows = std::fs::read_to_string(repo().join("examples/huyen-2024/10-huyen-vinh-thanh.csv")).unwrap();
    let phu_my = rows.replace("UBND huyện Vĩnh Thạnh", "UBND xã Phú Mỹ");
    let dong_hoa = rows.replace("UBND huyện Vĩnh Thạnh", "UBND xã Đông Hòa");
    let dir = files(&[("in/a.csv", phu_my.as_bytes()), ("in/b.csv", dong_hoa.as_bytes())]);
    let batch = run_in(Some(dir.path()), &["rank", "--criteria", "huyen-2024", "--format", "csv", "in"]);
    assert_eq!(batch.code, 0, "{}", batch.stderr);
    let names: Vec<&str> = batch.stdout.lines().skip(1).map(|l| l.split(',').nth(1).unwrap()).collect();
    assert_eq!(names, ["UBND xã Đông Hòa", "UBND xã Phú Mỹ"]);
    assert!(batch.stdout.lines().skip(1).all(|l| l.starts_with("1,")), "{}", batch.stdout);
    // The council's summary is ranked on the exact path (every leaf kept).
    let council = run_in(Some(dir.path()), &["council", "--criteria", "huyen-2024", "in", "--out", "hd.csv"]);
    assert_eq!(council.code, 0, "{}", council.stderr);
    let summary = std::fs::read_to_string(dir.path().join("hd-summary.csv")).unwrap();
    let names: Vec<&str> = summary.lines().skip(1).map(|l| l.split(',').nth(1).unwrap()).collect();
    assert_eq!(names, ["UBND xã Đông Hòa", "UBND xã Phú Mỹ"]);
}
