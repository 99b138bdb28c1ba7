//! Differential test: random frameworks and evidence (tests/reference/difftest.py) ranked
//! by par-score and by the independent Python implementation of the contract
//! (tests/reference/ref_score.py) must give identical bytes.

use crate::util::repo;

#[test]
fn agrees_with_the_reference_implementation_on_random_inputs() {
    let binary = assert_cmd::cargo::cargo_bin("par-score");
    let output = std::process::Command::new("python3")
        .arg(repo().join("tests/reference/difftest.py"))
        .arg(&binary)
        .arg("40")
        .output()
        .expect("python3 is needed for the differential test");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains("mismatches 0 of 40"), "{stdout}");
}
