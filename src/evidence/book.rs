//! Collects rows into units: one slot per leaf and adjustment, duplicates reported.

use std::collections::HashMap;

use super::columns::Column;
use super::entry::{Entry, Origin, Value};
use crate::criteria::{Framework, Target};

/// Everything read for one unit.
#[derive(Debug, Clone)]
pub struct UnitEvidence {
    /// The unit's name in canonical form (NFC, trimmed, white space collapsed).
    pub name: String,
    /// One slot per leaf of the framework, in leaf order.
    pub leaves: Vec<Option<Entry>>,
    /// One slot per adjustment, in declared order.
    pub adjustments: Vec<Option<Entry>>,
    /// The files the unit's rows came from (indices, ascending).
    pub files: Vec<u32>,
}

impl UnitEvidence {
    /// A unit with no rows yet.
    pub fn new(name: String, framework: &Framework) -> Self {
        UnitEvidence {
            name,
            leaves: vec![None; framework.leaves.len()],
            adjustments: vec![None; framework.adjustments.len()],
            files: Vec::new(),
        }
    }

    /// The slot of a target; `None` for groups, which never hold rows.
    pub fn slot(&mut self, target: Target) -> Option<&mut Option<Entry>> {
        match target {
            Target::Leaf(leaf) => self.leaves.get_mut(leaf),
            Target::Adjustment(adjustment) => self.adjustments.get_mut(adjustment),
            Target::Group(_) => None,
        }
    }

    /// Number of rows held.
    pub fn row_count(&self) -> usize {
        self.leaves.iter().chain(&self.adjustments).filter(|slot| slot.is_some()).count()
    }
}

/// Rows of one (unit, criterion) pair that cannot be merged: the earlier row and the
/// later one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Duplicate {
    /// The earlier row (file and line).
    pub first: super::entry::Origin,
    /// The later row.
    pub second: super::entry::Origin,
    /// Which leaf or adjustment.
    pub target: Target,
    /// Why they cannot be merged.
    pub conflict: Conflict,
}

/// Why two rows of one (unit, criterion) cannot be merged (formats.md, section 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    /// The same column is non-empty in both.
    Twice(Column),
    /// One marks the leaf N/A, the other gives the council's points in this column.
    NotApplicable(Column),
}

/// Merges `entry` into `kept` (rows of two layers of one unit and criterion), or says
/// why they cannot be merged; `kept` is unchanged then.
pub fn merge_entry(kept: &mut Entry, entry: Entry, target: Target) -> Option<Duplicate> {
    let order = |a: Origin, b: Origin| if a <= b { (a, b) } else { (b, a) };
    let overlap = kept.filled & entry.filled;
    if overlap != 0 {
        let column = Column::ALL.into_iter().find(|&c| overlap & (1 << c as u16) != 0).unwrap_or(Column::Criterion);
        let (first, second) = order(kept.origin_of(column), entry.origin);
        return Some(Duplicate { first, second, target, conflict: Conflict::Twice(column) });
    }
    let council = [Column::Appraised, Column::AppraisedFirst];
    let not_applicable = |e: &Entry| e.value == Value::NotApplicable;
    let clash = if not_applicable(kept) {
        council.into_iter().find(|&c| entry.has(c)).map(|c| (kept.origin_of(Column::Value), entry.origin, c))
    } else if not_applicable(&entry) {
        council.into_iter().find(|&c| kept.has(c)).map(|c| (kept.origin_of(c), entry.origin, c))
    } else {
        None
    };
    if let Some((a, b, column)) = clash {
        let (first, second) = order(a, b);
        return Some(Duplicate { first, second, target, conflict: Conflict::NotApplicable(column) });
    }
    if entry.has(Column::Value) || (kept.value == Value::Empty && entry.value != Value::Empty) {
        kept.value = entry.value;
    }
    kept.self_score = kept.self_score.or(entry.self_score);
    kept.appraised = kept.appraised.or(entry.appraised);
    kept.appraised_1 = kept.appraised_1.or(entry.appraised_1);
    kept.has_evidence |= entry.has_evidence;
    if let Some(more) = entry.text {
        let text = kept.text.get_or_insert_with(Default::default);
        for (mine, theirs) in [
            (&mut text.value, more.value),
            (&mut text.evidence, more.evidence),
            (&mut text.note, more.note),
            (&mut text.explanation, more.explanation),
        ] {
            if mine.is_empty() {
                *mine = theirs;
            }
        }
    }
    let layers = kept.layers.get_or_insert_with(|| Box::new(vec![(kept.filled, kept.origin)]));
    layers.push((entry.filled, entry.origin));
    layers.sort_by_key(|&(_, origin)| origin);
    kept.filled |= entry.filled;
    kept.origin = kept.origin.min(entry.origin);
    None
}

/// Units by canonical name.
#[derive(Debug, Default)]
pub struct Book {
    units: HashMap<String, UnitEvidence>,
    rejected: Vec<(String, Target)>,
}

impl Book {
    /// An empty book.
    pub fn new() -> Self {
        Book::default()
    }

    /// Adds a row; a second row for the same unit and target is merged into the first
    /// (layers, formats.md section 7), or returned as a duplicate when it cannot be.
    pub fn add(&mut self, framework: &Framework, unit: &str, target: Target, entry: Entry) -> Option<Duplicate> {
        let evidence = match self.units.get_mut(unit) {
            Some(evidence) => evidence,
            None => self.units.entry(unit.to_owned()).or_insert_with(|| UnitEvidence::new(unit.to_owned(), framework)),
        };
        let file = entry.origin.file;
        if evidence.files.last() != Some(&file) && !evidence.files.contains(&file) {
            evidence.files.push(file);
            evidence.files.sort_unstable();
        }
        let slot = evidence.slot(target)?;
        match slot {
            Some(kept) => merge_entry(kept, entry, target),
            None => {
                *slot = Some(entry);
                None
            }
        }
    }

    /// Notes a row of `unit` for `target` that was not kept because it has errors, so
    /// that `check` does not also report the leaf as missing.
    pub fn reject(&mut self, unit: &str, target: Target) {
        self.rejected.push((unit.to_owned(), target));
    }

    /// The rows not kept because of errors: unit and target.
    pub fn rejected(&self) -> &[(String, Target)] {
        &self.rejected
    }

    /// Moves every row of `other` into this book, returning the duplicates.
    pub fn merge(&mut self, framework: &Framework, other: Book) -> Vec<(String, Duplicate)> {
        let mut duplicates = Vec::new();
        self.rejected.extend(other.rejected);
        for (name, unit) in other.units {
            let targets = unit
                .leaves
                .into_iter()
                .enumerate()
                .map(|(i, e)| (Target::Leaf(i), e))
                .chain(unit.adjustments.into_iter().enumerate().map(|(i, e)| (Target::Adjustment(i), e)));
            let mut any = false;
            for (target, entry) in targets {
                if let Some(entry) = entry {
                    any = true;
                    if let Some(duplicate) = self.add(framework, &name, target, entry) {
                        duplicates.push((name.clone(), duplicate));
                    }
                }
            }
            if !any {
                self.units.entry(name.clone()).or_insert_with(|| UnitEvidence::new(name, framework));
            }
        }
        duplicates
    }

    /// The units, sorted by name (code-point order).
    pub fn into_units(self) -> Vec<UnitEvidence> {
        let mut units: Vec<UnitEvidence> = self.units.into_values().collect();
        units.sort_by(|a, b| a.name.cmp(&b.name));
        units
    }

    /// Whether no unit has been seen.
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    fn row(line: u64, value: Value, filled: &[Column]) -> Entry {
        Entry {
            value,
            self_score: None,
            appraised: None,
            appraised_1: None,
            has_evidence: false,
            origin: Origin { file: 0, line },
            text: None,
            filled: filled.iter().fold(0, |mask, &c| mask | 1 << c as u16),
            layers: None,
        }
    }

    #[test]
    fn layers_merge_column_by_column() {
        let mut kept = row(2, Value::Flag(true), &[Column::Value, Column::SelfScore]);
        kept.self_score = Some(Decimal::ONE);
        let mut first_round = row(7, Value::Empty, &[Column::AppraisedFirst, Column::Note]);
        first_round.appraised_1 = Some(Decimal::ZERO);
        assert_eq!(merge_entry(&mut kept, first_round, Target::Leaf(0)), None);
        let mut final_round = row(3, Value::Empty, &[Column::Appraised]);
        final_round.appraised = Some(Decimal::TWO);
        assert_eq!(merge_entry(&mut kept, final_round, Target::Leaf(0)), None);
        // The value of the first layer stays; every round's points are kept.
        assert_eq!(
            (kept.value.clone(), kept.self_score, kept.appraised_1, kept.appraised),
            (Value::Flag(true), Some(Decimal::ONE), Some(Decimal::ZERO), Some(Decimal::TWO))
        );
        assert_eq!(kept.origin, Origin { file: 0, line: 2 });
        assert_eq!(kept.origin_of(Column::Note), Origin { file: 0, line: 7 });
        assert_eq!(kept.origin_of(Column::Appraised), Origin { file: 0, line: 3 });
    }

    #[test]
    fn a_column_twice_names_the_row_that_filled_it_first() {
        let mut kept = row(2, Value::Flag(true), &[Column::Value]);
        merge_entry(&mut kept, row(5, Value::Empty, &[Column::Note]), Target::Leaf(1));
        let twice = merge_entry(&mut kept, row(9, Value::Empty, &[Column::Note]), Target::Leaf(1)).unwrap();
        assert_eq!(twice.conflict, Conflict::Twice(Column::Note));
        assert_eq!((twice.first.line, twice.second.line), (5, 9));
    }

    #[test]
    fn council_points_on_a_leaf_marked_not_applicable_elsewhere_do_not_merge() {
        let mut kept = row(4, Value::NotApplicable, &[Column::Value]);
        let mut points = row(2, Value::Empty, &[Column::AppraisedFirst]);
        points.appraised_1 = Some(Decimal::ONE);
        let clash = merge_entry(&mut kept, points, Target::Leaf(0)).unwrap();
        assert_eq!(clash.conflict, Conflict::NotApplicable(Column::AppraisedFirst));
        assert_eq!((clash.first.line, clash.second.line), (2, 4));
        assert_eq!(kept.appraised_1, None);
    }
}
