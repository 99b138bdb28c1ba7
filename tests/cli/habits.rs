//! Habits: shell completions, the man page, NO_COLOR, --quiet and --lang.

use crate::util::{files, fixture, run, run_in};

#[test]
fn completions_for_each_shell_know_the_subcommands() {
    for (shell, marker) in [
        ("bash", "complete -F _par__score"),
        ("zsh", "#compdef par-score"),
        ("fish", "complete -c par-score"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let result = run(&["completions", shell]);
        assert_eq!(result.code, 0, "{shell}: {}", result.stderr);
        assert!(result.stdout.contains(marker), "{shell}");
        for subcommand in ["compare", "gaps", "whatif", "report"] {
            assert!(result.stdout.contains(subcommand), "{shell} lacks {subcommand}");
        }
    }
    assert_eq!(run(&["completions", "tcsh"]).code, 2);
}

#[test]
fn man_page_is_roff_and_can_be_written() {
    let result = run(&["man"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(result.stdout.contains(".TH par-score 1"));
    assert!(result.stdout.contains("compare") && result.stdout.contains("whatif"));
    let dir = files(&[]);
    let written = run_in(Some(dir.path()), &["man", "--out", "par-score.1"]);
    assert_eq!(written.code, 0, "{}", written.stderr);
    assert_eq!(std::fs::read_to_string(dir.path().join("par-score.1")).unwrap(), result.stdout);
}

/// Runs the binary under a pseudo-terminal (util-linux `script`), so that comfy-table
/// would style its output, with or without NO_COLOR.
fn in_terminal(no_color: bool) -> String {
    let binary = assert_cmd::cargo::cargo_bin("par-score");
    let command = format!("{} rank -c huyen-2024 examples/huyen-2024", binary.display());
    let mut script = std::process::Command::new("script");
    script.args(["-qec", &command, "/dev/null"]).current_dir(crate::util::repo()).env_remove("NO_COLOR");
    if no_color {
        script.env("NO_COLOR", "1");
    }
    let output = script.output().expect("util-linux `script` runs the binary under a pseudo-terminal");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn no_color_turns_styling_off_in_a_terminal() {
    let styled = in_terminal(false);
    assert!(styled.contains("\u{1b}[1m"), "bold headers in a terminal: {styled}");
    let plain = in_terminal(true);
    assert!(plain.contains("UBND thành phố Hòa An"));
    assert!(!plain.contains('\u{1b}'), "no escape sequences with NO_COLOR: {plain}");
    // Not a terminal (the test harness pipes stdout): never styled.
    assert!(!run(&["rank", "-c", "huyen-2024", "examples/huyen-2024"]).stdout.contains('\u{1b}'));
}

#[test]
fn quiet_silences_warnings_only() {
    // 0,6 on a percentage leaf looks like a fraction: a warning, not an error.
    let criteria = std::fs::read(crate::util::repo().join(fixture("analysis/mini-2024.toml"))).unwrap();
    let evidence = "unit,criterion,value\nSở A,3.1,\"0,6\"\nSở A,1.1,có\n";
    let dir = files(&[("c.toml", &criteria), ("e.csv", evidence.as_bytes())]);
    let loud = run_in(Some(dir.path()), &["gaps", "--criteria", "c.toml", "e.csv", "-f", "csv"]);
    assert_eq!(loud.code, 0, "{}", loud.stderr);
    assert!(loud.stderr.contains("cảnh báo: e.csv:2"), "{}", loud.stderr);
    let quiet = run_in(Some(dir.path()), &["gaps", "--criteria", "c.toml", "e.csv", "-f", "csv", "--quiet"]);
    assert_eq!((quiet.code, quiet.stderr.as_str(), quiet.stdout.as_str()), (0, "", loud.stdout.as_str()));
    // Errors still show.
    let error = run_in(Some(dir.path()), &["gaps", "-q", "--criteria", "c.toml", "missing.csv"]);
    assert_eq!(error.code, 2);
    assert!(error.stderr.contains("missing.csv"));
}

#[test]
fn labels_follow_lang_vietnamese_by_default() {
    let args = ["gaps", "--criteria", "tests/fixtures/analysis/mini-2024.toml", "tests/fixtures/analysis/2024"];
    let vi = run(&args);
    assert!(vi.stdout.contains("Ưu tiên cải cách toàn tỉnh") && vi.stdout.contains("Chỉ số nếu đạt đủ"), "{}", vi.stdout);
    let en = run(&[&args[..], &["--lang", "en"]].concat());
    assert!(en.stdout.contains("Province priorities") && en.stdout.contains("Index if recovered"), "{}", en.stdout);
    let whatif = run(&["whatif", "--criteria", "tests/fixtures/analysis/mini-2024.toml", "tests/fixtures/analysis/2024", "-n", "5"]);
    assert!(whatif.stdout.contains("Hạng trung vị") && whatif.stdout.contains("Khoảng hạng 5–95%"), "{}", whatif.stdout);
}
