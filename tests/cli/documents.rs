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
        format!("cảnh báo: {e}:2:6: ngày ghi ở cột giá trị (15/01/2024) khác ngày của văn bản 12/KH-STP (20/01/2024) (tiêu chí 1.1)"),
        // Row 3: a report dated 2023 in the framework's year 2024.
        format!("cảnh báo: {e}:3:6: văn bản 40/BC-STP ngày 05/01/2023 không thuộc năm đánh giá 2024 (tiêu chí 1.2)"),
        // Rows 5 and 9: both units cite qd-5.pdf (loose in the folder) and decision 5/QĐ-UBND.
        format!("cảnh báo: {e}:5:6: tệp {folder}/qd-5.pdf được nhiều đơn vị dẫn: \"Sở Nội vụ\", \"Sở Tư pháp\" (tiêu chí 2.3)"),
        format!("cảnh báo: {e}:9:6: tệp {folder}/qd-5.pdf được nhiều đơn vị dẫn: \"Sở Nội vụ\", \"Sở Tư pháp\" (tiêu chí 2.3)"),
        format!("cảnh báo: {e}:5:6: văn bản số 5/QĐ-UBND được nhiều đơn vị dẫn: \"Sở Nội vụ\", \"Sở Tư pháp\" (tiêu chí 2.3)"),
        // Row 6: the only file cited for a leaf that requires evidence is missing
        // (the unit's folder "SỞ NỘI VỤ" is found whatever its case).
        format!("cảnh báo: {e}:6:6: không tìm thấy tệp kiểm chứng \"kh-thieu.pdf\" ({folder}/SỞ NỘI VỤ/kh-thieu.pdf) (tiêu chí 1.1)"),
        format!("cảnh báo: {e}:6:6: tiêu chí bắt buộc có tài liệu kiểm chứng nhưng mọi tệp được dẫn đều không có (tiêu chí 1.1)"),
        // Row 7: one of three references is a missing file; kh-03.pdf is there.
        format!("cảnh báo: {e}:7:6: không tìm thấy tệp kiểm chứng \"bc-99.pdf\" ({folder}/SỞ NỘI VỤ/bc-99.pdf) (tiêu chí 1.2)"),
        // Row 8: a copy of Sở Tư pháp's plan (the same bytes) in Sở Nội vụ's folder.
        format!(
            "cảnh báo: {e}:8:6: tệp {folder}/SỞ NỘI VỤ/kh-sao-chep.pdf trùng nội dung với tệp của đơn vị khác: {folder}/Sở Tư pháp/kh-12.pdf (\"Sở Tư pháp\") (tiêu chí 1.3)"
        ),
        format!(
            "cảnh báo: {e}:2:6: tệp {folder}/Sở Tư pháp/kh-12.pdf trùng nội dung với tệp của đơn vị khác: {folder}/SỞ NỘI VỤ/kh-sao-chep.pdf (\"Sở Nội vụ\") (tiêu chí 1.1)"
        ),
        // A file in the unit's folder that no row cites.
        format!(
            "cảnh báo: {folder}/Sở Tư pháp/thua.pdf: không dòng số liệu nào dẫn tới tệp này trong thư mục tài liệu của đơn vị \"Sở Tư pháp\""
        ),
    ] {
        assert!(checked.stderr.lines().any(|l| l == line), "missing: {line}\n{}", checked.stderr);
    }
    // The 11 above, the second unit's copy of the decision warning, and one "no row" warning per unit.
    assert!(checked.stderr.ends_with("0 lỗi, 14 cảnh báo\n"), "{}", checked.stderr);
    assert!(!checked.stderr.contains("kh-03.pdf"), "{}", checked.stderr);
    // Without --documents, none of it.
    let plain = run(&["check", "-c", CRITERIA, &evidence]);
    assert!(plain.stderr.ends_with("0 lỗi, 2 cảnh báo\n"), "{}", plain.stderr);
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
    // Like the reading warnings, the checks cover all the evidence read: qd-5.pdf,
    // loose in the folder, is cited (by both units), not left over.
    assert!(score.stderr.contains("kh-thieu.pdf"), "{}", score.stderr);
    assert!(!score.stderr.contains("qd-5.pdf: không dòng số liệu nào dẫn tới"), "{}", score.stderr);
}

/// Council output for the fixture, written from a temporary folder holding a copy of
/// the evidence and the documents (so links are relative paths inside it).
fn council_copy(out: &str, extra: &[&str]) -> (tempfile::TempDir, crate::util::Run) {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&crate::util::repo().join("tests/fixtures/documents"), &dir.path().join("ho-so"));
    std::fs::create_dir(dir.path().join("ket-qua")).unwrap();
    let criteria = crate::util::repo().join(CRITERIA);
    let mut args = vec!["council", "-c", criteria.to_str().unwrap(), "ho-so/evidence.csv", "--documents", "ho-so/tai-lieu", "--out", out];
    args.extend(extra);
    let written = crate::util::run_in(Some(dir.path()), &args);
    (dir, written)
}

fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &to.join(entry.file_name()));
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

#[test]
fn the_council_workbook_links_evidence_cells_to_their_files() {
    use crate::workbook::{column_of, formulas, row_of, text, values};
    let (dir, written) = council_copy("ket-qua/hoi-dong.xlsx", &[]);
    assert_eq!(written.code, 0, "{}", written.stderr);
    let book = dir.path().join("ket-qua/hoi-dong.xlsx");
    let sheet = values(&book, "Sở Tư pháp");
    let header = row_of(&sheet, 0, "Mã");
    let read = column_of(&sheet, header, "Văn bản (loại · số · cơ quan · ngày · trang)");
    let warnings = column_of(&sheet, header, "Cảnh báo tài liệu");
    // The references read and the warnings sit beside the leaf.
    let row = row_of(&sheet, 0, "1.1");
    assert_eq!(text(&sheet, row, read), "KH 12/KH-STP · STP · 20/01/2024 · tr. 2\ntệp kh-12.pdf");
    assert_eq!(
        text(&sheet, row, warnings),
        "ngày ghi ở cột giá trị (15/01/2024) khác ngày của văn bản 12/KH-STP (20/01/2024)\n\
         tệp ho-so/tai-lieu/Sở Tư pháp/kh-12.pdf trùng nội dung với tệp của đơn vị khác: ho-so/tai-lieu/SỞ NỘI VỤ/kh-sao-chep.pdf (\"Sở Nội vụ\")"
    );
    // Hyperlink objects (relationships), relative to the workbook; never a formula.
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&book).unwrap()).unwrap();
    let mut rels = String::new();
    for index in 0..archive.len() {
        let mut part = archive.by_index(index).unwrap();
        if part.name().unwrap().starts_with("xl/worksheets/_rels/") {
            std::io::Read::read_to_string(&mut part, &mut rels).unwrap();
        }
    }
    assert!(rels.contains("Target=\"../ho-so/tai-lieu/Sở%20Tư%20pháp/kh-12.pdf\" TargetMode=\"External\""), "{rels}");
    assert!(rels.contains("Target=\"../ho-so/tai-lieu/qd-5.pdf\""), "{rels}");
    let cells = formulas(&book, "Sở Tư pháp");
    assert!(!cells.used_cells().any(|(_, _, f)| f.to_uppercase().contains("HYPERLINK")));
}

#[test]
fn the_council_page_links_too_and_a_sealed_council_names_a_changed_document() {
    let (dir, written) = council_copy("ket-qua/hoi-dong.html", &["--seal"]);
    assert_eq!(written.code, 0, "{}", written.stderr);
    let page = std::fs::read_to_string(dir.path().join("ket-qua/hoi-dong.html")).unwrap();
    assert!(page.contains("; <a href=\"../ho-so/tai-lieu/S%E1%BB%9F%20T%C6%B0%20ph%C3%A1p/kh-12.pdf\">kh-12.pdf</a></td>"), "{page}");
    let verified = crate::util::run_in(Some(dir.path()), &["verify", "ket-qua/hoi-dong.html.seal.json"]);
    assert_eq!(verified.code, 0, "{}", verified.stderr);
    // Framework, evidence and the 6 files of the documents folder (3 + 2 in unit folders, 1 loose).
    assert!(verified.stdout.starts_with("Niêm phong khớp: 8 tệp đầu vào"), "{}", verified.stdout);
    std::fs::write(dir.path().join("ho-so/tai-lieu/Sở Tư pháp/thua.pdf"), "đã sửa").unwrap();
    let verified = crate::util::run_in(Some(dir.path()), &["verify", "ket-qua/hoi-dong.html.seal.json"]);
    assert_eq!(verified.code, 1, "{}", verified.stderr);
    assert!(
        verified.stderr.contains("Đầu vào đã thay đổi: ho-so/tai-lieu/Sở Tư pháp/thua.pdf (tài liệu kiểm chứng)"),
        "{}",
        verified.stderr
    );
}

#[test]
fn the_html_report_lists_and_links_each_units_documents() {
    let evidence = fixture("documents/evidence.csv");
    let plain = run(&["report", "-c", CRITERIA, &evidence]);
    let with = run(&["report", "-c", CRITERIA, &evidence, "--documents", &documents(), "-q"]);
    assert_eq!((plain.code, with.code), (0, 0), "{}", with.stderr);
    assert!(!plain.stdout.contains("Tài liệu kiểm chứng</h3>"));
    // Written to standard output: links are relative to the current directory.
    assert!(
        with.stdout.contains(
            "<tr><td>1.1</td><td>KH 12/KH-STP · STP · 20/01/2024 · tr. 2</td><td><a href=\"tests/fixtures/documents/tai-lieu/S%E1%BB%9F%20T%C6%B0%20ph%C3%A1p/kh-12.pdf\">kh-12.pdf</a></td><td>ngày ghi ở cột giá trị (15/01/2024) khác ngày của văn bản 12/KH-STP (20/01/2024)<br>"
        ),
        "{}",
        with.stdout
    );
}
