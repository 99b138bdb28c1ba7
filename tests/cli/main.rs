//! Integration tests: run the real `par-score` binary on files in tests/fixtures/
//! (or written to a temporary directory) and compare exact output and exit status.

mod util;
mod workbook;

mod bad_input;
mod bad_inputs;
mod batch;
mod bundled_2025;
mod check;
mod compare;
mod conformance;
mod council;
mod criteria_diff;
mod criteria_table;
mod cycle;
mod documents;
mod engine;
mod extensions;
mod formats;
mod gaps;
mod habits;
mod injection;
mod language;
mod output;
mod properties;
mod readme;
mod reference;
mod report;
mod rounds;
mod seal;
mod survey;
mod survey_spread;
mod template;
mod whatif;
mod windows;
mod xlsx_input;
