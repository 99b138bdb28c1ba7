//! The batch tally: scores each row as it is read and keeps only each unit's sums,
//! so ranking a country's units holds a few hundred bytes per unit, not every row.

use std::collections::HashMap;

use rayon::prelude::*;
use rust_decimal::Decimal;

use super::totals::{Sums, UnitTotals};
use super::unit::{Status, leaf_points, score_adjustment};
use crate::criteria::{AdjustmentKind, Framework, Source, Target};
use crate::evidence::{BatchSink, Duplicate, Entry, RowSink};

/// One unit's sums so far.
#[derive(Debug, Clone)]
struct Partial {
    name: Box<str>,
    sums: Sums,
    /// Sum of the maxima of the leaves marked N/A.
    not_applicable: Decimal,
    /// One bit per leaf and adjustment that has a row.
    seen: Box<[u64]>,
}

/// Units' sums of rounded points, filled row by row (see [`RowSink`]).
#[derive(Debug, Clone)]
pub struct Tally {
    areas: usize,
    slots: usize,
    names: HashMap<Box<str>, usize>,
    units: Vec<Partial>,
    last: usize,
    repeated: bool,
}

impl Tally {
    /// An empty tally for `framework`.
    pub fn new(framework: &Framework) -> Self {
        Tally {
            areas: framework.areas.len(),
            slots: framework.leaves.len() + framework.adjustments.len(),
            names: HashMap::new(),
            units: Vec::new(),
            last: usize::MAX,
            repeated: false,
        }
    }

    fn unit(&mut self, name: &str) -> &mut Partial {
        if self.units.get(self.last).is_none_or(|unit| *unit.name != *name) {
            self.last = match self.names.get(name) {
                Some(&index) => index,
                None => {
                    self.names.insert(name.into(), self.units.len());
                    self.units.push(Partial {
                        name: name.into(),
                        sums: Sums { areas: vec![Decimal::ZERO; self.areas], ..Sums::default() },
                        not_applicable: Decimal::ZERO,
                        seen: vec![0; self.slots.div_ceil(64)].into(),
                    });
                    self.units.len() - 1
                }
            };
        }
        &mut self.units[self.last]
    }

    /// The units' totals, or `None` when the rows cannot be ranked as they are: a
    /// (unit, criterion) pair came twice, or a unit has every leaf marked N/A. The
    /// exact reader then says where.
    pub fn into_totals(self, framework: &Framework) -> Option<Vec<UnitTotals>> {
        if self.repeated {
            return None;
        }
        let total_max = framework.total_max();
        self.units
            .into_par_iter()
            .map(|unit| {
                let sums = Sums { max: total_max - unit.not_applicable, ..unit.sums };
                UnitTotals::new(framework, unit.name.into(), sums).ok()
            })
            .collect()
    }
}

impl RowSink for Tally {
    fn add(&mut self, framework: &Framework, unit: &str, target: Target, entry: Entry) -> Option<Duplicate> {
        let slot = match target {
            Target::Leaf(leaf) => leaf,
            Target::Adjustment(adjustment) => framework.leaves.len() + adjustment,
            Target::Group(_) => return None,
        };
        let partial = self.unit(unit);
        let (word, bit) = (slot / 64, 1u64 << (slot % 64));
        if partial.seen[word] & bit != 0 {
            self.repeated = true;
            return None;
        }
        partial.seen[word] |= bit;
        let sums = &mut partial.sums;
        match target {
            Target::Leaf(leaf) => {
                let spec = &framework.leaves[leaf];
                let (points, status) = leaf_points(framework, leaf, &entry);
                if status == Status::NotApplicable {
                    partial.not_applicable += spec.max;
                } else {
                    sums.areas[spec.area] += points;
                    match spec.source {
                        Source::Assessment => sums.assessment += points,
                        Source::Survey => sums.survey += points,
                    }
                }
            }
            Target::Adjustment(adjustment) => {
                let score = score_adjustment(framework, adjustment, Some(&entry));
                match framework.adjustments[adjustment].kind {
                    AdjustmentKind::Bonus => sums.bonus += score.points,
                    AdjustmentKind::Penalty => sums.penalty += score.points,
                }
            }
            Target::Group(_) => {}
        }
        None
    }
}

impl BatchSink for Tally {
    fn absorb(&mut self, other: Tally) {
        self.repeated |= other.repeated;
        for theirs in other.units {
            let Some(&index) = self.names.get(&theirs.name) else {
                self.names.insert(theirs.name.clone(), self.units.len());
                self.units.push(theirs);
                continue;
            };
            let ours = &mut self.units[index];
            for (mine, their) in ours.seen.iter_mut().zip(&theirs.seen) {
                self.repeated |= *mine & their != 0;
                *mine |= their;
            }
            for (mine, their) in ours.sums.areas.iter_mut().zip(&theirs.sums.areas) {
                *mine += their;
            }
            ours.sums.assessment += theirs.sums.assessment;
            ours.sums.survey += theirs.sums.survey;
            ours.sums.bonus += theirs.sums.bonus;
            ours.sums.penalty += theirs.sums.penalty;
            ours.not_applicable += theirs.not_applicable;
        }
    }
}
