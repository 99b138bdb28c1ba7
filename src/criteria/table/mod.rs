//! A framework as the annex table of a Quyết định: written to Excel (`criteria export`)
//! and read back from Excel or CSV (`criteria import`), rules in plain Vietnamese.
//!
//! Each sheet is one [`SheetKind`]: its name, its columns and their accepted headers
//! live here, and `export`/`import` each have one function per kind (the profiles and
//! survey sheets in `profiles_survey`). A new part of the framework becomes a new
//! kind, a writer and a reader; docs/criteria-table.md says how.

mod export;
mod import;
mod profiles_survey;
mod rule_text;
mod sheets;
mod toml_out;

#[cfg(test)]
mod tests;

pub use export::export_workbook;
pub use import::{Imported, import_table, is_table_file};
pub use rule_text::{adjustment_forms, read_adjustment, read_rule, rule_forms, vi_number, write_adjustment, write_rule};

/// The sheets of an exported workbook, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetKind {
    /// Areas, criteria and sub-criteria (also bonus and penalty rows in a CSV).
    Criteria,
    /// Điểm thưởng, điểm trừ.
    Adjustments,
    /// Xếp loại.
    Grades,
    /// `[framework]`: id, title, unit kind, year, decimals, max_total, cap_index and
    /// the extensions' settings.
    Settings,
    /// `[[grade_cap]]`: Giới hạn xếp loại (extension).
    GradeCaps,
    /// `[[profile]]`: Loại đơn vị, with the ids not applicable to each.
    Profiles,
    /// `[survey]`: answer options, group weights, min_answers, population.
    Survey,
}

impl SheetKind {
    /// Every kind, in the workbook's order.
    pub const ALL: [SheetKind; 7] = [
        SheetKind::Criteria,
        SheetKind::Adjustments,
        SheetKind::Grades,
        SheetKind::Settings,
        SheetKind::GradeCaps,
        SheetKind::Profiles,
        SheetKind::Survey,
    ];

    /// The sheet's name in an exported workbook.
    pub fn name(self) -> &'static str {
        match self {
            SheetKind::Criteria => "Tiêu chí",
            SheetKind::Adjustments => "Điểm thưởng, điểm trừ",
            SheetKind::Grades => "Xếp loại",
            SheetKind::Settings => "Thông tin",
            SheetKind::GradeCaps => "Giới hạn xếp loại",
            SheetKind::Profiles => "Loại đơn vị",
            SheetKind::Survey => "Điều tra xã hội học",
        }
    }

    /// Sheet names accepted on import (folded), besides [`SheetKind::name`].
    fn aliases(self) -> &'static [&'static str] {
        match self {
            SheetKind::Criteria => &["tiêu chí", "bộ chỉ số", "criteria"],
            SheetKind::Adjustments => &["điểm thưởng, điểm trừ", "thưởng, trừ", "điểm thưởng", "adjustments"],
            SheetKind::Grades => &["xếp loại", "grades"],
            SheetKind::Settings => &["thông tin", "framework", "settings"],
            SheetKind::GradeCaps => &["giới hạn xếp loại", "grade_cap", "grade caps"],
            SheetKind::Profiles => &["loại đơn vị", "hồ sơ đơn vị", "profile", "profiles"],
            SheetKind::Survey => &["điều tra xã hội học", "điều tra xhh", "survey"],
        }
    }
}

/// A column of the criteria and adjustments sheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    Id,
    Name,
    Max,
    Rule,
    Optional,
    EvidenceRequired,
    Survey,
    Questions,
    Description,
}

impl Column {
    /// The columns in an exported sheet, in order.
    pub(crate) const ALL: [Column; 9] = [
        Column::Id,
        Column::Name,
        Column::Max,
        Column::Rule,
        Column::Optional,
        Column::EvidenceRequired,
        Column::Survey,
        Column::Questions,
        Column::Description,
    ];

    /// The header written on export.
    pub(crate) fn header(self) -> &'static str {
        match self {
            Column::Id => "STT/Mã",
            Column::Name => "Nội dung",
            Column::Max => "Điểm tối đa",
            Column::Rule => "Cách chấm",
            Column::Optional => "Không áp dụng được",
            Column::EvidenceRequired => "Bắt buộc có tài liệu kiểm chứng",
            Column::Survey => "Điều tra xã hội học",
            Column::Questions => "Câu hỏi",
            Column::Description => "Mô tả",
        }
    }

    /// Headers accepted on import (folded, inner spaces collapsed).
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Column::Id => &["stt/mã", "stt / mã", "mã", "stt", "mã tiêu chí", "mã số", "id"],
            Column::Name => &["nội dung", "nội dung tiêu chí", "tiêu chí", "tên tiêu chí", "tên", "name"],
            Column::Max => &["điểm tối đa", "điểm chuẩn", "điểm", "max"],
            Column::Rule => &["cách chấm", "cách chấm điểm", "phương pháp chấm", "hướng dẫn chấm", "rule"],
            Column::Optional => &["không áp dụng được", "không áp dụng", "optional"],
            Column::EvidenceRequired => {
                &["bắt buộc có tài liệu kiểm chứng", "bắt buộc tài liệu kiểm chứng", "tài liệu kiểm chứng", "evidence_required"]
            }
            Column::Survey => &["điều tra xã hội học", "điều tra xhh", "survey"],
            Column::Questions => &["câu hỏi", "mã câu hỏi", "câu hỏi điều tra", "questions"],
            Column::Description => &["mô tả", "ghi chú", "description"],
        }
    }

    /// The column a header names, if any.
    fn from_header(header: &str) -> Option<Column> {
        let folded = crate::text::fold(header).split_whitespace().collect::<Vec<_>>().join(" ");
        Column::ALL.into_iter().find(|column| column.aliases().contains(&folded.as_str()))
    }
}

/// The keys of the settings sheet, with what each means.
pub(crate) const SETTINGS: [(&str, &str); 12] = [
    ("id", "Mã bộ chỉ số, in trong mọi kết quả"),
    ("title", "Tên bộ chỉ số"),
    ("unit_kind", "Loại đơn vị được chấm"),
    ("year", "Năm đánh giá"),
    ("decimals", "Số chữ số thập phân của điểm và chỉ số"),
    ("max_total", "Tổng điểm tối đa (kiểm tra với tổng các tiêu chí)"),
    ("cap_index", "Chỉ số không vượt quá 100 (có/không)"),
    ("description", "Mô tả"),
    ("bonus_cap", "Tổng điểm thưởng tối đa (để trống: không giới hạn chung)"),
    ("penalty_cap", "Tổng điểm trừ tối đa (để trống: không giới hạn chung)"),
    ("ties", "Chỉ số bằng nhau: shared (cùng hạng) hoặc exact (xếp theo chỉ số chưa làm tròn)"),
    ("rounding", "Làm tròn: leaf (từng tiêu chí thành phần) hoặc total (chỉ tổng điểm và chỉ số)"),
];
