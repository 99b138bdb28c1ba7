//! The batch tally: scores each row as it is read and keeps only each unit's sums,
//! so ranking a country's units holds a few hundred bytes per unit, not every row.
//!
//! The sums of all units lie in one flat array and the rows seen in another: a
//! national ranking's units stay close together in memory, with one allocation per
//! unit (its name) instead of several.

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rayon::prelude::*;
use rust_decimal::Decimal;
use rustc_hash::FxBuildHasher;

use super::totals::{Sums, UnitTotals};
use super::unit::{Status, grade_cap_met, leaf_points, score_adjustment};
use crate::criteria::{AdjustmentKind, Framework, Source, Target};
use crate::evidence::{BatchSink, Duplicate, Entry, RowSink};

/// Where each figure of a unit is, after its areas' points.
const ASSESSMENT: usize = 0;
const SURVEY: usize = 1;
const BONUS: usize = 2;
const PENALTY: usize = 3;
/// Sum of the maxima of the leaves marked N/A.
const NOT_APPLICABLE: usize = 4;
const FIGURES: usize = 5;

/// Units' sums of rounded points, filled row by row (see [`RowSink`]).
#[derive(Debug, Clone)]
pub struct Tally {
    areas: usize,
    /// Figures per unit: its areas, then `ASSESSMENT..FIGURES`.
    width: usize,
    /// `width` figures per unit, units in the order first met.
    figures: Vec<Decimal>,
    /// 64-bit words of "has a row" bits per unit: one bit per leaf and adjustment.
    words: usize,
    seen: Vec<u64>,
    names: Vec<Box<str>>,
    /// Positions in `names`, found by name (names come from files on the user's
    /// own machine: a fast hash is safe).
    by_name: HashTable<u32>,
    last: usize,
    repeated: bool,
}

impl Tally {
    /// An empty tally for `framework`.
    pub fn new(framework: &Framework) -> Self {
        let areas = framework.areas.len();
        Tally {
            areas,
            // One more figure per grade cap: 1 when the unit's row meets it.
            width: areas + FIGURES + framework.grade_caps.len(),
            figures: Vec::new(),
            words: (framework.leaves.len() + framework.adjustments.len()).div_ceil(64),
            seen: Vec::new(),
            names: Vec::new(),
            by_name: HashTable::new(),
            last: usize::MAX,
            repeated: false,
        }
    }

    /// The position of `name`, if the tally has it.
    fn find(&self, name: &str) -> Option<usize> {
        let names = &self.names;
        self.by_name.find(FxBuildHasher.hash_one(name), |&at| *names[at as usize] == *name).map(|&at| at as usize)
    }

    /// Adds a unit without figures or rows and returns its position.
    fn push(&mut self, name: Box<str>) -> usize {
        let at = self.names.len();
        let names = &self.names;
        self.by_name.insert_unique(FxBuildHasher.hash_one(&*name), at as u32, |&other| FxBuildHasher.hash_one(&*names[other as usize]));
        self.names.push(name);
        self.figures.resize(self.figures.len() + self.width, Decimal::ZERO);
        self.seen.resize(self.seen.len() + self.words, 0);
        at
    }

    /// The position of `name`, added when new.
    fn unit(&mut self, name: &str) -> usize {
        if self.names.get(self.last).is_none_or(|last| **last != *name) {
            self.last = match self.find(name) {
                Some(at) => at,
                None => self.push(name.into()),
            };
        }
        self.last
    }

    /// The units' totals, or `None` when the rows cannot be ranked as they are: a
    /// (unit, criterion) pair came twice, or a unit has every leaf marked N/A. The
    /// exact reader then says where.
    pub fn into_totals(self, framework: &Framework) -> Option<Vec<UnitTotals>> {
        if self.repeated {
            return None;
        }
        let total_max = framework.total_max();
        let areas = self.areas;
        self.names
            .into_par_iter()
            .zip(self.figures.par_chunks(self.width))
            .map(|(name, figures)| {
                let (area_points, rest) = figures.split_at(areas);
                let sums = Sums {
                    areas: area_points.to_vec(),
                    assessment: rest[ASSESSMENT],
                    survey: rest[SURVEY],
                    bonus: rest[BONUS],
                    penalty: rest[PENALTY],
                    max: total_max - rest[NOT_APPLICABLE],
                };
                let mut totals = UnitTotals::new(framework, name.into(), sums).ok()?;
                let met = rest[FIGURES..].iter().enumerate().filter(|(_, flag)| !flag.is_zero()).map(|(cap, _)| cap);
                totals.figures.cap_grade(framework, met);
                Some(totals)
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
        let at = self.unit(unit);
        let (word, bit) = (at * self.words + slot / 64, 1u64 << (slot % 64));
        if self.seen[word] & bit != 0 {
            self.repeated = true;
            return None;
        }
        self.seen[word] |= bit;
        let figures = &mut self.figures[at * self.width..(at + 1) * self.width];
        let (areas, rest) = figures.split_at_mut(self.areas);
        match target {
            Target::Leaf(leaf) => {
                let spec = &framework.leaves[leaf];
                let (points, status) = leaf_points(framework, leaf, &entry);
                for (cap, spec) in framework.grade_caps.iter().enumerate() {
                    if spec.leaf == leaf && grade_cap_met(spec, &entry) {
                        rest[FIGURES + cap] = Decimal::ONE;
                    }
                }
                if status == Status::NotApplicable {
                    rest[NOT_APPLICABLE] += spec.max;
                } else {
                    areas[spec.area] += points;
                    match spec.source {
                        Source::Assessment => rest[ASSESSMENT] += points,
                        Source::Survey => rest[SURVEY] += points,
                    }
                }
            }
            Target::Adjustment(adjustment) => {
                let score = score_adjustment(framework, adjustment, Some(&entry));
                match framework.adjustments[adjustment].kind {
                    AdjustmentKind::Bonus => rest[BONUS] += score.points,
                    AdjustmentKind::Penalty => rest[PENALTY] += score.points,
                }
            }
            Target::Group(_) => {}
        }
        None
    }
}

impl BatchSink for Tally {
    fn absorb_all(&mut self, parts: Vec<Tally>) {
        // Room for every unit at once: the table is never rebuilt while it grows.
        let more: usize = parts.iter().map(|part| part.names.len()).sum();
        let names = &self.names;
        self.by_name.reserve(more, |&at| FxBuildHasher.hash_one(&*names[at as usize]));
        self.names.reserve(more);
        self.figures.reserve(more * self.width);
        self.seen.reserve(more * self.words);
        let (width, words) = (self.width, self.words);
        for part in parts {
            self.repeated |= part.repeated;
            for ((name, figures), seen) in part.names.into_iter().zip(part.figures.chunks(width)).zip(part.seen.chunks(words)) {
                // A unit cut by the end of a chunk goes on at the start of the next.
                let at = match self.names.last() {
                    Some(last) if *last == name => self.names.len() - 1,
                    _ => match self.find(&name) {
                        Some(at) => at,
                        None => self.push(name),
                    },
                };
                for (mine, their) in self.seen[at * words..(at + 1) * words].iter_mut().zip(seen) {
                    self.repeated |= *mine & their != 0;
                    *mine |= their;
                }
                for (mine, their) in self.figures[at * width..(at + 1) * width].iter_mut().zip(figures) {
                    *mine += their;
                }
            }
        }
    }
}
