//! Safe output: `--out` writes atomically and never over an input; identical inputs
//! give byte-identical outputs whatever the order of files and rows.

use std::path::Path;

use crate::util::{fixture, repo, run, run_in};

fn case_501() -> (String, String, String) {
    let dir = fixture("conformance/case-501");
    (format!("{dir}/criteria.toml"), format!("{dir}/evidence-1.csv"), format!("{dir}/evidence-2.csv"))
}

#[test]
fn out_writes_what_standard_output_would_show() {
    let (criteria, one, two) = case_501();
    let printed = run(&["rank", "--criteria", &criteria, "--format", "csv", &one, &two]);
    assert_eq!(printed.code, 0, "{}", printed.stderr);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ranking.csv");
    std::fs::write(&out, "an older ranking\n").unwrap();
    let written = run(&["rank", "--criteria", &criteria, "--format", "csv", "--out", out.to_str().unwrap(), &one, &two]);
    assert_eq!((written.code, written.stdout.as_str()), (0, ""), "{}", written.stderr);
    // The same bytes after the byte order mark that a .csv file gets for Excel.
    assert_eq!(std::fs::read_to_string(&out).unwrap(), format!("\u{feff}{}", printed.stdout));
    // Only the output is left in the directory: the temporary file was renamed.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    let sheet = run(&["score", "--criteria", "huyen-2024", "--format", "json", "examples/huyen-2024/03-huyen-tan-phu.csv"]);
    let sheet_out = dir.path().join("sheet.json");
    let written =
        run(&["score", "-c", "huyen-2024", "-f", "json", "-o", sheet_out.to_str().unwrap(), "examples/huyen-2024/03-huyen-tan-phu.csv"]);
    assert_eq!(written.code, 0, "{}", written.stderr);
    assert_eq!(std::fs::read_to_string(&sheet_out).unwrap(), sheet.stdout);
}

#[test]
fn out_never_overwrites_an_input() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["criteria.toml", "evidence-1.csv", "evidence-2.csv"] {
        std::fs::copy(repo().join(format!("tests/fixtures/conformance/case-501/{name}")), dir.path().join(name)).unwrap();
    }
    let before = std::fs::read(dir.path().join("evidence-2.csv")).unwrap();
    for target in ["evidence-2.csv", "./evidence-2.csv", "criteria.toml"] {
        let result = run_in(
            Some(dir.path()),
            &["rank", "--criteria", "criteria.toml", "--format", "csv", "--out", target, "evidence-1.csv", "evidence-2.csv"],
        );
        assert_eq!(result.code, 2, "{target}: {}", result.stderr);
        assert!(result.stderr.contains(&format!("từ chối ghi {target}: đây là tệp đầu vào; chọn --out khác")), "{}", result.stderr);
    }
    let english = run_in(
        Some(dir.path()),
        &["--lang", "en", "rank", "--criteria", "criteria.toml", "--out", "criteria.toml", "evidence-1.csv", "evidence-2.csv"],
    );
    assert_eq!(english.code, 2, "{}", english.stderr);
    assert!(english.stderr.contains("refusing to write criteria.toml: it is an input file; choose another --out"), "{}", english.stderr);
    // A file inside an input directory is an input too.
    let result = run_in(Some(dir.path()), &["rank", "--criteria", "criteria.toml", "--out", "evidence-1.csv", "."]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert_eq!(std::fs::read(dir.path().join("evidence-2.csv")).unwrap(), before);
    assert!(std::fs::read_to_string(dir.path().join("criteria.toml")).unwrap().contains("[framework]"));
}

#[test]
fn an_output_that_cannot_be_written_gives_status_1() {
    let (criteria, one, two) = case_501();
    let result = run(&["rank", "--criteria", &criteria, "--out", "/nonexistent-directory/ranking.csv", &one, &two]);
    assert_eq!(result.code, 1, "{}", result.stderr);
    assert!(result.stderr.contains("lỗi: không ghi được /nonexistent-directory/ranking.csv"), "{}", result.stderr);
}

/// Every `.rs` file under `dir`.
fn sources(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn files_are_written_only_through_write_atomic() {
    let mut files = Vec::new();
    sources(&repo().join("src"), &mut files);
    assert!(files.len() > 20);
    let writes = ["fs::write(", "File::create(", "OpenOptions::new(", ".persist(", "fs::rename(", "fs::copy(", ".save("];
    let mut found = Vec::new();
    // Unit tests (a `tests.rs` module, or below `#[cfg(test)]`) may write fixtures.
    for file in files.iter().filter(|f| !f.ends_with("src/output.rs") && !f.ends_with("tests.rs")) {
        let text = std::fs::read_to_string(file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (number, line) in code.lines().enumerate() {
            if let Some(call) = writes.iter().find(|call| line.contains(*call)) {
                found.push(format!("{}:{}: {call}", file.strip_prefix(repo()).unwrap().display(), number + 1));
            }
        }
    }
    assert!(found.is_empty(), "write output files with par_score::output::write_atomic, not:\n{}", found.join("\n"));
}

/// A copy of an evidence file with its rows in reverse order (header first).
fn reversed(text: &str) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    let header = lines.remove(0);
    lines.reverse();
    format!("{header}\n{}\n", lines.join("\n"))
}

#[test]
fn file_and_row_order_never_change_an_output_byte() {
    let examples = repo().join("examples/huyen-2024");
    let dir = tempfile::tempdir().unwrap();
    let mut forward = Vec::new();
    let mut backward = Vec::new();
    for entry in std::fs::read_dir(&examples).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        // The reversed copies also get names that sort in the opposite order.
        let copy = dir.path().join(format!("z{}-{name}", 99 - name[..2].parse::<u32>().unwrap()));
        std::fs::write(&copy, reversed(&text)).unwrap();
        forward.push(path.display().to_string());
        backward.push(copy.display().to_string());
    }
    backward.reverse();
    for format in ["csv", "json", "table", "md"] {
        for lang in ["vi", "en"] {
            let run_with = |files: &[String]| {
                let mut args = vec!["--lang", lang, "rank", "--criteria", "huyen-2024", "--format", format];
                args.extend(files.iter().map(String::as_str));
                run(&args)
            };
            let (a, b) = (run_with(&forward), run_with(&backward));
            assert_eq!(a.code, 0, "{}", a.stderr);
            assert_eq!(a.stdout, b.stdout, "rank --format {format} --lang {lang}");
        }
    }
}

#[test]
fn one_file_named_twice_is_read_once() {
    let (criteria, one, two) = case_501();
    let once = run(&["rank", "--criteria", &criteria, "--format", "csv", &one, &two]);
    let dotted = format!("./{one}");
    let twice = run(&["rank", "--criteria", &criteria, "--format", "csv", &one, &two, &dotted]);
    assert_eq!(twice.code, 0, "{}", twice.stderr);
    assert_eq!(twice.stdout, once.stdout);
}

#[test]
fn no_command_writes_over_its_framework() {
    // Issue 11: `report --criteria c.toml … --out c.toml` exited 0 and c.toml was HTML.
    let dir = tempfile::tempdir().unwrap();
    for name in ["criteria.toml", "evidence-1.csv", "evidence-2.csv"] {
        std::fs::copy(repo().join(format!("tests/fixtures/conformance/case-501/{name}")), dir.path().join(name)).unwrap();
    }
    let before = std::fs::read(dir.path().join("criteria.toml")).unwrap();
    for command in ["report", "council"] {
        let result = run_in(Some(dir.path()), &[command, "--criteria", "criteria.toml", "evidence-1.csv", "--out", "criteria.toml"]);
        assert_eq!(result.code, 2, "{command}: {}", result.stderr);
        assert!(result.stderr.contains("criteria.toml"), "{}", result.stderr);
    }
    let result = run_in(Some(dir.path()), &["report", "--criteria", "criteria.toml", "evidence-1.csv", "--out", "evidence-2.csv"]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert_eq!(std::fs::read(dir.path().join("criteria.toml")).unwrap(), before);
}

#[test]
fn template_refuses_an_existing_file_and_never_replaces_filled_rows() {
    let dir = tempfile::tempdir().unwrap();
    let template = |extra: &[&str]| {
        let mut args = vec!["template", "--criteria", "huyen-2024", "--out", "mau.csv"];
        args.extend_from_slice(extra);
        run_in(Some(dir.path()), &args)
    };
    assert_eq!(template(&[]).code, 0);
    let blank = std::fs::read(dir.path().join("mau.csv")).unwrap();
    let again = template(&[]);
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert!(again.stderr.contains("tệp đã có; thêm --force"), "{}", again.stderr);
    assert_eq!(template(&["--force"]).code, 0);
    assert_eq!(std::fs::read(dir.path().join("mau.csv")).unwrap(), blank);
    // A filled-in template (a value on one row) is never replaced, even with --force.
    // Row 2 is `,1.1.1,Ban hành…,1,ngày ban hành (dd/mm/yyyy),,,…`: the unit and a date go in.
    let text = String::from_utf8(blank).unwrap();
    let filled = text.replacen("\n,1.1.1,", "\nSở A,1.1.1,", 1).replacen("(dd/mm/yyyy),,", "(dd/mm/yyyy),15/01/2024,", 1);
    assert_ne!(filled, text);
    std::fs::write(dir.path().join("mau.csv"), &filled).unwrap();
    assert!(par_score::evidence::holds_evidence_rows(&dir.path().join("mau.csv")), "{filled}");
    let forced = template(&["--force"]);
    assert_eq!(forced.code, 2, "{}", forced.stderr);
    assert!(forced.stderr.contains("số liệu minh chứng đã điền"), "{}", forced.stderr);
    assert_eq!(std::fs::read_to_string(dir.path().join("mau.csv")).unwrap(), filled);
}

#[cfg(unix)]
#[test]
fn devices_are_refused_and_symlinks_written_through() {
    let (criteria, one, two) = case_501();
    let result = run(&["rank", "--criteria", &criteria, "--out", "/dev/full", &one, &two]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(result.stderr.contains("không phải tệp thông thường"), "{}", result.stderr);
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata("/dev/full").unwrap().file_type().is_char_device());
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("real.csv"), "old\n").unwrap();
    std::os::unix::fs::symlink("real.csv", dir.path().join("link.csv")).unwrap();
    let link = dir.path().join("link.csv");
    let result = run(&["rank", "--criteria", &criteria, "--format", "csv", "--out", link.to_str().unwrap(), &one, &two]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(dir.path().join("real.csv")).unwrap().starts_with("\u{feff}rank,unit,"));
}

#[test]
fn council_csv_files_carry_a_manifest_written_last() {
    let (criteria, one, two) = case_501();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("hd.csv");
    let result = run(&["council", "--criteria", &criteria, "--out", out.to_str().unwrap(), &one, &two]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let manifest = std::fs::read_to_string(dir.path().join("hd-manifest.txt")).unwrap();
    for name in ["hd-summary.csv", "hd-sheets.csv", "hd-discrepancies.csv"] {
        let bytes = std::fs::read(dir.path().join(name)).unwrap();
        let line = format!("{name},{},{:08x}", bytes.len(), crc32fast::hash(&bytes));
        assert!(manifest.contains(&line), "{line} not in\n{manifest}");
    }
    // Four files and no temporary left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 4);
}
