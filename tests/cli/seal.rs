//! `--seal` and `verify`: a sealed result is recomputed from its recorded inputs; a
//! changed input or output is named (exit 1); a damaged seal is refused (exit 2).

use std::path::Path;

use crate::util::{repo, run_in};

/// A folder holding conformance case 501 (framework and two evidence files) in
/// `inputs/`, and an empty `out/`.
fn case_501() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("inputs")).unwrap();
    std::fs::create_dir_all(dir.path().join("out")).unwrap();
    for name in ["criteria.toml", "evidence-1.csv", "evidence-2.csv"] {
        std::fs::copy(repo().join(format!("tests/fixtures/conformance/case-501/{name}")), dir.path().join("inputs").join(name)).unwrap();
    }
    dir
}

fn listing(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    files.sort();
    files
}

fn seal_rank(dir: &Path) {
    let sealed =
        run_in(Some(dir), &["rank", "inputs", "--criteria", "inputs/criteria.toml", "--format", "csv", "--out", "out/r.csv", "--seal"]);
    assert_eq!((sealed.code, sealed.stdout.as_str()), (0, ""), "{}", sealed.stderr);
}

#[test]
fn a_sealed_ranking_verifies_from_anywhere_and_verify_writes_nothing() {
    let dir = case_501();
    seal_rank(dir.path());
    let seal: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.path().join("out/r.csv.seal.json")).unwrap()).unwrap();
    assert_eq!(seal["format"], "par-score-seal");
    assert_eq!(seal["command"]["command"], "rank");
    assert_eq!(seal["command"]["format"], "csv");
    // The seal is in out/, the run was in its parent.
    assert_eq!(seal["working_directory"], "..");
    let inputs: Vec<(&str, &str)> =
        seal["inputs"].as_array().unwrap().iter().map(|f| (f["role"].as_str().unwrap(), f["path"].as_str().unwrap())).collect();
    assert_eq!(
        inputs,
        [("framework", "inputs/criteria.toml"), ("evidence", "inputs/evidence-1.csv"), ("evidence", "inputs/evidence-2.csv")]
    );
    let before = listing(&dir.path().join("out"));
    for (from, seal) in [(dir.path().to_path_buf(), "out/r.csv.seal.json"), (dir.path().join("out"), "r.csv.seal.json")] {
        let verified = run_in(Some(&from), &["verify", seal]);
        assert_eq!(verified.code, 0, "{}", verified.stderr);
        assert_eq!(verified.stdout, "Niêm phong khớp: 3 tệp đầu vào không đổi, 1 tệp kết quả giống từng byte.\n");
    }
    assert_eq!(listing(&dir.path().join("out")), before, "verify wrote nothing");
    // The folder moved as a whole still verifies.
    let moved = tempfile::tempdir().unwrap();
    let target = moved.path().join("appeal");
    std::fs::rename(dir.path(), &target).unwrap();
    let verified = run_in(None, &["verify", target.join("out/r.csv.seal.json").to_str().unwrap()]);
    assert_eq!(verified.code, 0, "{}", verified.stderr);
}

#[test]
fn one_changed_byte_of_one_evidence_file_is_named() {
    let dir = case_501();
    seal_rank(dir.path());
    let evidence = dir.path().join("inputs/evidence-2.csv");
    let mut bytes = std::fs::read(&evidence).unwrap();
    let last = bytes.len() - 2;
    bytes[last] = if bytes[last] == b'1' { b'2' } else { b'1' };
    std::fs::write(&evidence, bytes).unwrap();
    let verified = run_in(Some(dir.path()), &["verify", "out/r.csv.seal.json"]);
    assert_eq!(verified.code, 1, "{}", verified.stderr);
    assert!(verified.stderr.contains("Đầu vào đã thay đổi: inputs/evidence-2.csv (tệp số liệu)"), "{}", verified.stderr);
    assert!(!verified.stderr.contains("evidence-1.csv"), "{}", verified.stderr);
    assert!(!verified.stderr.contains("criteria.toml"), "{}", verified.stderr);
}

#[test]
fn a_new_evidence_file_and_an_edited_output_are_named() {
    let dir = case_501();
    seal_rank(dir.path());
    std::fs::copy(dir.path().join("inputs/evidence-1.csv"), dir.path().join("inputs/evidence-3.csv")).unwrap();
    let out = dir.path().join("out/r.csv");
    let edited = std::fs::read_to_string(&out).unwrap().replacen(',', ";", 1);
    std::fs::write(&out, edited).unwrap();
    let verified = run_in(Some(dir.path()), &["verify", "out/r.csv.seal.json"]);
    assert_eq!(verified.code, 1, "{}", verified.stderr);
    assert!(verified.stderr.contains("Đầu vào mới, không có trong niêm phong: inputs/evidence-3.csv"), "{}", verified.stderr);
    assert!(verified.stderr.contains("Tệp kết quả đã bị sửa: out/r.csv"), "{}", verified.stderr);
}

#[test]
fn a_damaged_seal_or_one_that_is_not_par_scores_is_exit_2() {
    let dir = case_501();
    seal_rank(dir.path());
    let seal_file = dir.path().join("out/r.csv.seal.json");
    let good = std::fs::read_to_string(&seal_file).unwrap();
    let digest_at = good.find("\"sha256\": \"").unwrap() + 11;
    let cases = [
        (good[..good.len() / 2].to_owned(), "không phải JSON hợp lệ"),
        ("{\"name\": \"something else\"}".to_owned(), "không phải tệp niêm phong của par-score"),
        (format!("{}XYZ{}", &good[..digest_at], &good[digest_at + 3..]), "mã SHA-256"),
        (good.replace("\"command\": \"rank\"", "\"command\": \"dance\""), "lệnh ghi trong niêm phong bị hỏng"),
        (good.replace("\"format_version\": 1", "\"format_version\": 99"), "phiên bản định dạng niêm phong 99"),
    ];
    for (text, why) in cases {
        std::fs::write(&seal_file, &text).unwrap();
        let verified = run_in(Some(dir.path()), &["verify", "out/r.csv.seal.json"]);
        assert_eq!(verified.code, 2, "{text}\n{}", verified.stderr);
        assert!(verified.stderr.contains(why), "{why}: {}", verified.stderr);
    }
}

#[test]
fn council_workbooks_csv_files_and_reports_are_sealed_byte_for_byte() {
    let dir = case_501();
    for (command, out, written) in [("council", "out/h.xlsx", 1), ("council", "out/h.csv", 3), ("report", "out/r.html", 1)] {
        let sealed = run_in(Some(dir.path()), &[command, "inputs", "-c", "inputs/criteria.toml", "--out", out, "--seal"]);
        assert_eq!(sealed.code, 0, "{}", sealed.stderr);
        let seal = format!("{out}.seal.json");
        assert!(dir.path().join(&seal).is_file());
        let verified = run_in(Some(dir.path()), &["verify", &seal]);
        assert_eq!(verified.code, 0, "{out}: {}", verified.stderr);
        assert!(verified.stdout.contains(&format!("{written} tệp kết quả giống từng byte")), "{}", verified.stdout);
    }
}

#[test]
fn seal_needs_out() {
    let dir = case_501();
    let run = run_in(Some(dir.path()), &["rank", "inputs", "-c", "inputs/criteria.toml", "--seal"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("--out"), "{}", run.stderr);
}
