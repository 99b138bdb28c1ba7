//! `criteria export` / `criteria import`: every bundled framework survives the round
//! trip (same rankings, byte for byte), a hand-typed annex table ranks as worked out
//! by hand, and a table's mistakes name the sheet and cell.

use crate::util::{files, fixture, repo, run, run_in};
use crate::workbook::{In, s, write};

/// Exports `criteria` and imports it back in `dir`; returns the TOML path.
fn round_trip(dir: &std::path::Path, criteria: &str) -> String {
    let table = dir.join("bang.xlsx");
    let toml = dir.join("bang.toml");
    let exported = run(&["criteria", "export", "--criteria", criteria, "--out", table.to_str().unwrap()]);
    assert_eq!(exported.code, 0, "{}", exported.stderr);
    assert!(exported.stdout.starts_with("Đã ghi: "), "{}", exported.stdout);
    let imported = run(&["criteria", "import", table.to_str().unwrap(), "--out", toml.to_str().unwrap()]);
    assert_eq!(imported.code, 0, "{}", imported.stderr);
    toml.to_str().unwrap().to_owned()
}

#[test]
fn bundled_frameworks_rank_the_examples_identically_after_export_and_import() {
    let stp = ["examples/so-tu-phap-2025.csv", "--responses", "examples/so-tu-phap-2025-phieu.csv"];
    let xa = ["examples/xa-2025/minh-chung", "--responses", "examples/xa-2025/phieu.csv"];
    let cases: [(&str, &[&str]); 4] =
        [("so-2025", &stp), ("huyen-2023", &["examples/huyen-2023"]), ("huyen-2024", &["examples/huyen-2024"]), ("xa-2025", &xa)];
    for (criteria, evidence) in cases {
        let dir = tempfile::tempdir().unwrap();
        let toml = round_trip(dir.path(), criteria);
        // The framework itself: the same tree, rules and flags.
        for format in ["json", "table"] {
            let before = run(&["criteria", "--criteria", criteria, "--format", format]);
            let after = run(&["criteria", "--criteria", &toml, "--format", format]);
            assert_eq!(before.stdout, after.stdout, "{criteria} {format}");
        }
        for format in ["csv", "json"] {
            let before = run(&[&["rank", "--criteria", criteria, "--format", format], evidence].concat());
            let after = run(&[&["rank", "--criteria", &toml, "--format", format], evidence].concat());
            assert_eq!(before.code, 0, "{}", before.stderr);
            assert_eq!(before.stdout, after.stdout, "{criteria} {format}");
        }
    }
}

#[test]
fn the_so_2025_profile_and_survey_survive_export_and_import() {
    // Sở Tư pháp registered as a department without administrative procedures.
    let dir = files(&[("don-vi.csv", "unit,block,profile\nSở Tư pháp,Sở,khong-tthc\n".as_bytes())]);
    let toml = round_trip(dir.path(), "so-2025");
    let register = dir.path().join("don-vi.csv");
    let register = register.to_str().unwrap();
    let stp = ["examples/so-tu-phap-2025.csv", "--responses", "examples/so-tu-phap-2025-phieu.csv"];
    let rank = |criteria: &str| run(&[&["rank", "--criteria", criteria, "--units", register, "--format", "csv"], &stp[..]].concat());
    let (before, after) = (rank("so-2025"), rank(&toml));
    assert_eq!(before.code, 0, "{}", before.stderr);
    assert_eq!(before.stdout, after.stdout);
    // Sở Tư pháp as a department without administrative procedures (examples/README.md
    // has its full score: 1 8,25; 2 7; 3 9,85; 4 5,25; 5 7,88; 6 3; 7 8,56; 8 35,22;
    // T1 0,5; total 85,51 of 98,5). The profile takes out area 3 (9,85 of 12), 7.2
    // (1,02 + 1,5 + 0,79 = 3,31 of 4), 8.1.2 (1,5 of 1,5) and 8.2 (8,8 + 4,47 = 13,27 of
    // 15): area 7 = 8,56 − 3,31 = 5,25; area 8 = 35,22 − 1,5 − 13,27 = 20,45;
    // total 85,51 − 9,85 − 3,31 − 1,5 − 13,27 = 57,58; max 98,5 − 12 − 4 − 1,5 − 15 = 66;
    // index 57,58 / 66 = 87,2424… → 87,24: Tốt.
    assert_eq!(
        before.stdout,
        "block,rank,unit,1,2,3,4,5,6,7,8,adjustment,total,max,index,grade\n\
         Sở,1,Sở Tư pháp,8.25,7.00,0.00,5.25,7.88,3.00,5.25,20.45,0.50,57.58,66.00,87.24,Tốt\n"
    );
}

#[test]
fn conformance_frameworks_survive_export_and_import() {
    for case in ["case-501", "case-502", "case-503"] {
        let criteria = repo().join(fixture(&format!("conformance/{case}/criteria.toml")));
        let dir = tempfile::tempdir().unwrap();
        let toml = round_trip(dir.path(), criteria.to_str().unwrap());
        let folder = repo().join(fixture(&format!("conformance/{case}")));
        let evidence: Vec<String> =
            ["evidence-1.csv", "evidence-2.csv"].iter().map(|f| folder.join(f).to_str().unwrap().to_owned()).collect();
        let after = run(&["rank", &evidence[0], &evidence[1], "--criteria", &toml, "--format", "csv"]);
        let expected = std::fs::read_to_string(folder.join("expected.csv")).unwrap();
        assert_eq!(after.stdout, expected, "{case}: {}", after.stderr);
    }
}

#[test]
fn a_hand_typed_annex_table_ranks_as_worked_out_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let toml = dir.path().join("phu-luc.toml");
    let imported = run(&["criteria", "import", &fixture("criteria-table/phu-luc.csv"), "--out", toml.to_str().unwrap()]);
    assert_eq!(imported.code, 0, "{}", imported.stderr);
    assert!(imported.stdout.contains("(phu-luc · 7 tiêu chí thành phần · 12 điểm)"), "{}", imported.stdout);
    let ranked = run(&["rank", &fixture("criteria-table/evidence.csv"), "--criteria", toml.to_str().unwrap(), "--format", "csv"]);
    assert_eq!(ranked.code, 0, "{}", ranked.stderr);
    // Maxima: area 1 = 1 + 2 + 1 = 4, area 2 = 3 + 1 + 2 = 6, area 3 = 2: 12.
    // Xã An Bình: 1.1 on time 1; 1.2 95 % ≥ 90 % → 1,5; 1.3 có → 1; area 1 = 3,5.
    //   2.1 3 × 87,5 % = 2,625 → 2,63; 2.2 1 − 2 × 0,25 = 0,5; 2.3 self-score 1,5;
    //   area 2 = 4,63. 3.1 2 × 80 % = 1,6. T1 1 × 0,5 = 0,5.
    //   total 3,5 + 4,63 + 1,6 + 0,5 = 10,23; index 10,23 / 12 = 85,25 %.
    // Xã Bình Minh: 1.1 late 0,5; 1.2 2; 1.3 N/A (optional: max 11); area 1 = 2,5.
    //   2.1 3; 2.2 1; 2.3 2; area 2 = 6. 3.1 45 % below the floor 50 % → 0. T1 0.
    //   total 8,5; index 8,5 / 11 = 77,2727… → 77,27 %.
    // Phường Cầu Kè: 1.1 no evidence reference, evidence required → 0; 1.2 79 % < 80 %
    //   → 0; 1.3 không → 0. 2.1 3; 2.2 1 − 5 × 0,25 < 0 → 0; 2.3 appraised 2; area 2 = 5.
    //   3.1 2. T1 3 × 0,5 = 1,5, capped at 1. total 0 + 5 + 2 + 1 = 8; index 8 / 12 = 66,67 %.
    assert_eq!(
        ranked.stdout,
        "rank,unit,1,2,3,adjustment,total,max,index,grade\n\
         1,Xã An Bình,3.50,4.63,1.60,0.50,10.23,12.00,85.25,\n\
         2,Xã Bình Minh,2.50,6.00,0.00,0.00,8.50,11.00,77.27,\n\
         3,Phường Cầu Kè,0.00,5.00,2.00,1.00,8.00,12.00,66.67,\n"
    );
}

#[test]
fn a_workbook_s_mistakes_name_the_sheet_and_cell_with_the_accepted_forms() {
    let dir = tempfile::tempdir().unwrap();
    let table = dir.path().join("bang.xlsx");
    let header = || ["STT/Mã", "Nội dung", "Điểm tối đa", "Cách chấm"].map(s).to_vec();
    write(
        &table,
        &[
            (
                "Tiêu chí",
                vec![
                    header(),
                    vec![s("1"), s("Chỉ đạo"), In::N(3.0), In::Blank],
                    vec![s("1.1"), s("Kế hoạch"), In::N(1.0), s("Có: 1; Không: 0")],
                    vec![s("1.2"), s("Báo cáo"), In::N(1.5), s("nộp sớm thì cao điểm")],
                ],
            ),
            ("Xếp loại", vec![vec![s("Xếp loại"), s("Chỉ số tối thiểu (%)")], vec![s("Tốt"), s("tám mươi")]]),
        ],
    );
    let toml = dir.path().join("bang.toml");
    let result = run_in(Some(dir.path()), &["criteria", "import", "bang.xlsx", "--out", "bang.toml"]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    // Area 1 says 3 but 1 + 1,5 = 2,5.
    assert!(
        result.stderr.contains("bang.xlsx:'Tiêu chí'!C2: điểm tối đa của \"1\" là 3 nhưng các tiêu chí con cộng lại 2,5"),
        "{}",
        result.stderr
    );
    assert!(result.stderr.contains("bang.xlsx:'Tiêu chí'!D4: không đọc được cách chấm \"nộp sớm thì cao điểm\""), "{}", result.stderr);
    assert!(result.stderr.contains("Hội đồng chấm, bước 0,25"), "{}", result.stderr);
    assert!(result.stderr.contains("bang.xlsx:'Xếp loại'!B2:"), "{}", result.stderr);
    assert!(!toml.exists(), "nothing written on error");

    // In English the messages are English, the numbers have a decimal point, and the
    // accepted rule forms stay as a cell must hold them (in Vietnamese, in any language).
    let english = run_in(Some(dir.path()), &["--lang", "en", "criteria", "import", "bang.xlsx", "--out", "bang.toml"]);
    assert_eq!(english.code, 2, "{}", english.stderr);
    for expected in [
        "bang.xlsx:'Tiêu chí'!C2: the maximum of \"1\" is 3 but its children add up to 2.5",
        "maximum 2.5 (1.1 = 1 + 1.2 = 1.5), or correct the children's points",
        "bang.xlsx:'Tiêu chí'!D4: cannot read the rule \"nộp sớm thì cao điểm\"",
        "one of the forms (docs/criteria-table.md): Có: 1; Không: 0 |",
        "Hội đồng chấm, bước 0,25",
        "bang.xlsx:'Xếp loại'!B2: the minimum index of grade \"Tốt\" is \"tám mươi\"",
    ] {
        assert!(english.stderr.contains(expected), "{expected}\n{}", english.stderr);
    }
    assert!(!toml.exists(), "nothing written on error");
}

#[test]
fn import_never_writes_over_its_table() {
    let dir = files(&[("bang.csv", "Mã,Nội dung,Điểm tối đa,Cách chấm\n1,A,,\n1.1,B,1,\"Có: 1; Không: 0\"\n".as_bytes())]);
    let result = run_in(Some(dir.path()), &["criteria", "import", "bang.csv", "--out", "bang.csv"]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(std::fs::read_to_string(dir.path().join("bang.csv")).unwrap().starts_with("Mã,"));
    let result = run_in(Some(dir.path()), &["criteria", "import", "bang.csv", "--out", "bang.toml"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let check = run_in(Some(dir.path()), &["check", "--criteria", "bang.toml"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
}

/// The criteria listing names a survey sub-criterion's questions in the language asked
/// for (so-2025's 8.2.2 lists questions = ["ND.3", "DN.3"]).
#[test]
fn the_listing_names_survey_questions_in_either_language() {
    let vietnamese = run(&["criteria", "--criteria", "so-2025", "--format", "csv"]);
    assert_eq!(vietnamese.code, 0, "{}", vietnamese.stderr);
    let row = vietnamese.stdout.lines().find(|l| l.starts_with("8.2.2,")).expect("8.2.2").to_owned();
    assert!(row.ends_with("; câu hỏi ND.3, DN.3\""), "{row}");
    let english = run(&["criteria", "--criteria", "so-2025", "--format", "csv", "--lang", "en"]);
    let row = english.stdout.lines().find(|l| l.starts_with("8.2.2,")).expect("8.2.2").to_owned();
    assert!(row.ends_with("; questions ND.3, DN.3\""), "{row}");
}
