//! Fuzzes the cell parsers (numbers, dates, yes/no, counts): never a panic, and
//! whatever they accept is consistent.
#![no_main]

use libfuzzer_sys::fuzz_target;
use par_score::values::{MAX_COUNT, is_not_applicable, parse_count, parse_date, parse_number, parse_yes_no};
use rust_decimal::Decimal;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(number) = parse_number(text) {
        // The canonical form of an accepted number reads back to the same number.
        let canonical = number.to_string();
        if canonical.len() <= 40 {
            assert_eq!(parse_number(&canonical), Ok(number), "{text:?}");
        }
    }
    if let Ok(count) = parse_count(text) {
        assert!(count <= MAX_COUNT);
        assert_eq!(parse_number(text).map(|n| n == Decimal::from(count)), Ok(true), "{text:?}");
    }
    if let Ok(date) = parse_date(text) {
        // Day-first and ISO forms of an accepted date read back to the same date.
        assert_eq!(parse_date(&date.format("%d/%m/%Y").to_string()), Ok(date));
        assert_eq!(parse_date(&date.format("%Y-%m-%d").to_string()), Ok(date));
    }
    let _ = parse_yes_no(text);
    let _ = is_not_applicable(text);
});
