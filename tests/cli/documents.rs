//! `--documents`: evidence cells that cite files and document references, checked
//! against a small documents folder (tests/fixtures/documents).

use crate::util::{fixture, run};

const CRITERIA: &str = "tests/fixtures/engine/criteria.toml";

fn documents() -> String {
    fixture("documents/tai-lieu")
}

#[test]
fn check_reports_each_document_problem_at_its_cell() {
    let evidence = fixture("documents/evidence.csv");
    let checked = run(&["check", "-c", CRITERIA, &evidence, "--documents", &documents()]);
    assert_eq!(checked.code, 0, "{}", checked.stderr);
    let e = "tests/fixtures/documents/evidence.csv";
    let folder = "tests/fixtures/documents/tai-lieu";
    // The evidence cell is column 6 of unit,criterion,value,self_score,appraised,evidence,note.
    for line in [
        // Row 2: the value 15/01/2024 against "KH số 12/KH-STP ngày 20/01/2024".
        format!("warning: {e}:2:6: ngày ghi ở cột giá trị (15/01/2024) khác ngày của văn bản 12/KH-STP (20/01/2024) (tiêu chí 1.1)"),
        // Row 3: a report dated 2023 in the framework's year 2024.
        format!("warning: {e}:3:6: văn bản 40/BC-STP ngày 05/01/2023 không thuộc năm đánh giá 2024 (tiêu chí 1.2)"),
        // Rows 5 and 9: both units cite qd-5.pdf (loose in the folder) and decision 5/QĐ-UBND.
        format!("warning: {e}:5:6: tệp {folder}/qd-5.pdf được nhiều đơn vị dẫn: \"Sở Nội vụ\", \"Sở Tư pháp\" (tiêu chí 2.3)"),
        format!("warning: {e}:9:6: tệp {folder}/qd-5.pdf được nhiều đơn vị dẫn: \"Sở Nội vụ\", \"Sở Tư pháp\" (tiêu chí 2.3)"),
        format!("warning: {e}:5:6: văn bản số 5/QĐ-UBND được nhiều đơn vị dẫn: \"Sở Nội vụ\", \"Sở Tư pháp\" (tiêu chí 2.3)"),
        // Row 6: the only file cited for a leaf that requires evidence is missing
        // (the unit's folder "SỞ NỘI VỤ" is found whatever its case).
        format!("warning: {e}:6:6: không tìm thấy tệp kiểm chứng \"kh-thieu.pdf\" ({folder}/SỞ NỘI VỤ/kh-thieu.pdf) (tiêu chí 1.1)"),
        format!("warning: {e}:6:6: tiêu chí bắt buộc có tài liệu kiểm chứng nhưng mọi tệp được dẫn đều không có (tiêu chí 1.1)"),
        // Row 7: one of three references is a missing file; kh-03.pdf is there.
        format!("warning: {e}:7:6: không tìm thấy tệp kiểm chứng \"bc-99.pdf\" ({folder}/SỞ NỘI VỤ/bc-99.pdf) (tiêu chí 1.2)"),
        // A file in the unit's folder that no row cites.
        format!(
            "warning: {folder}/Sở Tư pháp/thua.pdf: không dòng số liệu nào dẫn tới tệp này trong thư mục tài liệu của đơn vị \"Sở Tư pháp\""
        ),
    ] {
        assert!(checked.stderr.lines().any(|l| l == line), "missing: {line}\n{}", checked.stderr);
    }
    // The 9 above, the second unit's copy of the decision warning, and one "no row" warning per unit.
    assert!(checked.stderr.ends_with("0 error(s), 12 warning(s)\n"), "{}", checked.stderr);
    assert!(!checked.stderr.contains("kh-12.pdf") && !checked.stderr.contains("kh-03.pdf"), "{}", checked.stderr);
    // Without --documents, none of it.
    let plain = run(&["check", "-c", CRITERIA, &evidence]);
    assert!(plain.stderr.ends_with("0 error(s), 2 warning(s)\n"), "{}", plain.stderr);
}

#[test]
fn a_path_leaving_the_documents_folder_is_an_error() {
    let evidence = fixture("documents/escape/evidence.csv");
    for command in ["check", "rank", "score", "report"] {
        let refused = run(&[command, "-c", CRITERIA, &evidence, "--documents", &documents()]);
        assert_eq!(refused.code, 2, "{command}: {}", refused.stderr);
        assert!(
            refused.stderr.contains(
                "escape/evidence.csv:2:6: tệp kiểm chứng \"../evidence.csv\" đi ra ngoài thư mục tài liệu (\"..\") (tiêu chí 1.1)"
            ),
            "{command}: {}",
            refused.stderr
        );
        assert!(
            refused.stderr.contains("escape/evidence.csv:3:6: tệp kiểm chứng \"/etc/hostname\" là đường dẫn tuyệt đối"),
            "{}",
            refused.stderr
        );
    }
}

#[cfg(unix)]
#[test]
fn a_link_pointing_outside_the_folder_is_an_error() {
    let dir = crate::util::files(&[
        ("tai-lieu/Sở Tư pháp/kh.pdf", b"x"),
        ("bi-mat.pdf", b"secret"),
        ("evidence.csv", "unit,criterion,value,evidence\nSở Tư pháp,1.1,15/01/2024,kh.pdf; lien-ket.pdf\n".as_bytes()),
    ]);
    std::os::unix::fs::symlink(dir.path().join("bi-mat.pdf"), dir.path().join("tai-lieu/Sở Tư pháp/lien-ket.pdf")).unwrap();
    let criteria = crate::util::repo().join(CRITERIA);
    let refused =
        crate::util::run_in(Some(dir.path()), &["rank", "-c", criteria.to_str().unwrap(), "evidence.csv", "--documents", "tai-lieu"]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(refused.stderr.contains("\"lien-ket.pdf\" là liên kết trỏ ra ngoài thư mục tài liệu"), "{}", refused.stderr);
}

#[test]
fn scoring_commands_warn_and_score_as_before() {
    let evidence = fixture("documents/evidence.csv");
    let plain = run(&["rank", "-c", CRITERIA, "--format", "csv", &evidence]);
    let with = run(&["rank", "-c", CRITERIA, "--format", "csv", &evidence, "--documents", &documents()]);
    assert_eq!((plain.code, with.code), (0, 0), "{}", with.stderr);
    // Documents are checked, never scored: the ranking is the same.
    assert_eq!(plain.stdout, with.stdout);
    assert!(with.stderr.contains("không tìm thấy tệp kiểm chứng \"kh-thieu.pdf\""), "{}", with.stderr);
    let score = run(&["score", "-c", CRITERIA, &evidence, "--unit", "Sở Tư pháp", "--documents", &documents()]);
    assert_eq!(score.code, 0, "{}", score.stderr);
    assert!(score.stderr.contains("khác ngày của văn bản 12/KH-STP"), "{}", score.stderr);
    // Only the scored unit's documents are checked.
    assert!(!score.stderr.contains("kh-thieu.pdf"), "{}", score.stderr);
}
