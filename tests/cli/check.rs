//! `par-score check`: every error and warning of every file at once, with places,
//! and the exit statuses 0, 1 (--deny-warnings) and 2.

use crate::util::{files, run, run_in};

const CRITERIA: &str = "tests/fixtures/all-rules.toml";

/// Rows of tests/fixtures/all-rules.toml with one mistake of each kind `check` warns
/// about; the comment after each row says what it scores.
const A: &str = "unit,criterion,value,self_score,appraised,evidence,note
Sở Tư pháp,1.1,15/01/2024,1,,,
Sở Tư pháp,1.2,\"92,5\",2,,BC 40,
Sở Tư pháp,1.3,0,1,,,
Sở Tư pháp,2.1,N/A,,,,
Sở Tư pháp,2.2,,0.5,,,
Sở Tư pháp,2.3,1,0.75,,,
Sở Tư pháp,2.4,Đầy đủ,0.5,,,
Sở Tư pháp,2.5,,1.5,1,,Hội đồng
Sở Tư pháp,3.1,\"0,975\",,,,
So Tu phap,T1,1,,,,
";
// Line 2: on time (1 point) but evidence is required and empty: 0.
// Line 3: 92.5 % reaches the 80 % tier: 1 point, not the 2 claimed.
// Line 4: 0 late files ≤ 0: 1 point, as claimed.       Line 5: N/A on an optional leaf.
// Line 6: empty value: 0, not the 0.5 claimed.           Line 7: 1 − 0.25 × 1 = 0.75.
// Line 8: "Đầy đủ" = 0.5.                                 Line 9: appraised 1, claimed 1.5.
// Line 10: 0,975 % on a percentage: probably 97,5 %.
// Line 11: the same unit's name without accents: a second unit with no leaf rows.

/// Leaf 2.6 of the same unit, in a second file.
const B: &str = "unit,criterion,value\nSở Tư pháp,2.6,50\n";

#[test]
fn without_evidence_only_the_framework_is_checked() {
    let result = run(&["check", "--criteria", CRITERIA]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // 3 areas; leaves 1.1–1.3, 2.1–2.6, 3.1; T1, T2, P1; max 4 + 8.5 + 2 = 14.5.
    assert_eq!(result.stdout, "Bộ chỉ số all-rules: 3 lĩnh vực, 10 tiêu chí thành phần, 3 điểm thưởng/trừ, tối đa 14,5: hợp lệ\n");
    let english = run(&["--lang", "en", "check", "--criteria", CRITERIA]);
    assert_eq!(english.stdout, "Framework all-rules: 3 areas, 10 sub-criteria, 3 adjustments, max 14.5: valid\n");
}

const WARNINGS: [&str; 8] = [
    "cảnh báo: a.csv:2:6: tiêu chí 1.1 cần tài liệu kiểm chứng nhưng ô tài liệu kiểm chứng trống: 0 điểm thay vì 1 (điểm tự chấm ghi 1)",
    "cảnh báo: a.csv:3:4: điểm tự chấm 2 của tiêu chí 1.2 khác số điểm tính được 1",
    "cảnh báo: a.csv:6:3: cột giá trị của tiêu chí 2.2 trống: 0 điểm (điểm tự chấm ghi 0,5)",
    "cảnh báo: a.csv:9:4: điểm tự chấm 1,5 của tiêu chí 2.5 khác số điểm tính được 1",
    "cảnh báo: a.csv:10:3: giá trị \"0,975\" của tiêu chí 3.1 có vẻ là phân số, không phải tỷ lệ phần trăm",
    "cảnh báo: a.csv:11:1: đơn vị \"So Tu phap\" chỉ khác \"Sở Tư pháp\" (a.csv:2) ở chữ hoa/thường, khoảng trắng, dấu hoặc ký tự ẩn; hai tên được chấm như hai đơn vị",
    "cảnh báo: a.csv:11:1: đơn vị \"So Tu phap\" không có dòng cho 10 tiêu chí thành phần, được 0 điểm: 1.1, 1.2, 1.3, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 3.1",
    "cảnh báo: b.csv:2:1: đơn vị \"Sở Tư pháp\" cũng có dòng trong a.csv (đầu tiên ở dòng 2); các dòng của cả hai tệp được chấm chung",
];

/// The same warnings with `--lang en`.
const WARNINGS_EN: [&str; 8] = [
    "warning: a.csv:2:6: criterion 1.1 requires evidence but the evidence cell is empty: 0 points instead of 1 (self_score claims 1)",
    "warning: a.csv:3:4: self_score 2 of criterion 1.2 differs from the computed points 1",
    "warning: a.csv:6:3: the value of criterion 2.2 is empty: 0 points (self_score claims 0.5)",
    "warning: a.csv:9:4: self_score 1.5 of criterion 2.5 differs from the computed points 1",
    "warning: a.csv:10:3: value \"0,975\" of criterion 3.1 looks like a fraction, not a percentage",
    "warning: a.csv:11:1: unit \"So Tu phap\" differs from \"Sở Tư pháp\" (a.csv:2) only in case, spacing, accents or invisible characters; they are scored as two units",
    "warning: a.csv:11:1: unit \"So Tu phap\" has no row for 10 sub-criteria, scored 0: 1.1, 1.2, 1.3, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 3.1",
    "warning: b.csv:2:1: unit \"Sở Tư pháp\" also has rows in a.csv (first on line 2); the rows of both files are scored together",
];

fn headlines(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|line| line.starts_with("cảnh báo: ") || line.starts_with("lỗi: ")).collect()
}

#[test]
fn every_warning_is_listed_with_its_place() {
    let dir = files(&[("a.csv", A.as_bytes()), ("b.csv", B.as_bytes())]);
    let criteria = crate::util::repo().join(CRITERIA).display().to_string();
    let result = run_in(Some(dir.path()), &["check", "--criteria", &criteria, "a.csv", "b.csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(headlines(&result.stderr), WARNINGS);
    assert!(result.stderr.contains("gợi ý: có phải là 97,5%?"), "{}", result.stderr);
    assert!(result.stderr.contains("gợi ý: hội đồng thẩm định chấm 1 điểm"), "{}", result.stderr);
    assert!(result.stderr.ends_with("0 lỗi, 8 cảnh báo\n"), "{}", result.stderr);
    // Rows kept: 9 of Sở Tư pháp in a.csv, 1 in b.csv, 1 of "So Tu phap".
    assert!(result.stdout.ends_with("Tệp số liệu: 2 tệp, 2 đơn vị, 11 dòng: 0 lỗi, 8 cảnh báo\n"), "{}", result.stdout);

    let denied = run_in(Some(dir.path()), &["check", "--deny-warnings", "--criteria", &criteria, "a.csv", "b.csv"]);
    assert_eq!(denied.code, 1);
    assert_eq!(headlines(&denied.stderr)[..8], WARNINGS);
    assert!(denied.stderr.ends_with("lỗi: có cảnh báo mà --deny-warnings không cho phép\n"), "{}", denied.stderr);
    assert_eq!(denied.stdout, "");

    // The same warnings in English.
    let english = run_in(Some(dir.path()), &["check", "--lang", "en", "--criteria", &criteria, "a.csv", "b.csv"]);
    let english_headlines: Vec<&str> = english.stderr.lines().filter(|line| line.starts_with("warning: ")).collect();
    assert_eq!(english_headlines, WARNINGS_EN, "{}", english.stderr);
    assert!(english.stderr.ends_with("0 errors, 8 warnings\n"), "{}", english.stderr);

    // Warnings never stop a ranking.
    let ranked = run_in(Some(dir.path()), &["rank", "--criteria", &criteria, "--format", "csv", "a.csv", "b.csv"]);
    assert_eq!(ranked.code, 0, "{}", ranked.stderr);
}

#[test]
fn errors_and_warnings_of_all_files_are_reported_together() {
    // c.csv: a value that does not parse (an error) and a valid row of the same unit;
    // the rejected row is not reported again as missing.
    let c = "unit,criterion,value\nSở Y tế,1.2,abc\nSở Y tế,1.3,0\n";
    let dir = files(&[("a.csv", A.as_bytes()), ("b.csv", B.as_bytes()), ("c.csv", c.as_bytes())]);
    let criteria = crate::util::repo().join(CRITERIA).display().to_string();
    let result = run_in(Some(dir.path()), &["check", "--criteria", &criteria, "a.csv", "b.csv", "c.csv"]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    let mut expected: Vec<&str> = WARNINGS.to_vec();
    expected.push("lỗi: c.csv:2:3: giá trị \"abc\" không phải là số (tiêu chí 1.2)");
    expected.push("cảnh báo: c.csv:3:1: đơn vị \"Sở Y tế\" không có dòng cho 8 tiêu chí thành phần, được 0 điểm: 1.1, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 3.1");
    assert_eq!(headlines(&result.stderr), expected);
    assert!(result.stderr.ends_with("1 lỗi, 9 cảnh báo\n"), "{}", result.stderr);
    assert_eq!(result.stdout, "");

    // `rank` stops at the same error and shows only errors.
    let ranked = run_in(Some(dir.path()), &["rank", "--criteria", &criteria, "a.csv", "b.csv", "c.csv"]);
    assert_eq!(ranked.code, 2);
    assert_eq!(headlines(&ranked.stderr), ["lỗi: c.csv:2:3: giá trị \"abc\" không phải là số (tiêu chí 1.2)"]);
}

#[test]
fn a_directory_is_checked_file_by_file() {
    let dir = files(&[("in/a.csv", A.as_bytes()), ("in/b.csv", B.as_bytes())]);
    let criteria = crate::util::repo().join(CRITERIA).display().to_string();
    let result = run_in(Some(dir.path()), &["check", "--criteria", &criteria, "in"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let expected: Vec<String> = WARNINGS.iter().map(|w| w.replace("a.csv", "in/a.csv").replace("b.csv", "in/b.csv")).collect();
    assert_eq!(headlines(&result.stderr), expected);
}

#[test]
fn misspelt_headers_and_names_typed_without_accents_are_flagged() {
    // Column 4 is a misspelt "thẩm định": its points would be dropped without a word.
    let a = "unit,criterion,value,thẩm đinh\nSở Tư pháp,1.2,100,1\nSo Tu phap,1.3,0,\n";
    let dir = files(&[("a.csv", a.as_bytes())]);
    let criteria = crate::util::repo().join(CRITERIA).display().to_string();
    let result = run_in(Some(dir.path()), &["check", "--criteria", &criteria, "a.csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(
        headlines(&result.stderr),
        [
            "cảnh báo: a.csv:1:4: cột \"thẩm đinh\" không được đọc: tiêu đề này không ứng với cột nào",
            "cảnh báo: a.csv:2:1: đơn vị \"Sở Tư pháp\" không có dòng cho 9 tiêu chí thành phần, được 0 điểm: 1.1, 1.3, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 3.1",
            "cảnh báo: a.csv:3:1: đơn vị \"So Tu phap\" chỉ khác \"Sở Tư pháp\" (a.csv:2) ở chữ hoa/thường, khoảng trắng, dấu hoặc ký tự ẩn; hai tên được chấm như hai đơn vị",
            "cảnh báo: a.csv:3:1: đơn vị \"So Tu phap\" không có dòng cho 9 tiêu chí thành phần, được 0 điểm: 1.1, 1.2, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 3.1",
        ]
    );
    assert!(result.stderr.contains("gợi ý: có phải là \"thẩm định\"?"), "{}", result.stderr);
    // `rank` shows the header warning too: it changes points.
    let ranked = run_in(Some(dir.path()), &["rank", "--criteria", &criteria, "a.csv"]);
    assert_eq!(ranked.code, 0);
    assert!(ranked.stderr.contains("a.csv:1:4: cột \"thẩm đinh\" không được đọc"), "{}", ranked.stderr);
    // …and the unit typed two ways, ranked as two units.
    assert!(ranked.stderr.contains("cảnh báo: a.csv:3: đơn vị \"So Tu phap\" chỉ khác \"Sở Tư pháp\" (a.csv:2)"), "{}", ranked.stderr);
    assert_eq!(ranked.stderr.matches("cảnh báo: ").count(), 2, "{}", ranked.stderr);
}

#[test]
fn invisible_characters_are_shown_and_flagged() {
    // A zero-width space copied from a web page after the unit name and the id.
    let a = "unit,criterion,value\nSở Tư pháp,1.2,100\nSở Tư pháp\u{200b},1.3,0\nSở Tư pháp,1.1\u{200b},15/01/2024\n";
    let dir = files(&[("a.csv", a.as_bytes())]);
    let criteria = crate::util::repo().join(CRITERIA).display().to_string();
    let result = run_in(Some(dir.path()), &["check", "--criteria", &criteria, "a.csv"]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(result.stderr.contains("lỗi: a.csv:4:2: mã tiêu chí \"1.1\\u{200b}\" không có trong bộ tiêu chí"), "{}", result.stderr);
    assert!(result.stderr.contains("gợi ý: có phải là 1.1?"), "{}", result.stderr);
    assert!(
        result.stderr.contains(
            "cảnh báo: a.csv:3:1: đơn vị \"Sở Tư pháp\\u{200b}\" chỉ khác \"Sở Tư pháp\" (a.csv:2) ở chữ hoa/thường, khoảng trắng, dấu hoặc ký tự ẩn"
        ),
        "{}",
        result.stderr
    );
}

/// Names that differ only in letter case are one unit typed two ways: an error naming
/// both places (formats.md section 3), unless a units register says who is who.
#[test]
fn names_differing_only_in_case_are_an_error_without_a_register() {
    let a = "unit,criterion,value\nSở Nội vụ,1.3,0\n";
    let b = "unit,criterion,value\nSở Nội Vụ,2.6,50\n";
    let register = "đơn vị,khối\nSở Nội vụ,Sở\n";
    let dir = files(&[("a.csv", a.as_bytes()), ("b.csv", b.as_bytes()), ("units.csv", register.as_bytes())]);
    let criteria = crate::util::repo().join(CRITERIA).display().to_string();
    for command in ["check", "rank"] {
        let result = run_in(Some(dir.path()), &[command, "--criteria", &criteria, "a.csv", "b.csv"]);
        assert_eq!(result.code, 2, "{}", result.stderr);
        assert!(
            result.stderr.contains("lỗi: b.csv:2: đơn vị \"Sở Nội Vụ\" chỉ khác \"Sở Nội vụ\" (a.csv:2) ở chữ hoa, chữ thường"),
            "{}",
            result.stderr
        );
        let registered = run_in(Some(dir.path()), &[command, "--criteria", &criteria, "--units", "units.csv", "a.csv", "b.csv"]);
        assert_eq!(registered.code, 0, "{}", registered.stderr);
    }
    // One unit, shown as the register spells it: 1.3 (0 late files: 1 point) and 2.6 (50 % of 3 = 1.5).
    let ranked = run_in(Some(dir.path()), &["rank", "--criteria", &criteria, "--units", "units.csv", "--format", "csv", "a.csv", "b.csv"]);
    assert!(ranked.stdout.contains("\nSở,1,Sở Nội vụ,"), "{}", ranked.stdout);
}

#[test]
fn nfd_ids_in_a_framework_match_nfc_ids_in_evidence() {
    // Issue 11: a framework written with NFD ids ("a" + U+0301) passed `check`, then
    // every NFC row was "unknown criterion id "á.1" … did you mean á.1?". Ids are now
    // NFC when loaded. By hand: á.1 is a check leaf, max 1, "có" → 1 of 1 = 100.00.
    let framework = "[framework]\nid = \"nfd\"\n[[grade]]\nname = \"Tốt\"\nmin_index = 0\n\
                     [[area]]\nid = \"a\u{301}\"\nname = \"Lĩnh vực á\"\n\
                     [[criterion]]\nid = \"a\u{301}.1\"\nname = \"Kế hoạch\"\nmax = 1\nrule = { kind = \"check\" }\n";
    let evidence = "unit,criterion,value\nSở A,\u{e1}.1,có\n";
    let dir = files(&[("nfd.toml", framework.as_bytes()), ("e.csv", evidence.as_bytes())]);
    let result = run_in(Some(dir.path()), &["rank", "--criteria", "nfd.toml", "--format", "csv", "e.csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(result.stdout.contains("1,Sở A,1.00,0.00,1.00,1.00,100.00,Tốt"), "{}", result.stdout);
}

/// examples/so-tu-phap-2025.csv (framework so-2025, year 2025) with one line changed.
fn so_tu_phap_with(line: usize, replacement: &str) -> tempfile::TempDir {
    let text = std::fs::read_to_string(crate::util::repo().join("examples/so-tu-phap-2025.csv")).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    lines[line - 1] = replacement.to_owned();
    files(&[("stp.csv", (lines.join("\n") + "\n").as_bytes())])
}

#[test]
fn dates_outside_the_assessment_window_are_warnings_that_deny_warnings_fails_on() {
    // so-2025: the window runs from 01/01/2024 to today. 15/01/2023 is a year too early
    // (a plan of the wrong year); 15/01/2099 has not come yet.
    for (date, hint) in [("15/01/2023", "bộ chỉ số là của năm 2025"), ("15/01/2099", "ngày này chưa đến")] {
        let dir = so_tu_phap_with(2, &format!("Sở Tư pháp,1.1.1,{date},1,,KH số 12/KH-STP,"));
        let check = run_in(Some(dir.path()), &["check", "--criteria", "so-2025", "stp.csv"]);
        assert_eq!(check.code, 0, "{}", check.stderr);
        let warning = format!("cảnh báo: stp.csv:2:3: ngày \"{date}\" của tiêu chí 1.1.1 nằm ngoài kỳ đánh giá");
        assert!(check.stderr.contains(&warning), "{}", check.stderr);
        assert!(check.stderr.contains("cần: một ngày từ 01/01/2024 đến hôm nay ("), "{}", check.stderr);
        assert!(check.stderr.contains(hint), "{}", check.stderr);
        let denied = run_in(Some(dir.path()), &["check", "--criteria", "so-2025", "--deny-warnings", "stp.csv"]);
        assert_eq!(denied.code, 1, "{}", denied.stderr);
    }
    // 01/01/2024 lies inside: no such warning.
    let dir = so_tu_phap_with(2, "Sở Tư pháp,1.1.1,01/01/2024,1,,KH số 12/KH-STP,");
    let check = run_in(Some(dir.path()), &["check", "--criteria", "so-2025", "stp.csv"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(!check.stderr.contains("nằm ngoài kỳ đánh giá"), "{}", check.stderr);
}

#[test]
fn a_deadline_date_a_year_before_its_due_date_is_a_warning() {
    // Issue 10, item 5: "15/01/2024 on the 2025 framework scores 'đúng hạn' with no
    // word". so-2025's 1.1.1 (the year's PAR plan) is due 20/01/2025; 15/01/2024 is a
    // year and five days before: last year's plan. It still scores (on time, 1 point),
    // with a warning that --deny-warnings fails on. 20/12/2024 is a plausible early plan.
    let dir = so_tu_phap_with(2, "Sở Tư pháp,1.1.1,15/01/2024,1,,KH số 12/KH-STP,");
    let check = run_in(Some(dir.path()), &["check", "--criteria", "so-2025", "stp.csv"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(
        check.stderr.contains(
            "cảnh báo: stp.csv:2:3: ngày \"15/01/2024\" của tiêu chí 1.1.1 sớm hơn hạn 20/01/2025 hơn một năm\n  cần: một ngày từ 20/01/2024 trở đi (trong vòng một năm trước hạn)\n  gợi ý: văn bản này có lẽ là của năm trước"
        ),
        "{}",
        check.stderr
    );
    let denied = run_in(Some(dir.path()), &["check", "--criteria", "so-2025", "--deny-warnings", "stp.csv"]);
    assert_eq!(denied.code, 1, "{}", denied.stderr);
    let english = run_in(Some(dir.path()), &["check", "--criteria", "so-2025", "--lang", "en", "stp.csv"]);
    assert!(
        english
            .stderr
            .contains("warning: stp.csv:2:3: date \"15/01/2024\" of criterion 1.1.1 is more than a year before its deadline 20/01/2025"),
        "{}",
        english.stderr
    );
    let dir = so_tu_phap_with(2, "Sở Tư pháp,1.1.1,20/12/2024,1,,KH số 12/KH-STP,");
    let check = run_in(Some(dir.path()), &["check", "--criteria", "so-2025", "stp.csv"]);
    assert!(!check.stderr.contains("1.1.1 sớm hơn hạn"), "{}", check.stderr);
}

#[test]
fn a_count_in_thousands_groups_is_an_error_with_a_hint() {
    // 1.2 counts late reports: "1.000" would read as 1 (one late report, −0.25),
    // though a Vietnamese reader sees one thousand.
    let dir = so_tu_phap_with(4, "Sở Tư pháp,1.2,1.000,1,,BC số 40/BC-STP,");
    let result = run_in(Some(dir.path()), &["rank", "--criteria", "so-2025", "stp.csv"]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result.stderr.contains("stp.csv:4:3: giá trị \"1.000\" không rõ là số đếm nào: dấu '.' có thể là dấu phân cách hàng nghìn"),
        "{}",
        result.stderr
    );
    assert!(result.stderr.contains("gợi ý: nếu là 1000, hãy ghi 1000 (không có dấu phân cách hàng nghìn)"), "{}", result.stderr);
}

/// so-2025 scores its survey leaves from questionnaires: without `--responses` they are
/// missing, and the hint says to give the answers, not to add rows (a value there would
/// be a second source). With the answers nothing is missing.
#[test]
fn survey_leaves_without_answers_ask_for_the_questionnaires() {
    let result = run(&["check", "examples/so-tu-phap-2025.csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(
        result.stderr.contains("không có dòng cho 6 tiêu chí thành phần, được 0 điểm: 8.2.1, 8.2.2, 8.3.1, 8.3.2, 8.3.3, 8.3.4\n  cần: mỗi tiêu chí thành phần của bộ tiêu chí một dòng\n  gợi ý: tiêu chí lấy điểm từ phiếu điều tra (questions) không có câu trả lời được tính: thêm tệp phiếu bằng --responses"),
        "{}",
        result.stderr
    );
    let answered = run(&["check", "examples/so-tu-phap-2025.csv", "--responses", "examples/so-tu-phap-2025-phieu.csv"]);
    assert_eq!(answered.code, 0, "{}", answered.stderr);
    assert!(!answered.stderr.contains("không có dòng"), "{}", answered.stderr);
}
