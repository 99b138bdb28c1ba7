//! The warnings of `check`: rows that score 0 for want of a value or evidence,
//! self-scores the rules do not give, missing rows, and unit names that look like
//! one unit typed twice or spread over several files.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::criteria::{Framework, Rule, Target, describe_rule};
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::evidence::{Column, ColumnMap, Entry, Gathered, Origin, UnitEvidence};
use crate::points::round;
use crate::scoring::{LeafScore, Status, UnitScore, rule_points};
use crate::text::{excerpt, is_invisible, loose_key, quote};
use crate::tr;

/// A column as messages name it: its Vietnamese header (as templates write it), or
/// the contract's English name with `--lang en`.
fn column_name(column: Column) -> &'static str {
    match crate::i18n::lang() {
        crate::i18n::Lang::Vi => column.vietnamese(),
        crate::i18n::Lang::En => column.name(),
    }
}

/// The place of a cell: file, line and the column's position in that file.
fn cell(gathered: &Gathered, origin: Origin, column: Column) -> Location {
    cell_in(&gathered.files, &gathered.columns, origin, column)
}

/// The place of a cell, given the files of the run and their columns (when known).
fn cell_in(files: &[String], columns: &[Option<ColumnMap>], origin: Origin, column: Column) -> Location {
    let file = &files[origin.file as usize];
    match columns.get(origin.file as usize).and_then(|c| c.as_ref()).and_then(|c| c.position(column)) {
        Some(position) => Location::at(file, origin.line, position as u64 + 1),
        None => Location::line(file, origin.line),
    }
}

/// The first row of a unit, optionally only among the rows of one file.
fn first_row(unit: &UnitEvidence, file: Option<u32>) -> Option<Origin> {
    unit.leaves.iter().chain(&unit.adjustments).flatten().map(|e| e.origin).filter(|o| file.is_none_or(|f| o.file == f)).min()
}

fn value_of(entry: &Entry) -> String {
    entry.text.as_ref().map(|t| quote(&t.value)).unwrap_or_default()
}

/// A message followed by what the unit claimed in its self-score, if it did.
fn with_claim(message: String, score: &LeafScore) -> String {
    match score.self_score {
        Some(claimed) => format!("{message} {}", tr!("check-claim", column = column_name(Column::SelfScore), claimed = claimed)),
        None => message,
    }
}

/// Warnings about one unit's rows, given its score.
pub fn unit_warnings(framework: &Framework, gathered: &Gathered, unit: &UnitEvidence, score: &UnitScore) -> Diagnostics {
    let mut warnings = Diagnostics::new();
    let mut missing = Vec::new();
    // How many of the missing leaves take their value from the questionnaires: for
    // those a row with a value would be a second source, so the hint differs.
    let mut from_questionnaires = 0;
    let rejected: Vec<Target> = gathered.rejected.iter().filter(|(name, _)| *name == unit.name).map(|(_, t)| *t).collect();
    for (index, result) in score.leaves.iter().enumerate() {
        let id = framework.leaf_node(index).id.as_str();
        let Some(entry) = &unit.leaves[index] else {
            if !rejected.contains(&Target::Leaf(index)) {
                missing.push(id);
                from_questionnaires += usize::from(!framework.leaves[index].questions.is_empty());
            }
            continue;
        };
        if let Some(warning) = leaf_warning(framework, gathered, index, entry, result) {
            warnings.push(warning);
        }
    }
    for (index, result) in score.adjustments.iter().enumerate() {
        if let Some(entry) = &unit.adjustments[index]
            && result.self_score_differs
        {
            let id = &framework.adjustments[index].id;
            warnings.push(
                Diagnostic::warning(
                    cell(gathered, entry.origin, Column::SelfScore),
                    tr!(
                        "check-adjustment-self-score",
                        column = column_name(Column::SelfScore),
                        claimed = entry.self_score.unwrap_or_default(),
                        id = id,
                        points = result.points
                    ),
                )
                .expected(tr!(
                    "check-adjustment-self-score-expected",
                    column = column_name(Column::SelfScore),
                    points = result.points
                )),
            );
        }
    }
    if !missing.is_empty()
        && let Some(first) = first_row(unit, None)
    {
        let count = missing.len();
        warnings.push(
            Diagnostic::warning(
                cell(gathered, first, Column::Unit),
                tr!("check-missing-rows", unit = unit.name, count = count, ids = excerpt(&missing.join(", "), 200)),
            )
            .expected(tr!("check-missing-rows-expected"))
            .hint(missing_hint(count, from_questionnaires)),
        );
    }
    warnings
}

/// The hint of the missing-rows warning: rows to add, answers to give with
/// `--responses`, or both.
fn missing_hint(count: usize, from_questionnaires: usize) -> String {
    let rows = || tr!("check-missing-rows-hint", column = column_name(Column::Value));
    match from_questionnaires {
        0 => rows(),
        n if n == count => tr!("check-missing-answers-hint"),
        _ => format!("{}; {}", rows(), tr!("check-missing-answers-hint")),
    }
}

/// The warning for one leaf row, if any: 0 points for want of a value or evidence,
/// or a self-score that the rules do not give.
fn leaf_warning(framework: &Framework, gathered: &Gathered, index: usize, entry: &Entry, result: &LeafScore) -> Option<Diagnostic> {
    let leaf = &framework.leaves[index];
    let id = framework.leaf_node(index).id.as_str();
    let manual = matches!(leaf.rule, Rule::Manual { .. });
    match result.status {
        Status::Missing if manual => Some(
            Diagnostic::warning(
                cell(gathered, entry.origin, Column::SelfScore),
                tr!("check-manual-empty", id = id, self_score = column_name(Column::SelfScore), appraised = column_name(Column::Appraised)),
            )
            .expected(tr!(
                "check-manual-empty-expected",
                max = leaf.max,
                self_score = column_name(Column::SelfScore),
                appraised = column_name(Column::Appraised)
            )),
        ),
        Status::Missing => Some(
            Diagnostic::warning(
                cell(gathered, entry.origin, Column::Value),
                with_claim(tr!("check-value-empty", column = column_name(Column::Value), id = id), result),
            )
            .expected(crate::evidence::expected_value(leaf))
            .hint(tr!("check-value-empty-hint", rule = describe_rule(leaf))),
        ),
        Status::NoEvidence => {
            let would = match leaf.rule {
                Rule::Manual { .. } => entry.self_score,
                _ => rule_points(&leaf.rule, leaf.max, &entry.value),
            };
            let would = would.map(|p| round(p, framework.decimals)).unwrap_or_default();
            Some(
                Diagnostic::warning(
                    cell(gathered, entry.origin, Column::Evidence),
                    with_claim(tr!("check-no-evidence", id = id, column = column_name(Column::Evidence), would = would), result),
                )
                .expected(tr!("check-no-evidence-expected")),
            )
        }
        Status::Ok | Status::Appraised if result.self_score_differs => {
            let claimed = entry.self_score.unwrap_or(Decimal::ZERO);
            let why = if result.status == Status::Appraised {
                tr!("check-why-appraised", points = result.points)
            } else if manual {
                tr!("check-why-rounded", decimals = framework.decimals)
            } else {
                tr!("check-why-rule", value = value_of(entry), points = result.points, rule = describe_rule(leaf))
            };
            Some(
                Diagnostic::warning(
                    cell(gathered, entry.origin, Column::SelfScore),
                    tr!(
                        "check-self-score-differs",
                        column = column_name(Column::SelfScore),
                        claimed = claimed,
                        id = id,
                        points = result.points
                    ),
                )
                .expected(tr!("check-self-score-differs-expected", column = column_name(Column::SelfScore), points = result.points))
                .hint(why),
            )
        }
        _ => None,
    }
}

/// Whether two of the names would get a "one unit typed two ways" warning.
pub fn names_collide(names: &[&str]) -> bool {
    use rayon::prelude::*;
    let keys: Vec<String> = names.par_iter().map(|name| name_key(name)).collect();
    let mut seen = rustc_hash::FxHashSet::default();
    seen.reserve(keys.len());
    keys.iter().any(|key| !seen.insert(key.as_str()))
}

/// The key under which unit names that differ only in case, spacing, accents (typed
/// without Vietnamese diacritics, "So Tu phap") or invisible characters collide.
pub fn name_key(name: &str) -> String {
    name_key_quick(name).unwrap_or_else(|| name_key_general(name))
}

/// [`name_key`] in one pass, for names of ASCII and Vietnamese letters (every unit
/// of a national ranking); `None` for a name with any other character. Their letters
/// decompose to a base letter, never moved by canonical ordering, and marks, all
/// dropped: the key is that of [`name_key_general`].
fn name_key_quick(name: &str) -> Option<String> {
    use unicode_normalization::char::{decompose_canonical, is_combining_mark};
    let composed = crate::text::nfc_cow(name);
    let mut key = String::with_capacity(composed.len());
    for c in composed.chars().filter(|c| !c.is_whitespace()) {
        decompose_canonical(crate::text::simple_lower(c)?, |part| {
            if !is_combining_mark(part) && !is_invisible(part) {
                key.push(if part == 'đ' { 'd' } else { part });
            }
        });
    }
    Some(key)
}

/// [`name_key`] for any name: folded, white space removed, decomposed, marks and
/// invisible characters dropped, đ read as d.
fn name_key_general(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let key = loose_key(name);
    key.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c) && !is_invisible(*c))
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
}

/// Warnings about the run as a whole: names that differ only in case, spacing,
/// accents or invisible characters, and units whose rows are spread over files.
pub fn run_warnings(gathered: &Gathered) -> Diagnostics {
    let mut warnings = name_warnings(&gathered.files, &gathered.columns, &gathered.units);
    for unit in gathered.units.iter().filter(|u| u.files.len() > 1) {
        let Some(first) = first_row(unit, Some(unit.files[0])) else { continue };
        let first_file = &gathered.files[first.file as usize];
        for &file in &unit.files[1..] {
            let Some(row) = first_row(unit, Some(file)) else { continue };
            warnings.push(
                Diagnostic::warning(
                    cell(gathered, row, Column::Unit),
                    tr!("check-unit-in-two-files", unit = unit.name, file = first_file, line = first.line),
                )
                .expected(tr!("check-unit-in-two-files-expected"))
                .hint(tr!("check-unit-in-two-files-hint")),
            );
        }
    }
    warnings
}

/// Warnings about unit names that differ only in case, spacing, accents or
/// invisible characters: probably one unit typed two ways, scored as two. `rank`
/// prints them too; `columns` may be empty (then places have no column).
pub fn name_warnings(files: &[String], columns: &[Option<ColumnMap>], units: &[UnitEvidence]) -> Diagnostics {
    let mut warnings = Diagnostics::new();
    let mut by_key: BTreeMap<String, Vec<&UnitEvidence>> = BTreeMap::new();
    for unit in units {
        by_key.entry(name_key(&unit.name)).or_default().push(unit);
    }
    for group in by_key.values_mut().filter(|g| g.len() > 1) {
        // The spelling seen first (by file and line) is taken as the intended one.
        group.sort_by_key(|unit| first_row(unit, None));
        let reference = group[0];
        let Some(reference_row) = first_row(reference, None) else { continue };
        for unit in &group[1..] {
            let Some(first) = first_row(unit, None) else { continue };
            warnings.push(
                Diagnostic::warning(
                    cell_in(files, columns, first, Column::Unit),
                    tr!(
                        "check-unit-spelling",
                        unit = quote(&unit.name),
                        reference = reference.name,
                        place = format!("{}:{}", files[reference_row.file as usize], reference_row.line)
                    ),
                )
                .expected(tr!("check-unit-spelling-expected", reference = reference.name))
                .hint(tr!("check-unit-spelling-hint")),
            );
        }
    }
    warnings
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_missing_rows_hint_fits_what_is_missing() {
        // 3 missing, none from questionnaires: rows; all 3: answers; 1 of 3: both.
        assert!(super::missing_hint(3, 0).starts_with("thêm các dòng còn thiếu"));
        assert!(super::missing_hint(3, 3).starts_with("tiêu chí lấy điểm từ phiếu điều tra"));
        let both = super::missing_hint(3, 1);
        assert!(both.starts_with("thêm các dòng còn thiếu") && both.contains("--responses"), "{both}");
    }

    use super::*;

    #[test]
    fn missing_rows_are_counted_in_both_languages() {
        use crate::i18n::{ArgValue, Lang, message_in};
        let args = |count: u64| {
            [("unit", ArgValue::Text("Sở Y tế".into())), ("count", ArgValue::Count(count)), ("ids", ArgValue::Text("8.2".into()))]
        };
        // English chooses singular or plural by the count; Vietnamese has no plural.
        assert_eq!(message_in(Lang::En, "check-missing-rows", &args(1)), "unit \"Sở Y tế\" has no row for 1 sub-criterion, scored 0: 8.2");
        assert_eq!(message_in(Lang::En, "check-missing-rows", &args(2)), "unit \"Sở Y tế\" has no row for 2 sub-criteria, scored 0: 8.2");
        assert_eq!(
            message_in(Lang::Vi, "check-missing-rows", &args(1)),
            "đơn vị \"Sở Y tế\" không có dòng cho 1 tiêu chí thành phần, được 0 điểm: 8.2"
        );
        // Points: 1.5 is "1,5" in Vietnamese, "1.5" in English.
        let points = [("column", ArgValue::Text("self_score".into())), ("points", ArgValue::Decimal(Decimal::new(15, 1)))];
        assert_eq!(message_in(Lang::Vi, "check-self-score-differs-expected", &points), "self_score 1,5");
        assert_eq!(message_in(Lang::En, "check-self-score-differs-expected", &points), "self_score 1.5");
    }

    #[test]
    fn names_typed_two_ways_share_a_key() {
        assert_eq!(name_key("Sở Tư pháp"), "sotuphap");
        assert_eq!(name_key("  SO TU  PHAP"), "sotuphap");
        assert_eq!(name_key("So\u{200b} Tu phap"), "sotuphap");
        assert_eq!(name_key("S\u{1edf} T\u{1b0} pha\u{301}p"), "sotuphap");
        assert_eq!(name_key("ĐẠI LỘC"), "dailoc");
        assert!(names_collide(&["UBND xã Đại Lộc", "UBND xa Dai Loc"]));
        assert!(!names_collide(&["UBND xã Đại Lộc", "UBND xã Đại Lộc 2"]));
    }

    #[test]
    fn the_quick_key_is_the_general_key() {
        // Vietnamese letters both ways, decomposed marks, white space of every kind,
        // invisible characters, and letters the quick path leaves to the general one.
        let alphabet: Vec<char> =
            "aAđĐơƠưƯăĂêÊôÔâÂéÉẠạỹỸỳÝýÿßÞþ×İıΣσςǅ1 \t\u{a0}\u{3000}\u{301}\u{303}\u{323}\u{200b}\u{ad}\u{feff}-./".chars().collect();
        let mut random = crate::testing::XorShift(0x2545_F491_4F6C_DD1D);
        let mut quick = 0;
        for _ in 0..20_000 {
            let length = random.below(12);
            let name: String = (0..length).map(|_| alphabet[random.below(alphabet.len() as u64) as usize]).collect();
            if let Some(key) = name_key_quick(&name) {
                quick += 1;
                assert_eq!(key, name_key_general(&name), "{name:?}");
            }
            assert_eq!(name_key(&name), name_key_general(&name), "{name:?}");
        }
        assert!(quick > 2_000, "the quick path was taken {quick} times");
    }
}
