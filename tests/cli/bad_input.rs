//! Section 5 of the contract: every kind of wrong input stops with exit status 2 and
//! a message naming the file, line (and column), the offending text and what was
//! expected; all problems of a file are reported at once.

use crate::util::{files, fixture, repo, run_in};

const FRAMEWORK: &str = "tests/fixtures/engine/criteria.toml";

/// Runs `rank` on one evidence file written to a temporary directory.
fn rank_evidence(csv: &str) -> crate::util::Run {
    rank_evidence_with(csv, &[])
}

/// Runs `rank` with extra arguments (`--lang en`) on one evidence file.
fn rank_evidence_with(csv: &str, extra: &[&str]) -> crate::util::Run {
    let dir = files(&[("bad.csv", csv.as_bytes())]);
    let criteria = repo().join(FRAMEWORK);
    let mut args = vec!["rank", "--criteria", criteria.to_str().unwrap(), "bad.csv"];
    args.extend_from_slice(extra);
    run_in(Some(dir.path()), &args)
}

/// Runs `criteria` on a framework written to a temporary directory.
fn load_framework(toml: &str) -> crate::util::Run {
    let dir = files(&[("c.toml", toml.as_bytes())]);
    run_in(Some(dir.path()), &["criteria", "--criteria", "c.toml"])
}

fn assert_reports(result: &crate::util::Run, fragments: &[&str]) {
    assert_eq!(result.code, 2, "stderr: {}", result.stderr);
    assert!(result.stdout.is_empty(), "nothing on stdout: {}", result.stdout);
    for fragment in fragments {
        assert!(result.stderr.contains(fragment), "missing {fragment:?} in:\n{}", result.stderr);
    }
}

#[test]
fn every_bad_row_of_a_file_is_reported_at_once() {
    let csv = "unit,criterion,value,self_score,appraised\n\
               A,1.4,1,,\n\
               A,1.2,abc,,\n\
               A,1.2,90,,\n\
               A,1.1,31/02/2024,,\n\
               A,2.1.2,,5,\n\
               A,1.3,N/A,,\n\
               A,2.1.2,N/A,,1\n\
               A,2.2,Đủ,,\n\
               A,1,1,,\n\
               A,1.2,1,,\n\
               A,3.1,\"1,2,3\",,\n\
               A,2.3,,0.3,\n";
    assert_reports(
        &rank_evidence(csv),
        &[
            "lỗi: bad.csv:2:2: mã tiêu chí \"1.4\" không có trong bộ tiêu chí test-engine",
            "gợi ý: có phải là 1.1?",
            "lỗi: bad.csv:3:3: giá trị \"abc\" ",
            "cần: một tỷ lệ phần trăm từ 0 đến 100",
            "lỗi: bad.csv:5:3: giá trị \"31/02/2024\" ",
            "lỗi: bad.csv:6:4: ô \"self_score\" ghi \"5\", ngoài khoảng điểm cho phép (tiêu chí 2.1.2)",
            "cần: điểm từ 0 đến 1",
            "lỗi: bad.csv:7:3: \"N/A\" ghi tiêu chí 1.3 là không áp dụng, nhưng tiêu chí này không được phép bỏ qua",
            "lỗi: bad.csv:8:5: tiêu chí 2.1.2 được ghi là không áp dụng nhưng lại có điểm ở cột \"appraised\"",
            "lỗi: bad.csv:9:3: giá trị \"Đủ\" không phải là một lựa chọn của tiêu chí 2.2",
            "cần: một trong các lựa chọn \"Đầy đủ\", \"Còn thiếu\", \"Không đạt\"",
            "lỗi: bad.csv:10:2: \"1\" là một lĩnh vực; điểm của lĩnh vực là tổng điểm các tiêu chí thành phần",
            "lỗi: bad.csv:11:2: dòng trùng của đơn vị \"A\" và tiêu chí 1.2 (trùng với dòng 4)",
            "lỗi: bad.csv:12:3: giá trị \"1,2,3\" ",
            // The step 0.25 of the framework is written 0,25 in Vietnamese.
            "lỗi: bad.csv:13:4: ô \"self_score\" ghi \"0.3\", không phải bội của bước điểm 0,25 (tiêu chí 2.3)",
            "11 lỗi, 0 cảnh báo",
        ],
    );
    // The same file with --lang en: today's English messages.
    assert_reports(
        &rank_evidence_with(csv, &["--lang", "en"]),
        &[
            "error: bad.csv:2:2: unknown criterion id \"1.4\" in framework test-engine",
            "hint: did you mean 1.1?",
            "error: bad.csv:3:3: value \"abc\" is not a number (criterion 1.2)",
            "expected: a percentage from 0 to 100",
            "error: bad.csv:5:3: value \"31/02/2024\" is not a real date (no such day) (criterion 1.1)",
            "error: bad.csv:6:4: self_score \"5\" is outside the allowed points (criterion 2.1.2)",
            "expected: points from 0 to 1",
            "error: bad.csv:7:3: \"N/A\" marks criterion 1.3 not applicable, but it is not optional",
            "error: bad.csv:8:5: criterion 2.1.2 is marked not applicable and also has appraised points",
            "error: bad.csv:9:3: value \"Đủ\" is not an option of criterion 2.2",
            "expected: one of \"Đầy đủ\", \"Còn thiếu\", \"Không đạt\"",
            "error: bad.csv:10:2: \"1\" is an area; its points are the sum of its sub-criteria",
            "error: bad.csv:11:2: duplicate row for unit \"A\" and criterion 1.2 (first on line 4)",
            "error: bad.csv:12:3: value \"1,2,3\" is not a number: several ',' and no other separator (criterion 3.1)",
            "error: bad.csv:13:4: self_score \"0.3\" is not a multiple of the step 0.25 (criterion 2.3)",
        ],
    );
}

#[test]
fn appraised_points_outside_the_maximum() {
    assert_reports(
        &rank_evidence("unit;criterion;value;self_score;appraised\nA;1.1;15/01/2024;2;2,5\nA;T1;1;;1,5\n"),
        &[
            "bad.csv:2:5: ô \"appraised\" ghi \"2,5\", ngoài khoảng điểm cho phép (tiêu chí 1.1)",
            "cần: điểm từ 0 đến 2",
            "bad.csv:3:5: ô \"appraised\" ghi \"1,5\", ngoài khoảng điểm cho phép (tiêu chí T1)",
            "cần: điểm từ 0 đến 1",
        ],
    );
}

#[test]
fn a_duplicate_row_in_another_file_names_both_places() {
    let dir = files(&[("a.csv", b"unit,criterion,value\nA,1.2,90\n"), ("b.csv", b"unit,criterion,value\nB,1.2,90\n A ,1.2,95\n")]);
    let criteria = repo().join(FRAMEWORK);
    let result = run_in(Some(dir.path()), &["rank", "--criteria", criteria.to_str().unwrap(), "."]);
    assert_reports(&result, &["./b.csv:3: dòng trùng của đơn vị \"A\" và tiêu chí 1.2 (trùng với dòng 2 của ./a.csv)"]);
}

#[test]
fn missing_columns_and_empty_files() {
    assert_reports(
        &rank_evidence("đơn vị;giá trị\nA;1\n"),
        &[
            "bad.csv:1: dòng tiêu đề không có cột \"mã tiêu chí\"; các cột có: \"đơn vị\", \"giá trị\"",
            "cần: một cột có tiêu đề \"mã tiêu chí\" hoặc \"criterion\"",
        ],
    );
    assert_reports(&rank_evidence(""), &["bad.csv:1: tệp minh chứng trống"]);
    assert_reports(
        &rank_evidence("\u{feff}unit,criterion,value\n"),
        &["bad.csv:1: tệp minh chứng có dòng tiêu đề nhưng không có dòng số liệu nào"],
    );
}

#[test]
fn a_unit_with_everything_not_applicable() {
    let toml = "[framework]\nid = \"x\"\n[[area]]\nid = \"3\"\nname = \"TTHC\"\n[[criterion]]\nid = \"3.1\"\nname = \"Hồ sơ đúng hạn\"\nmax = 2\nrule = { kind = \"check\" }\noptional = true\n";
    let dir = files(&[
        ("c.toml", toml.as_bytes()),
        ("e.csv", "unit,criterion,value\nSở Tư pháp,3.1,có\nBan Dân tộc,3.1,không áp dụng\n".as_bytes()),
    ]);
    let result = run_in(Some(dir.path()), &["rank", "--criteria", "c.toml", "e.csv"]);
    assert_reports(
        &result,
        &["e.csv:3: mọi tiêu chí của đơn vị \"Ban Dân tộc\" đều được đánh dấu không áp dụng, nên điểm tối đa áp dụng là 0"],
    );
}

#[test]
fn text_from_a_legacy_code_page() {
    // "Sở" in Windows-1258 is 0x53 0xD5 (ơ) 0xD2 (combining hook above).
    let dir = files(&[("legacy.csv", b"unit,criterion,value\nS\xd5\xd2 T\xfd pha\xecp,1.2,90\n")]);
    let criteria = repo().join(FRAMEWORK);
    let result = run_in(Some(dir.path()), &["rank", "--criteria", criteria.to_str().unwrap(), "legacy.csv"]);
    assert_reports(
        &result,
        &["legacy.csv:2:1: văn bản không phải UTF-8 (byte 0xD5)", "gợi ý: tệp có lẽ được lưu theo bảng mã cũ của Windows", "CSV UTF-8"],
    );
}

#[test]
fn framework_errors_point_at_the_toml_line_with_a_caret() {
    let base = std::fs::read_to_string(repo().join(FRAMEWORK)).unwrap();
    let parent_mismatch = base.replacen("max = 4\n", "max = 5\n", 1);
    assert_reports(
        &load_framework(&parent_mismatch),
        &[
            "c.toml:54:7: điểm tối đa (max) của \"2.1\" là 5 nhưng các tiêu chí con cộng lại là 4",
            "54 | max = 5",
            "   |       ^",
            "cần: max = 4 (2.1.1 = 3 + 2.1.2 = 1)",
        ],
    );
    // The same in English.
    let dir = files(&[("c.toml", parent_mismatch.as_bytes())]);
    assert_reports(
        &run_in(Some(dir.path()), &["--lang", "en", "criteria", "--criteria", "c.toml"]),
        &["c.toml:54:7: max of \"2.1\" is 5 but its children add up to 4", "expected: max = 4 (2.1.1 = 3 + 2.1.2 = 1)"],
    );

    let tiers = base.replace("tiers = [[100, 3], [90, 2], [80, 1]]", "tiers = [[80, 1], [90, 2], [100, 3]]");
    assert_reports(
        &load_framework(&tiers),
        &["c.toml:43:60: các mức không xếp từ tốt nhất: ngưỡng 90 đứng sau 80", "các ngưỡng giảm dần (better = \"higher\")"],
    );

    let leaf_max = base.replace("max = 2\nrule = { kind = \"deadline\"", "max = 0\nrule = { kind = \"deadline\"");
    assert_reports(&load_framework(&leaf_max), &["điểm tối đa (max) của tiêu chí thành phần \"1.1\" phải lớn hơn 0, nhưng là 0"]);

    let kind = base.replace("kind = \"check\"", "kind = \"chek\"");
    assert_reports(&load_framework(&kind), &["không có cách chấm \"chek\" (có phải là \"check\"?)"]);

    let duplicate = base.replace("id = \"3.2\"", "id = \"3.1\"");
    assert_reports(&load_framework(&duplicate), &["mã \"3.1\" bị trùng (khai báo lần đầu ở dòng 82)"]);

    let broken = "[framework]\nid = \"x\"\n[[area]\nid = \"1\"\n";
    assert_reports(&load_framework(broken), &["c.toml:3:", "tệp bộ tiêu chí không hợp lệ"]);

    let typo = base.replace("optional = true", "optinal = true");
    assert_reports(&load_framework(&typo), &["khóa `optinal` không dùng được ở đây", "optinal = true", "^^^^^^^"]);

    let points = base.replace("late = 1 }", "late = 3 }");
    assert_reports(&load_framework(&points), &["late 3 nằm ngoài khoảng 0..2"]);
}

#[test]
fn unknown_framework_and_missing_files() {
    let result = run_in(None, &["rank", "--criteria", "so-2099", &fixture("engine/a.csv")]);
    assert_reports(
        &result,
        &["không có tệp bộ tiêu chí hay bộ tiêu chí có sẵn nào tên \"so-2099\"", "so-2025, xa-2025, huyen-2024, huyen-2023"],
    );
    let result = run_in(None, &["rank", "no-such-file.csv"]);
    assert_reports(&result, &["không đọc được no-such-file.csv: không tìm thấy tệp"]);
}

#[test]
fn lines_are_counted_right_after_crlf_and_blank_lines() {
    // Excel writes CRLF; people leave blank lines. The csv crate miscounts both
    // (rust-csv #395, #208): "abc" is on line 5 of this file.
    assert_reports(
        &rank_evidence("unit,criterion,value\r\nA,1.2,90\r\n\r\nA,1.1,15/01/2024\r\nA,1.3,abc\r\n"),
        &["bad.csv:5:3: giá trị \"abc\" "],
    );
    // A warning comes from the fast ranking path: the fraction is on line 4.
    let dir = files(&[("w.csv", b"unit,criterion,value\r\nA,1.2,90\r\n\r\nA,2.1.1,\"0,5\"\r\n")]);
    let criteria = repo().join(FRAMEWORK);
    let result = run_in(Some(dir.path()), &["rank", "--criteria", criteria.to_str().unwrap(), "w.csv"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(result.stderr.contains("w.csv:4:3: giá trị \"0,5\" của tiêu chí 2.1.1 có vẻ là phân số"), "{}", result.stderr);
}
