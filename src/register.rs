//! The units register (`--units FILE`, formats.md section 6): who must be ranked, in
//! which block, with which profile; and how the evidence's units are matched to it.

use std::collections::HashMap;
use std::path::Path;

use crate::criteria::Framework;
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::error::{Error, Result};
use crate::text::{fold, nfc, normalize_name, quote};
use crate::tr;

/// One registered unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registered {
    /// The name as it must be shown (canonical form of the register's spelling).
    pub name: String,
    /// Its block (index into [`Register::blocks`]).
    pub block: usize,
    /// Its profile (index into the framework's profiles).
    pub profile: Option<usize>,
    /// The register's line (or row) of the unit.
    pub line: u64,
}

/// A units register, validated against a framework.
#[derive(Debug, Clone)]
pub struct Register {
    /// The file as the user named it.
    pub file: String,
    /// The units in register order.
    pub units: Vec<Registered>,
    /// Block names in the order of their first row ("" for units without a block).
    pub blocks: Vec<String>,
    /// Unit index by folded name (case-insensitive).
    by_key: HashMap<String, usize>,
}

/// Where the units of a run belong: their block and whether they sent anything. Built
/// from a register, or empty (one block, every unit sent rows) without one.
#[derive(Debug, Clone, Default)]
pub struct Roster {
    /// Block names, in order; empty without a register.
    pub blocks: Vec<String>,
    /// Block of each unit by shown name.
    block_of: HashMap<String, usize>,
    /// Registered units that sent no evidence row at all.
    absent: std::collections::HashSet<String>,
}

impl Roster {
    /// A roster of the given blocks, without units yet.
    pub fn with_blocks(blocks: Vec<String>) -> Self {
        Roster { blocks, ..Roster::default() }
    }

    /// Whether a register was given (then outputs show blocks).
    pub fn has_blocks(&self) -> bool {
        !self.blocks.is_empty()
    }

    /// The block of a unit (0 without a register).
    pub fn block(&self, unit: &str) -> usize {
        self.block_of.get(unit).copied().unwrap_or(0)
    }

    /// The name of block `block` ("" without a register).
    pub fn block_name(&self, block: usize) -> &str {
        self.blocks.get(block).map_or("", String::as_str)
    }

    /// Whether a registered unit sent no evidence row at all.
    pub fn is_absent(&self, unit: &str) -> bool {
        self.absent.contains(unit)
    }

    /// Whether any unit sent nothing.
    pub fn any_absent(&self) -> bool {
        !self.absent.is_empty()
    }

    /// Marks `unit` as registered in `block` and whether it sent nothing.
    pub(crate) fn place(&mut self, unit: &str, block: usize, absent: bool) {
        self.block_of.insert(unit.to_owned(), block);
        if absent {
            self.absent.insert(unit.to_owned());
        }
    }

    /// The block of `unit`, if it is placed.
    pub fn placed_block(&self, unit: &str) -> Option<usize> {
        self.block_of.get(unit).copied()
    }

    /// Places `unit` in the block named `block`, added after the others when new.
    pub fn place_in(&mut self, unit: &str, block: &str) {
        let at = match self.blocks.iter().position(|name| name == block) {
            Some(at) => at,
            None => {
                self.blocks.push(block.to_owned());
                self.blocks.len() - 1
            }
        };
        self.block_of.insert(unit.to_owned(), at);
    }

    /// Adds the units of `other` this roster lacks, each in its block of the same name
    /// (new blocks after this roster's, in `other`'s order).
    pub fn absorb(&mut self, other: &Roster) {
        let mut missing: Vec<(usize, &str)> =
            other.block_of.iter().filter(|(unit, _)| !self.block_of.contains_key(*unit)).map(|(unit, &b)| (b, unit.as_str())).collect();
        missing.sort_unstable();
        for (block, unit) in missing {
            self.place_in(unit, other.block_name(block));
        }
    }
}

/// What the user is told a unit sent nothing, in every output that lists units.
pub const ABSENT_NOTE: &str = "không nộp hồ sơ (mọi tiêu chí tính 0 điểm)";

impl Register {
    /// The registered unit matching `name` (compared after normalisation, ignoring case).
    pub fn find(&self, name: &str) -> Option<&Registered> {
        self.position(name).map(|at| &self.units[at])
    }

    /// The position in [`Register::units`] of the unit matching `name`.
    pub fn position(&self, name: &str) -> Option<usize> {
        self.by_key.get(&fold(name)).copied()
    }

    /// Up to three registered names closest to `name`, for hints.
    pub fn closest(&self, name: &str) -> Vec<&str> {
        let wanted = fold(name);
        let mut scored: Vec<(usize, &str)> =
            self.units.iter().map(|unit| (crate::text::edit_distance(&wanted, &fold(&unit.name)), unit.name.as_str())).collect();
        scored.sort();
        scored.into_iter().take(3).map(|(_, name)| name).collect()
    }
}

/// Reads a units register (CSV by the rules of formats.md section 2, or .xlsx).
pub fn read_register(path: &Path, framework: &Framework) -> Result<Register> {
    let name = path.display().to_string();
    let rows = if crate::evidence::is_workbook(path) { workbook_rows(path, &name)? } else { csv_rows(path, &name)? };
    parse_register(&rows, &name, framework).map_err(Error::Input)
}

/// The non-blank rows of a CSV register with their lines, cells trimmed and NFC.
fn csv_rows(path: &Path, name: &str) -> Result<Vec<(u64, Vec<String>)>> {
    let bytes = std::fs::read(path).map_err(|source| Error::Read { path: name.to_owned(), source })?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = crate::evidence::decode_utf8(bytes, name)?;
    let separator = crate::evidence::detect_separator(text.as_bytes());
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(separator).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| {
            Error::Input(
                Diagnostic::error(Location::file(name), tr!("register-csv-unreadable", reason = error))
                    .expected(tr!("register-csv-expected"))
                    .into(),
            )
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let cells: Vec<String> = record.iter().map(|cell| nfc(cell.trim())).collect();
        if cells.iter().any(|cell| !cell.is_empty()) {
            rows.push((line, cells));
        }
    }
    Ok(rows)
}

/// The non-blank rows of the first worksheet of a register workbook, with row numbers.
fn workbook_rows(path: &Path, name: &str) -> Result<Vec<(u64, Vec<String>)>> {
    use calamine::{Reader, open_workbook_auto};
    let unreadable = |error: calamine::Error| {
        Error::Input(
            Diagnostic::error(Location::file(name), tr!("register-workbook-unreadable", reason = error))
                .expected(tr!("register-workbook-expected"))
                .into(),
        )
    };
    let mut workbook = open_workbook_auto(path).map_err(unreadable)?;
    let Some(Ok(range)) = workbook.worksheet_range_at(0) else {
        return Err(Error::Input(
            Diagnostic::error(Location::file(name), tr!("register-no-sheet")).expected(tr!("register-no-sheet-expected")).into(),
        ));
    };
    let first_row = range.start().map_or(0, |start| start.0);
    Ok(range
        .rows()
        .enumerate()
        .map(|(at, cells)| {
            (u64::from(first_row) + at as u64 + 1, cells.iter().map(|cell| nfc(cell.to_string().trim())).collect::<Vec<_>>())
        })
        .filter(|(_, cells)| cells.iter().any(|cell| !cell.is_empty()))
        .collect())
}

/// Validates the rows of a register (the first is the header).
pub fn parse_register(rows: &[(u64, Vec<String>)], name: &str, framework: &Framework) -> Result<Register, Diagnostics> {
    let mut problems = Diagnostics::new();
    let Some((header_line, header)) = rows.first() else {
        return Err(Diagnostic::error(Location::line(name, 1), tr!("register-empty")).expected(tr!("register-empty-expected")).into());
    };
    let position = |names: &[&str]| header.iter().position(|h| names.contains(&fold(h).as_str()));
    let Some(unit_column) = position(&["unit", "đơn vị", "don vi"]) else {
        return Err(Diagnostic::error(Location::line(name, *header_line), tr!("register-no-unit-column"))
            .expected(tr!("register-no-unit-column-expected"))
            .hint(tr!("register-no-unit-column-hint"))
            .into());
    };
    let block_column = position(&["block", "khối", "khoi"]);
    let profile_column = position(&["profile", "loại đơn vị", "loai don vi"]);
    let cell = |cells: &[String], column: Option<usize>| column.and_then(|c| cells.get(c)).cloned().unwrap_or_default();
    let mut register = Register { file: name.to_owned(), units: Vec::new(), blocks: Vec::new(), by_key: HashMap::new() };
    for (line, cells) in &rows[1..] {
        let at = |column: usize| Location::at(name, *line, column as u64 + 1);
        let unit = normalize_name(&cell(cells, Some(unit_column)));
        if unit.is_empty() {
            problems.push(Diagnostic::error(at(unit_column), tr!("register-unit-empty")).expected(tr!("register-unit-empty-expected")));
            continue;
        }
        let block_name = normalize_name(&cell(cells, block_column));
        let block = match register.blocks.iter().position(|b| *b == block_name) {
            Some(block) => block,
            None => {
                register.blocks.push(block_name);
                register.blocks.len() - 1
            }
        };
        let profile_id = cell(cells, profile_column);
        let profile = if profile_id.is_empty() {
            None
        } else {
            match framework.profile(&profile_id) {
                Some(profile) => Some(profile),
                None => {
                    let known: Vec<&str> = framework.profiles.iter().map(|p| p.id.as_str()).collect();
                    let hint =
                        crate::text::closest(&profile_id, known.iter().copied()).map(|near| tr!("register-did-you-mean", near = near));
                    problems.push(
                        Diagnostic::error(
                            at(profile_column.unwrap_or(0)),
                            tr!("register-unknown-profile", profile = quote(&profile_id), framework = framework.id),
                        )
                        .expected(if known.is_empty() {
                            tr!("register-no-profiles-expected")
                        } else {
                            tr!("register-profile-expected", known = known.join(", "))
                        })
                        .maybe_hint(hint),
                    );
                    None
                }
            }
        };
        let key = fold(&unit);
        if let Some(&first) = register.by_key.get(&key) {
            let first = &register.units[first];
            problems.push(
                Diagnostic::error(at(unit_column), tr!("register-unit-twice", unit = quote(&unit), line = first.line, first = first.name))
                    .expected(tr!("register-unit-twice-expected"))
                    .hint(tr!("register-unit-twice-hint")),
            );
            continue;
        }
        register.by_key.insert(key, register.units.len());
        register.units.push(Registered { name: unit, block, profile, line: *line });
    }
    if register.units.is_empty() && !problems.has_errors() {
        problems.push(
            Diagnostic::error(Location::line(name, *header_line), tr!("register-no-units")).expected(tr!("register-no-units-expected")),
        );
    }
    problems.sort();
    if problems.has_errors() { Err(problems) } else { Ok(register) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framework() -> Framework {
        crate::criteria::parse_framework(
            r#"
[framework]
id = "t"
[[area]]
id = "1"
name = "A"
[[criterion]]
id = "1.1"
name = "x"
max = 1
rule = { kind = "check" }
[[area]]
id = "2"
name = "B"
[[criterion]]
id = "2.1"
name = "y"
max = 1
rule = { kind = "check" }
[[profile]]
id = "khong-tthc"
name = "Không có TTHC"
not_applicable = ["2"]
"#,
            "t.toml",
        )
        .unwrap()
    }

    fn rows(lines: &[&str]) -> Vec<(u64, Vec<String>)> {
        lines.iter().enumerate().map(|(i, l)| (i as u64 + 1, l.split(',').map(|c| nfc(c.trim())).collect())).collect()
    }

    #[test]
    fn blocks_in_order_of_first_row_and_names_ignoring_case() {
        let register = parse_register(
            &rows(&["Đơn vị,Khối,Loại đơn vị", "Sở Tư pháp,Sở,", "UBND phường Hòa Bình,Phường,", " Thanh  tra tỉnh ,Sở,khong-tthc"]),
            "r.csv",
            &framework(),
        )
        .unwrap();
        assert_eq!(register.blocks, ["Sở", "Phường"]);
        let found = register.find("THANH TRA TỈNH").unwrap();
        assert_eq!((found.name.as_str(), found.block, found.profile, found.line), ("Thanh tra tỉnh", 0, Some(0), 4));
        assert!(register.find("Thanh tra huyện").is_none());
        assert_eq!(register.closest("Sở Tư Phap")[0], "Sở Tư pháp");
    }

    #[test]
    fn a_name_twice_and_an_unknown_profile_are_errors() {
        let problems =
            parse_register(&rows(&["unit,block,profile", "Sở Y tế,,", "sở y tế,,", "Sở Nội vụ,,khong-tthx"]), "r.csv", &framework())
                .unwrap_err();
        let text = problems.to_string();
        assert!(text.contains("r.csv:3:1: đơn vị \"sở y tế\" có hai lần trong danh sách (lần đầu ở dòng 2: \"Sở Y tế\")"), "{text}");
        assert!(text.contains("r.csv:4:3: loại đơn vị \"khong-tthx\" không có trong bộ tiêu chí t"), "{text}");
        assert!(text.contains("có phải là \"khong-tthc\"?"), "{text}");
    }
}
