//! Integration tests: run the real `par-score` binary on files in tests/fixtures/
//! (or written to a temporary directory) and compare exact output and exit status.

mod util;

mod bad_inputs;
mod check;
mod conformance;
mod output;
mod properties;
