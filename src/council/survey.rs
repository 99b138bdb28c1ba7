//! Độ tin cậy điều tra: with survey responses, each unit's 90 % bootstrap interval of
//! survey points, index and rank, and the units it cannot be told apart from.

use crate::criteria::Framework;
use crate::labels::Lang;
use crate::ranking::Ranked;
use crate::register::Roster;
use crate::report::BLOCK_LABEL;
use crate::report::table::{Cell, Column, Table};
use crate::survey::Uncertainty;

/// Names listed of the units a unit cannot be told apart from; the column before
/// counts them all.
const NAMES_LISTED: usize = 10;

fn en(lang: Lang, vi: &'static str, english: &'static str) -> &'static str {
    if lang == Lang::En { english } else { vi }
}

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
    let low = en(lang, "Thấp (5 %)", "Low (5 %)");
    let high = en(lang, "Cao (95 %)", "High (95 %)");
    let mut columns = vec![Column::new(labels.rank, 6.0, false), Column::new(labels.unit, 28.0, true)];
    let groups = vec![
        (labels.survey_points.to_owned(), 2, 3),
        (labels.index.to_owned(), 5, 3),
        (en(lang, "Hạng (khoảng 90 %)", "Rank (90 % interval)").to_owned(), 8, 2),
    ];
    for point in [en(lang, "Điểm", "Points"), en(lang, "Chỉ số", "Index")] {
        columns.extend([Column::new(point, 9.0, false), Column::new(low, 9.0, false), Column::new(high, 9.0, false)]);
    }
    columns.extend([
        Column::new(en(lang, "Tốt nhất", "Best"), 8.0, false),
        Column::new(en(lang, "Kém nhất", "Worst"), 8.0, false),
        Column::new(en(lang, "Số đơn vị không phân biệt được", "Units it cannot be told apart from"), 12.0, true),
        Column::new(en(lang, "Không phân biệt được với", "Cannot be told apart from"), 40.0, true),
    ]);
    if roster.has_blocks() {
        columns.push(Column::new(BLOCK_LABEL, 16.0, true));
    }
    let title = en(lang, "Độ tin cậy của điều tra xã hội học", "Uncertainty of the survey");
    let explained = match lang {
        Lang::En => format!(
            "90 % intervals of a bootstrap over respondents ({samples} samples, seed {seed}): the 5th and 95th percentiles; ranks within each block"
        ),
        Lang::Vi => format!(
            "Khoảng 90 % theo bootstrap trên người trả lời ({samples} mẫu, seed {seed}): bách phân vị 5 và 95; hạng trong từng khối"
        ),
    };
    let mut table = Table {
        name: en(lang, "Độ tin cậy điều tra", "Survey uncertainty").to_owned(),
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
        let more = (more > 0).then(|| match lang {
            Lang::En => format!("… and {more} more"),
            Lang::Vi => format!("… và {more} đơn vị khác"),
        });
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
    table.footer.push(
        en(
            lang,
            "Các đơn vị có khoảng hạng chồng lên nhau thì điều tra không phân biệt được thứ hạng: một mẫu người trả lời khác có thể đảo thứ tự của chúng.",
            "Units whose rank intervals overlap cannot be told apart by the survey: another sample of respondents could swap them.",
        )
        .to_owned(),
    );
    table
}
