//! JSON helpers: exact decimal numbers and the framework header every document carries.

use rust_decimal::Decimal;
use serde_json::{Value as Json, json};
use std::str::FromStr;

use crate::criteria::Framework;
use crate::points::fixed;

/// An exact JSON number with `decimals` places (e.g. `29.25`, never a binary float).
pub fn number(value: Decimal, decimals: u32) -> Json {
    let text = fixed(value, decimals);
    // A fixed-point decimal string is always a valid JSON number.
    Json::Number(serde_json::Number::from_str(&text).expect("fixed-point decimal is a JSON number"))
}

/// The framework's id, title, year and decimals.
pub fn framework_header(framework: &Framework) -> Json {
    json!({
        "id": framework.id,
        "title": framework.title,
        "unit_kind": framework.unit_kind,
        "year": framework.year,
        "decimals": framework.decimals,
    })
}

/// Pretty JSON text with a final newline.
pub fn to_text(value: &Json) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("JSON values always serialise");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_exact_literals() {
        let value =
            json!({ "total": number(Decimal::from_str("29.25").unwrap(), 2), "index": number(Decimal::from_str("97.5").unwrap(), 2) });
        assert_eq!(serde_json::to_string(&value).unwrap(), r#"{"total":29.25,"index":97.50}"#);
    }
}
