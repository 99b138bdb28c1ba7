//! The bad-input corpus (tests/fixtures/bad/cases.toml): every malformed input gets
//! its exit status and a precise message naming file and line, never a panic.

use serde::Deserialize;
use std::path::{Path, PathBuf};

use crate::util::{fixture, repo, run};

const BAD: &str = "tests/fixtures/bad";
const DEFAULT_CRITERIA: &str = "tests/fixtures/all-rules.toml";
const TEN_MB: usize = 10 * 1024 * 1024;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    #[serde(default)]
    input: Vec<String>,
    generate: Option<String>,
    args: Option<Vec<String>>,
    criteria: Option<String>,
    exit: i32,
    /// Fragments of the Vietnamese messages (the default language).
    messages: Vec<String>,
    /// Fragments of the same messages with `--lang en`.
    #[serde(default)]
    messages_en: Vec<String>,
}

/// Writes a generated input into `dir` and returns its path.
fn generate(name: &str, dir: &Path) -> PathBuf {
    if name == "sparse-1g.csv" {
        // A header, a row start, then a hole to 1 GiB (NUL bytes, no disk used): it
        // took 10 GB of memory and minutes.
        let path = dir.join(name);
        std::fs::write(&path, "unit,criterion,value\nA,1.2,").expect("write generated input");
        std::fs::OpenOptions::new().write(true).open(&path).and_then(|file| file.set_len(1 << 30)).expect("extend to 1 GiB");
        return path;
    }
    let bytes = match name {
        // One line of 10 MB and no line break: a header of a million fields.
        "long-line.csv" => "A,1.2,100,".repeat(TEN_MB / 10).into_bytes(),
        // A 10 MB value cell.
        "long-value.csv" => format!("unit,criterion,value\nA,1.2,{}\n", "9".repeat(TEN_MB)).into_bytes(),
        // A criterion id of almost 1 MiB (under the line limit).
        "long-id.csv" => format!("unit,criterion,value\nA,1.{},1\n", "1".repeat(1_000_000)).into_bytes(),
        // 20,000 rows of unknown ids near the ids of ten-thousand-leaves.toml.
        "many-unknown-ids.csv" => {
            let rows: String = (0..20_000).map(|i| format!("A,9.1.{},1\n", 10_001 + i)).collect();
            format!("unit,criterion,value\n{rows}").into_bytes()
        }
        // One area, one criterion 9.1 and 10,000 leaves 9.1.1 … 9.1.10000 (manual).
        "ten-thousand-leaves.toml" => {
            let mut text =
                String::from("[framework]\nid = \"lon\"\n[[grade]]\nname = \"Tốt\"\nmin_index = 0\n[[area]]\nid = \"9\"\nname = \"Lớn\"\n");
            text.push_str("[[criterion]]\nid = \"9.1\"\nname = \"Nhóm\"\n");
            for leaf in 1..=10_000 {
                text.push_str(&format!(
                    "[[criterion]]\nid = \"9.1.{leaf}\"\nname = \"Tiêu chí {leaf}\"\nmax = 1\nrule = {{ kind = \"check\" }}\n"
                ));
            }
            text.into_bytes()
        }
        other => panic!("unknown generated input {other}"),
    };
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write generated input");
    path
}

/// The command lines a case runs.
fn command_lines(case: &Case, scratch: &Path) -> Vec<Vec<String>> {
    if let Some(args) = &case.args {
        return vec![args.iter().map(|a| a.replace("{bad}", BAD)).collect()];
    }
    let inputs: Vec<String> = match &case.generate {
        Some(name) => vec![generate(name, scratch).display().to_string()],
        None => case.input.iter().map(|name| fixture(&format!("bad/{name}"))).collect(),
    };
    if inputs[0].ends_with(".toml") {
        return ["check", "criteria"].iter().map(|command| vec![command.to_string(), "--criteria".into(), inputs[0].clone()]).collect();
    }
    let criteria = match &case.criteria {
        // A framework the test writes itself: `{generated}/NAME`.
        Some(name) if name.starts_with("{generated}/") => generate(&name["{generated}/".len()..], scratch).display().to_string(),
        Some(name) => name.clone(),
        None => DEFAULT_CRITERIA.to_owned(),
    };
    let rank = [vec!["rank".to_owned(), "--format".into(), "csv".into(), "--criteria".into(), criteria.clone()], inputs.clone()].concat();
    let check = [vec!["check".to_owned(), "--criteria".into(), criteria], inputs].concat();
    vec![rank, check]
}

#[test]
fn every_bad_input_gets_a_precise_message() {
    let text = std::fs::read_to_string(repo().join(BAD).join("cases.toml")).expect("cases.toml");
    let manifest: Manifest = toml::from_str(&text).expect("cases.toml is valid");
    assert!(manifest.case.len() >= 40, "the corpus has {} cases", manifest.case.len());
    let scratch = tempfile::tempdir().expect("temporary directory");
    let mut failures = Vec::new();
    for case in &manifest.case {
        let mut lines: Vec<(Vec<String>, &[String])> =
            command_lines(case, scratch.path()).into_iter().map(|args| (args, case.messages.as_slice())).collect();
        if !case.messages_en.is_empty() {
            let english = lines
                .iter()
                .map(|(args, _)| ([args.as_slice(), &["--lang".to_owned(), "en".to_owned()]].concat(), case.messages_en.as_slice()));
            lines.extend(english.collect::<Vec<_>>());
        }
        for (args, messages) in lines {
            let shown = args.join(" ");
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let started = std::time::Instant::now();
            let result = run(&args);
            let elapsed = started.elapsed();
            let mut wrong = Vec::new();
            // A guard against hangs and quadratic blow-ups, not a benchmark: each case
            // takes well under 10 s in a release build (docs/checking.md); 30 s leaves
            // room for a debug build on a busy machine.
            if elapsed > std::time::Duration::from_secs(30) {
                wrong.push(format!("{:.1} s", elapsed.as_secs_f64()));
            }
            // Names and file names never drive the terminal.
            if result.stderr.contains('\u{1b}') {
                wrong.push("a raw ESC on standard error".to_owned());
            }
            if result.code != case.exit {
                wrong.push(format!("exit {} instead of {}", result.code, case.exit));
            }
            for fragment in messages {
                if !result.stderr.contains(fragment.as_str()) {
                    wrong.push(format!("no {fragment:?}"));
                }
            }
            if result.stderr.contains("panicked") {
                wrong.push("a panic".to_owned());
            }
            if !result.stdout.is_empty() && case.exit == 2 {
                wrong.push(format!("output on stdout: {:?}", &result.stdout[..result.stdout.len().min(200)]));
            }
            // At most 200 messages are printed (about 250 bytes each).
            if result.stderr.len() > 64_000 {
                wrong.push(format!("{} bytes of messages", result.stderr.len()));
            }
            if !wrong.is_empty() {
                failures.push(format!("`{shown}`: {}\n--- stderr:\n{}", wrong.join("; "), &result.stderr[..result.stderr.len().min(3000)]));
            }
        }
    }
    assert!(failures.is_empty(), "{} failing run(s):\n\n{}", failures.len(), failures.join("\n\n"));
}
