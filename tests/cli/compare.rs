//! `compare`: two years matched by name, rank and index changes, per-area changes and
//! areas that cannot be compared. Fixtures: tests/fixtures/analysis/ (mini-2024 and
//! mini-2023), whose rankings are (by hand, and by tests/reference/ref_score.py):
//! 2024: 1 Sở C 85.00 (areas 2, 6, 9) · 2 Sở B 77.78 (4, 4, 7; −1 penalty; max 18) ·
//!       3 Sở A 77.50 (3.5, 3, 8; +1 bonus) · 4 Sở D 43.50 (2, 1.2, 5.5).
//! 2023 (mini-2023, areas 1, 2, 4): 1 Sở A 11/14 = 78.57 (3, 5, 3) · 2 Sở C 10/14 = 71.43 (4, 6, 0).
//! previous.csv (a ranking file): 1 Sở A 85.00 · 2 Sở D 75.00 · 3 Sở C 65.00 · 4 Sở E 40.00.

use crate::util::{fixture, run};

/// The trimmed cells of the first table row whose first cell is `first`.
pub fn table_row(out: &str, first: &str) -> Vec<String> {
    out.lines()
        .filter(|line| line.starts_with('│'))
        .map(|line| line.trim_matches('│').split('┆').map(|cell| cell.trim().to_owned()).collect::<Vec<_>>())
        .find(|cells| cells[0] == first)
        .unwrap_or_else(|| panic!("no row {first} in\n{out}"))
}

fn current() -> [String; 3] {
    ["--criteria".into(), fixture("analysis/mini-2024.toml"), fixture("analysis/2024")]
}

#[test]
fn ranking_file_against_evidence_in_csv() {
    let previous = fixture("analysis/previous.csv");
    let [flag, criteria, dir] = current();
    let result = run(&["compare", &previous, &dir, &flag, &criteria, "--format", "csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // Sở C: rank 3 → 1 (up 2), 65.00 → 85.00 (+20.00); areas 2−2 = 0, 6−3 = +3, 9−8 = +1.
    // Sở B: new. Sở A: 1 → 3 (down 2), 85.00 → 77.50 = −7.50; areas 3.5−4, 3−4, 8−9.
    // Sở D (NFD in the file, same name after normalisation): 2 → 4, 75.00 → 43.50 = −31.50;
    // areas 2−3 = −1, 1.2−5 = −3.8, 5.5−7 = −1.5. Sở E: gone, last listed.
    let expected = "\
unit,previous_rank,rank,rank_change,status,previous_index,index,index_change,previous_grade,grade,change_1,change_2,change_3
Sở C,3,1,2,up,65.00,85.00,20.00,Khá,Tốt,0.00,3.00,1.00
Sở B,,2,,new,,77.78,,,Khá,,,
Sở A,1,3,-2,down,85.00,77.50,-7.50,Tốt,Khá,-0.50,-1.00,-1.00
Sở D,2,4,-2,down,75.00,43.50,-31.50,Khá,Yếu,-1.00,-3.80,-1.50
Sở E,4,,,gone,40.00,,,Yếu,,,,
";
    assert_eq!(result.stdout, expected);
}

#[test]
fn table_names_climbers_and_fallers_and_says_areas_matched_by_id() {
    let previous = fixture("analysis/previous.csv");
    let [flag, criteria, dir] = current();
    let result = run(&["compare", &previous, &dir, &flag, &criteria, "--lang", "en"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let out = &result.stdout;
    assert_eq!(table_row(out, "Sở C"), ["Sở C", "3", "1", "↑ 2", "65.00", "85.00", "+20.00", "Khá → Tốt", "0.00", "+3.00", "+1.00"]);
    assert_eq!(table_row(out, "Sở B"), ["Sở B", "", "2", "new", "", "77.78", "", "Khá", "", "", ""]);
    assert_eq!(table_row(out, "Sở E"), ["Sở E", "4", "", "gone", "40.00", "", "", "Yếu", "", "", ""]);
    assert_eq!(table_row(out, "Sở D")[3], "↓ 2");
    // The previous side is a ranking file without --previous-criteria: areas by id only.
    assert!(out.contains("Areas matched by id only"), "{out}");
    assert!(out.contains("Biggest climbers: Sở C (↑ 2: 3 → 1; +20.00)"), "{out}");
    // Both fell 2 places; the larger index loss (−31.50) comes first.
    assert!(out.contains("Biggest fallers: Sở D (↓ 2: 2 → 4; -31.50); Sở A (↓ 2: 1 → 3; -7.50)"), "{out}");
}

#[test]
fn different_frameworks_compare_only_the_common_areas() {
    let [flag, criteria, dir] = current();
    let previous = fixture("analysis/2023");
    let previous_criteria = fixture("analysis/mini-2023.toml");
    let result = run(&["compare", &previous, &dir, &flag, &criteria, "--previous-criteria", &previous_criteria, "-f", "csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // Only area 1 is comparable (area 2: max 7 → 6; area 3 only 2024; area 4 only 2023).
    // Sở C: 2 → 1, 71.43 → 85.00 = +13.57, area 1: 2 − 4 = −2. Sở A: 1 → 3, 78.57 → 77.50 = −1.07,
    // area 1: 3.5 − 3 = +0.5. Sở B and Sở D are new.
    let expected = "\
unit,previous_rank,rank,rank_change,status,previous_index,index,index_change,previous_grade,grade,change_1
Sở C,2,1,1,up,71.43,85.00,13.57,Khá,Tốt,-2.00
Sở B,,2,,new,,77.78,,,Khá,
Sở A,1,3,-2,down,78.57,77.50,-1.07,Khá,Khá,0.50
Sở D,,4,,new,,43.50,,,Yếu,
";
    assert_eq!(result.stdout, expected);
    let table = run(&["compare", &previous, &dir, &flag, &criteria, "--previous-criteria", &previous_criteria]);
    let out = &table.stdout;
    assert!(out.contains("Lĩnh vực 2: Thủ tục hành chính <TTHC> (không so sánh được: điểm tối đa thay đổi 7 → 6)"), "{out}");
    assert!(out.contains("Lĩnh vực 3: Tác động (không so sánh được: chỉ có trong bộ chỉ số kỳ này)"), "{out}");
    assert!(out.contains("Lĩnh vực 4: Tổ chức bộ máy (không so sánh được: chỉ có trong bộ chỉ số kỳ trước)"), "{out}");
    assert!(!out.contains("đối chiếu theo mã"), "{out}");
}

#[test]
fn json_carries_exact_numbers_and_comparability() {
    let [flag, criteria, dir] = current();
    let previous = fixture("analysis/2023");
    let previous_criteria = fixture("analysis/mini-2023.toml");
    let result = run(&["compare", &previous, &dir, &flag, &criteria, "--previous-criteria", &previous_criteria, "-f", "json"]);
    let json: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(json["units"][0]["unit"], "Sở C");
    assert_eq!(json["units"][0]["index_change"].to_string(), "13.57");
    assert_eq!(json["units"][0]["rank_change"], 1);
    assert_eq!(json["areas"][1]["comparable"], false);
    assert_eq!(json["areas"][1]["note"], "max_changed");
    assert_eq!(json["climbers"], serde_json::json!(["Sở C"]));
    assert_eq!(json["fallers"], serde_json::json!(["Sở A"]));
}

#[test]
fn a_ranking_written_by_rank_reads_back_exactly() {
    // Comparing a year with itself, once through its own ranking CSV: no change anywhere.
    let dir = tempfile::tempdir().unwrap();
    let [flag, criteria, evidence] = current();
    let ranking = run(&["rank", &flag, &criteria, &evidence, "-f", "csv"]);
    let path = dir.path().join("ranking-2024.csv");
    std::fs::write(&path, &ranking.stdout).unwrap();
    let path = path.display().to_string();
    let result = run(&["compare", &path, &evidence, &flag, &criteria, "--previous-criteria", &criteria, "-f", "csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    for line in result.stdout.lines().skip(1) {
        assert!(line.contains(",0,same,") && line.ends_with(",0.00,0.00,0.00"), "{line}");
    }
    assert_eq!(result.stdout.lines().count(), 5);
}

#[test]
fn bad_ranking_file_names_line_and_column() {
    let dir =
        crate::util::files(&[("r.csv", "rank,unit,1,adjustment,total,max,index,grade\n1,Sở A,4,0.00,4.00,5.00,80.00,Tốt\n".as_bytes())]);
    let path = dir.path().join("r.csv").display().to_string();
    let [flag, criteria, evidence] = current();
    let result = run(&["compare", &path, &evidence, &flag, &criteria]);
    assert_eq!(result.code, 2);
    // The first number fixes the decimals (0 here); "0.00" in column 4 then does not match.
    assert!(result.stderr.contains("r.csv:2:4: \"0.00\" ở cột adjustment không phải là số như vậy"), "{}", result.stderr);
    let mismatch = run(&[
        "compare",
        &fixture("analysis/previous.csv"),
        &evidence,
        &flag,
        &criteria,
        "--previous-criteria",
        &fixture("analysis/mini-2023.toml"),
    ]);
    assert_eq!(mismatch.code, 2);
    assert!(
        mismatch.stderr.contains("các cột lĩnh vực của tệp xếp hạng (1, 2, 3) không phải các lĩnh vực của bộ chỉ số mini-2023 (1, 2, 4)"),
        "{}",
        mismatch.stderr
    );
}

#[test]
fn bundled_examples_two_years() {
    let result = run(&[
        "compare",
        "examples/huyen-2023",
        "examples/huyen-2024",
        "--previous-criteria",
        "huyen-2023",
        "--criteria",
        "huyen-2024",
        "-f",
        "csv",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // Đông Xuyên: 10th with 72.69 (examples/README.md, huyen-2023) → 4th with 84.13 (huyen-2024):
    // up 6, +11.44. Areas 7 and 8 changed maxima (9 → 10.5, 43.5 → 42), so only 1–6 are compared.
    assert!(result.stdout.starts_with("unit,previous_rank,rank,rank_change,status,previous_index,index,index_change,previous_grade,grade,change_1,change_2,change_3,change_4,change_5,change_6\n"));
    assert!(result.stdout.contains("\nUBND huyện Đông Xuyên,10,4,6,up,72.69,84.13,11.44,Khá,Tốt,"), "{}", result.stdout);
    // An Lạc: 3rd, 81.72 → 7th, 79.75: down 4, −1.97; area 3: 10.75 → 9.75 = −1.00.
    assert!(result.stdout.contains("\nUBND huyện An Lạc,3,7,-4,down,81.72,79.75,-1.97,Tốt,Khá,0.00,-0.03,-1.00,"), "{}", result.stdout);
}
