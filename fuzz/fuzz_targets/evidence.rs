//! Fuzzes the evidence reader on arbitrary bytes against a fixed framework
//! (tests/fixtures/all-rules.toml), then scores, ranks and renders whatever was read.
#![no_main]

use libfuzzer_sys::fuzz_target;
use par_score::criteria::{Framework, parse_framework};
use par_score::evidence::{ReadOptions, read_csv};
use std::sync::OnceLock;

fn framework() -> &'static Framework {
    static FRAMEWORK: OnceLock<Framework> = OnceLock::new();
    FRAMEWORK.get_or_init(|| parse_framework(include_str!("../../tests/fixtures/all-rules.toml"), "all-rules.toml").expect("fuzz framework is valid"))
}

fuzz_target!(|data: &[u8]| {
    let framework = framework();
    let Ok(read) = read_csv(data, "fuzz.csv", 0, framework, ReadOptions { keep_text: true }) else { return };
    let _ = read.problems.to_string();
    if read.problems.has_errors() {
        return;
    }
    let units = read.book.into_units();
    let mut scores = Vec::new();
    for unit in &units {
        if let Ok(score) = par_score::scoring::score_unit(framework, unit) {
            assert!(score.total >= rust_decimal::Decimal::ZERO);
            assert!(score.index <= rust_decimal::Decimal::ONE_HUNDRED);
            let _ = par_score::report::sheet_json(framework, unit, &score);
            scores.push(score);
        }
    }
    let ranked = par_score::ranking::rank(scores);
    let _ = par_score::report::ranking_csv(framework, &ranked);
    let _ = par_score::report::ranking_json(framework, &ranked);
});
