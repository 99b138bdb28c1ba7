//! Collects rows into units: one slot per leaf and adjustment, duplicates reported.

use std::collections::HashMap;

use super::entry::Entry;
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

/// A row that repeats a (unit, criterion) pair: the kept row and the repeat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Duplicate {
    /// The row kept (earlier file and line).
    pub first: super::entry::Origin,
    /// The repeated row.
    pub second: super::entry::Origin,
    /// Which leaf or adjustment.
    pub target: Target,
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

    /// Adds a row; a second row for the same unit and target is returned as a duplicate
    /// (the earlier row is kept).
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
            Some(kept) => {
                let (first, second) = if kept.origin <= entry.origin { (kept.origin, entry.origin) } else { (entry.origin, kept.origin) };
                if entry.origin < kept.origin {
                    *kept = entry;
                }
                Some(Duplicate { first, second, target })
            }
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
