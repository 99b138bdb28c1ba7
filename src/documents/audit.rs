//! The document checks of a run: cited files that are missing, leave the folder, are
//! cited by several units or by nobody; references whose date or number does not fit
//! the claim. Each finding is a diagnostic and a note beside its leaf.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

use chrono::Datelike;

use super::cell::{Piece, split_cell};
use super::folder::DocumentsFolder;
use super::reference::{DocRef, parse_reference};
use crate::criteria::{Framework, Rule, Target};
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::error::Result;
use crate::evidence::{Column, ColumnMap, Entry, UnitEvidence, Value};
use crate::text::fold;
use crate::tr;

/// One thing a leaf's evidence cell cites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cited {
    /// The text as typed.
    pub text: String,
    /// The reference read from it, when it is one.
    pub reference: Option<DocRef>,
    /// The file it names, when it names one that exists (canonical path).
    pub file: Option<PathBuf>,
}

/// What the council sees beside one leaf (or adjustment) of one unit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeafDocuments {
    /// The pieces of the evidence cell.
    pub cited: Vec<Cited>,
    /// The warnings about them, one sentence each.
    pub warnings: Vec<String>,
}

/// The findings of a run.
#[derive(Debug, Default)]
pub struct Audit {
    /// Errors (a path leaving the folder) and warnings, with their places.
    pub problems: Diagnostics,
    /// By unit name and target.
    pub leaves: HashMap<(String, Target), LeafDocuments>,
}

impl Audit {
    /// The notes of one unit's leaf or adjustment, if its cell cites anything.
    pub fn leaf(&self, unit: &str, target: Target) -> Option<&LeafDocuments> {
        self.leaves.get(&(unit.to_owned(), target))
    }
}

/// Where things are: the run's evidence files and their columns.
pub struct Places<'a> {
    /// The files as named.
    pub files: &'a [String],
    /// Their columns, where known (CSV).
    pub columns: &'a [Option<ColumnMap>],
}

impl Places<'_> {
    fn evidence_cell(&self, entry: &Entry) -> Location {
        let file = &self.files[entry.origin.file as usize];
        match self.columns.get(entry.origin.file as usize).and_then(Option::as_ref).and_then(|c| c.position(Column::Evidence)) {
            Some(position) => Location::at(file, entry.origin.line, position as u64 + 1),
            None => Location::line(file, entry.origin.line),
        }
    }
}

/// A citation of a file or a document number, for the checks across leaves and units.
struct Use {
    /// The file's path under the documents folder, or the document's number, as cited.
    shown: String,
    unit: String,
    target: Target,
    id: String,
    area: Option<usize>,
    location: Location,
}

/// Checks every evidence cell of `units` (read with their text kept).
pub fn audit(framework: &Framework, folder: &DocumentsFolder, places: &Places, units: &[UnitEvidence]) -> Result<Audit> {
    let mut audit = Audit::default();
    let mut file_users: BTreeMap<PathBuf, Vec<Use>> = BTreeMap::new();
    let mut numbers: BTreeMap<(String, Option<chrono::NaiveDate>), Vec<Use>> = BTreeMap::new();
    for unit in units {
        let targets = unit
            .leaves
            .iter()
            .enumerate()
            .map(|(i, e)| (Target::Leaf(i), e))
            .chain(unit.adjustments.iter().enumerate().map(|(i, e)| (Target::Adjustment(i), e)));
        for (target, entry) in targets {
            let Some(entry) = entry else { continue };
            let Some(text) = entry.text.as_deref() else { continue };
            let pieces = split_cell(&text.evidence);
            if pieces.is_empty() {
                continue;
            }
            let (id, area, leaf) = match target {
                Target::Leaf(i) => (framework.leaf_node(i).id.clone(), Some(framework.leaves[i].area), Some(&framework.leaves[i])),
                Target::Adjustment(i) => (framework.adjustments[i].id.clone(), None, None),
                Target::Group(_) => continue,
            };
            let location = places.evidence_cell(entry);
            let used = |shown: String| Use { shown, unit: unit.name.clone(), target, id: id.clone(), area, location: location.clone() };
            let key = (unit.name.clone(), target);
            let mut leaf_documents = LeafDocuments::default();
            let warn = |audit: &mut Audit, message: String, expected: String| {
                audit.problems.push(
                    Diagnostic::warning(location.clone(), tr!("documents-of-criterion", message = message, id = id)).expected(expected),
                );
                message
            };
            let mut missing_files = 0;
            for piece in &pieces {
                let mut cited = Cited { text: piece.text().to_owned(), reference: None, file: None };
                match piece {
                    Piece::File(path) => match folder.resolve(&unit.name, path) {
                        Err(why) => audit.problems.push(
                            Diagnostic::error(location.clone(), tr!("documents-bad-path", path = path, why = why, id = id))
                                .expected(tr!("documents-bad-path-expected", folder = folder.root().display())),
                        ),
                        Ok(resolved) => match resolved.canonical {
                            Some(canonical) => {
                                file_users.entry(canonical.clone()).or_default().push(used(resolved.shown.display().to_string()));
                                cited.file = Some(canonical);
                            }
                            None => {
                                missing_files += 1;
                                let note = warn(
                                    &mut audit,
                                    tr!("documents-file-missing", path = path, shown = resolved.shown.display()),
                                    tr!("documents-file-missing-expected"),
                                );
                                leaf_documents.warnings.push(note);
                            }
                        },
                    },
                    Piece::Reference(text) => {
                        cited.reference = parse_reference(text);
                        if let Some(reference) = &cited.reference {
                            for note in reference_warnings(framework, leaf, entry, reference) {
                                let note = warn(&mut audit, note, tr!("documents-reference-expected"));
                                leaf_documents.warnings.push(note);
                            }
                            numbers.entry((fold(&reference.number), reference.date)).or_default().push(used(reference.number.clone()));
                        }
                    }
                }
                leaf_documents.cited.push(cited);
            }
            if leaf.is_some_and(|l| l.evidence_required) && missing_files > 0 && missing_files == pieces.len() {
                let note = warn(&mut audit, tr!("documents-required-all-missing"), tr!("documents-required-all-missing-expected"));
                leaf_documents.warnings.push(note);
            }
            audit.leaves.insert(key, leaf_documents);
        }
    }
    // The same file cited by several units.
    for users in file_users.values() {
        let names: BTreeSet<&str> = users.iter().map(|u| u.unit.as_str()).collect();
        if names.len() > 1 {
            let listing = quoted(&names);
            for used in users {
                let note = tr!("documents-file-shared", file = used.shown, units = listing);
                audit.note(used, note, tr!("documents-own-documents-expected"));
            }
        }
    }
    // The same document number cited by several units, or for criteria of different areas.
    for uses in numbers.values() {
        let units: BTreeSet<&str> = uses.iter().map(|u| u.unit.as_str()).collect();
        let areas: BTreeSet<Option<usize>> = uses.iter().map(|u| u.area).collect();
        if units.len() > 1 {
            let listing = quoted(&units);
            for used in uses {
                audit.note(
                    used,
                    tr!("documents-number-shared", number = used.shown, units = listing),
                    tr!("documents-number-shared-expected"),
                );
            }
        } else if areas.len() > 1 {
            let ids = uses.iter().map(|u| u.id.as_str()).collect::<BTreeSet<_>>().into_iter().collect::<Vec<_>>().join(", ");
            for used in uses {
                let note = tr!("documents-number-areas", number = used.shown, ids = ids);
                audit.note(used, note, tr!("documents-number-areas-expected"));
            }
        }
    }
    // One document copied into several units' folders: different files, the same bytes.
    let mut copies: BTreeMap<String, Vec<&PathBuf>> = BTreeMap::new();
    for file in file_users.keys() {
        if let Ok(bytes) = std::fs::read(file) {
            copies.entry(crate::seal::sha256_hex(&bytes)).or_default().push(file);
        }
    }
    for files in copies.values().filter(|files| files.len() > 1) {
        let uses: Vec<&Use> = files.iter().flat_map(|file| &file_users[*file]).collect();
        let units: BTreeSet<&str> = uses.iter().map(|u| u.unit.as_str()).collect();
        if units.len() < 2 {
            continue;
        }
        for used in &uses {
            let others: BTreeSet<String> =
                uses.iter().filter(|u| u.unit != used.unit).map(|u| format!("{} (\"{}\")", u.shown, u.unit)).collect();
            let others = others.into_iter().collect::<Vec<_>>().join(", ");
            audit.note(used, tr!("documents-file-copied", file = used.shown, others = others), tr!("documents-own-documents-expected"));
        }
    }
    // Files nothing cites: in the folder of each unit of the run, and loose in the folder.
    let cited: BTreeSet<&PathBuf> = file_users.keys().collect();
    let mut folders: Vec<(Option<&str>, Vec<PathBuf>)> = Vec::new();
    for unit in units {
        if let Some(own) = folder.unit_folder(&unit.name) {
            folders.push((Some(unit.name.as_str()), DocumentsFolder::files_under(own)?));
        }
    }
    folders.push((None, folder.loose_files()?));
    for (unit, files) in folders {
        for file in files {
            let canonical = file.canonicalize().unwrap_or_else(|_| file.clone());
            if cited.contains(&canonical) {
                continue;
            }
            let message = match unit {
                Some(unit) => tr!("documents-uncited-of-unit", unit = unit),
                None => tr!("documents-uncited"),
            };
            audit.problems.push(
                Diagnostic::warning(Location::file(&file.display().to_string()), message).expected(tr!("documents-uncited-expected")),
            );
        }
    }
    Ok(audit)
}

fn quoted(names: &BTreeSet<&str>) -> String {
    names.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", ")
}

impl Audit {
    /// A warning about one citation: a diagnostic at its cell and a note beside its leaf.
    fn note(&mut self, used: &Use, message: String, expected: String) {
        self.problems.push(
            Diagnostic::warning(used.location.clone(), tr!("documents-of-criterion", message = message, id = used.id)).expected(expected),
        );
        if let Some(leaf) = self.leaves.get_mut(&(used.unit.clone(), used.target)) {
            leaf.warnings.push(message);
        }
    }
}

/// Warnings about one reference against the claim: a deadline leaf's date that is
/// not the document's, a document dated outside the assessment year.
fn reference_warnings(framework: &Framework, leaf: Option<&crate::criteria::Leaf>, entry: &Entry, reference: &DocRef) -> Vec<String> {
    let mut warnings = Vec::new();
    let Some(date) = reference.date else { return warnings };
    let shown = |d: chrono::NaiveDate| d.format("%d/%m/%Y").to_string();
    if let (Some(leaf), Value::Date(claimed)) = (leaf, &entry.value)
        && matches!(leaf.rule, Rule::Deadline { .. })
        && *claimed != date
    {
        warnings.push(tr!("documents-date-differs", claimed = shown(*claimed), number = reference.number, date = shown(date)));
    }
    if let Some(year) = framework.year
        && i64::from(date.year()) != year
    {
        warnings.push(tr!("documents-outside-year", number = reference.number, date = shown(date), year = year));
    }
    warnings
}
