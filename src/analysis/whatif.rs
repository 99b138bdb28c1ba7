//! What if the method changed? Sensitivity of the ranking in the spirit of COINr's
//! uncertainty analysis: random area weights (± a percentage, uniform) and survey
//! weight in seeded samples, plus fixed scenarios (drop one area; survey weight
//! lower, higher, or none). Exact integer arithmetic, see [`super::sim`].

use crate::tr;
use rust_decimal::Decimal;

use super::sim::{Model, ONE, Stream, rank_into};
use crate::criteria::Framework;
use crate::error::{Error, Result};
use crate::points::{div_round, round};
use crate::ranking::Ranked;

/// How to perturb the method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhatIfOptions {
    /// Number of random samples.
    pub samples: u32,
    /// Seed of the random stream.
    pub seed: u64,
    /// Each area's weight varies uniformly within ± this percentage.
    pub weight_jitter: Decimal,
    /// The survey component's weight varies uniformly within ± this percentage.
    pub survey_weight: Decimal,
}

/// A fixed change of method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scenario {
    /// One area left out (index into the framework's areas).
    DropArea(usize),
    /// The survey's points and maximum weighted by this percentage (0 = no survey).
    SurveyWeight(Decimal),
}

/// The ranking under one scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioResult {
    /// The scenario.
    pub scenario: Scenario,
    /// Each unit's rank, in the order of [`WhatIf::units`].
    pub ranks: Vec<usize>,
    /// Mean of |rank − official rank| over units, rounded to 2 decimals.
    pub mean_shift: Decimal,
    /// Units whose rank changes.
    pub units_moved: usize,
    /// Units whose grade changes.
    pub grade_changes: usize,
    /// The unit that moves most (position in [`WhatIf::units`]) and its places (+ = up).
    pub largest: Option<(usize, i64)>,
}

/// One unit's sensitivity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitSensitivity {
    /// Canonical name.
    pub unit: String,
    /// Official rank.
    pub rank: usize,
    /// Official index.
    pub index: Decimal,
    /// Median rank over the samples (nearest rank).
    pub median: usize,
    /// 5th percentile of its rank (the better end).
    pub p05: usize,
    /// 95th percentile of its rank (the worse end).
    pub p95: usize,
    /// Mean |rank − official rank| over the samples, rounded to 2 decimals.
    pub mean_shift: Decimal,
    /// Percentage of samples in which its grade differs from the official one, 1 decimal.
    pub grade_change_share: Decimal,
    /// Best and worst rank when one area is dropped.
    pub drop_range: Option<(usize, usize)>,
}

/// The result of `whatif`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhatIf {
    /// The options used.
    pub options: WhatIfOptions,
    /// Units in official rank order.
    pub units: Vec<UnitSensitivity>,
    /// Fixed scenarios.
    pub scenarios: Vec<ScenarioResult>,
    /// Mean |rank shift| over all units and samples, 2 decimals.
    pub mean_shift: Decimal,
    /// Units whose grade changes in at least one sample.
    pub units_changing_grade: usize,
    /// Whether the framework has survey leaves.
    pub has_survey: bool,
}

fn ppm(percent: Decimal, what: &str) -> Result<i128> {
    // The range is checked before the arithmetic: 10^25 × 10^4 would overflow.
    let in_range = percent >= Decimal::ZERO && percent <= Decimal::ONE_HUNDRED;
    match percent.checked_mul(Decimal::from(10_000)) {
        Some(value) if in_range && value.fract() == Decimal::ZERO => Ok(i128::try_from(value).unwrap_or(0)),
        _ => Err(Error::Usage(tr!("analysis-whatif-percentage", option = what, value = percent))),
    }
}

/// Mean of `total` over `count`, 2 decimals.
fn mean(total: u64, count: u64) -> Decimal {
    if count == 0 { Decimal::ZERO } else { div_round(Decimal::from(total), Decimal::from(count), 2) }
}

/// The nearest-rank `percent` percentile of a histogram of ranks (index = rank − 1).
fn percentile(histogram: &[u32], samples: u64, percent: u64) -> usize {
    let wanted = (samples * percent).div_ceil(100).max(1);
    let mut seen = 0u64;
    for (position, &count) in histogram.iter().enumerate() {
        seen += u64::from(count);
        if seen >= wanted {
            return position + 1;
        }
    }
    histogram.len()
}

/// Runs the samples and scenarios over units ranked with `framework`.
pub fn whatif(framework: &Framework, ranked: &[Ranked], options: &WhatIfOptions) -> Result<WhatIf> {
    if options.samples == 0 {
        return Err(Error::Usage(tr!("analysis-whatif-samples")));
    }
    let (jitter, survey_half) = (ppm(options.weight_jitter, "--weight-jitter")?, ppm(options.survey_weight, "--survey-weight")?);
    let scores: Vec<_> = ranked.iter().map(|r| &r.score).collect();
    let model = Model::new(framework, &scores)?;
    let n = model.len();
    let mut by_name: Vec<usize> = (0..n).collect();
    by_name.sort_by(|&a, &b| scores[a].name.cmp(&scores[b].name));
    let mut name_order = vec![0; n];
    for (position, &unit) in by_name.iter().enumerate() {
        name_order[unit] = position;
    }
    let official: Vec<usize> = ranked.iter().map(|r| r.rank).collect();
    let grades: Vec<Option<usize>> = ranked.iter().map(|r| r.score.figures.grade).collect();
    let areas = framework.areas.len();
    let (mut indices, mut ranks, mut order) = (vec![0i128; n], vec![0usize; n], Vec::with_capacity(n));
    let mut run = |weights: &[i128], survey: i128, ranks: &mut Vec<usize>, indices: &mut Vec<i128>| {
        for (unit, index) in indices.iter_mut().enumerate() {
            *index = model.index(unit, weights, survey);
        }
        rank_into(indices, &name_order, &mut order, ranks);
    };
    let (mut histogram, mut shifts, mut changed) = (vec![0u32; n * n], vec![0u64; n], vec![0u64; n]);
    let mut stream = Stream::new(options.seed);
    let mut weights = vec![ONE; areas];
    for _ in 0..options.samples {
        for weight in &mut weights {
            *weight = ONE + stream.symmetric(jitter);
        }
        let survey = ONE + stream.symmetric(survey_half);
        run(&weights, survey, &mut ranks, &mut indices);
        for unit in 0..n {
            histogram[unit * n + ranks[unit] - 1] += 1;
            shifts[unit] += ranks[unit].abs_diff(official[unit]) as u64;
            changed[unit] += u64::from(model.grade(indices[unit]) != grades[unit]);
        }
    }
    let has_survey = framework.has_survey();
    let mut scenarios: Vec<Scenario> = if areas > 1 { (0..areas).map(Scenario::DropArea).collect() } else { Vec::new() };
    if has_survey {
        let half = options.survey_weight.min(Decimal::ONE_HUNDRED);
        let mut weights = vec![Decimal::ZERO, Decimal::ONE_HUNDRED - half, Decimal::ONE_HUNDRED + half];
        weights.dedup();
        scenarios.extend(weights.into_iter().filter(|w| *w != Decimal::ONE_HUNDRED).map(Scenario::SurveyWeight));
    }
    let scenarios: Vec<ScenarioResult> = scenarios
        .into_iter()
        .map(|scenario| {
            let (weights, survey) = match scenario {
                Scenario::DropArea(area) => ((0..areas).map(|a| if a == area { 0 } else { ONE }).collect::<Vec<_>>(), ONE),
                Scenario::SurveyWeight(percent) => (vec![ONE; areas], i128::try_from(percent * Decimal::from(10_000)).unwrap_or(ONE)),
            };
            let mut scenario_ranks = vec![0usize; n];
            run(&weights, survey, &mut scenario_ranks, &mut indices);
            let moves: Vec<i64> = (0..n).map(|u| official[u] as i64 - scenario_ranks[u] as i64).collect();
            let largest = (0..n).filter(|&u| moves[u] != 0).max_by(|&a, &b| moves[a].abs().cmp(&moves[b].abs()).then(b.cmp(&a)));
            ScenarioResult {
                scenario,
                mean_shift: mean(moves.iter().map(|m| m.unsigned_abs()).sum(), n as u64),
                units_moved: moves.iter().filter(|m| **m != 0).count(),
                grade_changes: (0..n).filter(|&u| model.grade(indices[u]) != grades[u]).count(),
                largest: largest.map(|u| (u, moves[u])),
                ranks: scenario_ranks,
            }
        })
        .collect();
    let samples = u64::from(options.samples);
    let units = (0..n)
        .map(|unit| {
            let row = &histogram[unit * n..(unit + 1) * n];
            let drops = scenarios.iter().filter(|s| matches!(s.scenario, Scenario::DropArea(_))).map(|s| s.ranks[unit]);
            let drop_range =
                drops.fold(None, |range: Option<(usize, usize)>, r| Some(range.map_or((r, r), |(lo, hi)| (lo.min(r), hi.max(r)))));
            UnitSensitivity {
                unit: scores[unit].name.clone(),
                rank: official[unit],
                index: scores[unit].figures.index,
                median: percentile(row, samples, 50),
                p05: percentile(row, samples, 5),
                p95: percentile(row, samples, 95),
                mean_shift: mean(shifts[unit], samples),
                grade_change_share: round(Decimal::from(changed[unit]) * Decimal::ONE_HUNDRED / Decimal::from(samples), 1),
                drop_range,
            }
        })
        .collect();
    Ok(WhatIf {
        options: options.clone(),
        units,
        scenarios,
        mean_shift: mean(shifts.iter().sum(), samples * n as u64),
        units_changing_grade: changed.iter().filter(|c| **c > 0).count(),
        has_survey,
    })
}
