//! `criteria diff`: the differences between huyen-2023 and huyen-2024 that README
//! describes (no 7.2.3 in 2023; areas 7 and 8 weighted differently), and `compare`
//! flags the same areas as not comparable.

use crate::util::run;

#[test]
fn huyen_2023_to_2024_shows_7_2_3_and_the_area_weights() {
    let result = run(&["criteria", "diff", "huyen-2023", "huyen-2024", "--format", "csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let lines: Vec<&str> = result.stdout.lines().collect();
    // Area 7: 7.2 gained 7.2.3 (1,5 points), 3 → 4,5, so area 7 9 → 10,5; area 8: 8.1.1
    // 4,5 → 3, so 8.1 8,5 → 7 and area 8 43,5 → 42. The total stays 100.
    for expected in
        ["trọng số lĩnh vực,7,9,\"10,5\"", "trọng số lĩnh vực,8,\"43,5\",42", "điểm tối đa,7.2,3,\"4,5\"", "điểm tối đa,8.1.1,\"4,5\",3"]
    {
        assert!(lines.contains(&expected), "{expected} in {}", result.stdout);
    }
    assert!(lines.iter().any(|l| l.starts_with("thêm,7.2.3,,\"Tỷ lệ giao dịch thanh toán trực tuyến")), "{}", result.stdout);
    assert!(!lines.iter().any(|l| l.starts_with("bỏ,")), "nothing removed: {}", result.stdout);
    assert!(!result.stdout.contains("tổng điểm"), "both 100 points");
    // The same changes in English: English kinds, decimal points (the rule text is the
    // annex table's, which stays Vietnamese).
    let english = run(&["criteria", "diff", "huyen-2023", "huyen-2024", "--format", "csv", "--lang", "en"]);
    let english_lines: Vec<&str> = english.stdout.lines().collect();
    for expected in ["area weight,7,9,10.5", "area weight,8,43.5,42", "maximum,7.2,3,4.5", "maximum,8.1.1,4.5,3"] {
        assert!(english_lines.contains(&expected), "{expected} in {}", english.stdout);
    }
    assert!(
        english_lines.iter().any(|l| l.starts_with("added,7.2.3,,Tỷ lệ giao dịch thanh toán trực tuyến") && l.ends_with("(maximum 1.5)")),
        "{}",
        english.stdout
    );

    let json = run(&["criteria", "diff", "huyen-2023", "huyen-2024", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let not_comparable: Vec<&str> =
        value["areas"].as_array().unwrap().iter().filter(|a| a["comparable"] == false).map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(not_comparable, ["7", "8"]);
}

#[test]
fn a_framework_against_itself_has_no_changes() {
    let result = run(&["criteria", "diff", "so-2025", "so-2025", "--format", "md"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(result.stdout.contains("Hai bộ chỉ số giống nhau."), "{}", result.stdout);
    assert!(!result.stdout.contains("không so sánh được"), "{}", result.stdout);
    let english = run(&["criteria", "diff", "so-2025", "so-2025", "--format", "md", "--lang", "en"]);
    assert!(english.stdout.contains("The two frameworks are the same."), "{}", english.stdout);
    assert!(english.stdout.contains("(comparable)"), "{}", english.stdout);
}

#[test]
fn compare_flags_the_areas_that_criteria_diff_finds_not_comparable() {
    let result = run(&[
        "compare",
        "--criteria",
        "huyen-2024",
        "--previous-criteria",
        "huyen-2023",
        "--format",
        "md",
        "examples/huyen-2023",
        "examples/huyen-2024",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(result.stdout.contains("(không so sánh được: điểm tối đa thay đổi 9 → 10,5)"), "{}", result.stdout);
    assert!(result.stdout.contains("(không so sánh được: điểm tối đa thay đổi 43,5 → 42)"), "{}", result.stdout);
}
