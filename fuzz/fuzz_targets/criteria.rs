//! Fuzzes the criteria loader: any bytes, as text, must give a framework or
//! diagnostics naming the file, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use par_score::criteria::parse_framework;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match parse_framework(&text, "fuzz.toml") {
        Ok(framework) => {
            // A valid framework must describe itself without panicking.
            let _ = par_score::report::criteria_json(&framework);
            let _ = par_score::report::criteria_grid(&framework, par_score::labels::Lang::Vi).to_table();
        }
        Err(problems) => {
            assert!(problems.has_errors());
            assert!(problems.items().iter().all(|p| p.location.file == "fuzz.toml"));
            let _ = problems.to_string();
        }
    }
});
