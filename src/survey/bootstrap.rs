//! Uncertainty of the survey: a seeded bootstrap over respondents gives each unit's
//! 90 % interval of survey points, index and rank.
//!
//! Each sample draws, for every unit and every respondent group, as many
//! questionnaires as the group has, with replacement; the leaves scored by questions
//! are scored again from the drawn answers (exactly, as in a real run), the unit's
//! totals follow, and all units are ranked. Leaves the council appraised or a unit
//! marked N/A keep their points. Sample `s` uses the ChaCha20 stream `s` of the seed,
//! so the result does not depend on the thread count.

use rand_chacha::ChaCha20Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};
use rayon::prelude::*;
use rust_decimal::Decimal;

use super::Responses;
use crate::criteria::Framework;
use crate::ranking::Ranked;
use crate::scoring::{LeafScore, Status, UnitScore, mean_points, total};

/// One unit's bootstrap intervals (5th and 95th percentiles of the samples).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uncertainty {
    /// The unit.
    pub unit: String,
    /// Survey points: low, high.
    pub survey: (Decimal, Decimal),
    /// Index: low, high.
    pub index: (Decimal, Decimal),
    /// Rank: best, worst.
    pub rank: (usize, usize),
    /// Units whose rank interval overlaps this one's (they cannot be told apart).
    pub overlapping: Vec<usize>,
}

/// The bootstrap intervals of `scores` (units scored with the survey values), in
/// the order of `scores`.
pub fn bootstrap(framework: &Framework, responses: &Responses, scores: &[UnitScore], samples: u32, seed: u64) -> Vec<Uncertainty> {
    let Some(survey) = framework.survey.as_ref() else { return Vec::new() };
    // Per unit: its questionnaires by group (empty when it has no answers).
    let strata: Vec<Vec<Vec<u32>>> = scores
        .iter()
        .map(|score| {
            let Some(unit) = responses.unit(&score.name) else { return Vec::new() };
            let mut by_group = vec![Vec::new(); responses.groups.len().max(1)];
            for &respondent in &responses.units[unit as usize].respondents {
                by_group[responses.respondents[respondent as usize].group as usize].push(respondent);
            }
            by_group
        })
        .collect();
    let options = responses.options;
    // Per sample: each unit's (survey points, index).
    let drawn: Vec<Vec<(Decimal, Decimal)>> = (0..samples)
        .into_par_iter()
        .map(|sample| {
            let mut rng = ChaCha20Rng::seed_from_u64(seed);
            rng.set_stream(u64::from(sample));
            scores
                .iter()
                .zip(&strata)
                .map(|(score, groups)| {
                    if groups.is_empty() {
                        return (score.figures.survey, score.figures.index);
                    }
                    let picks: Vec<u32> = groups
                        .iter()
                        .flat_map(|members| (0..members.len()).map(|_| members[below(&mut rng, members.len())]).collect::<Vec<_>>())
                        .collect();
                    let mut leaves: Vec<LeafScore> = score.leaves.clone();
                    for (slot, &leaf) in responses.leaves.iter().enumerate() {
                        if matches!(leaves[leaf].status, Status::Appraised | Status::NotApplicable) {
                            continue;
                        }
                        let by_group = responses.group_counts(picks.iter().copied(), slot);
                        let counted: Vec<&[u32]> = by_group.iter().map(|c| &c[..options]).collect();
                        let spec = &framework.leaves[leaf];
                        let points = super::leaf_mean(survey, &counted)
                            .and_then(|mean| mean_points(&spec.rule, spec.max, &mean, framework.decimals));
                        leaves[leaf].points = points.unwrap_or(Decimal::ZERO);
                    }
                    match total(framework, score.name.clone(), leaves, score.adjustments.clone()) {
                        Ok(again) => (again.figures.survey, again.figures.index),
                        Err(_) => (score.figures.survey, score.figures.index),
                    }
                })
                .collect()
        })
        .collect();
    let units = scores.len();
    let mut ranks = vec![Vec::with_capacity(drawn.len()); units];
    for sample in &drawn {
        // Competition ranking: 1 + the number of units with a higher index.
        let mut indices: Vec<Decimal> = sample.iter().map(|(_, index)| *index).collect();
        indices.sort_unstable_by(|a, b| b.cmp(a));
        for (unit, (_, index)) in sample.iter().enumerate() {
            ranks[unit].push(1 + indices.partition_point(|other| other > index));
        }
    }
    let mut result: Vec<Uncertainty> = scores
        .iter()
        .enumerate()
        .map(|(unit, score)| {
            let mut survey: Vec<Decimal> = drawn.iter().map(|s| s[unit].0).collect();
            let mut index: Vec<Decimal> = drawn.iter().map(|s| s[unit].1).collect();
            survey.sort_unstable();
            index.sort_unstable();
            ranks[unit].sort_unstable();
            Uncertainty {
                unit: score.name.clone(),
                survey: percentiles(&survey).unwrap_or((score.figures.survey, score.figures.survey)),
                index: percentiles(&index).unwrap_or((score.figures.index, score.figures.index)),
                rank: percentiles(&ranks[unit]).unwrap_or((1, 1)),
                overlapping: Vec::new(),
            }
        })
        .collect();
    for unit in 0..units {
        let (low, high) = result[unit].rank;
        result[unit].overlapping =
            (0..units).filter(|&other| other != unit && result[other].rank.0 <= high && low <= result[other].rank.1).collect();
    }
    result
}

/// The bootstrap intervals of ranked units, each block on its own as the ranking
/// ranks them: one per unit of `ranked`, in its order, with `overlapping` holding
/// positions in `ranked` (always of the same block).
pub fn bootstrap_ranked(framework: &Framework, responses: &Responses, ranked: &[Ranked], samples: u32, seed: u64) -> Vec<Uncertainty> {
    if samples == 0 || framework.survey.is_none() {
        return Vec::new();
    }
    let blocks = ranked.iter().map(|r| r.block + 1).max().unwrap_or(0);
    let mut result: Vec<Option<Uncertainty>> = vec![None; ranked.len()];
    for block in 0..blocks {
        let positions: Vec<usize> = (0..ranked.len()).filter(|&at| ranked[at].block == block).collect();
        if positions.is_empty() {
            continue;
        }
        let scores: Vec<UnitScore> = positions.iter().map(|&at| ranked[at].score.clone()).collect();
        for (mut found, &at) in bootstrap(framework, responses, &scores, samples, seed).into_iter().zip(&positions) {
            found.overlapping = found.overlapping.iter().map(|&other| positions[other]).collect();
            result[at] = Some(found);
        }
    }
    result.into_iter().flatten().collect()
}

/// The 5th and 95th percentiles of sorted values (nearest rank: the ⌈p·n⌉-th value).
fn percentiles<T: Copy>(sorted: &[T]) -> Option<(T, T)> {
    if sorted.is_empty() {
        return None;
    }
    let at = |percent: usize| sorted[(percent * sorted.len()).div_ceil(100).max(1) - 1];
    Some((at(5), at(95)))
}

/// A uniform integer in 0..n without bias (rejection sampling).
fn below(rng: &mut ChaCha20Rng, n: usize) -> usize {
    let n = n as u64;
    let zone = u64::MAX - (u64::MAX % n + 1) % n;
    loop {
        let draw = rng.next_u64();
        if draw <= zone {
            return (draw % n) as usize;
        }
    }
}

/// The sample a unit needs for a population of `n` people at a 5 % margin of error:
/// n = N / (1 + N·e²), e = 0.05, rounded up (Yamane).
pub fn needed_sample(population: u64) -> u64 {
    // N / (1 + N / 400) = 400·N / (400 + N), exactly, rounded up.
    (400 * u128::from(population)).div_ceil(400 + u128::from(population)) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_size_by_hand() {
        // N = 400: 400 / (1 + 400 × 0.0025) = 400 / 2 = 200.
        assert_eq!(needed_sample(400), 200);
        // N = 1000: 1000 / 3.5 = 285.71… → 286.
        assert_eq!(needed_sample(1000), 286);
        // N = 10: 10 / 1.025 = 9.756… → 10.
        assert_eq!(needed_sample(10), 10);
    }

    #[test]
    fn percentiles_by_nearest_rank() {
        let values: Vec<u32> = (1..=20).collect();
        // ⌈0.05 × 20⌉ = 1st value, ⌈0.95 × 20⌉ = 19th value.
        assert_eq!(percentiles(&values), Some((1, 19)));
        assert_eq!(percentiles(&[7u32]), Some((7, 7)));
    }
}
