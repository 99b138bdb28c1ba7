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
