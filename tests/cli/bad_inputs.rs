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
    messages: Vec<String>,
}

/// Writes a generated input into `dir` and returns its path.
fn generate(name: &str, dir: &Path) -> PathBuf {
    let bytes = match name {
        // One line of 10 MB and no line break: a header of a million fields.
        "long-line.csv" => "A,1.2,100,".repeat(TEN_MB / 10).into_bytes(),
        // A 10 MB value cell.
        "long-value.csv" => format!("unit,criterion,value\nA,1.2,{}\n", "9".repeat(TEN_MB)).into_bytes(),
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
    let criteria = case.criteria.clone().unwrap_or_else(|| DEFAULT_CRITERIA.to_owned());
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
        for args in command_lines(case, scratch.path()) {
            let shown = args.join(" ");
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let result = run(&args);
            let mut wrong = Vec::new();
            if result.code != case.exit {
                wrong.push(format!("exit {} instead of {}", result.code, case.exit));
            }
            for fragment in &case.messages {
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
            if result.stderr.len() > 20_000 {
                wrong.push(format!("{} bytes of messages", result.stderr.len()));
            }
            if !wrong.is_empty() {
                failures.push(format!("`{shown}`: {}\n--- stderr:\n{}", wrong.join("; "), &result.stderr[..result.stderr.len().min(3000)]));
            }
        }
    }
    assert!(failures.is_empty(), "{} failing run(s):\n\n{}", failures.len(), failures.join("\n\n"));
}
