//! `whatif`: fixed scenarios worked out by hand on tests/fixtures/analysis/ (mini-2024),
//! seeded samples checked against the ChaCha20 keystream and against probability.
//! Per unit (area points / applicable max; area 3 is all survey; adjustment):
//!   Sở C 2/4, 6/6, 9/10, 0 → 85.00 (rank 1) · Sở B 4/4, 4/4, 7/10, −1 → 77.78 (2)
//!   Sở A 3.5/4, 3/6, 8/10, +1 → 77.50 (3) · Sở D 2/4, 1.2/6, 5.5/10, 0 → 43.50 (4).

use crate::compare::table_row;
use crate::util::{files, fixture, run};

fn whatif(extra: &[&str]) -> crate::util::Run {
    let (criteria, dir) = (fixture("analysis/mini-2024.toml"), fixture("analysis/2024"));
    let mut args = vec!["whatif", "--criteria", criteria.as_str(), dir.as_str()];
    args.extend_from_slice(extra);
    run(&args)
}

#[test]
fn without_perturbation_every_sample_is_the_official_ranking() {
    let result = whatif(&["--samples", "20", "--weight-jitter", "0", "--survey-weight", "0", "-f", "csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // Dropping area 1: A (3+8+1)/16 = 75.00, B (4+7−1)/14 = 71.43, C 15/16 = 93.75, D 6.7/16 = 41.88
    //   → C 1, A 2, B 3, D 4.
    // Dropping area 2: A 12.5/14 = 89.29, B 10/14 = 71.43, C 11/14 = 78.57, D 7.5/14 = 53.57 → A, C, B, D.
    // Dropping area 3 (= no survey): A 7.5/10 = 75.00, B 7/8 = 87.50, C 8/10 = 80.00, D 3.2/10 = 32.00
    //   → B, C, A, D.
    let expected = "\
rank,unit,index,median_rank,p05_rank,p95_rank,mean_shift,grade_change_share,rank_without_1,rank_without_2,rank_without_3,rank_survey_0
1,Sở C,85.00,1,1,1,0.00,0.0,1,2,2,2
2,Sở B,77.78,2,2,2,0.00,0.0,3,3,1,1
3,Sở A,77.50,3,3,3,0.00,0.0,2,1,3,3
4,Sở D,43.50,4,4,4,0.00,0.0,4,4,4,4
";
    assert_eq!(result.stdout, expected);
}

#[test]
fn scenario_table_by_hand() {
    let result = whatif(&["--samples", "10", "--weight-jitter", "0", "--survey-weight", "50", "--lang", "en"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let out = &result.stdout;
    // Drop 1: A ↑1, B ↓1 → mean (0+1+1+0)/4 = 0.50; grades unchanged (75, 71.43 stay Khá).
    assert_eq!(table_row(out, "Drop area 1 (Chỉ đạo, điều hành)"), ["Drop area 1 (Chỉ đạo, điều hành)", "0.50", "2", "0", "Sở B ↓ 1"]);
    // Drop 2: C ↓1, B ↓1, A ↑2 → 4/4 = 1.00; A 89.29 becomes Tốt, C 78.57 Khá; B stays Khá and
    // D 53.57 stays Yếu (below 60): 2 grades change.
    assert_eq!(table_row(out, "Drop area 2 (Thủ tục hành chính <TTHC>)")[1..], ["1.00", "3", "2", "Sở A ↑ 2"]);
    // Drop 3 and no survey: C ↓1, B ↑1 → 0.50; B 87.50 becomes Tốt.
    assert_eq!(table_row(out, "Drop area 3 (Tác động)")[1..], ["0.50", "2", "1", "Sở C ↓ 1"]);
    assert_eq!(table_row(out, "Without the survey")[1..], ["0.50", "2", "1", "Sở C ↓ 1"]);
    // Survey at 50 %: A 11.5/15 = 76.67, B 10.5/13 = 80.77 (Tốt), C 12.5/15 = 83.33, D 5.95/15 = 39.67:
    // same order, one grade change.
    assert_eq!(table_row(out, "Survey weight 50%")[1..], ["0.00", "0", "1", ""]);
    // Survey at 150 %: A 19.5/25 = 78.00, B 17.5/23 = 76.09, C 21.5/25 = 86.00, D 11.45/25 = 45.80.
    assert_eq!(table_row(out, "Survey weight 150%")[1..], ["0.50", "2", "0", "Sở B ↓ 1"]);
}

const TWO_AREAS: &str = r#"
[framework]
id = "two"
[[grade]]
name = "Đạt"
min_index = 50
[[grade]]
name = "Chưa đạt"
min_index = 0
[[area]]
id = "1"
name = "Một"
[[area]]
id = "2"
name = "Hai"
[[criterion]]
id = "1.1"
name = "a"
max = 10
rule = { kind = "check" }
[[criterion]]
id = "2.1"
name = "b"
max = 10
rule = { kind = "check" }
"#;

/// X earns area 1 only, Y area 2 only: both 50.00, tied at rank 1. With area weights
/// w1, w2, X's index is 100·w1/(w1+w2): X ranks first when w1 > w2, Y when w2 > w1.
fn two_units(extra: &[&str]) -> crate::util::Run {
    let evidence = "unit,criterion,value\nX,1.1,có\nX,2.1,không\nY,1.1,không\nY,2.1,có\n";
    let dir = files(&[("two.toml", TWO_AREAS.as_bytes()), ("e.csv", evidence.as_bytes())]);
    let mut args = vec!["whatif", "--criteria", "two.toml", "e.csv", "-f", "csv"];
    args.extend_from_slice(extra);
    crate::util::run_in(Some(dir.path()), &args)
}

#[test]
fn first_sample_follows_the_chacha20_keystream() {
    // Seed 0 = the all-zero ChaCha20 key; its keystream starts 76 b8 e0 ad a0 f1 3d 90 | 40 5d 6a e5
    // 53 86 bd 28 (RFC 7539, A.1). As little-endian u64: d0 = 0x903df1a0ade0b876, d1 = 0x28bd8653e56a5d40.
    // ±20 % in parts per million: 400001 values; d0 mod 400001 = 11837, d1 mod 400001 = 372385, so
    // w1 = 1e6 + 11837 − 200000 = 811837 and w2 = 1e6 + 372385 − 200000 = 1172385 > w1: Y first.
    // X: 100 × 811837 / (811837 + 1172385) = 40.91 < 50, so its grade changes.
    let result = two_units(&["--samples", "1", "--seed", "0", "--weight-jitter", "20"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let rows: Vec<String> = result.stdout.lines().skip(1).map(|l| l.split(',').take(8).collect::<Vec<_>>().join(",")).collect();
    assert_eq!(rows, ["1,X,50.00,2,2,2,1.00,100.0", "1,Y,50.00,1,1,1,0.00,0.0"]);
}

#[test]
fn samples_split_evenly_between_symmetric_units_and_the_seed_reproduces_them() {
    let result = two_units(&["--samples", "10000", "--seed", "7"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let shift = |row: &str| -> f64 { row.split(',').nth(6).unwrap().parse().unwrap() };
    let rows: Vec<&str> = result.stdout.lines().skip(1).collect();
    let (x, y) = (shift(rows[0]), shift(rows[1]));
    // P(w1 > w2) = 1/2: each unit is second in about half the samples (standard error 0.005),
    // and in every sample exactly one of them is second, so the shifts add up to 1.
    assert!((0.45..=0.55).contains(&x) && (0.45..=0.55).contains(&y), "{x} {y}");
    assert!((x + y - 1.0).abs() <= 0.011, "{x} + {y}");
    for row in &rows {
        let cells: Vec<&str> = row.split(',').collect();
        assert_eq!((cells[4], cells[5]), ("1", "2"), "5–95 % interval spans both ranks: {row}");
    }
    assert_eq!(two_units(&["--samples", "10000", "--seed", "7"]).stdout, result.stdout);
    assert_ne!(two_units(&["--samples", "10000", "--seed", "8"]).stdout, result.stdout);
}

#[test]
fn bad_options_are_usage_errors() {
    let result = whatif(&["--weight-jitter", "150"]);
    assert_eq!(result.code, 2);
    assert!(result.stderr.contains("--weight-jitter phải là tỷ lệ phần trăm từ 0 đến 100"), "{}", result.stderr);
    let result = whatif(&["--samples", "0"]);
    assert_eq!(result.code, 2);
    assert!(result.stderr.contains("--samples phải từ 1 trở lên"), "{}", result.stderr);
    let english = whatif(&["--samples", "0", "--lang", "en"]);
    assert!(english.stderr.contains("error: --samples must be at least 1"), "{}", english.stderr);
    // Issue 11: 10^25 × 10^4 overflowed before the range was checked (exit 101).
    for flag in ["--survey-weight", "--weight-jitter"] {
        for huge in ["10000000000000000000000000", "79228162514264337593543950335", "-79228162514264337593543950335"] {
            let result = whatif(&[&format!("{flag}={huge}")]);
            assert_eq!(result.code, 2, "{flag} {huge}: {}", result.stderr);
            assert!(result.stderr.contains(&format!("{flag} phải là tỷ lệ phần trăm từ 0 đến 100")), "{}", result.stderr);
        }
    }
    // clap's own errors are in Vietnamese too, and in English with --lang en.
    for (lang, expected) in [
        (
            "vi",
            "lỗi: giá trị \"ba mươi\" của --survey-weight <PHẦN-TRĂM> không hợp lệ: \"ba mươi\" không phải tỷ lệ phần trăm; cần một số như 20 hoặc 2,5\n",
        ),
        (
            "en",
            "error: invalid value \"ba mươi\" for --survey-weight <SURVEY_WEIGHT>: \"ba mươi\" is not a percentage; expected a number such as 20 or 2.5\n",
        ),
    ] {
        let result = whatif(&["--survey-weight", "ba mươi", "--lang", lang]);
        assert_eq!(result.code, 2);
        assert!(result.stderr.starts_with(expected), "{}", result.stderr);
    }
}

#[test]
fn bundled_examples_run_and_name_every_unit() {
    let result = run(&["whatif", "-c", "huyen-2024", "examples/huyen-2024", "--samples", "200", "-f", "json"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let json: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(json["units"].as_array().unwrap().len(), 10);
    // 8 areas dropped in turn, then the survey at 0 %, 70 % and 130 % (default ±30 %).
    let keys: Vec<&str> = json["scenarios"].as_array().unwrap().iter().map(|s| s["scenario"].as_str().unwrap()).collect();
    assert_eq!(
        keys,
        [
            "without_1",
            "without_2",
            "without_3",
            "without_4",
            "without_5",
            "without_6",
            "without_7",
            "without_8",
            "survey_0",
            "survey_70",
            "survey_130"
        ]
    );
}
