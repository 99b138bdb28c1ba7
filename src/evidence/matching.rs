//! The one merge point of a run's units: names matched to the units register (or,
//! without one, names that differ only in case refused), the rows of one unit under
//! several spellings merged, profiles' leaves set not applicable, and every
//! registered unit present (formats.md sections 3 and 6).

use std::collections::BTreeMap;

use super::book::{Duplicate, UnitEvidence, merge_entry};
use super::columns::{Column, ColumnMap};
use super::entry::{Entry, Origin, Value};
use crate::criteria::{Framework, Target};
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::register::{ABSENT_NOTE, Register, Roster};
use crate::text::{fold, quote};
use crate::tr;

/// Every row's place of a unit: the first row in each file, by file.
fn first_rows(unit: &UnitEvidence) -> BTreeMap<u32, Origin> {
    let mut first: BTreeMap<u32, Origin> = BTreeMap::new();
    for entry in unit.leaves.iter().chain(&unit.adjustments).flatten() {
        let origins = match &entry.layers {
            Some(layers) => layers.iter().map(|&(_, origin)| origin).collect(),
            None => vec![entry.origin],
        };
        for origin in origins {
            let slot = first.entry(origin.file).or_insert(origin);
            *slot = (*slot).min(origin);
        }
    }
    first
}

fn place(files: &[String], origin: Origin) -> Location {
    Location::line(&files[origin.file as usize], origin.line)
}

/// Matches the units read from `files` to `register`, or checks their names
/// without one. Returns the units (in register order with a register), where they
/// belong, and the errors and warnings found.
pub fn match_units(
    units: Vec<UnitEvidence>,
    files: &[String],
    framework: &Framework,
    register: Option<&Register>,
) -> (Vec<UnitEvidence>, Roster, Diagnostics) {
    match_units_named(units, files, &[], framework, register)
}

/// [`match_units`], with each file's columns (`columns[file]`, where known), so that
/// messages name a column by the header its file has.
pub fn match_units_named(
    units: Vec<UnitEvidence>,
    files: &[String],
    columns: &[Option<ColumnMap>],
    framework: &Framework,
    register: Option<&Register>,
) -> (Vec<UnitEvidence>, Roster, Diagnostics) {
    let mut problems = Diagnostics::new();
    let Some(register) = register else {
        problems.extend(case_only_names(&units, files));
        return (units, Roster::default(), problems);
    };
    let mut slots: Vec<Option<UnitEvidence>> = vec![None; register.units.len()];
    for mut unit in units {
        let Some(at) = register.position(&unit.name) else {
            let closest = register.closest(&unit.name).iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", ");
            for origin in first_rows(&unit).into_values() {
                problems.push(
                    Diagnostic::error(
                        place(files, origin),
                        tr!("evidence-unit-not-registered", unit = quote(&unit.name), register = register.file),
                    )
                    .expected(tr!("evidence-unit-not-registered-expected"))
                    .hint(tr!("evidence-unit-not-registered-hint", closest = closest)),
                );
            }
            continue;
        };
        unit.name = register.units[at].name.clone();
        match &mut slots[at] {
            None => slots[at] = Some(unit),
            Some(kept) => {
                for (duplicate, name) in merge_units(kept, unit) {
                    let place_of_first =
                        tr!("evidence-place-line-of", line = duplicate.first.line, file = files[duplicate.first.file as usize]);
                    problems.push(super::duplicate_diagnostic(
                        place(files, duplicate.second),
                        framework,
                        &name,
                        &duplicate,
                        &place_of_first,
                        None,
                    ));
                }
            }
        }
    }
    let mut roster = Roster::with_blocks(register.blocks.clone());
    let mut matched = Vec::with_capacity(slots.len());
    for (registered, slot) in register.units.iter().zip(slots) {
        let absent = slot.is_none();
        let mut unit = slot.unwrap_or_else(|| UnitEvidence::new(registered.name.clone(), framework));
        if absent {
            problems.push(
                Diagnostic::warning(Location::line(&register.file, registered.line), tr!("evidence-unit-absent", unit = registered.name))
                    .expected(tr!("evidence-unit-absent-expected"))
                    .hint(tr!("evidence-unit-absent-hint", note = ABSENT_NOTE)),
            );
        }
        if let Some(profile) = registered.profile {
            problems.extend(apply_profile(&mut unit, framework, profile, files, columns));
        }
        roster.place(&unit.name, registered.block, absent);
        matched.push(unit);
    }
    (matched, roster, problems)
}

/// Moves every row of `other` into `kept` (one unit under two spellings), returning
/// the rows that cannot be merged with the unit's name.
fn merge_units(kept: &mut UnitEvidence, other: UnitEvidence) -> Vec<(Duplicate, String)> {
    let mut duplicates = Vec::new();
    for file in other.files {
        if !kept.files.contains(&file) {
            kept.files.push(file);
        }
    }
    kept.files.sort_unstable();
    let leaves = other.leaves.into_iter().enumerate().map(|(i, e)| (Target::Leaf(i), e));
    let adjustments = other.adjustments.into_iter().enumerate().map(|(i, e)| (Target::Adjustment(i), e));
    for (target, entry) in leaves.chain(adjustments) {
        let Some(entry) = entry else { continue };
        let Some(slot) = kept.slot(target) else { continue };
        match slot {
            None => *slot = Some(entry),
            Some(existing) => {
                if let Some(duplicate) = merge_entry(existing, entry, target) {
                    duplicates.push((duplicate, kept.name.clone()));
                }
            }
        }
    }
    duplicates
}

/// Sets the leaves that `profile` rules out not applicable for `unit`: a value or a
/// self-score there is ignored with a warning, the council's points are an error.
fn apply_profile(
    unit: &mut UnitEvidence,
    framework: &Framework,
    profile: usize,
    files: &[String],
    columns: &[Option<ColumnMap>],
) -> Diagnostics {
    let mut problems = Diagnostics::new();
    // A column as the file holding `origin` names it.
    let label = |column: Column, origin: Origin| -> String {
        columns.get(origin.file as usize).and_then(Option::as_ref).map_or(column.label(), |map| map.label(column)).to_owned()
    };
    let spec = &framework.profiles[profile];
    let first = first_rows(unit).into_values().min().unwrap_or(Origin { file: 0, line: 0 });
    for (leaf, slot) in unit.leaves.iter_mut().enumerate() {
        if !spec.not_applicable[leaf] {
            continue;
        }
        let id = &framework.leaf_node(leaf).id;
        let origin = match slot {
            Some(entry) => {
                for column in [Column::Appraised, Column::AppraisedFirst] {
                    if entry.has(column) {
                        problems.push(
                            Diagnostic::error(
                                place(files, entry.origin_of(column)),
                                tr!(
                                    "evidence-profile-appraised",
                                    id = id,
                                    unit = unit.name,
                                    profile = spec.id,
                                    column = label(column, entry.origin_of(column))
                                ),
                            )
                            .expected(tr!("evidence-profile-appraised-expected"))
                            .hint(tr!("evidence-profile-appraised-hint")),
                        );
                    }
                }
                let given = [Column::Value, Column::SelfScore].into_iter().filter(|&c| entry.has(c)).collect::<Vec<_>>();
                if !given.is_empty() && entry.value != Value::NotApplicable {
                    problems.push(
                        Diagnostic::warning(
                            place(files, entry.origin_of(given[0])),
                            tr!(
                                "evidence-profile-ignored",
                                id = id,
                                unit = unit.name,
                                profile = spec.id,
                                columns = given.iter().map(|&c| label(c, entry.origin_of(c))).collect::<Vec<_>>().join(", ")
                            ),
                        )
                        .expected(tr!("evidence-profile-ignored-expected"))
                        .hint(tr!("evidence-profile-ignored-hint")),
                    );
                }
                entry.origin
            }
            None => first,
        };
        let text = slot.as_mut().and_then(|entry| entry.text.take());
        *slot = Some(Entry {
            value: Value::NotApplicable,
            self_score: None,
            appraised: None,
            appraised_1: None,
            has_evidence: false,
            origin,
            text,
            filled: 0,
            layers: None,
        });
    }
    problems
}

/// Without a register, names that differ only in letter case are an error naming
/// both places (formats.md section 3).
fn case_only_names(units: &[UnitEvidence], files: &[String]) -> Diagnostics {
    let mut problems = Diagnostics::new();
    let mut by_key: BTreeMap<String, Vec<&UnitEvidence>> = BTreeMap::new();
    for unit in units {
        by_key.entry(fold(&unit.name)).or_default().push(unit);
    }
    for group in by_key.values_mut().filter(|group| group.len() > 1) {
        group.sort_by_key(|unit| first_rows(unit).into_values().min());
        let Some(reference) = first_rows(group[0]).into_values().min() else { continue };
        for unit in &group[1..] {
            let Some(first) = first_rows(unit).into_values().min() else { continue };
            problems.push(
                Diagnostic::error(
                    place(files, first),
                    tr!(
                        "evidence-unit-case-only",
                        unit = quote(&unit.name),
                        other = group[0].name,
                        place = format!("{}:{}", files[reference.file as usize], reference.line)
                    ),
                )
                .expected(tr!("evidence-unit-case-only-expected", other = group[0].name))
                .hint(tr!("evidence-unit-case-only-hint")),
            );
        }
    }
    problems
}
