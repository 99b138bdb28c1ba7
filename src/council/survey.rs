//! Độ tin cậy điều tra: with survey responses, each unit's 90 % bootstrap interval of
//! survey points, index and rank, and the units it cannot be told apart from.

use crate::criteria::Framework;
use crate::labels::Lang;
use crate::ranking::Ranked;
use crate::register::Roster;
use crate::report::block_label;
use crate::report::table::{Cell, Column, Table};
use crate::survey::Uncertainty;
use crate::tr_in;

/// Names listed of the units a unit cannot be told apart from; the column before
/// counts them all.
const NAMES_LISTED: usize = 10;

/// The table; `intervals` are those of [`crate::survey::bootstrap_ranked`], one per
/// unit of `ranked`. Every cell is a value (no formula): the intervals come from the
/// samples, which a spreadsheet cannot recompute.
pub fn survey_table(
    framework: &Framework,
    ranked: &[Ranked],
    intervals: &[Uncertainty],
    (samples, seed): (u32, u64),
    lang: Lang,
    roster: &Roster,
) -> Table {
    let labels = lang.labels();
    let low = tr_in!(lang, "report-spread-low");
    let high = tr_in!(lang, "report-spread-high");
    let mut columns = vec![Column::new(labels.rank, 6.0, false), Column::new(labels.unit, 28.0, true)];
    let groups =
        vec![(labels.survey_points.to_owned(), 2, 3), (labels.index.to_owned(), 5, 3), (tr_in!(lang, "report-spread-rank-interval"), 8, 2)];
    for point in [tr_in!(lang, "report-spread-points"), tr_in!(lang, "report-spread-index")] {
        columns.extend([Column::new(point, 9.0, false), Column::new(&low, 9.0, false), Column::new(&high, 9.0, false)]);
    }
    columns.extend([
        Column::new(tr_in!(lang, "report-spread-best"), 8.0, false),
        Column::new(tr_in!(lang, "report-spread-worst"), 8.0, false),
        Column::new(tr_in!(lang, "report-spread-apart-count"), 12.0, true),
        Column::new(tr_in!(lang, "report-spread-apart"), 40.0, true),
    ]);
    if roster.has_blocks() {
        columns.push(Column::new(block_label(lang), 16.0, true));
    }
    let title = tr_in!(lang, "report-spread-title");
    let explained = tr_in!(lang, "report-spread-explained-table", samples = samples, seed = seed.to_string());
    let mut table = Table {
        name: tr_in!(lang, "report-spread-sheet"),
        heading: vec![framework.heading(), format!("{title} · {}: {}", labels.units, ranked.len()), explained],
        groups,
        columns,
        frozen_columns: 2,
        filter: true,
        ..Table::default()
    };
    for (unit, spread) in ranked.iter().zip(intervals) {
        let figures = &unit.score.figures;
        let mut names: Vec<&str> = spread.overlapping.iter().take(NAMES_LISTED).map(|&other| intervals[other].unit.as_str()).collect();
        let more = spread.overlapping.len().saturating_sub(NAMES_LISTED);
        let more = (more > 0).then(|| tr_in!(lang, "report-spread-more", more = more));
        names.extend(more.as_deref());
        let mut cells = vec![
            Cell::Integer(unit.rank as i64),
            Cell::text(&unit.score.name),
            Cell::Number(figures.survey),
            Cell::Number(spread.survey.0),
            Cell::Number(spread.survey.1),
            Cell::Number(figures.index),
            Cell::Number(spread.index.0),
            Cell::Number(spread.index.1),
            Cell::Integer(spread.rank.0 as i64),
            Cell::Integer(spread.rank.1 as i64),
            Cell::Integer(spread.overlapping.len() as i64),
            Cell::text(names.join("; ")),
        ];
        if roster.has_blocks() {
            cells.push(Cell::text(roster.block_name(unit.block)));
        }
        table.push(cells, false);
    }
    table.footer.push(tr_in!(lang, "report-spread-footer"));
    table
}
