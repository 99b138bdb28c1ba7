//! Survey responses (formats.md section 8): values worked out by hand from the
//! answers in tests/fixtures/survey/, and every bad-input error of the contract.

use crate::util::{fixture, run};

const CRITERIA: &str = "tests/fixtures/survey/criteria.toml";
const EVIDENCE: &str = "tests/fixtures/survey/evidence.csv";
const LONG: &str = "tests/fixtures/survey/responses-long.csv";
const WIDE: &str = "tests/fixtures/survey/responses-wide.csv";

/// The fixtures, worked out by hand ([survey] A = 100, B = 60, C = 20, D = 0; groups
/// P1 = 1, P2 = 2; 8.1 ratio max 2 target 100; 8.2 tiers 80 → 1.5, 50 → 0.75):
///
/// Sở Tư pháp (long form, BOM, `;`, Vietnamese headers, the contract's example rows):
/// - 8.1: P1: R0001 A (100), R0002 d (0) → mean 50; P2: R0003 B, R0004 b (60, 60),
///   R0005 C (20); R0006 "không biết", R0007 E and R0008 blank are not counted →
///   mean 140/3. Value (1 × 50 + 2 × 140/3) / 3 = 430/9 = 47.777…; points
///   2 × 430/9 / 100 = 0.9555… → 0.96.
/// - 8.2: the only answer is "không biết": no counted answer, but the council's
///   appraised 0.75 overrides.
/// - 1.1: có → 1. Total 1 + 0.96 + 0.75 = 2.71 of 4.5 → 60.222… → 60.22.
///
/// Sở Y tế (wide form): 8.1: 16 P1 answers, 5 A and 11 D → 500/16 = 31.25; points
/// 2 × 31.25 / 100 = 0.625 exactly, a half → 0.63 (away from zero, not 0.62). The
/// P1.4 column is blank on every row (not asked): 8.2 has no answer → missing. 1.1
/// không → 0. Total 0.63 of 4.5 → 14.00. (R0001 also answered about Sở Tư pháp:
/// a respondent id may recur for another unit.)
///
/// Sở Nội vụ: no answer at all → 8.1 and 8.2 missing; 1.1 có → 1; 1 / 4.5 → 22.22.
const EXPECTED: &str = "\
rank,unit,1,8,adjustment,total,max,index,grade
1,Sở Tư pháp,1.00,1.71,0.00,2.71,4.50,60.22,
2,Sở Nội vụ,1.00,0.00,0.00,1.00,4.50,22.22,
3,Sở Y tế,0.00,0.63,0.00,0.63,4.50,14.00,
";

#[test]
fn hand_worked_ranking_from_long_and_wide_responses() {
    let result = run(&["rank", "-c", CRITERIA, "--responses", LONG, "--responses", WIDE, "--format", "csv", EVIDENCE]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(result.stdout, EXPECTED);
    // The order of the responses files does not matter either.
    let swapped = run(&["rank", "-c", CRITERIA, "--responses", WIDE, "--responses", LONG, "--format", "csv", EVIDENCE]);
    assert_eq!(swapped.stdout, EXPECTED);
}

#[test]
fn score_sheet_shows_the_mean_and_the_exact_half() {
    let result = run(&["score", "-c", CRITERIA, "--responses", LONG, "--responses", WIDE, "-u", "Sở Y tế", "--format", "md", EVIDENCE]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // 500/16 = 31.25 exactly; points 0.625 → 0,63.
    assert!(result.stdout.contains("| 2,00 | 31,25% |  |  | 0,63 |"), "{}", result.stdout);
    let tu_phap = run(&["score", "-c", CRITERIA, "--responses", LONG, "-u", "Sở Tư pháp", "--format", "md", EVIDENCE]);
    // 430/9 = 47.777… is shown rounded and marked; its points 0.9555… → 0,96.
    assert!(tu_phap.stdout.contains("| 2,00 | ≈ 47,78% |  |  | 0,96 |"), "{}", tu_phap.stdout);
}

#[test]
fn without_the_wide_file_the_unit_has_no_answer() {
    // Sở Y tế's 8.1 is now missing: 0 points, total 0 → index 0.
    let result = run(&["rank", "-c", CRITERIA, "--responses", LONG, "--format", "csv", EVIDENCE]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(result.stdout.ends_with("3,Sở Y tế,0.00,0.00,0.00,0.00,4.50,0.00,\n"), "{}", result.stdout);
}

#[test]
fn every_command_that_scores_takes_responses() {
    for command in ["gaps", "whatif", "report"] {
        let result = run(&[command, "-c", CRITERIA, "--responses", LONG, "--responses", WIDE, EVIDENCE]);
        assert_eq!(result.code, 0, "{command}: {}", result.stderr);
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("council.md");
    let council = run(&["council", "-c", CRITERIA, "--responses", LONG, "--out", out.to_str().unwrap(), EVIDENCE]);
    assert_eq!(council.code, 0, "{}", council.stderr);
}

#[test]
fn response_errors_name_file_line_column_text_and_hint() {
    let bad = fixture("survey/bad/responses-errors.csv");
    let result = run(&["rank", "-c", CRITERIA, "--responses", &bad, EVIDENCE]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    let expected = [
        format!("{bad}:2:3: đơn vị \"Sở Tư phap\" không có trong tệp minh chứng nào"),
        "gợi ý: có phải là \"Sở Tư pháp\"?".to_owned(),
        format!("{bad}:3:2: nhóm \"P3\" không có trong [survey] groups"),
        format!("{bad}:4:4: câu hỏi \"P1.9\" không thuộc tiêu chí nào"),
        "gợi ý: có phải là \"P1.3\"?".to_owned(),
        format!("{bad}:6:4: phiếu \"R4\" trả lời câu hỏi \"P1.3\" về đơn vị \"Sở Tư pháp\" hai lần (phiếu này có từ dòng 5)"),
        format!("{bad}:7:2: nhóm người trả lời trống"),
        "5 lỗi".to_owned(),
    ];
    for text in expected {
        assert!(result.stderr.contains(&text), "missing {text:?} in\n{}", result.stderr);
    }
}

#[test]
fn a_wide_header_must_name_a_question() {
    let bad = fixture("survey/bad/responses-wide-header.csv");
    let result = run(&["rank", "-c", CRITERIA, "--responses", &bad, EVIDENCE]);
    assert_eq!(result.code, 2);
    assert!(
        result.stderr.contains(&format!("{bad}:1:5: tiêu đề cột \"P1.33\" không phải mã câu hỏi nào của bộ chỉ số")),
        "{}",
        result.stderr
    );
    let english = run(&["rank", "--lang", "en", "-c", CRITERIA, "--responses", &bad, EVIDENCE]);
    assert!(
        english.stderr.contains(&format!("error: {bad}:1:5: the column header \"P1.33\" is not a question id of the framework")),
        "{}",
        english.stderr
    );
}

#[test]
fn a_value_in_the_evidence_of_a_leaf_with_questions_is_two_sources() {
    let bad = fixture("survey/bad/evidence-value.csv");
    let result = run(&["rank", "-c", CRITERIA, "--responses", LONG, &bad]);
    assert_eq!(result.code, 2);
    assert!(
        result.stderr.contains(&format!("{bad}:3:3: tiêu chí 8.1 lấy giá trị từ phiếu điều tra (questions), nhưng ô giá trị ghi \"75\"")),
        "{}",
        result.stderr
    );
    assert!(result.stderr.contains("gợi ý: hai nguồn cho một giá trị"), "{}", result.stderr);
}

#[test]
fn a_question_listed_by_two_leaves_is_a_framework_error() {
    let bad = fixture("survey/bad/criteria-twice.toml");
    let result = run(&["rank", "-c", &bad, EVIDENCE]);
    assert_eq!(result.code, 2);
    assert!(
        result.stderr.contains(&format!("{bad}:42:22: câu hỏi \"P1.3\" được liệt kê ở hai tiêu chí: \"8.1\" (dòng 34) và \"8.2\"")),
        "{}",
        result.stderr
    );
}

#[test]
fn responses_need_a_framework_with_questions() {
    let result = run(&["rank", "-c", "huyen-2024", "--responses", LONG, "examples/huyen-2024"]);
    assert_eq!(result.code, 2);
    assert!(result.stderr.contains("không có tiêu chí nào lấy điểm từ phiếu điều tra"), "{}", result.stderr);
}

#[test]
fn a_workbook_of_responses_reads_like_its_csv() {
    // The wide CSV's rows written into a workbook (sheet "Phiếu"), errors located by cell.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("phieu.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet().set_name("Phiếu").unwrap();
    let csv = std::fs::read_to_string(crate::util::repo().join(WIDE)).unwrap();
    for (row, line) in csv.lines().enumerate() {
        for (column, cell) in line.split(',').enumerate() {
            sheet.write_string(row as u32, column as u16, cell).unwrap();
        }
    }
    workbook.save(&path).unwrap();
    let book = path.to_str().unwrap();
    let result = run(&["rank", "-c", CRITERIA, "--responses", LONG, "--responses", book, "--format", "csv", EVIDENCE]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(result.stdout, EXPECTED);

    let bad = dir.path().join("sai.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (column, cell) in ["phiếu", "nhóm", "đơn vị", "P1.3"].iter().enumerate() {
        sheet.write_string(0, column as u16, *cell).unwrap();
    }
    for (column, cell) in ["Y01", "P9", "Sở Y tế", "A"].iter().enumerate() {
        sheet.write_string(1, column as u16, *cell).unwrap();
    }
    workbook.save(&bad).unwrap();
    let result = run(&["rank", "-c", CRITERIA, "--responses", bad.to_str().unwrap(), EVIDENCE]);
    assert_eq!(result.code, 2);
    assert!(result.stderr.contains("Sheet1!B2: nhóm \"P9\" không có trong [survey] groups"), "{}", result.stderr);
}

#[test]
fn survey_command_by_hand() {
    let result = run(&["survey", "-c", CRITERIA, "--responses", LONG, "--responses", WIDE, "-n", "200", "--format", "json", EVIDENCE]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let json: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    let leaf = |unit: &str, id: &str| {
        json["leaves"].as_array().unwrap().iter().find(|l| l["unit"] == unit && l["criterion"] == id).unwrap().clone()
    };
    // Sở Tư pháp 8.1 (worked out above): 8 questionnaires answered P1.3 or P2.3; 5
    // answers counted (A, d, B, b, C), 3 not (không biết, E, blank); P1 mean 50, P2
    // mean 140/3 = 46.67; value 430/9 = 47.78; points 0.96. N = 400 → n = 400 / 2 = 200.
    let tu_phap = leaf("Sở Tư pháp", "8.1");
    assert_eq!(
        (tu_phap["respondents"].as_u64(), tu_phap["counted"].as_u64(), tu_phap["not_counted"].as_u64()),
        (Some(8), Some(5), Some(3))
    );
    assert_eq!(tu_phap["groups"].to_string(), r#"{"P1":50.00,"P2":46.67}"#);
    assert_eq!((tu_phap["value"].to_string(), tu_phap["value_exact"].as_str()), ("47.78".to_owned(), Some("430/9")));
    assert_eq!((tu_phap["points"].to_string(), tu_phap["sample_needed"].as_u64()), ("0.96".to_owned(), Some(200)));
    // 8.2: one answer, not counted; the council's 0.75 is shown beside it.
    let attitude = leaf("Sở Tư pháp", "8.2");
    assert_eq!((attitude["value"].is_null(), attitude["appraised"].to_string()), (true, "0.75".to_owned()));
    // Sở Nội vụ answered nothing.
    assert_eq!(leaf("Sở Nội vụ", "8.1")["counted"].as_u64(), Some(0));
    // P1.3: Tư pháp A and d, Y tế 5 A and 11 D → A 6, D 12.
    let p13 = &json["questions"][0];
    assert_eq!((p13["question"].as_str(), p13["answers"].to_string()), (Some("P1.3"), r#"{"A":6,"B":0,"C":0,"D":12}"#.to_owned()));
    // Without answers the survey points cannot move: Sở Nội vụ's intervals are points.
    let spread = json["uncertainty"].as_array().unwrap();
    let noi_vu = spread.iter().find(|u| u["unit"] == "Sở Nội vụ").unwrap();
    assert_eq!((noi_vu["survey"].to_string(), noi_vu["index"].to_string()), ("[0.00,0.00]".to_owned(), "[22.22,22.22]".to_owned()));
    // Fewer counted answers than min_answers = 3 are warned about.
    assert!(
        result.stderr.contains("đơn vị \"Sở Tư pháp\", tiêu chí 8.2: 0 câu trả lời được tính, ít hơn min_answers = 3"),
        "{}",
        result.stderr
    );
}

#[test]
fn bootstrap_is_seeded_and_independent_of_threads() {
    let args =
        ["survey", "-c", CRITERIA, "--responses", LONG, "--responses", WIDE, "-n", "300", "--seed", "7", "--format", "json", EVIDENCE];
    let one = crate::util::run_env(None, &args, &[("RAYON_NUM_THREADS", "1")]);
    let two = crate::util::run_env(None, &args, &[("RAYON_NUM_THREADS", "2")]);
    assert_eq!(one.code, 0, "{}", one.stderr);
    assert_eq!(one.stdout, two.stdout);
    // Sở Tư pháp's 8.1 rests on 5 answers: its interval is not a single point.
    let json: serde_json::Value = serde_json::from_str(&one.stdout).unwrap();
    let tu_phap = json["uncertainty"].as_array().unwrap().iter().find(|u| u["unit"] == "Sở Tư pháp").unwrap().clone();
    assert_ne!(tu_phap["survey"][0], tu_phap["survey"][1]);
    assert_eq!(json["uncertainty"].as_array().unwrap().len(), 3);
}

#[test]
fn whatif_shows_the_same_survey_intervals_as_survey() {
    let common = ["-c", CRITERIA, "--responses", LONG, "--responses", WIDE, "-n", "150", "--seed", "3", "--format", "json", EVIDENCE];
    let whatif = run(&[&["whatif"][..], &common[..]].concat());
    let survey = run(&[&["survey"][..], &common[..]].concat());
    assert_eq!((whatif.code, survey.code), (0, 0), "{}{}", whatif.stderr, survey.stderr);
    let whatif: serde_json::Value = serde_json::from_str(&whatif.stdout).unwrap();
    let survey: serde_json::Value = serde_json::from_str(&survey.stdout).unwrap();
    // Both run the bootstrap over the same respondents with the same samples and seed.
    assert_eq!(whatif["survey_uncertainty"], survey["uncertainty"]);
    assert_eq!(whatif["survey_uncertainty"].as_array().unwrap().len(), 3);
}

/// `survey --units`: survey units match the register ignoring case (shown as it spells
/// them), and the bootstrap ranks each block on its own. Every answer of a unit is the
/// same, so every resample gives the same points (by hand, A = 100, D = 0): Sở A and
/// Phường C answer A everywhere → 8.1 100 % → 2, 8.2 100 % ≥ 80 → 1.5, survey 3.50,
/// with 1.1 có → 4.5 / 4.5 = 100.00; Sở B answers D → 0 + 0, 1 / 4.5 = 22.22. Within
/// blocks: Sở A rank 1–1, Sở B 2–2, Phường C 1–1, nobody to be confused with; without
/// the register Sở A and Phường C share rank 1 and cannot be told apart, Sở B is 3–3.
#[test]
fn survey_ranks_and_bootstraps_within_each_block() {
    let answers = |names: [&str; 3]| {
        let mut responses = String::from("mã phiếu,nhóm,đơn vị,câu hỏi,trả lời\n");
        for (unit, answer, first) in [(names[0], "A", 1), (names[1], "D", 11), (names[2], "A", 21)] {
            for r in first..first + 3 {
                responses.push_str(&format!("R{r},P1,{unit},P1.3,{answer}\nR{r},P1,{unit},P1.4,{answer}\n"));
                responses.push_str(&format!("R{},P2,{unit},P2.3,{answer}\n", r + 5));
            }
        }
        responses
    };
    let (other_case, exact) = (answers(["sở a", "SỞ B", "phường c"]), answers(["Sở A", "Sở B", "Phường C"]));
    let dir = crate::util::files(&[
        ("don-vi.csv", "unit,block\nSở A,Sở\nSở B,Sở\nPhường C,Phường\n".as_bytes()),
        ("minh-chung.csv", "unit,criterion,value\nSở A,1.1,có\nSở B,1.1,có\nPhường C,1.1,có\n".as_bytes()),
        ("tra-loi.csv", other_case.as_bytes()),
        ("dung-ten.csv", exact.as_bytes()),
    ]);
    let criteria = crate::util::repo().join(CRITERIA).display().to_string();
    let survey = |units: bool, responses: &str| {
        let mut args = vec!["survey", "-c", &criteria, "--responses", responses, "-n", "20", "--format", "json", "minh-chung.csv"];
        if units {
            args.extend(["--units", "don-vi.csv"]);
        }
        let result = crate::util::run_in(Some(dir.path()), &args);
        assert_eq!(result.code, 0, "{}", result.stderr);
        let json: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
        json["uncertainty"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| {
                let apart: Vec<&str> = u["cannot_be_told_apart_from"].as_array().unwrap().iter().map(|n| n.as_str().unwrap()).collect();
                format!(
                    "{} {} {}–{} {}–{} {}–{} [{}]",
                    u["block"].as_str().unwrap_or("-"),
                    u["unit"].as_str().unwrap(),
                    u["survey"][0],
                    u["survey"][1],
                    u["index"][0],
                    u["index"][1],
                    u["rank"][0],
                    u["rank"][1],
                    apart.join("; ")
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        survey(true, "tra-loi.csv"),
        [
            "Sở Sở A 3.50–3.50 100.00–100.00 1–1 []",
            "Sở Sở B 0.00–0.00 22.22–22.22 2–2 []",
            "Phường Phường C 3.50–3.50 100.00–100.00 1–1 []"
        ]
    );
    assert_eq!(
        survey(false, "dung-ten.csv"),
        [
            "- Phường C 3.50–3.50 100.00–100.00 1–1 [Sở A]",
            "- Sở A 3.50–3.50 100.00–100.00 1–1 [Phường C]",
            "- Sở B 0.00–0.00 22.22–22.22 3–3 []"
        ]
    );
    // A survey unit missing from the register is an error.
    let stray = crate::util::files(&[("don-vi.csv", "unit,block\nSở A,Sở\n".as_bytes()), ("tra-loi.csv", exact.as_bytes())]);
    let result =
        crate::util::run_in(Some(stray.path()), &["survey", "-c", &criteria, "--responses", "tra-loi.csv", "--units", "don-vi.csv"]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(result.stderr.contains("đơn vị \"Sở B\" không có trong danh sách đơn vị (--units)"), "{}", result.stderr);
}

/// `check --responses`: the responses' errors are those of the scoring commands, and
/// the survey values count as the units' rows. By hand (see EXPECTED): Sở Tư pháp has
/// 8.1 from its answers (no longer missing); Sở Y tế has 8.1 from the wide file but no
/// 8.2 answer; Sở Nội vụ has no answer → 8.1 and 8.2 missing. The counts stay those of
/// the evidence file: 1 file, 3 units, 4 rows.
#[test]
fn check_reads_responses_as_the_scoring_commands_do() {
    let result = run(&["check", "-c", CRITERIA, "--responses", LONG, "--responses", WIDE, EVIDENCE]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(result.stdout.contains("1 tệp, 3 đơn vị, 4 dòng: 0 lỗi, 3 cảnh báo"), "{}", result.stdout);
    assert!(!result.stderr.contains("\"Sở Tư pháp\" không có dòng"), "{}", result.stderr);
    assert!(result.stderr.contains("\"Sở Y tế\" không có dòng cho 1 tiêu chí thành phần, được 0 điểm: 8.2"), "{}", result.stderr);
    assert!(result.stderr.contains("\"Sở Nội vụ\" không có dòng cho 2 tiêu chí thành phần, được 0 điểm: 8.1, 8.2"), "{}", result.stderr);
    let bad = fixture("survey/bad/responses-errors.csv");
    let check = run(&["check", "-c", CRITERIA, "--responses", &bad, EVIDENCE]);
    let rank = run(&["rank", "-c", CRITERIA, "--responses", &bad, EVIDENCE]);
    assert_eq!((check.code, rank.code), (2, 2), "{}", check.stderr);
    assert!(check.stderr.contains(&format!("{bad}:3:2: nhóm \"P3\" không có trong [survey] groups")), "{}", check.stderr);
    assert!(check.stderr.contains(&format!("{bad}:2:3: đơn vị \"Sở Tư phap\" không có trong tệp minh chứng nào")), "{}", check.stderr);
    let errors = |text: &str| text.lines().filter(|l| l.starts_with("lỗi:")).map(str::to_owned).collect::<Vec<_>>();
    assert_eq!(errors(&check.stderr), errors(&rank.stderr));
    assert_eq!(errors(&check.stderr).len(), 5);
    // Without evidence the responses are not ignored silently.
    let alone = run(&["check", "-c", CRITERIA, "--responses", LONG]);
    assert_eq!(alone.code, 2, "{}", alone.stderr);
    assert!(alone.stderr.contains("check --responses: cần các tệp minh chứng"), "{}", alone.stderr);
}

/// The survey command's tables are headed in the language asked for (the figures do
/// not change: Sở Tư pháp 8.1 has 8 questionnaires, 5 counted, points 0.96 as above).
#[test]
fn survey_tables_are_headed_in_the_language_asked_for() {
    let args = ["-c", CRITERIA, "--responses", LONG, "--responses", WIDE, "-n", "200", "--format", "csv", EVIDENCE];
    let vietnamese = run(&[&["survey"], &args[..]].concat());
    let header = vietnamese.stdout.lines().next().unwrap_or_default().to_owned();
    assert!(header.starts_with("Đơn vị,Tiêu chí,Số phiếu,Được tính,Không tính,"), "{}", vietnamese.stdout);
    assert!(header.ends_with(",Giá trị (%),Điểm,Tối đa,Cỡ mẫu cần (N = 400),Ghi chú"), "{header}");
    let english = run(&[&["survey", "--lang", "en"], &args[..]].concat());
    assert_eq!(english.code, vietnamese.code, "{}", english.stderr);
    let lines: Vec<&str> = english.stdout.lines().collect();
    assert!(lines[0].starts_with("Unit,Criterion,Questionnaires,Counted,Not counted,"), "{}", english.stdout);
    assert!(lines[0].ends_with(",Value (%),Points,Max,Sample needed (N = 400),Note"), "{}", lines[0]);
    assert!(
        lines.iter().any(|l| l.starts_with("Sở Tư pháp,8.1,8,5,3,") && l.ends_with(",0.96,2.00,200,sample too small")),
        "{}",
        english.stdout
    );
    assert!(
        english.stdout.contains("Rank,Unit,Survey points (90 %),Index (90 %),Rank (90 %),Cannot be told apart from"),
        "{}",
        english.stdout
    );
}
