//! The shared conformance samples: `rank --format csv` must equal expected.csv byte for byte.

use crate::util::{fixture, run};

fn check_case(case: &str) {
    let dir = fixture(&format!("conformance/{case}"));
    let criteria = format!("{dir}/criteria.toml");
    let (one, two) = (format!("{dir}/evidence-1.csv"), format!("{dir}/evidence-2.csv"));
    let expected = std::fs::read_to_string(crate::util::repo().join(format!("{dir}/expected.csv"))).unwrap();
    let result = run(&["rank", "--criteria", &criteria, "--format", "csv", &one, &two]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(result.stdout, expected);
    // The order of the files never changes the output.
    let reversed = run(&["rank", "--criteria", &criteria, "--format", "csv", &two, &one]);
    assert_eq!(reversed.stdout, expected);
}

#[test]
fn case_501() {
    check_case("case-501");
}

#[test]
fn case_502() {
    check_case("case-502");
}

#[test]
fn case_503() {
    check_case("case-503");
}

/// Case 504: a units register with two blocks and a profile, and two council rounds in
/// files of their own (layers); names in other cases match the register.
#[test]
fn case_504() {
    let dir = fixture("conformance/case-504");
    let expected = std::fs::read_to_string(crate::util::repo().join(format!("{dir}/expected.csv"))).unwrap();
    let mut files: Vec<String> = [
        "evidence-1",
        "evidence-2",
        "evidence-3",
        "council-1-1",
        "council-1-2",
        "council-1-3",
        "council-2-1",
        "council-2-2",
        "council-2-3",
    ]
    .iter()
    .map(|name| format!("{dir}/{name}.csv"))
    .collect();
    let (criteria, register) = (format!("{dir}/criteria.toml"), format!("{dir}/register.csv"));
    for _ in 0..2 {
        let mut args = vec!["rank", "--criteria", &criteria, "--units", &register, "--format", "csv"];
        args.extend(files.iter().map(String::as_str));
        let result = run(&args);
        assert_eq!(result.code, 0, "{}", result.stderr);
        assert_eq!(result.stdout, expected);
        // The order of the files never changes the output.
        files.reverse();
    }
}

/// Case 505: survey leaves scored from `--responses` (formats.md section 8), three
/// evidence files; the order of the files never changes the output, and the exact
/// reader (used by every other command) gives the same totals as the batch ranking.
#[test]
fn case_505() {
    let dir = fixture("conformance/case-505");
    let criteria = format!("{dir}/criteria.toml");
    let responses = format!("{dir}/responses.csv");
    let evidence: Vec<String> = (1..=3).map(|i| format!("{dir}/evidence-{i}.csv")).collect();
    let expected = std::fs::read_to_string(crate::util::repo().join(format!("{dir}/expected.csv"))).unwrap();
    for order in [[0, 1, 2], [2, 1, 0], [1, 2, 0]] {
        let mut args = vec!["rank", "--criteria", &criteria, "--responses", &responses, "--format", "csv"];
        args.extend(order.iter().map(|&i| evidence[i].as_str()));
        let result = run(&args);
        assert_eq!(result.code, 0, "{}", result.stderr);
        assert_eq!(result.stdout, expected);
    }
    // `whatif` scores through the exact reader: its ranking must agree with the batch one.
    let json = run(&[
        "whatif",
        "--criteria",
        &criteria,
        "--responses",
        &responses,
        "-n",
        "1",
        "--format",
        "json",
        &evidence[0],
        &evidence[1],
        &evidence[2],
    ]);
    assert_eq!(json.code, 0, "{}", json.stderr);
    let parsed: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let exact: Vec<(String, String, String)> = parsed["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["rank"].to_string(), u["unit"].as_str().unwrap().to_owned(), u["index"].to_string()))
        .collect();
    let batch: Vec<(String, String, String)> = expected
        .lines()
        .skip(1)
        .map(|line| {
            let fields: Vec<&str> = line.split(',').collect();
            (fields[0].to_owned(), fields[1].to_owned(), fields[fields.len() - 2].to_owned())
        })
        .collect();
    assert_eq!(exact, batch);
}
