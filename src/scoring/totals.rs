//! What a ranking shows of a unit: points per area, adjustments, total, applicable
//! maximum, index and grade, without the per-leaf detail of a score sheet.

use rust_decimal::Decimal;

use super::unit::{NothingApplicable, UnitScore};
use crate::criteria::Framework;
use crate::points::{div_round, round};

/// What a unit's points add up to: the figures every ranking shows, the same for a
/// full score sheet ([`UnitScore`]) and for the batch path's totals ([`UnitTotals`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    /// Points from the self-assessment leaves.
    pub assessment: Decimal,
    /// Points from the survey leaves.
    pub survey: Decimal,
    /// Sum of bonus points.
    pub bonus: Decimal,
    /// Sum of penalty points (positive).
    pub penalty: Decimal,
    /// Total: areas + bonus − penalty, never below 0.
    pub total: Decimal,
    /// Applicable maximum: maxima of the leaves not marked N/A.
    pub max: Decimal,
    /// Index (%), rounded; capped at 100 unless the framework says otherwise.
    pub index: Decimal,
    /// The grade earned (index into the framework's grades).
    pub grade: Option<usize>,
}

impl Figures {
    /// The figures of sums of rounded points (see formats.md, section 3); `None` when
    /// the applicable maximum is 0.
    pub fn of_sums(framework: &Framework, sums: &Sums) -> Option<Figures> {
        if sums.max.is_zero() {
            return None;
        }
        let areas: Decimal = sums.areas.iter().sum();
        // Shared caps of all bonuses and all penalties (extension), beside each item's.
        let bonus = framework.bonus_cap.map_or(sums.bonus, |cap| sums.bonus.min(cap));
        let penalty = framework.penalty_cap.map_or(sums.penalty, |cap| sums.penalty.min(cap));
        // The exact sum: with rounding = "leaf" it is a sum of rounded points, so
        // rounding it changes nothing; with "total" the total and index come from it.
        let exact = (areas + bonus - penalty).max(Decimal::ZERO);
        let total = round(exact, framework.decimals);
        let (index, grade) = index_and_grade(framework, exact, sums.max);
        Some(Figures { assessment: sums.assessment, survey: sums.survey, bonus, penalty, total, max: sums.max, index, grade })
    }

    /// Lowers the grade to the best that the met grade caps allow (extension
    /// `[[grade_cap]]`); `met` are indices into the framework's grade caps.
    pub fn cap_grade(&mut self, framework: &Framework, met: impl IntoIterator<Item = usize>) {
        let ceiling = met.into_iter().map(|cap| framework.grade_caps[cap].best).max();
        if let (Some(grade), Some(ceiling)) = (self.grade, ceiling) {
            self.grade = Some(grade.max(ceiling));
        }
    }

    /// Bonuses minus penalties.
    pub fn adjustment(&self) -> Decimal {
        self.bonus - self.penalty
    }

    /// The grade's name, or "" when no grade matches.
    pub fn grade_name<'f>(&self, framework: &'f Framework) -> &'f str {
        self.grade.map_or("", |g| framework.grades[g].name.as_str())
    }
}

/// A unit's figures in a ranking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitTotals {
    /// Canonical unit name.
    pub name: String,
    /// Points of each area, in declared order.
    pub areas: Vec<Decimal>,
    /// Totals, index and grade.
    pub figures: Figures,
}

/// The sums a unit's totals are made of.
#[derive(Debug, Clone, Default)]
pub struct Sums {
    /// Points of each area, in declared order.
    pub areas: Vec<Decimal>,
    /// Points from the self-assessment leaves.
    pub assessment: Decimal,
    /// Points from the survey leaves.
    pub survey: Decimal,
    /// Bonus points.
    pub bonus: Decimal,
    /// Penalty points (positive).
    pub penalty: Decimal,
    /// Applicable maximum.
    pub max: Decimal,
}

/// The index (rounded, capped unless the framework says otherwise) and grade of a
/// total out of an applicable maximum that is not 0.
pub fn index_and_grade(framework: &Framework, total: Decimal, max: Decimal) -> (Decimal, Option<usize>) {
    let mut index = div_round(total * Decimal::ONE_HUNDRED, max, framework.decimals);
    if framework.cap_index {
        index = index.min(Decimal::ONE_HUNDRED);
    }
    (index, framework.grade_for(index))
}

impl UnitTotals {
    /// Totals from the sums of a unit's rounded points (see formats.md, section 3).
    pub fn new(framework: &Framework, name: String, sums: Sums) -> Result<UnitTotals, NothingApplicable> {
        match Figures::of_sums(framework, &sums) {
            Some(figures) => Ok(UnitTotals { name, areas: sums.areas, figures }),
            None => Err(NothingApplicable { unit: name }),
        }
    }

    /// Points of an area (index into the framework's areas).
    pub fn area_points(&self, _framework: &Framework, area: usize) -> Decimal {
        self.areas[area]
    }

    /// The totals of a complete score.
    pub fn of(framework: &Framework, score: &UnitScore) -> UnitTotals {
        UnitTotals {
            name: score.name.clone(),
            areas: (0..framework.areas.len()).map(|area| score.area_points(framework, area)).collect(),
            figures: score.figures.clone(),
        }
    }
}
