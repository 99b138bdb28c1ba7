//! One evidence row after reading: the parsed value, claimed and appraised points,
//! and where it came from.

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// A value cell, parsed for its leaf's rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Nothing typed (or a `manual` leaf, which takes no value).
    Empty,
    /// Marked not applicable (`N/A`, `KAD`, `không áp dụng`).
    NotApplicable,
    /// A number (`tiers`, `ratio`).
    Number(Decimal),
    /// A date (`deadline`).
    Date(NaiveDate),
    /// Yes or no (`check`).
    Flag(bool),
    /// The index of a `choice` option.
    Choice(usize),
    /// A whole count (`deduct`, adjustments).
    Count(u64),
    /// The exact mean percent of survey answers (formats.md section 8): a fraction
    /// that may not end in decimal, so the rule sees it exactly.
    Mean(Box<num_rational::BigRational>),
}

/// Where a row came from: the file's index in the run and the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Origin {
    /// Index into [`super::Evidence::files`].
    pub file: u32,
    /// 1-based line.
    pub line: u64,
}

/// The text cells of a row, kept for score sheets and council tables.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntryText {
    /// The value as typed.
    pub value: String,
    /// Evidence references.
    pub evidence: String,
    /// Note (the council's reason, with `appraised`).
    pub note: String,
    /// The unit's explanation (giải trình) of a first-round score.
    pub explanation: String,
}

/// One unit's row for one leaf or adjustment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The parsed value.
    pub value: Value,
    /// Points the unit claims.
    pub self_score: Option<Decimal>,
    /// Points the council set in its final round.
    pub appraised: Option<Decimal>,
    /// Points the council set in its first round.
    pub appraised_1: Option<Decimal>,
    /// Whether the evidence cell is filled.
    pub has_evidence: bool,
    /// Where the row is (the first, when rows of several layers were merged).
    pub origin: Origin,
    /// The text cells, when kept.
    pub text: Option<Box<EntryText>>,
    /// Which columns are non-empty: one bit per [`super::Column`] (`1 << column`).
    pub filled: u16,
    /// When rows of several layers were merged: each row's filled columns and place.
    pub layers: Option<Box<Vec<(u16, Origin)>>>,
}

impl Entry {
    /// Whether `column` is non-empty in this entry.
    pub fn has(&self, column: super::Column) -> bool {
        self.filled & (1 << column as u16) != 0
    }

    /// The place of the row that filled `column` (the entry's own when not merged).
    pub fn origin_of(&self, column: super::Column) -> Origin {
        self.layers
            .as_ref()
            .and_then(|layers| layers.iter().find(|(filled, _)| filled & (1 << column as u16) != 0).map(|&(_, origin)| origin))
            .unwrap_or(self.origin)
    }

    /// The points the council set: the final round, else the first.
    pub fn council(&self) -> Option<Decimal> {
        self.appraised.or(self.appraised_1)
    }
}
