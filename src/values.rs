//! Parsers for the cells people type: numbers with either decimal mark, day-first
//! dates, yes/no words, "not applicable" markers and whole counts.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::str::FromStr;

use crate::text::{quote, with_fold};

/// Why a cell could not be read; `text` is the offending cell as quoted in messages
/// (trimmed, at most 40 characters, see [`quote`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueError {
    /// Not a number at all.
    NotANumber {
        /// The offending text.
        text: String,
    },
    /// Several separators of one kind and none of the other: no decimal mark can be told.
    AmbiguousSeparators {
        /// The offending text.
        text: String,
        /// The repeated separator.
        mark: char,
    },
    /// Thousands groups that are not three digits long.
    BadGrouping {
        /// The offending text.
        text: String,
    },
    /// Not one of the accepted date forms.
    NotADate {
        /// The offending text.
        text: String,
    },
    /// A date form with a day or month that does not exist.
    NoSuchDate {
        /// The offending text.
        text: String,
    },
    /// A year before 1900 or after 9999 (`15/01/0000`): a typing slip, never a real date.
    YearOutOfRange {
        /// The offending text.
        text: String,
    },
    /// Not one of the yes/no words.
    NotYesNo {
        /// The offending text.
        text: String,
    },
    /// More significant digits than exact arithmetic holds (28): never rounded silently.
    TooPrecise {
        /// The offending text.
        text: String,
    },
    /// A count with a fraction or a sign.
    NotACount {
        /// The offending text.
        text: String,
    },
    /// A count written with thousands groups (`1.234`, `1,000`): a thousands separator
    /// to a Vietnamese reader, a decimal mark to the number parser.
    ThousandsCount {
        /// The offending text.
        text: String,
        /// The separator.
        mark: char,
    },
}

impl std::fmt::Display for ValueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ValueError::NotANumber { text } => crate::tr!("values-not-a-number", text = text),
            ValueError::AmbiguousSeparators { text, mark } => crate::tr!("values-ambiguous-separators", text = text, mark = mark),
            ValueError::BadGrouping { text } => crate::tr!("values-bad-grouping", text = text),
            ValueError::NotADate { text } => crate::tr!("values-not-a-date", text = text),
            ValueError::NoSuchDate { text } => crate::tr!("values-no-such-date", text = text),
            ValueError::YearOutOfRange { text } => crate::tr!("values-year-out-of-range", text = text),
            ValueError::NotYesNo { text } => crate::tr!("values-not-yes-no", text = text),
            ValueError::TooPrecise { text } => crate::tr!("values-too-precise", text = text),
            ValueError::NotACount { text } => crate::tr!("values-not-a-count", text = text),
            ValueError::ThousandsCount { text, mark } => crate::tr!("values-thousands-count", text = text, mark = mark),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ValueError {}

/// What a yes/no cell may hold, as told to users.
pub const YES_NO_WORDS: &str = "có/không, đạt/không đạt, x, yes/no, 1/0, true/false";
/// What a number cell may hold, as told to users, in the current language.
pub fn number_forms() -> String {
    crate::tr!("values-number-forms")
}

/// What a date cell may hold, as told to users, in the current language.
pub fn date_forms() -> String {
    crate::tr!("values-date-forms")
}

/// What a number cell may hold, in English (kept for callers not yet localised; new
/// code uses [`number_forms`]).
pub const NUMBER_FORMS: &str = "a number such as 92,5 or 92.5 (a trailing % is allowed)";
/// What a date cell may hold, in English (kept for callers not yet localised; new code
/// uses [`date_forms`]).
pub const DATE_FORMS: &str = "a date day first, e.g. 15/01/2024, 15-01-2024 or 2024-01-15";

const MAX_NUMBER_LEN: usize = 40;
/// The largest count accepted: far above any real count, small enough that
/// `per × count` can never overflow.
pub const MAX_COUNT: u64 = 1_000_000_000;

/// Reads a number typed with a decimal comma or point: `92.5`, `92,5`, `92,5%`,
/// `1.234,5`, `1,234.5`. A lone `,` or `.` is the decimal mark; when both appear, the
/// last one is the decimal mark and the other separates groups of three digits.
pub fn parse_number(text: &str) -> Result<Decimal, ValueError> {
    if let Some(number) = plain_number(text) {
        return Ok(number);
    }
    let not_a_number = || ValueError::NotANumber { text: quote(text) };
    let (negative, unsigned) = sign_and_digits(text);
    if unsigned.is_empty()
        || unsigned.len() > MAX_NUMBER_LEN
        || !unsigned.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        || !unsigned.bytes().any(|b| b.is_ascii_digit())
    {
        return Err(not_a_number());
    }
    let commas = unsigned.bytes().filter(|&b| b == b',').count();
    let points = unsigned.bytes().filter(|&b| b == b'.').count();
    let canonical = match (commas, points) {
        (0, 0) | (0, 1) => unsigned.to_owned(),
        (1, 0) => unsigned.replace(',', "."),
        (_, 0) => return Err(ValueError::AmbiguousSeparators { text: quote(text), mark: ',' }),
        (0, _) => return Err(ValueError::AmbiguousSeparators { text: quote(text), mark: '.' }),
        _ => {
            let last = unsigned.rfind([',', '.']).unwrap_or(0);
            let decimal_mark = unsigned.as_bytes()[last];
            let marks_of_kind = unsigned.bytes().filter(|&b| b == decimal_mark).count();
            if marks_of_kind != 1 {
                return Err(ValueError::BadGrouping { text: quote(text) });
            }
            let (whole, fraction) = unsigned.split_at(last);
            let group_mark = if decimal_mark == b',' { '.' } else { ',' };
            let groups: Vec<&str> = whole.split(group_mark).collect();
            let well_grouped = groups.first().is_some_and(|g| (1..=3).contains(&g.len())) && groups[1..].iter().all(|g| g.len() == 3);
            if !well_grouped {
                return Err(ValueError::BadGrouping { text: quote(text) });
            }
            format!("{}.{}", groups.concat(), &fraction[1..])
        }
    };
    let canonical = canonical.strip_suffix('.').unwrap_or(&canonical);
    let canonical = if canonical.starts_with('.') { format!("0{canonical}") } else { canonical.to_owned() };
    let magnitude = match exact_decimal(&canonical) {
        Exact::Value(value) => value,
        Exact::TooPrecise => return Err(ValueError::TooPrecise { text: quote(text) }),
        Exact::NotANumber => return Err(not_a_number()),
    };
    Ok(if negative { -magnitude } else { magnitude })
}

/// What [`exact_decimal`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exact {
    /// The number, exactly as written.
    Value(Decimal),
    /// A number with more significant digits than `Decimal` holds.
    TooPrecise,
    /// Not `digits(.digits)`.
    NotANumber,
}

/// Reads `digits(.digits)` (no sign) exactly. `Decimal::from_str` rounds what it cannot
/// hold (`79.99999999999999999999999999999` becomes 80); this reports it instead.
pub fn exact_decimal(text: &str) -> Exact {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !digits(whole) || !digits(fraction) {
        return Exact::NotANumber;
    }
    let whole = whole.trim_start_matches('0');
    let fraction = fraction.trim_end_matches('0');
    let written = match (whole.is_empty(), fraction.is_empty()) {
        (true, true) => "0".to_owned(),
        (false, true) => whole.to_owned(),
        (true, false) => format!("0.{fraction}"),
        (false, false) => format!("{whole}.{fraction}"),
    };
    match Decimal::from_str(text) {
        Ok(value) if value.normalize().to_string() == written => Exact::Value(value),
        Ok(_) | Err(_) if written.len() <= 2 * MAX_NUMBER_LEN => Exact::TooPrecise,
        _ => Exact::NotANumber,
    }
}

/// Significant digits of a literal such as `1.25e3` or `0.0012` (sign, point and
/// exponent aside): at most 28 can be held exactly.
pub fn significant_digits(literal: &str) -> usize {
    let mantissa = literal.split(['e', 'E']).next().unwrap_or("");
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    digits.trim_start_matches('0').trim_end_matches('0').len()
}

/// A number cell without surrounding spaces, its `%` and its sign: whether it is
/// negative, and the rest.
fn sign_and_digits(text: &str) -> (bool, &str) {
    let trimmed = crate::text::trim(text);
    let body = trimmed.strip_suffix('%').map(str::trim_end).unwrap_or(trimmed);
    match body.as_bytes().first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    }
}

/// The common case of [`parse_number`] without allocating: at most 18 digits with at
/// most one `,` or `.`, an optional sign and `%`. Gives exactly what the general path
/// gives (same value and scale), or `None` to leave the text to it.
fn plain_number(text: &str) -> Option<Decimal> {
    let (negative, unsigned) = sign_and_digits(text);
    let (mut mantissa, mut digits, mut fraction, mut mark) = (0i64, 0u32, 0u32, false);
    for byte in unsigned.bytes() {
        match byte {
            b'0'..=b'9' if digits < 18 => {
                mantissa = mantissa * 10 + i64::from(byte - b'0');
                digits += 1;
                fraction += u32::from(mark);
            }
            b',' | b'.' if !mark => mark = true,
            _ => return None,
        }
    }
    if digits == 0 {
        return None;
    }
    let magnitude = Decimal::new(mantissa, fraction);
    Some(if negative { -magnitude } else { magnitude })
}

/// Whether `text` is digits in groups of three after one to three digits, all split
/// by the same `.` or `,` (`1.234`, `12,000`, `1.000.000`); the separator if so.
fn thousands_groups(text: &str) -> Option<char> {
    let mark = text.chars().find(|c| *c == '.' || *c == ',')?;
    let mut groups = text.split(mark);
    let first = groups.next()?;
    let digits = |group: &str| group.bytes().all(|b| b.is_ascii_digit());
    let rest: Vec<&str> = groups.collect();
    ((1..=3).contains(&first.len()) && digits(first) && !rest.is_empty() && rest.iter().all(|g| g.len() == 3 && digits(g))).then_some(mark)
}

/// Reads a whole count ≥ 0 (`0`, `3`, `2,0`). A count written in thousands groups
/// (`1.234`, `1,000`) is refused: Vietnamese write 1.234 for 1234, English 1,000 for
/// 1000, and either would otherwise read as a decimal.
pub fn parse_count(text: &str) -> Result<u64, ValueError> {
    if let Some(mark) = thousands_groups(crate::text::trim(text)) {
        return Err(ValueError::ThousandsCount { text: quote(text), mark });
    }
    let not_a_count = || ValueError::NotACount { text: quote(text) };
    let number = parse_number(text).map_err(|_| not_a_count())?;
    if number.is_sign_negative() && !number.is_zero() || !number.fract().is_zero() {
        return Err(not_a_count());
    }
    u64::try_from(number.trunc()).ok().filter(|&count| count <= MAX_COUNT).ok_or_else(not_a_count)
}

/// Reads a date, day first: `15/01/2024`, `15-01-2024`, `15.1.2024`, or ISO `2024-01-15`.
pub fn parse_date(text: &str) -> Result<NaiveDate, ValueError> {
    let trimmed = crate::text::trim(text);
    let not_a_date = || ValueError::NotADate { text: quote(text) };
    let mut split = trimmed.split(['/', '-', '.']);
    let parts = [split.next().unwrap_or(""), split.next().unwrap_or(""), split.next().unwrap_or("")];
    if split.next().is_some() || parts.iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) {
        return Err(not_a_date());
    }
    let (year, month, day) = if parts[0].len() == 4 && trimmed.as_bytes()[4] == b'-' {
        (parts[0], parts[1], parts[2])
    } else if parts[2].len() == 4 {
        (parts[2], parts[1], parts[0])
    } else {
        return Err(not_a_date());
    };
    if month.len() > 2 || day.len() > 2 {
        return Err(not_a_date());
    }
    let (year, month, day) = (
        year.parse::<i32>().map_err(|_| not_a_date())?,
        month.parse::<u32>().map_err(|_| not_a_date())?,
        day.parse::<u32>().map_err(|_| not_a_date())?,
    );
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Err(ValueError::YearOutOfRange { text: quote(text) });
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| ValueError::NoSuchDate { text: quote(text) })
}

/// The years a date may have: Excel's first (1900) to the last four-digit year.
pub const FIRST_YEAR: i32 = 1900;
/// See [`FIRST_YEAR`].
pub const LAST_YEAR: i32 = 9999;

/// Reads a yes/no cell, any case: `có`, `đạt`, `x`, `yes`, `1`, `true` are yes;
/// `không`, `không đạt`, `no`, `0`, `false` are no. The unaccented `co`, `khong`,
/// `dat`, `khong dat` are accepted too.
pub fn parse_yes_no(text: &str) -> Result<bool, ValueError> {
    with_fold(text, |folded| match folded {
        "có" | "co" | "đạt" | "dat" | "x" | "yes" | "y" | "1" | "true" => Ok(true),
        "không" | "khong" | "không đạt" | "khong dat" | "no" | "n" | "0" | "false" => Ok(false),
        _ => Err(ValueError::NotYesNo { text: quote(text) }),
    })
}

/// Whether a value cell marks the leaf not applicable: `N/A`, `KAD`, `không áp dụng`
/// (any case; also unaccented `khong ap dung`).
pub fn is_not_applicable(text: &str) -> bool {
    // Every marker folds to a word starting with n or k; text starting with another
    // ASCII character cannot fold to one (a combining mark after it makes it non-ASCII).
    match crate::text::trim(text).bytes().next() {
        None => return false,
        Some(first) if first.is_ascii() && !matches!(first.to_ascii_lowercase(), b'n' | b'k') => return false,
        _ => {}
    }
    with_fold(text, |folded| matches!(folded, "n/a" | "kad" | "không áp dụng" | "khong ap dung"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(text: &str) -> String {
        parse_number(text).map(|d| d.to_string()).unwrap_or_else(|e| format!("error: {e}"))
    }

    #[test]
    fn numbers_in_every_documented_form() {
        assert_eq!(n("92.5"), "92.5");
        assert_eq!(n("92,5"), "92.5");
        assert_eq!(n("92,5%"), "92.5");
        assert_eq!(n(" 92,5 % "), "92.5");
        assert_eq!(n("1.234,5"), "1234.5");
        assert_eq!(n("1,234.5"), "1234.5");
        assert_eq!(n("1.234"), "1.234");
        assert_eq!(n("1,234"), "1.234");
        assert_eq!(n("12.345.678,9"), "12345678.9");
        assert_eq!(n(",5"), "0.5");
        assert_eq!(n("5,"), "5");
        assert_eq!(n("-3"), "-3");
        assert_eq!(n("007"), "7");
    }

    #[test]
    fn dates_of_year_zero_are_refused() {
        assert_eq!(parse_date("15/01/0000"), Err(ValueError::YearOutOfRange { text: "15/01/0000".into() }));
        assert_eq!(parse_date("0000-01-15"), Err(ValueError::YearOutOfRange { text: "0000-01-15".into() }));
        assert!(matches!(parse_date("31/12/1899"), Err(ValueError::YearOutOfRange { .. })));
        assert_eq!(parse_date("01/01/1900"), Ok(NaiveDate::from_ymd_opt(1900, 1, 1).unwrap()));
    }

    #[test]
    fn numbers_rejected() {
        for bad in
            ["", " ", "abc", "NaN", "inf", "-inf", "1e3", "1,2,3", "1.2.3", "1.23,4,5", "12,34.5", "1 234", "%", ",", "--1", "0x10", "١٢"]
        {
            assert!(parse_number(bad).is_err(), "{bad:?} should be rejected");
        }
        assert_eq!(parse_number("1,2,3").unwrap_err(), ValueError::AmbiguousSeparators { text: "1,2,3".into(), mark: ',' });
        assert!(parse_number(&"9".repeat(100)).is_err());
        // 31 and 32 significant digits: rounding would give 80 and 30, meeting a threshold.
        for (text, shown) in [
            ("79,99999999999999999999999999999", "79,99999999999999999999999999999"),
            ("29.999999999999999999999999999999%", "29.999999999999999999999999999999%"),
        ] {
            assert_eq!(parse_number(text), Err(ValueError::TooPrecise { text: shown.into() }));
        }
        // 28 decimals are held exactly (trailing zeros are not significant); a 29th is not.
        assert_eq!(parse_number("0,012345678901234567890123456700").unwrap().normalize().to_string(), "0.0123456789012345678901234567");
        assert!(matches!(parse_number("0,00123456789012345678901234567"), Err(ValueError::TooPrecise { .. })));
        assert_eq!(exact_decimal("79228162514264337593543950335"), Exact::Value(Decimal::MAX));
        assert_eq!(exact_decimal("79228162514264337593543950336"), Exact::TooPrecise);
        assert_eq!(significant_digits("-0.001250e5"), 3);
    }

    /// The general path alone, as before the fast path existed.
    fn general(text: &str) -> Option<(i128, u32, bool)> {
        let trimmed = text.trim();
        let body = trimmed.strip_suffix('%').map(str::trim_end).unwrap_or(trimmed);
        let (negative, unsigned) = match body.as_bytes().first() {
            Some(b'-') => (true, &body[1..]),
            Some(b'+') => (false, &body[1..]),
            _ => (false, body),
        };
        let canonical = unsigned.replace(',', ".");
        let canonical = canonical.strip_suffix('.').unwrap_or(&canonical);
        let canonical = if canonical.starts_with('.') { format!("0{canonical}") } else { canonical.to_owned() };
        let magnitude = Decimal::from_str(&canonical).ok()?;
        let value = if negative { -magnitude } else { magnitude };
        Some((value.mantissa(), value.scale(), value.is_sign_negative()))
    }

    #[test]
    fn the_fast_path_gives_the_same_value_and_scale() {
        for text in [
            "0",
            "7",
            "007",
            "92.5",
            "92,5",
            "92,50",
            "-3",
            "+3",
            "-0",
            "-0,0",
            "5,",
            ".5",
            ",5",
            " 92,5 % ",
            "100%",
            "123456789012345678",
            "0.00000000000000001",
            "99.99",
            "1,25",
        ] {
            let fast = plain_number(text).map(|d| (d.mantissa(), d.scale(), d.is_sign_negative()));
            assert_eq!(fast, general(text), "{text:?}");
        }
        // Left to the general path: too many digits, grouping, or not a number.
        for slow in ["1234567890123456789", "0.0000000000000000001", "1.234,5", "1,2,3", "", "-", "%", "1e3", "1 2", "١٢"] {
            assert_eq!(plain_number(slow), None, "{slow:?}");
        }
    }

    #[test]
    fn counts_in_thousands_groups_are_refused() {
        // "1.234" is 1234 to a Vietnamese reader but 1.234 to the number parser, and
        // "1.000" would silently count 1; "1,000" is the English form of 1000.
        for text in ["1.234", "1.000", "12.500", "1.000.000", "1,000", " 2.000 "] {
            assert!(matches!(parse_count(text), Err(ValueError::ThousandsCount { .. })), "{text}");
        }
        // Not groups of three: a decimal count (an error of its own) or a plain count.
        assert!(matches!(parse_count("1.5"), Err(ValueError::NotACount { .. })));
        assert!(matches!(parse_count("1.2345"), Err(ValueError::NotACount { .. })));
        assert_eq!(parse_count("1234"), Ok(1234));
        assert_eq!(parse_count("2,0"), Ok(2));
    }

    #[test]
    fn counts_are_whole_and_not_negative() {
        assert_eq!(parse_count("3"), Ok(3));
        assert_eq!(parse_count("2,0"), Ok(2));
        assert_eq!(parse_count("0"), Ok(0));
        assert!(parse_count("1,5").is_err());
        assert!(parse_count("-1").is_err());
        assert!(parse_count("x").is_err());
        assert!(parse_count("1000000001").is_err());
    }

    #[test]
    fn dates_day_first_and_iso() {
        let expected = NaiveDate::from_ymd_opt(2024, 1, 15).unwrap();
        for ok in ["15/01/2024", "15-01-2024", "15/1/2024", "2024-01-15", " 15.01.2024 "] {
            assert_eq!(parse_date(ok), Ok(expected), "{ok}");
        }
        assert_eq!(parse_date("29/02/2024"), Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()));
        assert!(matches!(parse_date("31/02/2024"), Err(ValueError::NoSuchDate { .. })));
        assert!(matches!(parse_date("29/02/2023"), Err(ValueError::NoSuchDate { .. })));
        for bad in ["2024/01/15x", "15/01/24", "01/2024", "abc", "", "15/001/2024", "2024-1-150"] {
            assert!(parse_date(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn yes_no_in_any_case() {
        for yes in ["có", "CÓ", "Đạt", "x", "X", "yes", "1", "TRUE"] {
            assert_eq!(parse_yes_no(yes), Ok(true), "{yes}");
        }
        for no in ["không", "KHÔNG ĐẠT", "no", "0", "false", " Không "] {
            assert_eq!(parse_yes_no(no), Ok(false), "{no}");
        }
        assert!(parse_yes_no("maybe").is_err());
        assert!(parse_yes_no("").is_err());
    }

    #[test]
    fn not_applicable_markers() {
        for marker in ["N/A", "n/a", "KAD", "kad", "không áp dụng", "Không Áp Dụng", "khong ap dung"] {
            assert!(is_not_applicable(marker), "{marker}");
        }
        assert!(!is_not_applicable("0"));
        assert!(!is_not_applicable("NA/"));
    }
}
