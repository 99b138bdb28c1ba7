//! The one merge point of a survey value and the evidence row of the same (unit,
//! leaf): scoring then sees a single entry and never knows where its value came from.

use std::collections::HashSet;
use std::path::PathBuf;

use num_rational::BigRational;
use rustc_hash::FxHashMap;

use super::{Responses, gather_responses};
use crate::criteria::Framework;
use crate::error::{Error, Result};
use crate::evidence::{Column, Entry, EntryText, Evidence, Origin, ReadOptions, Value, read_evidence_for};
use crate::register::Register;

/// Joins a unit's survey value for a leaf (if it has counted answers) with its
/// evidence row for that leaf (if any). The row's self-score, evidence reference and
/// the council's `appraised` stay; its value cell is empty (a value there is an error
/// of the reader: two sources), or N/A, which keeps the leaf out. The questionnaires
/// are the value's evidence, so `evidence_required` is met.
pub fn merge_entry(row: Option<Entry>, mean: Option<&BigRational>, origin: Origin) -> Option<Entry> {
    let Some(mean) = mean else { return row };
    match row {
        None => Some(Entry {
            value: Value::Mean(Box::new(mean.clone())),
            self_score: None,
            appraised: None,
            appraised_1: None,
            has_evidence: true,
            origin,
            text: Some(Box::new(EntryText { value: shown(mean), ..EntryText::default() })),
            filled: 1 << Column::Value as u16,
            layers: None,
        }),
        Some(mut entry) => {
            if entry.value == Value::Empty {
                entry.value = Value::Mean(Box::new(mean.clone()));
                entry.filled |= 1 << Column::Value as u16;
                entry.has_evidence = true;
                if let Some(text) = &mut entry.text {
                    text.value = shown(mean);
                }
            }
            Some(entry)
        }
    }
}

/// A survey mean as the value cell of score sheets: `31,25%`, or `≈ 47,78%` when
/// it has more decimals than shown (the points come from the exact fraction).
fn shown(mean: &BigRational) -> String {
    let rounded = crate::exact::show_ratio(mean, 2);
    let exact = crate::exact::ratio_of(rounded) == *mean;
    let text = crate::points::fixed(rounded, 2).replace('.', ",");
    if exact { format!("{text}%") } else { format!("≈ {text}%") }
}

/// Every unit's survey values, ready for the merge (for the batch ranking).
#[derive(Debug, Default)]
pub struct SurveyValues {
    /// Unit name → position.
    units: FxHashMap<String, usize>,
    /// Per leaf of the framework: its slot, if scored by questions.
    slots: Vec<Option<usize>>,
    /// Per unit, per slot: the exact value.
    means: Vec<Option<BigRational>>,
    /// Per unit: where its answers start (file index after the evidence files, line).
    origins: Vec<Origin>,
    width: usize,
    /// The unit names, for the membership check.
    names: Vec<String>,
    responses: Responses,
}

impl SurveyValues {
    /// The values of `responses`; file indices of origins start at `file_offset`.
    pub fn new(framework: &Framework, responses: Responses, file_offset: u32) -> Self {
        let width = responses.leaves.len();
        let mut slots = vec![None; framework.leaves.len()];
        for (slot, &leaf) in responses.leaves.iter().enumerate() {
            slots[leaf] = Some(slot);
        }
        let mut values = SurveyValues { slots, width, ..SurveyValues::default() };
        for (at, unit) in responses.units.iter().enumerate() {
            values.units.insert(unit.name.clone(), at);
            values.names.push(unit.name.clone());
            values.origins.push(Origin { file: file_offset.saturating_add(unit.origin.0), line: unit.origin.1 });
            for slot in 0..width {
                values.means.push(responses.mean(framework, at as u32, slot));
            }
        }
        values.responses = responses;
        values
    }

    /// Whether a leaf is scored by questions.
    pub fn has_leaf(&self, leaf: usize) -> bool {
        self.slots.get(leaf).is_some_and(Option::is_some)
    }

    /// The leaves scored by questions.
    pub fn leaves(&self) -> &[usize] {
        &self.responses.leaves
    }

    /// A unit's value for a leaf, with where its answers are.
    pub fn mean(&self, unit: &str, leaf: usize) -> (Option<&BigRational>, Origin) {
        let (Some(&at), Some(Some(slot))) = (self.units.get(unit), self.slots.get(leaf)) else {
            return (None, Origin { file: 0, line: 0 });
        };
        (self.means[at * self.width + slot].as_ref(), self.origins[at])
    }

    /// The responses these values come from.
    pub fn responses(&self) -> &Responses {
        &self.responses
    }

    /// The responses these values come from, given back.
    pub fn into_responses(self) -> Responses {
        self.responses
    }

    /// Input errors for survey units not in `known` (see [`Responses::check_units`]).
    pub fn check_units(&self, known: &HashSet<&str>) -> Result<()> {
        let problems = self.responses.check_units(known, false);
        if problems.has_errors() {
            return Err(Error::Input(problems));
        }
        Ok(())
    }
}

/// Merges the survey values into the evidence of a run: each unit's entry of every
/// leaf scored by questions goes through [`merge_entry`]. The responses files are
/// added to the run's files (origins point at them). Units must have been checked.
/// The responses are given back (for the bootstrap).
pub fn apply_survey(evidence: &mut Evidence, framework: &Framework, responses: Responses) -> Responses {
    let offset = evidence.files.len() as u32;
    evidence.files.extend(responses.files.iter().cloned());
    let values = SurveyValues::new(framework, responses, offset);
    for unit in &mut evidence.units {
        for &leaf in values.leaves() {
            let (mean, origin) = values.mean(&unit.name, leaf);
            unit.leaves[leaf] = merge_entry(unit.leaves[leaf].take(), mean, origin);
        }
    }
    values.into_responses()
}

/// Reads the evidence files and the responses files of a run and merges them; the
/// problems of both, and survey units found in no evidence file, are reported together.
pub fn read_inputs(
    paths: &[PathBuf],
    responses: &[PathBuf],
    framework: &Framework,
    options: ReadOptions,
    register: Option<&Register>,
) -> Result<Evidence> {
    Ok(read_inputs_keeping(paths, responses, framework, options, register)?.0)
}

/// [`read_inputs`], giving back the responses too (`None` without responses files),
/// for the bootstrap of the survey's uncertainty.
pub fn read_inputs_keeping(
    paths: &[PathBuf],
    responses: &[PathBuf],
    framework: &Framework,
    options: ReadOptions,
    register: Option<&Register>,
) -> Result<(Evidence, Option<Responses>)> {
    if responses.is_empty() {
        return Ok((read_evidence_for(paths, framework, options, register)?, None));
    }
    let (mut survey, mut problems) = gather_responses(responses, framework)?;
    if let Some(register) = register {
        // Names match the register ignoring case, shown as the register spells them.
        problems.extend(survey.use_register_names(register));
    }
    match read_evidence_for(paths, framework, options, register) {
        Ok(mut evidence) => {
            problems.extend(survey.check_units(&evidence.units.iter().map(|u| u.name.as_str()).collect(), register.is_some()));
            if problems.has_errors() {
                problems.sort();
                return Err(Error::Input(problems.errors_only()));
            }
            let survey = apply_survey(&mut evidence, framework, survey);
            Ok((evidence, Some(survey)))
        }
        Err(Error::Input(mut first)) => {
            first.extend(problems.errors_only());
            first.sort();
            Err(Error::Input(first))
        }
        Err(error) => Err(error),
    }
}
