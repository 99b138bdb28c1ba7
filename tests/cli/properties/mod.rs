//! Property tests over generated frameworks and evidence: the order of rows and
//! files never changes an output byte; totals, points, index and ranks obey the
//! contract; a unit's result does not depend on the other units; and the
//! independent Python scorer (tests/reference/ref_score.py) agrees byte for byte.

mod generate;
mod rows;

use proptest::prelude::*;
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};

use generate::{FrameworkSpec, NAMES, UnitSpec, framework, units};
use par_score::commands::{RankOptions, ScoreOptions, rank, score};
use par_score::criteria::{Framework, parse_framework};
use par_score::evidence::{ReadOptions, read_csv};
use par_score::points::round;
use par_score::report::Format;
use par_score::scoring::{Status, UnitScore, score_unit};
use rows::{Row, csv_text, rows};

/// How many cases each property runs: `PROPTEST_CASES` when set (for long runs),
/// else `default`.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A deterministic shuffle, so that one drawn seed fixes a layout.
fn shuffle<T>(items: &mut [T], seed: u64) {
    crate::util::Random(seed).shuffle(items);
}

/// Writes the framework and the rows into `dir`: one plain file, or the rows shuffled
/// over `files` files with mixed separators and BOMs. Returns the criteria path and
/// the evidence paths in a shuffled argument order.
fn write_layout(dir: &Path, framework: &FrameworkSpec, rows: &[Row], layout: Option<(u64, usize)>) -> (String, Vec<PathBuf>) {
    let criteria = dir.join("criteria.toml");
    std::fs::write(&criteria, framework.toml()).unwrap();
    let mut refs: Vec<&Row> = rows.iter().collect();
    let Some((seed, files)) = layout else {
        let path = dir.join("evidence.csv");
        std::fs::write(&path, csv_text(&refs, false, false)).unwrap();
        return (criteria.display().to_string(), vec![path]);
    };
    shuffle(&mut refs, seed);
    let mut paths = Vec::new();
    for file in 0..files {
        let part: Vec<&Row> = refs.iter().enumerate().filter(|(i, _)| i % files == file).map(|(_, r)| *r).collect();
        if part.is_empty() {
            continue;
        }
        let path = dir.join(format!("part-{}.csv", (seed as usize + file * 7) % 97));
        let text = csv_text(&part, (seed >> file) & 1 == 1, (seed >> (file + 8)) & 1 == 1);
        std::fs::write(&path, text).unwrap();
        paths.push(path);
    }
    shuffle(&mut paths, seed.rotate_left(17));
    (criteria.display().to_string(), paths)
}

/// Every output a run can print: the ranking in all formats and each unit's sheet.
fn outputs(criteria: &str, paths: &[PathBuf], units: &[UnitSpec]) -> Vec<Vec<u8>> {
    let mut all = Vec::new();
    for format in [Format::Csv, Format::Json, Format::Table, Format::Markdown] {
        let options = RankOptions { paths: paths.to_vec(), criteria: Some(criteria.to_owned()), format, ..RankOptions::default() };
        all.push(rank(&options).expect("generated input is valid").stdout);
    }
    for unit in units {
        for format in [Format::Json, Format::Table] {
            let options = ScoreOptions {
                paths: paths.to_vec(),
                criteria: Some(criteria.to_owned()),
                unit: Some(NAMES[unit.name].to_owned()),
                format,
                ..ScoreOptions::default()
            };
            all.push(score(&options).expect("generated input is valid").stdout);
        }
    }
    all
}

/// Reads the rows in one file and scores every unit with the library.
fn score_rows(framework: &Framework, rows: &[Row]) -> Vec<UnitScore> {
    let refs: Vec<&Row> = rows.iter().collect();
    let text = csv_text(&refs, false, false);
    let read = read_csv(text.as_bytes(), "evidence.csv", 0, framework, ReadOptions::default()).expect("readable");
    assert!(!read.problems.has_errors(), "{}", read.problems);
    read.book.into_units().iter().map(|unit| score_unit(framework, unit).expect("something applies")).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(48), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn reordering_rows_and_files_changes_no_output_byte(spec in framework(), units in units(), seed in any::<u64>(), files in 1usize..=4) {
        let rows = rows(&spec, &units);
        let plain = tempfile::tempdir().unwrap();
        let (criteria, paths) = write_layout(plain.path(), &spec, &rows, None);
        let expected = outputs(&criteria, &paths, &units);
        let shuffled = tempfile::tempdir().unwrap();
        let (criteria, paths) = write_layout(shuffled.path(), &spec, &rows, Some((seed, files)));
        let actual = outputs(&criteria, &paths, &units);
        for (expected, actual) in expected.iter().zip(&actual) {
            prop_assert_eq!(String::from_utf8_lossy(expected), String::from_utf8_lossy(actual));
        }
    }

    #[test]
    fn totals_points_index_and_ranks_follow_the_contract(spec in framework(), units in units()) {
        let framework = parse_framework(&spec.toml(), "criteria.toml").expect("generated framework is valid");
        let scores = score_rows(&framework, &rows(&spec, &units));
        for score in &scores {
            let mut areas = Decimal::ZERO;
            let mut max = Decimal::ZERO;
            for (leaf, result) in framework.leaves.iter().zip(&score.leaves) {
                prop_assert!(result.points >= Decimal::ZERO && result.points <= leaf.max, "{} > {}", result.points, leaf.max);
                prop_assert_eq!(result.points, round(result.points, framework.decimals));
                if result.status != Status::NotApplicable {
                    areas += result.points;
                    max += leaf.max;
                } else {
                    prop_assert_eq!(result.points, Decimal::ZERO);
                }
            }
            let by_area: Decimal = (0..framework.areas.len()).map(|a| score.area_points(&framework, a)).sum();
            prop_assert_eq!(by_area, areas);
            for (adjustment, result) in framework.adjustments.iter().zip(&score.adjustments) {
                prop_assert!(result.points >= Decimal::ZERO && adjustment.cap.is_none_or(|cap| result.points <= cap));
            }
            // total = sum of areas + adjustment, floored at 0.
            prop_assert_eq!(score.figures.total, (areas + score.figures.bonus - score.figures.penalty).max(Decimal::ZERO));
            prop_assert_eq!(score.figures.max, max);
            let exact = round(score.figures.total * Decimal::ONE_HUNDRED / score.figures.max, framework.decimals);
            if framework.cap_index {
                prop_assert!(score.figures.index >= Decimal::ZERO && score.figures.index <= Decimal::ONE_HUNDRED);
                prop_assert_eq!(score.figures.index, exact.min(Decimal::ONE_HUNDRED));
            } else {
                prop_assert_eq!(score.figures.index, exact);
            }
            let grade = framework.grades.iter().position(|g| g.min_index <= score.figures.index);
            prop_assert_eq!(score.figures.grade, grade);
        }
        let ranked = par_score::ranking::rank(scores.clone());
        prop_assert_eq!(ranked.len(), scores.len());
        for (i, entry) in ranked.iter().enumerate() {
            let better = ranked.iter().filter(|other| other.score.figures.index > entry.score.figures.index).count();
            prop_assert_eq!(entry.rank, better + 1);
            if let Some(next) = ranked.get(i + 1) {
                prop_assert!(entry.score.figures.index > next.score.figures.index || (entry.score.figures.index == next.score.figures.index && entry.score.name < next.score.name));
            }
        }
    }

    #[test]
    fn a_units_result_does_not_depend_on_the_other_units(spec in framework(), units in units()) {
        let framework = parse_framework(&spec.toml(), "criteria.toml").expect("generated framework is valid");
        let all_rows = rows(&spec, &units);
        let together = score_rows(&framework, &all_rows);
        for unit in &units {
            let own: Vec<Row> = all_rows.iter().filter(|r| r.unit == unit.name).cloned().collect();
            let alone = score_rows(&framework, &own);
            let with_others = together.iter().find(|s| s.name == NAMES[unit.name]).expect("unit scored");
            prop_assert_eq!(&alone[0], with_others);
        }
    }
}

/// Whether python3 with tomllib (3.11+) can run the reference scorer.
fn python() -> bool {
    std::process::Command::new("python3").args(["-c", "import tomllib"]).output().is_ok_and(|o| o.status.success())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(24), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_reference_scorer_agrees_byte_for_byte(spec in framework(), units in units(), seed in any::<u64>(), files in 1usize..=3) {
        assert!(python(), "python3 (3.11+, with tomllib) is needed for the differential test");
        let rows = rows(&spec, &units);
        let dir = tempfile::tempdir().unwrap();
        let (criteria, paths) = write_layout(dir.path(), &spec, &rows, Some((seed, files)));
        let ours = outputs(&criteria, &paths, &[]).swap_remove(0);
        let reference = crate::util::repo().join("tests/reference/ref_score.py");
        let output = std::process::Command::new("python3").arg(reference).arg(&criteria).args(&paths).output().unwrap();
        prop_assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        prop_assert_eq!(String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&ours));
    }
}
