//! Fuzzes the evidence reader on arbitrary bytes against a fixed framework
//! (tests/fixtures/all-rules.toml), then scores, ranks and renders whatever was read,
//! and computes the warnings of `check` for it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use par_score::check::{run_warnings, unit_warnings};
use par_score::criteria::{Framework, parse_framework};
use par_score::evidence::{Gathered, ReadOptions, header_columns, read_csv};
use std::sync::OnceLock;

fn framework() -> &'static Framework {
    static FRAMEWORK: OnceLock<Framework> = OnceLock::new();
    FRAMEWORK.get_or_init(|| parse_framework(include_str!("../../tests/fixtures/all-rules.toml"), "all-rules.toml").expect("fuzz framework is valid"))
}

fuzz_target!(|data: &[u8]| {
    let framework = framework();
    let Ok(read) = read_csv(data, "fuzz.csv", 0, framework, ReadOptions { keep_text: true }) else { return };
    let _ = read.problems.to_string();
    let rejected = read.book.rejected().to_vec();
    let has_errors = read.problems.has_errors();
    let gathered = Gathered {
        files: vec!["fuzz.csv".to_owned()],
        columns: vec![header_columns(data)],
        units: read.book.into_units(),
        rejected,
        problems: read.problems,
    };
    let mut scores = Vec::new();
    for unit in &gathered.units {
        if let Ok(score) = par_score::scoring::score_unit(framework, unit) {
            assert!(score.figures.total >= rust_decimal::Decimal::ZERO);
            assert!(score.figures.index <= rust_decimal::Decimal::ONE_HUNDRED);
            let _ = unit_warnings(framework, &gathered, unit, &score).to_string();
            let _ = par_score::report::sheet_json(framework, unit, &score);
            scores.push(score);
        }
    }
    let _ = run_warnings(&gathered).to_string();
    if has_errors {
        return;
    }
    let totals = scores.iter().map(|score| par_score::scoring::UnitTotals::of(framework, score)).collect();
    let ranked = par_score::ranking::rank(totals);
    let roster = par_score::register::Roster::default();
    let _ = par_score::report::ranking_csv(framework, &ranked, &roster);
    let _ = par_score::report::ranking_json(framework, &ranked, &roster);
});
