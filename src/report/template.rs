//! A blank evidence sheet for a framework: one row per leaf and adjustment with its
//! id, name, maximum and what to enter. Its header row is the contract's columns
//! (plus columns the reader ignores), so a filled-in sheet scores as it is.

use rust_decimal::Decimal;

use crate::criteria::{AdjustmentKind, Framework, Rule, describe_rule, value_hint};
use crate::evidence::Column;
use crate::labels::Lang;
use crate::points::plain;

/// How a row's value is entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// Yes or no (a dropdown of "có"/"không").
    YesNo,
    /// One of the labels (a dropdown).
    Choice(Vec<String>),
    /// Free text: a number, a date, a count, or nothing.
    Free,
}

/// One row of the template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateRow {
    /// Leaf or adjustment id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The maximum (for an adjustment, its cap, if any).
    pub max: Option<Decimal>,
    /// What to type in the value cell.
    pub hint: String,
    /// How the row is scored.
    pub rule: String,
    /// How the value is entered.
    pub entry: Entry,
    /// Whether the unit may mark it not applicable.
    pub optional: bool,
}

/// A template column: what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// A column of the contract.
    Contract(Column),
    /// The criterion's name (ignored by the reader).
    Name,
    /// The maximum (ignored by the reader).
    Max,
    /// What to enter (ignored by the reader).
    Hint,
    /// How the row is scored (ignored by the reader).
    Rule,
}

/// The template's columns, in order.
pub const FIELDS: [Field; 11] = [
    Field::Contract(Column::Unit),
    Field::Contract(Column::Criterion),
    Field::Name,
    Field::Max,
    Field::Hint,
    Field::Contract(Column::Value),
    Field::Contract(Column::SelfScore),
    Field::Contract(Column::Evidence),
    Field::Contract(Column::Note),
    Field::Contract(Column::Appraised),
    Field::Rule,
];

/// The header of a template column.
pub fn header(field: Field, lang: Lang) -> String {
    let (labels, council) = (lang.labels(), lang.council());
    match (field, lang) {
        (Field::Contract(column), Lang::Vi) => {
            let name = column.vietnamese();
            let mut chars = name.chars();
            chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
        }
        (Field::Contract(column), Lang::En) => column.name().to_owned(),
        (Field::Name, _) => council.criterion_name.to_owned(),
        (Field::Max, _) => labels.max.to_owned(),
        (Field::Hint, _) => council.hint.to_owned(),
        (Field::Rule, _) => labels.rule.to_owned(),
    }
}

/// Every leaf, then every adjustment, in the framework's order.
pub fn template_rows(framework: &Framework) -> Vec<TemplateRow> {
    let mut rows: Vec<TemplateRow> = framework
        .leaves
        .iter()
        .map(|leaf| {
            let node = &framework.nodes[leaf.node];
            let entry = match &leaf.rule {
                Rule::Check => Entry::YesNo,
                Rule::Choice { options } => Entry::Choice(options.iter().map(|o| o.label.clone()).collect()),
                _ => Entry::Free,
            };
            let mut hint = value_hint(leaf);
            if leaf.optional {
                hint.push_str("; hoặc \"không áp dụng\"");
            }
            TemplateRow {
                id: node.id.clone(),
                name: node.name.clone(),
                max: Some(leaf.max),
                hint,
                rule: describe_rule(leaf),
                entry,
                optional: leaf.optional,
            }
        })
        .collect();
    rows.extend(framework.adjustments.iter().map(|adjustment| {
        let sign = if adjustment.kind == AdjustmentKind::Bonus { "+" } else { "−" };
        let cap = adjustment.cap.map(|cap| format!("; tối đa {}", plain(cap).replace('.', ","))).unwrap_or_default();
        TemplateRow {
            id: adjustment.id.clone(),
            name: adjustment.name.clone(),
            max: adjustment.cap,
            hint: "số lần (số nguyên ≥ 0)".to_owned(),
            rule: format!("{sign}{} mỗi lần{cap}", plain(adjustment.per).replace('.', ",")),
            entry: Entry::Free,
            optional: false,
        }
    }));
    rows
}

/// A maximum as the reader of the CSV's language reads it: `1,5` in Vietnamese (Excel
/// in a Vietnamese locale takes `,` for the decimal mark and would keep `1.5` as text,
/// or read `1.250` as one thousand two hundred fifty), `1.5` in English; whole maxima
/// (`2`) read alike everywhere.
fn shown_max(max: rust_decimal::Decimal, lang: Lang) -> String {
    crate::i18n::decimal_in(lang, &max)
}

/// The template as CSV (UTF-8 with a BOM, so Excel shows Vietnamese correctly).
pub fn template_csv(framework: &Framework, unit: Option<&str>, lang: Lang) -> Vec<u8> {
    let headers: Vec<String> = FIELDS.iter().map(|&field| header(field, lang)).collect();
    let rows: Vec<Vec<String>> = template_rows(framework)
        .into_iter()
        .map(|row| {
            FIELDS
                .iter()
                .map(|field| match field {
                    Field::Contract(Column::Unit) => unit.unwrap_or_default().to_owned(),
                    Field::Contract(Column::Criterion) => row.id.clone(),
                    Field::Contract(_) => String::new(),
                    Field::Name => row.name.clone(),
                    Field::Max => row.max.map(|max| shown_max(max, lang)).unwrap_or_default(),
                    Field::Hint => row.hint.clone(),
                    Field::Rule => row.rule.clone(),
                })
                .map(|text| super::inert::csv_text(&text).into_owned())
                .collect()
        })
        .collect();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(super::grid::csv_bytes(&headers, rows.iter().map(Vec::as_slice)));
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::ColumnMap;

    #[test]
    fn maxima_use_the_decimal_mark_of_the_language() {
        let half = rust_decimal::Decimal::new(15, 1);
        assert_eq!((shown_max(half, Lang::Vi), shown_max(half, Lang::En)), ("1,5".to_owned(), "1.5".to_owned()));
        let two = rust_decimal::Decimal::new(200, 2);
        assert_eq!((shown_max(two, Lang::Vi), shown_max(two, Lang::En)), ("2".to_owned(), "2".to_owned()));
    }

    #[test]
    fn the_header_maps_to_the_contract_columns_in_both_languages() {
        for lang in [Lang::Vi, Lang::En] {
            let headers: Vec<String> = FIELDS.iter().map(|&f| header(f, lang)).collect();
            let map = ColumnMap::from_headers(headers.iter().map(String::as_str)).unwrap();
            for (index, field) in FIELDS.iter().enumerate() {
                if let Field::Contract(column) = field {
                    assert_eq!(map.position(*column), Some(index), "{lang:?} {column:?}");
                }
            }
            // The extra columns name nothing the reader knows.
            for (index, field) in FIELDS.iter().enumerate() {
                if !matches!(field, Field::Contract(_)) {
                    assert!(Column::from_header(&headers[index]).is_none(), "{}", headers[index]);
                }
            }
        }
    }
}
