//! The criteria file exactly as written in TOML, with source spans, before validation.

use indexmap::IndexMap;
use serde::Deserialize;
use toml::Spanned;

/// A number (or anything else) as written, with its span for exact decimal reading.
pub type RawNumber = Spanned<toml::Value>;

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    pub framework: Option<Spanned<RawHeader>>,
    #[serde(default)]
    pub grade: Vec<RawGrade>,
    #[serde(default)]
    pub area: Vec<RawArea>,
    #[serde(default)]
    pub criterion: Vec<RawCriterion>,
    #[serde(default)]
    pub adjustment: Vec<RawAdjustment>,
    #[serde(default)]
    pub grade_cap: Vec<RawGradeCap>,
}

/// `[[grade_cap]]` (extension).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGradeCap {
    pub criterion: Spanned<String>,
    pub at_least: Option<RawNumber>,
    pub at_most: Option<RawNumber>,
    pub best: Spanned<String>,
}

/// `[framework]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHeader {
    pub id: Option<Spanned<String>>,
    pub title: Option<String>,
    pub unit_kind: Option<String>,
    pub year: Option<Spanned<i64>>,
    pub decimals: Option<Spanned<i64>>,
    pub max_total: Option<RawNumber>,
    pub cap_index: Option<bool>,
    pub description: Option<String>,
    pub bonus_cap: Option<RawNumber>,
    pub penalty_cap: Option<RawNumber>,
    pub ties: Option<Spanned<String>>,
    pub rounding: Option<Spanned<String>>,
}

/// `[[grade]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGrade {
    pub name: Spanned<String>,
    pub min_index: RawNumber,
}

/// `[[area]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawArea {
    pub id: Spanned<String>,
    pub name: String,
    pub max: Option<RawNumber>,
    pub description: Option<String>,
}

/// `[[criterion]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCriterion {
    pub id: Spanned<String>,
    pub name: String,
    pub max: Option<RawNumber>,
    pub rule: Option<Spanned<RawRule>>,
    pub optional: Option<Spanned<bool>>,
    pub source: Option<Spanned<String>>,
    pub evidence_required: Option<Spanned<bool>>,
    pub description: Option<String>,
}

/// `rule = { kind = …, … }`: every field any kind may use; validation checks which
/// ones a kind allows.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    pub kind: Spanned<String>,
    pub percent: Option<Spanned<bool>>,
    pub better: Option<Spanned<String>>,
    pub tiers: Option<Spanned<Vec<Spanned<Vec<RawNumber>>>>>,
    pub target: Option<RawNumber>,
    pub floor: Option<RawNumber>,
    pub due: Option<Spanned<toml::Value>>,
    pub late: Option<RawNumber>,
    pub per: Option<RawNumber>,
    pub options: Option<Spanned<IndexMap<String, RawNumber>>>,
    pub step: Option<RawNumber>,
}

/// `[[adjustment]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAdjustment {
    pub id: Spanned<String>,
    pub name: String,
    pub kind: Spanned<String>,
    pub per: RawNumber,
    pub cap: Option<RawNumber>,
    pub description: Option<String>,
}
