//! Survey responses (formats.md section 8): questionnaires read from CSV or Excel
//! files, kept per respondent, and turned into each unit's exact survey values, which
//! join the evidence at the one merge point per (unit, leaf) ([`merge_entry`]).

mod bootstrap;
mod columns;
mod lines;
mod mean;
mod merge;
mod read;
mod summary;

use crate::tr;
use std::collections::HashSet;
use std::hash::BuildHasher;

use hashbrown::HashTable;
use num_rational::BigRational;
use rustc_hash::{FxBuildHasher, FxHashMap};

use crate::criteria::Framework;
use crate::diagnostic::{Diagnostic, Diagnostics, Location};

pub use bootstrap::{Uncertainty, bootstrap, bootstrap_ranked, needed_sample};
pub use mean::{group_mean, group_sum, leaf_mean};
pub use merge::{SurveyValues, apply_survey, merge_entry, read_inputs, read_inputs_keeping};
pub use read::{gather_responses, read_responses};
pub use summary::{LeafSummary, summarize};

/// Every answer of a run's responses files, per respondent.
#[derive(Debug, Clone, Default)]
pub struct Responses {
    /// The files, as named by the user.
    pub files: Vec<String>,
    /// The leaves scored by questions (indices into the framework's leaves), in leaf
    /// order; a "slot" below is a position in this list.
    pub leaves: Vec<usize>,
    /// Question ids, leaf by leaf in the order each leaf lists them.
    pub questions: Vec<String>,
    /// The slot of each question.
    pub question_slot: Vec<usize>,
    question_index: FxHashMap<String, usize>,
    /// Respondent groups: those of `[survey] groups`, else as found in the files.
    pub groups: Vec<String>,
    /// Number of answer options; position `options` counts answers not counted.
    pub options: usize,
    /// Units in the order first met.
    pub units: Vec<SurveyUnit>,
    unit_index: FxHashMap<String, u32>,
    /// Questionnaires: one per (unit, respondent id).
    pub respondents: Vec<Respondent>,
    respondent_index: HashTable<u32>,
    /// Per respondent, per slot, per option and "not counted": answers.
    counts: Vec<u32>,
    /// Per respondent: one bit per question answered.
    answered: Vec<u64>,
    question_words: usize,
    /// Per unit, per question, per option and "not counted": answers.
    distribution: Vec<u32>,
}

/// A unit named in the responses.
#[derive(Debug, Clone)]
pub struct SurveyUnit {
    /// Canonical name (NFC, trimmed, white space collapsed).
    pub name: String,
    /// Where it is first named.
    pub first: Location,
    /// Its file index and line there.
    pub origin: (u32, u64),
    /// Its questionnaires (indices into [`Responses::respondents`]).
    pub respondents: Vec<u32>,
}

/// One questionnaire: a respondent's answers about one unit.
#[derive(Debug, Clone)]
pub struct Respondent {
    /// The respondent id as written (trimmed, NFC).
    pub id: Box<str>,
    /// The unit (index into [`Responses::units`]).
    pub unit: u32,
    /// The group (index into [`Responses::groups`]).
    pub group: u16,
    /// File index and line of its first answer.
    pub first: (u32, u64),
}

impl Responses {
    /// An empty set for the questions of `framework`.
    pub fn new(framework: &Framework) -> Self {
        let mut responses = Responses::default();
        let Some(survey) = &framework.survey else { return responses };
        for (leaf, spec) in framework.leaves.iter().enumerate() {
            if spec.questions.is_empty() {
                continue;
            }
            let slot = responses.leaves.len();
            responses.leaves.push(leaf);
            for question in &spec.questions {
                responses.question_index.insert(question.clone(), responses.questions.len());
                responses.questions.push(question.clone());
                responses.question_slot.push(slot);
            }
        }
        responses.groups = survey.groups.iter().map(|(name, _)| name.clone()).collect();
        responses.options = survey.options.len();
        responses.question_words = responses.questions.len().div_ceil(64).max(1);
        responses
    }

    /// The slot of a leaf scored by questions.
    pub fn slot_of(&self, leaf: usize) -> Option<usize> {
        self.leaves.iter().position(|&l| l == leaf)
    }

    /// A question's position, by id.
    pub fn question(&self, id: &str) -> Option<usize> {
        self.question_index.get(id).copied()
    }

    /// A unit's position, by canonical name.
    pub fn unit(&self, name: &str) -> Option<u32> {
        self.unit_index.get(name).copied()
    }

    fn width(&self) -> usize {
        self.leaves.len() * (self.options + 1)
    }

    /// A respondent's answers to a leaf's questions: per option, then not counted.
    pub fn counts(&self, respondent: u32, slot: usize) -> &[u32] {
        let start = respondent as usize * self.width() + slot * (self.options + 1);
        &self.counts[start..start + self.options + 1]
    }

    /// A unit's answers to one question: per option, then not counted.
    pub fn distribution(&self, unit: u32, question: usize) -> &[u32] {
        let width = self.questions.len() * (self.options + 1);
        let start = unit as usize * width + question * (self.options + 1);
        &self.distribution[start..start + self.options + 1]
    }

    /// A set of respondents' answers to a leaf, per group: per option, then not counted.
    pub fn group_counts(&self, respondents: impl IntoIterator<Item = u32>, slot: usize) -> Vec<Vec<u32>> {
        let mut by_group = vec![vec![0u32; self.options + 1]; self.groups.len().max(1)];
        for respondent in respondents {
            let group = self.respondents[respondent as usize].group as usize;
            for (sum, count) in by_group[group].iter_mut().zip(self.counts(respondent, slot)) {
                *sum += count;
            }
        }
        by_group
    }

    /// The exact value of a leaf slot for a set of respondents (see [`leaf_mean`]).
    pub fn mean_of(&self, framework: &Framework, respondents: impl IntoIterator<Item = u32>, slot: usize) -> Option<BigRational> {
        let survey = framework.survey.as_ref()?;
        let by_group = self.group_counts(respondents, slot);
        let counted: Vec<&[u32]> = by_group.iter().map(|counts| &counts[..self.options]).collect();
        leaf_mean(survey, &counted)
    }

    /// The exact value of a unit's leaf slot.
    pub fn mean(&self, framework: &Framework, unit: u32, slot: usize) -> Option<BigRational> {
        self.mean_of(framework, self.units[unit as usize].respondents.iter().copied(), slot)
    }

    /// Renames the units to the units register's spelling where a registered name
    /// matches ignoring case (formats.md section 6); two spellings of one registered
    /// unit in the responses are an error naming both places.
    pub fn use_register_names(&mut self, register: &crate::register::Register) -> Diagnostics {
        let mut problems = Diagnostics::new();
        let mut seen: FxHashMap<String, usize> = FxHashMap::default();
        for at in 0..self.units.len() {
            let Some(registered) = register.find(&self.units[at].name) else { continue };
            let name = registered.name.clone();
            if let Some(&other) = seen.get(&name) {
                problems.push(
                    Diagnostic::error(
                        self.units[at].first.clone(),
                        tr!(
                            "survey-unit-two-spellings",
                            unit = self.units[at].name,
                            other = self.units[other].name,
                            place = self.units[other].first,
                            registered = name
                        ),
                    )
                    .expected(tr!("survey-unit-two-spellings-expected"))
                    .hint(tr!("survey-unit-two-spellings-hint", registered = name)),
                );
                continue;
            }
            seen.insert(name.clone(), at);
            if self.units[at].name != name {
                self.unit_index.remove(&self.units[at].name);
                self.unit_index.insert(name.clone(), at as u32);
                self.units[at].name = name;
            }
        }
        problems
    }

    /// Errors for the units of the responses that are not in `known`: the units of
    /// the evidence, or of the units register when one is given (`register`). This is
    /// the one place that decides whether a survey unit exists.
    pub fn check_units(&self, known: &HashSet<&str>, register: bool) -> Diagnostics {
        let mut problems = Diagnostics::new();
        for unit in &self.units {
            if known.contains(unit.name.as_str()) {
                continue;
            }
            let closest = crate::text::closest(&unit.name, known.iter().copied())
                .or_else(|| known.iter().copied().find(|k| k.to_lowercase() == unit.name.to_lowercase()));
            let (message, expected) = if register {
                (tr!("survey-unit-not-registered", unit = unit.name), tr!("survey-unit-not-registered-expected"))
            } else {
                (tr!("survey-unit-not-in-evidence", unit = unit.name), tr!("survey-unit-not-in-evidence-expected"))
            };
            problems.push(
                Diagnostic::error(unit.first.clone(), message)
                    .expected(expected)
                    .maybe_hint(closest.map(|c| tr!("survey-unit-did-you-mean", near = c))),
            );
        }
        problems
    }

    /// Adds the answers of `part`, read after everything here (a later chunk of the
    /// same file). `false` when they clash: a questionnaire answering a question
    /// again, or in another group; the file is then read again in one pass, which
    /// says where.
    fn absorb(&mut self, part: Responses) -> bool {
        let units: Vec<u32> = part.units.into_iter().map(|unit| self.unit_or_add(unit.name, unit.first, unit.origin)).collect();
        // Room for every questionnaire at once: the table is not rebuilt while it grows.
        let respondents = &self.respondents;
        self.respondent_index.reserve(part.respondents.len(), |&other| {
            let r = &respondents[other as usize];
            FxBuildHasher.hash_one((r.unit, &*r.id))
        });
        let (width, words) = (self.width(), self.question_words);
        for (index, respondent) in part.respondents.iter().enumerate() {
            let (at, new) = self.respondent_or_add(units[respondent.unit as usize], &respondent.id, respondent.group, respondent.first);
            let at = at as usize;
            if !new && self.respondents[at].group != respondent.group {
                return false;
            }
            for word in 0..words {
                let theirs = part.answered[index * words + word];
                if self.answered[at * words + word] & theirs != 0 {
                    return false;
                }
                self.answered[at * words + word] |= theirs;
            }
            for (mine, theirs) in self.counts[at * width..(at + 1) * width].iter_mut().zip(&part.counts[index * width..(index + 1) * width])
            {
                *mine += theirs;
            }
        }
        let span = self.questions.len() * (self.options + 1);
        for (index, &unit) in units.iter().enumerate() {
            let unit = unit as usize;
            for (mine, theirs) in
                self.distribution[unit * span..(unit + 1) * span].iter_mut().zip(&part.distribution[index * span..(index + 1) * span])
            {
                *mine += theirs;
            }
        }
        true
    }

    /// Room for `count` more questionnaires without growing the tables.
    fn reserve_respondents(&mut self, count: usize) {
        let respondents = &self.respondents;
        self.respondent_index.reserve(count, |&other| {
            let r = &respondents[other as usize];
            FxBuildHasher.hash_one((r.unit, &*r.id))
        });
        self.respondents.reserve(count);
        self.counts.reserve(count * self.width());
        self.answered.reserve(count * self.question_words);
    }

    /// The position of a unit, added when new.
    fn unit_or_add(&mut self, name: String, first: Location, origin: (u32, u64)) -> u32 {
        if let Some(&at) = self.unit_index.get(&name) {
            return at;
        }
        let at = self.units.len() as u32;
        self.unit_index.insert(name.clone(), at);
        self.units.push(SurveyUnit { name, first, origin, respondents: Vec::new() });
        self.distribution.resize(self.distribution.len() + self.questions.len() * (self.options + 1), 0);
        at
    }

    /// The questionnaire of (unit, id), and whether it is new.
    fn respondent_or_add(&mut self, unit: u32, id: &str, group: u16, first: (u32, u64)) -> (u32, bool) {
        let hash = FxBuildHasher.hash_one((unit, id));
        let respondents = &self.respondents;
        if let Some(&at) = self.respondent_index.find(hash, |&at| {
            let r = &respondents[at as usize];
            r.unit == unit && *r.id == *id
        }) {
            return (at, false);
        }
        let at = self.respondents.len() as u32;
        self.respondent_index.insert_unique(hash, at, |&other| {
            let r = &respondents[other as usize];
            FxBuildHasher.hash_one((r.unit, &*r.id))
        });
        self.respondents.push(Respondent { id: id.into(), unit, group, first });
        self.units[unit as usize].respondents.push(at);
        self.counts.resize(self.counts.len() + self.width(), 0);
        self.answered.resize(self.answered.len() + self.question_words, 0);
        (at, true)
    }

    /// Records an answer (`option` = `options` when not counted); `false` when the
    /// questionnaire already answered the question.
    fn answer(&mut self, respondent: u32, question: usize, option: usize) -> bool {
        let word = respondent as usize * self.question_words + question / 64;
        let bit = 1u64 << (question % 64);
        if self.answered[word] & bit != 0 {
            return false;
        }
        self.answered[word] |= bit;
        let slot = self.question_slot[question];
        let start = respondent as usize * self.width() + slot * (self.options + 1);
        self.counts[start + option] += 1;
        let unit = self.respondents[respondent as usize].unit as usize;
        let width = self.questions.len() * (self.options + 1);
        self.distribution[unit * width + question * (self.options + 1) + option] += 1;
        true
    }
}
