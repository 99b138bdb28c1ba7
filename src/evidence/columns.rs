//! The columns of an evidence file: header names in English and Vietnamese.

use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::i18n::Lang;
use crate::text::{fold, quote};
use crate::tr;

/// A column par-score reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The unit's name.
    Unit,
    /// A leaf or adjustment id.
    Criterion,
    /// The raw fact.
    Value,
    /// Points the unit claims.
    SelfScore,
    /// Points set by the council.
    Appraised,
    /// Document references.
    Evidence,
    /// Free text; with `appraised`, the council's reason.
    Note,
    /// Points set by the council in its first round.
    AppraisedFirst,
    /// The unit's reply to the first round (never changes points).
    Explanation,
}

/// Number of columns par-score reads.
pub const COLUMNS: usize = 9;

impl Column {
    /// All columns, in the contract's order.
    pub const ALL: [Column; COLUMNS] = [
        Column::Unit,
        Column::Criterion,
        Column::Value,
        Column::SelfScore,
        Column::Appraised,
        Column::Evidence,
        Column::Note,
        Column::AppraisedFirst,
        Column::Explanation,
    ];

    /// The English header name.
    pub fn name(self) -> &'static str {
        match self {
            Column::Unit => "unit",
            Column::Criterion => "criterion",
            Column::Value => "value",
            Column::SelfScore => "self_score",
            Column::Appraised => "appraised",
            Column::Evidence => "evidence",
            Column::Note => "note",
            Column::AppraisedFirst => "appraised_1",
            Column::Explanation => "explanation",
        }
    }

    /// The Vietnamese header name written in templates.
    pub fn vietnamese(self) -> &'static str {
        match self {
            Column::Unit => "đơn vị",
            Column::Criterion => "mã tiêu chí",
            Column::Value => "giá trị",
            Column::SelfScore => "điểm tự chấm",
            Column::Appraised => "điểm thẩm định",
            Column::Evidence => "tài liệu kiểm chứng",
            Column::Note => "ghi chú",
            Column::AppraisedFirst => "điểm thẩm định lần 1",
            Column::Explanation => "giải trình",
        }
    }

    /// The column's name in the current language, for messages about a file whose
    /// header is not at hand (`điểm tự chấm` in Vietnamese, `self_score` in English).
    pub fn label(self) -> &'static str {
        match crate::i18n::lang() {
            Lang::Vi => self.vietnamese(),
            Lang::En => self.name(),
        }
    }

    /// The column a header names, matched case-insensitively after trimming and NFC.
    /// Returns the column and whether the name is a weak synonym (`tiêu chí` may also
    /// head a column of criterion names, so an exact `mã tiêu chí` wins over it).
    pub fn from_header(header: &str) -> Option<(Column, bool)> {
        let folded = fold(header);
        let column = match folded.as_str() {
            "unit" | "đơn vị" | "don vi" => Column::Unit,
            "criterion" | "mã tiêu chí" | "ma tieu chi" | "criterion_id" => Column::Criterion,
            "tiêu chí" | "tieu chi" => return Some((Column::Criterion, true)),
            "value" | "giá trị" | "kết quả" | "gia tri" | "ket qua" => Column::Value,
            "self_score" | "self score" | "self-score" | "tự chấm" | "điểm tự chấm" | "tu cham" | "diem tu cham" => {
                Column::SelfScore
            }
            "appraised"
            | "thẩm định"
            | "điểm thẩm định"
            | "tham dinh"
            | "diem tham dinh"
            | "thẩm định lần 2"
            | "điểm thẩm định lần 2"
            | "điểm thẩm định cuối cùng" => Column::Appraised,
            "appraised_1" | "thẩm định lần 1" | "điểm thẩm định lần 1" => Column::AppraisedFirst,
            "explanation" | "giải trình" | "giai trinh" => Column::Explanation,
            "evidence" | "tài liệu kiểm chứng" | "tai lieu kiem chung" => Column::Evidence,
            "note" | "ghi chú" | "ghi chu" => Column::Note,
            _ => return None,
        };
        Some((column, false))
    }
}

/// Where each column is in a file (0-based field indices).
#[derive(Debug, Clone, Default)]
pub struct ColumnMap {
    positions: [Option<usize>; COLUMNS],
    weak: [bool; COLUMNS],
    /// The header text of each column as the file has it (messages name columns so).
    headers: [Option<Box<str>>; COLUMNS],
}

/// A header problem: a column twice, or a required one missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderProblem {
    /// Two headers name the same column.
    Duplicate {
        /// The column.
        column: Column,
        /// 0-based field of the first.
        first: usize,
        /// 0-based field of the second.
        second: usize,
    },
    /// A required column is missing.
    Missing(Column),
}

impl ColumnMap {
    /// Maps a header row; unknown headers are ignored (templates carry extra columns
    /// such as STT, the criterion's name or its maximum).
    pub fn from_headers<'a>(headers: impl IntoIterator<Item = &'a str>) -> Result<ColumnMap, Vec<HeaderProblem>> {
        let mut map = ColumnMap::default();
        let mut problems = Vec::new();
        for (field, header) in headers.into_iter().enumerate() {
            let Some((column, weak)) = Column::from_header(header) else { continue };
            let slot = column as usize;
            match map.positions[slot] {
                None => {
                    map.positions[slot] = Some(field);
                    map.weak[slot] = weak;
                    map.headers[slot] = Some(header.trim().into());
                }
                Some(_) if weak => {}
                Some(_) if map.weak[slot] => {
                    map.positions[slot] = Some(field);
                    map.weak[slot] = false;
                    map.headers[slot] = Some(header.trim().into());
                }
                Some(first) => problems.push(HeaderProblem::Duplicate { column, first, second: field }),
            }
        }
        // `value` is not required: a file of one layer (the council's points, the
        // units' explanations) holds no values (formats.md, section 7).
        for column in [Column::Unit, Column::Criterion] {
            if map.positions[column as usize].is_none() {
                problems.push(HeaderProblem::Missing(column));
            }
        }
        if problems.is_empty() { Ok(map) } else { Err(problems) }
    }

    /// The field index of a column, if present.
    pub fn position(&self, column: Column) -> Option<usize> {
        self.positions[column as usize]
    }

    /// The column as the file's header names it ("Điểm tự chấm"), or by
    /// [`Column::label`] when the file has no such column.
    pub fn label(&self, column: Column) -> &str {
        self.headers[column as usize].as_deref().filter(|header| !header.is_empty()).unwrap_or(column.label())
    }

    /// The highest field index used.
    pub fn last_position(&self) -> usize {
        self.positions.iter().flatten().copied().max().unwrap_or(0)
    }
}

/// Every header name a column answers to, folded, for "did you mean" hints.
const KNOWN: [(&str, Column); 26] = [
    ("appraised_1", Column::AppraisedFirst),
    ("thẩm định lần 1", Column::AppraisedFirst),
    ("explanation", Column::Explanation),
    ("giải trình", Column::Explanation),
    ("unit", Column::Unit),
    ("đơn vị", Column::Unit),
    ("criterion", Column::Criterion),
    ("mã tiêu chí", Column::Criterion),
    ("tiêu chí", Column::Criterion),
    ("value", Column::Value),
    ("giá trị", Column::Value),
    ("kết quả", Column::Value),
    ("self_score", Column::SelfScore),
    ("tự chấm", Column::SelfScore),
    ("điểm tự chấm", Column::SelfScore),
    ("appraised", Column::Appraised),
    ("thẩm định", Column::Appraised),
    ("điểm thẩm định", Column::Appraised),
    ("evidence", Column::Evidence),
    ("tài liệu kiểm chứng", Column::Evidence),
    ("note", Column::Note),
    ("ghi chú", Column::Note),
    ("tham dinh", Column::Appraised),
    ("tu cham", Column::SelfScore),
    ("gia tri", Column::Value),
    ("don vi", Column::Unit),
];

/// For a header that names no column, the column it probably means (within two
/// edits of one of its names), when that column is not in the file: a misspelt
/// `thẩm đinh` would otherwise silently drop the council's points.
pub fn near_miss(header: &str, map: &ColumnMap) -> Option<(Column, &'static str)> {
    let folded = fold(header);
    if folded.chars().count() < 4 || Column::from_header(header).is_some() {
        return None;
    }
    let near = crate::text::closest(&folded, KNOWN.iter().map(|(name, _)| *name))?;
    let (name, column) = KNOWN.iter().find(|(name, _)| *name == near)?;
    map.position(*column).is_none().then_some((*column, *name))
}

/// Warnings about headers that name no column but look like a misspelt one.
pub fn header_warnings(record: &csv::ByteRecord, name: &str, line: u64, map: &ColumnMap) -> Diagnostics {
    let mut warnings = Diagnostics::new();
    for (field, bytes) in record.iter().enumerate() {
        let header = String::from_utf8_lossy(bytes);
        if let Some((column, near)) = near_miss(&header, map) {
            warnings.push(
                Diagnostic::warning(Location::at(name, line, field as u64 + 1), tr!("evidence-column-not-read", header = quote(&header)))
                    .expected(tr!("evidence-column-not-read-expected", name = column.name(), vietnamese = column.vietnamese()))
                    .hint(tr!("evidence-did-you-mean-quoted", near = near)),
            );
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_vietnamese_headers_any_case_and_order() {
        let map =
            ColumnMap::from_headers([" Đơn vị ", "MÃ TIÊU CHÍ", "Giá trị", "điểm tự chấm", "Thẩm định", "Tài liệu kiểm chứng", "Ghi chú"])
                .unwrap();
        assert_eq!(map.position(Column::Unit), Some(0));
        assert_eq!(map.position(Column::Note), Some(6));
        let map = ColumnMap::from_headers(["value", "UNIT", "criterion"]).unwrap();
        assert_eq!((map.position(Column::Value), map.position(Column::Unit), map.position(Column::SelfScore)), (Some(0), Some(1), None));
    }

    #[test]
    fn criterion_name_column_yields_to_the_id_column() {
        let map = ColumnMap::from_headers(["STT", "Tiêu chí", "Mã tiêu chí", "Đơn vị", "Kết quả"]).unwrap();
        assert_eq!(map.position(Column::Criterion), Some(2));
        let map = ColumnMap::from_headers(["đơn vị", "tiêu chí", "giá trị"]).unwrap();
        assert_eq!(map.position(Column::Criterion), Some(1));
    }

    #[test]
    fn columns_are_named_by_the_files_own_header() {
        let map = ColumnMap::from_headers([" Đơn vị ", "tiêu chí", "Mã tiêu chí", "Điểm tự chấm"]).unwrap();
        assert_eq!(map.label(Column::SelfScore), "Điểm tự chấm");
        // The weak "tiêu chí" yields to "Mã tiêu chí", and so does its text.
        assert_eq!(map.label(Column::Criterion), "Mã tiêu chí");
        assert_eq!(map.label(Column::Unit), "Đơn vị");
        // A column the file does not have is named in the messages' language (Vietnamese by default).
        assert_eq!(map.label(Column::Appraised), "điểm thẩm định");
    }

    #[test]
    fn misspelt_headers_are_recognised() {
        let map = ColumnMap::from_headers(["unit", "criterion", "value"]).unwrap();
        assert_eq!(near_miss("Thẩm đinh", &map), Some((Column::Appraised, "thẩm định")));
        assert_eq!(near_miss("self_scor", &map), Some((Column::SelfScore, "self_score")));
        assert_eq!(near_miss("STT", &map), None);
        assert_eq!(near_miss("Tối đa", &map), None);
        assert_eq!(near_miss("đơn vị tính", &map), None);
        // A column already present is not "meant" by a second header.
        assert_eq!(near_miss("values", &map), None);
    }

    #[test]
    fn duplicates_and_missing_columns_are_reported() {
        let problems = ColumnMap::from_headers(["unit", "đơn vị", "value"]).unwrap_err();
        assert_eq!(
            problems,
            vec![HeaderProblem::Duplicate { column: Column::Unit, first: 0, second: 1 }, HeaderProblem::Missing(Column::Criterion)]
        );
    }
}
