//! `criteria import`: an annex table (Excel or CSV) read into criteria TOML. The
//! table's own problems (headers, flags, rules, maxima that do not add up) name the
//! sheet and cell; the TOML is then validated by the loader, whose findings are moved
//! back to the cell they came from.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use rust_decimal::Decimal;

use super::profiles_survey::{split_ids, string_array};
use super::rule_text::{adjustment_forms, points, read_adjustment, read_rule, rule_forms};
use super::sheets::{Sheet, read_csv, read_workbook};
use super::toml_out::{TomlText, adjustment_kind, number, rule, string};
use super::{Column, SETTINGS, SheetKind};
use crate::criteria::{AdjustmentKind, Framework, parent_id, parse_framework};
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::error::{Error, Result};
use crate::text::{fold, nfc};
use crate::tr;

/// How many rows may stand above a header (a title, the number of the Quyết định).
const HEADER_SEARCH_ROWS: usize = 20;

/// Whether `criteria import` reads this file: `.xlsx` or `.csv`, any case.
pub fn is_table_file(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("xlsx") || e.eq_ignore_ascii_case("csv"))
}

/// A framework read from a table: the TOML written and the framework it loads as.
#[derive(Debug)]
pub struct Imported {
    /// Criteria TOML (docs/formats.md section 1).
    pub toml: String,
    /// The validated framework.
    pub framework: Framework,
}

/// Reads the table at `path` (`name` as the user wrote it) into a framework.
pub fn import_table(path: &Path, name: &str) -> Result<Imported> {
    let is_xlsx = path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    let sheets = if is_xlsx { read_workbook(path, name)? } else { vec![read_csv(path, name)?] };
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("bo-chi-so").to_owned();
    let mut reader = TableReader { file: name, problems: Diagnostics::new() };
    let toml = reader.toml(&sheets, &stem);
    if reader.problems.has_errors() {
        reader.problems.sort();
        return Err(Error::Input(reader.problems));
    }
    match parse_framework(toml.text(), name) {
        Ok(framework) => Ok(Imported { toml: toml.text().to_owned(), framework }),
        Err(found) => {
            let mut moved = Diagnostics::new();
            for mut diagnostic in found.items().iter().cloned() {
                diagnostic.location = match diagnostic.location.line.and_then(|line| toml.origin(line)) {
                    Some(origin) => origin.clone(),
                    None => Location::file(name),
                };
                diagnostic.snippet = None;
                moved.push(diagnostic);
            }
            moved.sort();
            Err(Error::Input(moved))
        }
    }
}

/// One row of the criteria or adjustments sheet.
struct Entry {
    id: String,
    name: String,
    max: Option<Decimal>,
    rule: String,
    flags: [bool; 3],
    /// Survey question ids (the `Câu hỏi` column).
    questions: Vec<String>,
    description: Option<String>,
    /// Cells by column, for messages.
    cells: HashMap<ColumnKey, Location>,
    row: Location,
}

type ColumnKey = u8;

fn key(column: Column) -> ColumnKey {
    Column::ALL.iter().position(|c| *c == column).unwrap_or(0) as u8
}

impl Entry {
    fn at(&self, column: Column) -> &Location {
        self.cells.get(&key(column)).unwrap_or(&self.row)
    }
}

pub(super) struct TableReader<'a> {
    file: &'a str,
    problems: Diagnostics,
}

impl TableReader<'_> {
    pub(super) fn location(&self, sheet: &Sheet, row: usize, column: Option<usize>) -> Location {
        match &sheet.name {
            Some(name) => Location::cell(self.file, name, row as u64 + 1, column.map(|c| c as u64 + 1)),
            None => match column {
                Some(column) => Location::at(self.file, row as u64 + 1, column as u64 + 1),
                None => Location::line(self.file, row as u64 + 1),
            },
        }
    }

    pub(super) fn error(&mut self, location: Location, message: impl Into<String>, expected: impl Into<String>) {
        self.problems.push(Diagnostic::error(location, message).expected(expected));
    }

    fn find(sheets: &[Sheet], kind: SheetKind) -> Option<&Sheet> {
        sheets
            .iter()
            .find(|s| s.name.as_deref().is_some_and(|n| fold(n) == fold(kind.name()) || kind.aliases().contains(&fold(n).as_str())))
    }

    /// The whole TOML text.
    fn toml(&mut self, sheets: &[Sheet], stem: &str) -> TomlText {
        let mut out = TomlText::default();
        out.line(format!("# Nhập từ {} bằng par-score criteria import.", self.file.replace(['\n', '\r'], " ")), None);
        out.line("", None);
        let criteria_sheet = Self::find(sheets, SheetKind::Criteria).or(sheets.first());
        let mut entries = match criteria_sheet {
            Some(sheet) => self.entries(sheet),
            None => Vec::new(),
        };
        if criteria_sheet.is_some_and(|s| s.rows.is_empty()) || sheets.is_empty() {
            self.error(Location::file(self.file), tr!("table-no-criteria-sheet"), tr!("table-no-criteria-sheet-expected"));
        }
        let adjustment_sheet = Self::find(sheets, SheetKind::Adjustments);
        let mut adjustment_entries = adjustment_sheet.map(|s| self.entries(s)).unwrap_or_default();
        // In the criteria sheet, a row without a dot in its id and with a rule is a
        // bonus or penalty (areas have no rule).
        let (moved, kept): (Vec<Entry>, Vec<Entry>) = entries.drain(..).partition(|e| !e.id.contains('.') && !e.rule.is_empty());
        entries = kept;
        adjustment_entries.splice(0..0, moved);

        self.settings(Self::find(sheets, SheetKind::Settings), stem, &mut out, &entries);
        self.grades(Self::find(sheets, SheetKind::Grades), &mut out);
        self.tree(&entries, &mut out);
        self.adjustments(&adjustment_entries, &mut out);
        self.grade_caps(Self::find(sheets, SheetKind::GradeCaps), &mut out);
        self.profiles(Self::find(sheets, SheetKind::Profiles), &mut out);
        self.survey(Self::find(sheets, SheetKind::Survey), &mut out);
        out
    }

    /// `Giới hạn xếp loại`: leaf id, condition (`≥ 10`, `>= 10`, `≤ 50`), best grade.
    fn grade_caps(&mut self, sheet: Option<&Sheet>, out: &mut TomlText) {
        let Some(sheet) = sheet else { return };
        for (index, row) in sheet.rows.iter().enumerate() {
            let cell = |at: usize| nfc(row.get(at).map_or("", |t| t.trim()));
            let (id, condition, best) = (cell(0), cell(1), cell(2));
            if (id.is_empty() && condition.is_empty() && best.is_empty()) || (index == 0 && fold(&id) == "mã tiêu chí") {
                continue;
            }
            let folded = fold(&condition);
            let bound = |rest: &str| points(rest.trim().trim_end_matches('%'));
            let (key, bound) = if let Some(rest) = ["≥", ">="].iter().find_map(|p| folded.strip_prefix(p)) {
                ("at_least", bound(rest))
            } else if let Some(rest) = ["≤", "<="].iter().find_map(|p| folded.strip_prefix(p)) {
                ("at_most", bound(rest))
            } else {
                ("", None)
            };
            let at = self.location(sheet, index, Some(1));
            let Some(bound) = bound else {
                self.error(at, tr!("table-grade-cap-condition", condition = condition), tr!("table-grade-cap-condition-expected"));
                continue;
            };
            out.line("[[grade_cap]]", Some(&at));
            out.line(format!("criterion = {}", string(&id)), Some(&self.location(sheet, index, Some(0))));
            out.line(format!("{key} = {}", number_text(bound)), Some(&at));
            out.line(format!("best = {}", string(&best)), Some(&self.location(sheet, index, Some(2))));
            out.line("", None);
        }
    }

    /// The header row and the column of each known header.
    fn header(&mut self, sheet: &Sheet) -> Option<(usize, HashMap<ColumnKey, usize>)> {
        for (index, row) in sheet.rows.iter().enumerate().take(HEADER_SEARCH_ROWS) {
            let mut columns = HashMap::new();
            for (at, text) in row.iter().enumerate() {
                if let Some(column) = Column::from_header(text) {
                    columns.entry(key(column)).or_insert(at);
                }
            }
            if columns.contains_key(&key(Column::Id)) && columns.contains_key(&key(Column::Name)) {
                return Some((index, columns));
            }
        }
        let sheet_name = sheet.name.clone().unwrap_or_default();
        self.error(
            Location::file(self.file),
            if sheet_name.is_empty() { tr!("table-no-header") } else { tr!("table-no-header-in-sheet", sheet = sheet_name) },
            tr!(
                "table-no-header-expected",
                rows = HEADER_SEARCH_ROWS,
                id = Column::Id.header(),
                name = Column::Name.header(),
                max = Column::Max.header()
            ),
        );
        None
    }

    fn entries(&mut self, sheet: &Sheet) -> Vec<Entry> {
        let Some((header, columns)) = self.header(sheet) else { return Vec::new() };
        let mut entries = Vec::new();
        for (index, row) in sheet.rows.iter().enumerate().skip(header + 1) {
            let cell = |column: Column| -> (String, Option<usize>) {
                match columns.get(&key(column)) {
                    Some(&at) => (nfc(row.get(at).map_or("", |t| t.trim())), Some(at)),
                    None => (String::new(), None),
                }
            };
            if row.iter().all(|t| t.trim().is_empty()) {
                continue;
            }
            let mut cells = HashMap::new();
            for column in Column::ALL {
                if let Some(&at) = columns.get(&key(column)) {
                    cells.insert(key(column), self.location(sheet, index, Some(at)));
                }
            }
            let row_location = self.location(sheet, index, None);
            let width = sheet.rows[header].iter().rposition(|h| !h.trim().is_empty()).map_or(0, |last| last + 1);
            if let Some(extra) = row.iter().skip(width).position(|t| !t.trim().is_empty()) {
                // In a CSV, an unquoted "0,5" splits a cell in two: never guess.
                self.error(
                    self.location(sheet, index, Some(width + extra)),
                    tr!("table-cell-outside-columns", text = row[width + extra].trim()),
                    tr!("table-cell-outside-columns-expected"),
                );
                continue;
            }
            let (id, _) = cell(Column::Id);
            let id = id.strip_suffix('.').unwrap_or(&id).to_owned();
            if id.is_empty() {
                let at = cells.get(&key(Column::Id)).cloned().unwrap_or(row_location);
                self.error(at, tr!("table-row-without-id"), tr!("table-row-without-id-expected"));
                continue;
            }
            let (max_text, _) = cell(Column::Max);
            let max = if max_text.is_empty() {
                None
            } else {
                match points(&max_text) {
                    Some(max) => Some(max),
                    None => {
                        let at = cells.get(&key(Column::Max)).cloned().unwrap_or(row_location.clone());
                        self.error(at, tr!("table-max-not-number", text = max_text), tr!("table-max-not-number-expected"));
                        None
                    }
                }
            };
            let mut flags = [false; 3];
            for (slot, column) in [Column::Optional, Column::EvidenceRequired, Column::Survey].into_iter().enumerate() {
                let (text, _) = cell(column);
                flags[slot] = match fold(&text).as_str() {
                    "" | "không" | "0" | "no" | "false" => false,
                    "x" | "có" | "1" | "yes" | "true" | "✓" | "✔" => true,
                    _ => {
                        let at = cells.get(&key(column)).cloned().unwrap_or(row_location.clone());
                        self.error(at, tr!("table-flag-unreadable", column = column.header(), text = text), tr!("table-flag-forms"));
                        false
                    }
                };
            }
            let description = Some(cell(Column::Description).0).filter(|d| !d.is_empty());
            entries.push(Entry {
                id,
                name: cell(Column::Name).0,
                max,
                rule: cell(Column::Rule).0,
                flags,
                questions: split_ids(&cell(Column::Questions).0),
                description,
                cells,
                row: row_location,
            });
        }
        entries
    }

    fn settings(&mut self, sheet: Option<&Sheet>, stem: &str, out: &mut TomlText, entries: &[Entry]) {
        let mut values: Vec<(&str, String, Location)> = Vec::new();
        if let Some(sheet) = sheet {
            for (index, row) in sheet.rows.iter().enumerate() {
                let name = fold(row.first().map_or("", |t| t.trim()));
                if name.is_empty() || name == "khóa" || name == "key" {
                    continue;
                }
                let value = nfc(row.get(1).map_or("", |t| t.trim()));
                let at = self.location(sheet, index, Some(1));
                match SETTINGS.iter().find(|(k, _)| *k == name) {
                    Some((known, _)) if !value.is_empty() => values.push((known, value, at)),
                    Some(_) => {}
                    None => self.error(
                        self.location(sheet, index, Some(0)),
                        tr!("table-setting-unknown", key = name),
                        tr!("table-one-of", list = SETTINGS.map(|(k, _)| k).join(", ")),
                    ),
                }
            }
        }
        out.line("[framework]", None);
        if !values.iter().any(|(k, ..)| *k == "id") {
            out.line(format!("id = {}", string(stem)), None);
        }
        for (name, value, at) in &values {
            let written = match *name {
                "year" | "decimals" => match value.parse::<i64>() {
                    Ok(number) => Some(number.to_string()),
                    Err(_) => {
                        self.error(
                            at.clone(),
                            tr!("table-setting-not-integer", key = name, value = value),
                            tr!("table-setting-not-integer-expected"),
                        );
                        None
                    }
                },
                "bonus_cap" | "penalty_cap" => match points(value) {
                    Some(number) => Some(number_text(number)),
                    None => {
                        self.error(
                            at.clone(),
                            tr!("table-setting-not-number", key = name, value = value),
                            tr!("table-setting-cap-expected"),
                        );
                        None
                    }
                },
                "ties" | "rounding" => Some(string(&fold(value))),
                "max_total" => match points(value) {
                    Some(number) => {
                        self.check_total(number, at, entries);
                        Some(number_text(number))
                    }
                    None => {
                        self.error(
                            at.clone(),
                            tr!("table-setting-not-number", key = "max_total", value = value),
                            tr!("table-setting-total-expected"),
                        );
                        None
                    }
                },
                "cap_index" => match crate::values::parse_yes_no(value) {
                    Ok(yes) => Some(yes.to_string()),
                    Err(_) => {
                        self.error(at.clone(), tr!("table-setting-cap-index", value = value), tr!("table-setting-cap-index-expected"));
                        None
                    }
                },
                _ => Some(string(value)),
            };
            out.key(name, written, Some(at));
        }
        out.line("", None);
    }

    /// `max_total` against the sum of the leaf maxima.
    fn check_total(&mut self, total: Decimal, at: &Location, entries: &[Entry]) {
        let parents: HashSet<&str> = entries.iter().filter_map(|e| parent_id(&e.id)).collect();
        let leaves: Vec<&Entry> = entries.iter().filter(|e| e.id.contains('.') && !parents.contains(e.id.as_str())).collect();
        if leaves.iter().any(|e| e.max.is_none()) {
            return;
        }
        let sum: Decimal = leaves.iter().filter_map(|e| e.max).sum();
        if sum != total {
            self.error(
                at.clone(),
                tr!("table-total-mismatch", total = total, sum = sum),
                tr!("table-total-mismatch-expected", sum = sum, total = total),
            );
        }
    }

    fn grades(&mut self, sheet: Option<&Sheet>, out: &mut TomlText) {
        let Some(sheet) = sheet else { return };
        for (index, row) in sheet.rows.iter().enumerate() {
            let name = nfc(row.first().map_or("", |t| t.trim()));
            let minimum = row.get(1).map_or("", |t| t.trim());
            if name.is_empty() && minimum.is_empty() {
                continue;
            }
            if index == 0 && fold(&name) == "xếp loại" {
                continue;
            }
            let at = self.location(sheet, index, Some(1));
            let Some(minimum) = points(minimum.trim_end_matches('%')) else {
                self.error(
                    at,
                    tr!("table-grade-minimum-unreadable", name = name, text = minimum),
                    tr!("table-grade-minimum-unreadable-expected"),
                );
                continue;
            };
            if minimum > Decimal::ZERO && minimum < Decimal::ONE {
                // 90 % typed in a cell formatted as a percentage is stored as 0,9.
                self.error(
                    at,
                    tr!("table-grade-minimum-fraction", name = name, value = minimum, percent = minimum * Decimal::ONE_HUNDRED),
                    tr!("table-grade-minimum-fraction-expected"),
                );
                continue;
            }
            out.line("[[grade]]", Some(&at));
            out.line(format!("name = {}", string(&name)), Some(&self.location(sheet, index, Some(0))));
            out.line(format!("min_index = {}", number_text(minimum)), Some(&at));
        }
        out.line("", None);
    }

    /// Areas, then criteria in table order, with maxima checked against their children.
    fn tree(&mut self, entries: &[Entry], out: &mut TomlText) {
        let parents: HashSet<&str> = entries.iter().filter_map(|e| parent_id(&e.id)).collect();
        self.check_sums(entries, &parents);
        for entry in entries.iter().filter(|e| !e.id.contains('.')) {
            self.no_questions(entry, |id| tr!("table-questions-on-area", id = id));
            out.line("[[area]]", Some(&entry.row));
            out.line(format!("id = {}", string(&entry.id)), Some(entry.at(Column::Id)));
            out.line(format!("name = {}", string(&entry.name)), Some(entry.at(Column::Name)));
            out.key("max", entry.max.map(number_text), Some(entry.at(Column::Max)));
            out.key("description", entry.description.as_deref().map(string), Some(entry.at(Column::Description)));
            out.line("", None);
        }
        for entry in entries.iter().filter(|e| e.id.contains('.')) {
            let leaf = !parents.contains(entry.id.as_str());
            out.line("[[criterion]]", Some(&entry.row));
            out.line(format!("id = {}", string(&entry.id)), Some(entry.at(Column::Id)));
            out.line(format!("name = {}", string(&entry.name)), Some(entry.at(Column::Name)));
            out.key("max", entry.max.map(number_text), Some(entry.at(Column::Max)));
            if leaf {
                self.leaf(entry, out);
            } else {
                if !entry.rule.is_empty() {
                    self.error(
                        entry.at(Column::Rule).clone(),
                        tr!("table-parent-has-rule", id = entry.id),
                        tr!("table-parent-has-rule-expected"),
                    );
                }
                self.no_questions(entry, |id| tr!("table-questions-on-parent", id = id));
                for (slot, column) in [Column::Optional, Column::EvidenceRequired, Column::Survey].into_iter().enumerate() {
                    if entry.flags[slot] {
                        self.error(
                            entry.at(column).clone(),
                            tr!("table-parent-flagged", id = entry.id, column = column.header()),
                            tr!("table-parent-flagged-expected"),
                        );
                    }
                }
            }
            out.key("description", entry.description.as_deref().map(string), Some(entry.at(Column::Description)));
            out.line("", None);
        }
    }

    fn leaf(&mut self, entry: &Entry, out: &mut TomlText) {
        let Some(max) = entry.max else {
            self.error(entry.at(Column::Max).clone(), tr!("table-leaf-no-max", id = entry.id), tr!("table-leaf-no-max-expected"));
            return;
        };
        if entry.rule.is_empty() {
            self.error(entry.at(Column::Rule).clone(), tr!("table-leaf-no-rule", id = entry.id), rule_forms());
            return;
        }
        match read_rule(&entry.rule, max) {
            Ok(read) => out.line(format!("rule = {}", rule(&read)), Some(entry.at(Column::Rule))),
            Err(message) => self.error(entry.at(Column::Rule).clone(), message, rule_forms()),
        }
        if entry.flags[0] {
            out.line("optional = true", Some(entry.at(Column::Optional)));
        }
        if entry.flags[2] {
            out.line("source = \"survey\"", Some(entry.at(Column::Survey)));
        }
        if entry.flags[1] {
            out.line("evidence_required = true", Some(entry.at(Column::EvidenceRequired)));
        }
        if !entry.questions.is_empty() {
            out.line(format!("questions = {}", string_array(&entry.questions)), Some(entry.at(Column::Questions)));
        }
    }

    /// Survey questions on a row that is not a sub-criterion: an error at the cell.
    fn no_questions(&mut self, entry: &Entry, message: impl Fn(&str) -> String) {
        if !entry.questions.is_empty() {
            self.error(entry.at(Column::Questions).clone(), message(&entry.id), tr!("table-questions-misplaced-expected"));
        }
    }

    /// Every declared maximum of an area or criterion with children equals the sum
    /// of its children's (declared, or summed) maxima.
    fn check_sums(&mut self, entries: &[Entry], parents: &HashSet<&str>) {
        let mut computed: HashMap<&str, Option<Decimal>> = HashMap::new();
        let mut order: Vec<&Entry> = entries.iter().collect();
        order.sort_by_key(|e| std::cmp::Reverse(e.id.matches('.').count()));
        for entry in order {
            if !parents.contains(entry.id.as_str()) {
                computed.insert(&entry.id, entry.max);
                continue;
            }
            let children: Vec<&Entry> = entries.iter().filter(|c| parent_id(&c.id) == Some(entry.id.as_str())).collect();
            let sums: Option<Vec<Decimal>> = children.iter().map(|c| computed.get(c.id.as_str()).copied().flatten()).collect();
            let sum = sums.as_ref().map(|s| s.iter().copied().sum::<Decimal>());
            computed.insert(&entry.id, sum.or(entry.max));
            if let (Some(declared), Some(sum), Some(parts)) = (entry.max, sum, sums)
                && declared != sum
            {
                let parts: Vec<String> =
                    children.iter().zip(parts).map(|(c, p)| format!("{} = {}", c.id, crate::i18n::decimal(&p))).collect();
                self.error(
                    entry.at(Column::Max).clone(),
                    tr!("table-sum-mismatch", id = entry.id, declared = declared, sum = sum),
                    tr!("table-sum-mismatch-expected", sum = sum, parts = parts.join(" + ")),
                );
            }
        }
    }

    fn adjustments(&mut self, entries: &[Entry], out: &mut TomlText) {
        for entry in entries {
            let read = match read_adjustment(&entry.rule) {
                Ok(read) => read,
                Err(message) => {
                    self.error(entry.at(Column::Rule).clone(), message, adjustment_forms());
                    continue;
                }
            };
            for (slot, column) in [Column::Optional, Column::EvidenceRequired, Column::Survey].into_iter().enumerate() {
                if entry.flags[slot] {
                    self.error(
                        entry.at(column).clone(),
                        tr!("table-adjustment-flagged", id = entry.id, column = column.header()),
                        tr!("table-leave-blank"),
                    );
                }
            }
            self.no_questions(entry, |id| tr!("table-questions-on-adjustment", id = id));
            let (kind, per): (AdjustmentKind, Decimal) = read;
            out.line("[[adjustment]]", Some(&entry.row));
            out.line(format!("id = {}", string(&entry.id)), Some(entry.at(Column::Id)));
            out.line(format!("name = {}", string(&entry.name)), Some(entry.at(Column::Name)));
            out.line(format!("kind = {}", adjustment_kind(kind)), Some(entry.at(Column::Rule)));
            out.line(format!("per = {}", number(per)), Some(entry.at(Column::Rule)));
            out.key("cap", entry.max.map(number_text), Some(entry.at(Column::Max)));
            out.key("description", entry.description.as_deref().map(string), Some(entry.at(Column::Description)));
            out.line("", None);
        }
    }
}

/// A number for TOML.
fn number_text(value: Decimal) -> String {
    number(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::{BUNDLED, load_framework};

    fn round_trip(framework: &Framework) -> Framework {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bang.xlsx");
        std::fs::write(&path, super::super::export_workbook(framework).unwrap()).unwrap();
        let imported = import_table(&path, "bang.xlsx").unwrap_or_else(|e| panic!("{}: {e}", framework.id));
        // The TOML written loads to the same framework as the one returned.
        assert_eq!(parse_framework(&imported.toml, "x.toml").unwrap(), imported.framework);
        imported.framework
    }

    #[test]
    fn every_bundled_framework_survives_export_and_import() {
        for bundled in &BUNDLED {
            let framework = load_framework(Some(bundled.id)).unwrap();
            assert_eq!(round_trip(&framework), framework, "{}", bundled.id);
        }
    }

    #[test]
    fn the_extensions_survive() {
        let text = r#"
[framework]
id = "ext"
bonus_cap = 1.5
penalty_cap = 2
ties = "exact"
rounding = "total"
[[grade]]
name = "Tốt"
min_index = 80
[[grade]]
name = "Khá"
min_index = 0
[[area]]
id = "1"
name = "A"
[[criterion]]
id = "1.1"
name = "Trễ hạn"
max = 1
rule = { kind = "tiers", better = "lower", percent = true, tiers = [[0, 1], [10, 0.5]] }
[[grade_cap]]
criterion = "1.1"
at_least = 10
best = "Khá"
"#;
        let framework = parse_framework(text, "ext.toml").unwrap();
        assert_eq!(round_trip(&framework), framework);
    }

    #[test]
    fn every_rule_kind_and_flag_survives() {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/all-rules.toml")).unwrap();
        let framework = parse_framework(&text, "all-rules.toml").unwrap();
        assert_eq!(round_trip(&framework), framework);
    }

    fn import_csv(text: &str) -> Result<Imported> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("phu-luc.csv");
        std::fs::write(&path, text).unwrap();
        import_table(&path, "phu-luc.csv")
    }

    fn errors(text: &str) -> String {
        match import_csv(text) {
            Err(Error::Input(diagnostics)) => diagnostics.to_string(),
            other => panic!("expected input errors, got {other:?}"),
        }
    }

    #[test]
    fn a_csv_table_names_its_id_after_the_file_and_may_hold_adjustments() {
        let imported = import_csv(
            "STT;Nội dung;Điểm tối đa;Cách chấm\n1;Chỉ đạo;2;\n1.1;Kế hoạch;2;\"Có: 2; Không: 0\"\nT1;Sáng kiến;1;Cộng 0,5 điểm/lần\n",
        )
        .unwrap();
        assert_eq!(imported.framework.id, "phu-luc");
        assert_eq!(imported.framework.adjustments[0].cap, Some(Decimal::ONE));
        assert_eq!(imported.framework.adjustments[0].kind, AdjustmentKind::Bonus);
    }

    #[test]
    fn a_maximum_that_does_not_add_up_names_its_cell() {
        // 1.1 says 3 but 1.1.1 + 1.1.2 = 1 + 1,5 = 2,5; the area says 3 as well, and
        // its child 1.1 sums to 2,5: both are reported.
        let found = errors(
            "Mã,Nội dung,Điểm tối đa,Cách chấm\n1,Chỉ đạo,3,\n1.1,Kế hoạch,3,\n1.1.1,Ban hành,1,Có: 1; Không: 0\n1.1.2,Thực hiện,\"1,5\",Hội đồng chấm\n",
        );
        assert!(found.contains("phu-luc.csv:3:3: điểm tối đa của \"1.1\" là 3 nhưng các tiêu chí con cộng lại 2,5"), "{found}");
        assert!(found.contains("2,5 (1.1.1 = 1 + 1.1.2 = 1,5)"), "{found}");
        assert!(found.contains("phu-luc.csv:2:3: điểm tối đa của \"1\" là 3 nhưng các tiêu chí con cộng lại 2,5"), "{found}");
    }

    #[test]
    fn an_unreadable_rule_names_its_cell_and_the_accepted_forms() {
        let found = errors("Mã,Nội dung,Điểm tối đa,Cách chấm\n1,Chỉ đạo,,\n1.1,Kế hoạch,1,tùy tình hình\n");
        assert!(found.contains("phu-luc.csv:3:4: không đọc được cách chấm \"tùy tình hình\""), "{found}");
        assert!(found.contains("Tỷ lệ % × điểm tối đa"), "{found}");
    }

    #[test]
    fn a_cell_split_by_an_unquoted_comma_is_an_error() {
        let found = errors("Mã,Nội dung,Điểm tối đa,Cách chấm\n1,Chỉ đạo,,\n1.1,Kế hoạch,1,≥ 80%: 0,5; ≥ 50%: 0\n");
        assert!(found.contains("phu-luc.csv:3:5: ô \"5; ≥ 50%: 0\" nằm ngoài các cột"), "{found}");
    }

    #[test]
    fn a_grade_minimum_below_one_is_taken_for_a_percentage_cell() {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        super::super::tests::criteria_sheet(&mut workbook, &[], "Có: 1; Không: 0");
        let grades = workbook.add_worksheet().set_name("Xếp loại").unwrap();
        let percent = rust_xlsxwriter::Format::new().set_num_format("0%");
        grades.write_string(1, 0, "Tốt").unwrap().write_number_with_format(1, 1, 0.9, &percent).unwrap();
        let found = super::super::tests::imported(&mut workbook);
        assert!(found.contains("bang.xlsx:'Xếp loại'!B2: chỉ số tối thiểu của xếp loại \"Tốt\" là 0,9: có phải 90 %?"), "{found}");
    }

    #[test]
    fn the_loader_s_findings_point_at_the_table_cell() {
        // Tiers not best first: found by the loader, reported at the rule's cell.
        let found = errors("Mã,Nội dung,Điểm tối đa,Cách chấm\n1,Chỉ đạo,,\n1.1,Kế hoạch,1,\"≥ 80%: 0,5; ≥ 100%: 1\"\n");
        assert!(found.contains("phu-luc.csv:3:4: các mức không xếp từ tốt nhất: ngưỡng 100 đứng sau 80"), "{found}");
        assert!(!found.contains("rule = {"), "no TOML shown: {found}");
    }
}
