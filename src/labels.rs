//! User-facing labels of tables and reports, in Vietnamese (default) and English.

/// The language of labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Tiếng Việt.
    #[default]
    Vi,
    /// English.
    En,
}

/// Every label a report uses; each field is named after what it labels.
#[allow(missing_docs)]
#[derive(Debug)]
pub struct Labels {
    pub rank: &'static str,
    pub unit: &'static str,
    pub id: &'static str,
    pub name: &'static str,
    pub max: &'static str,
    pub value: &'static str,
    pub self_score: &'static str,
    pub points: &'static str,
    pub survey_points: &'static str,
    pub status: &'static str,
    pub evidence: &'static str,
    pub note: &'static str,
    pub rule: &'static str,
    pub adjustment: &'static str,
    pub bonus: &'static str,
    pub penalty: &'static str,
    pub areas_total: &'static str,
    pub assessment: &'static str,
    pub survey: &'static str,
    pub total: &'static str,
    pub applicable_max: &'static str,
    pub index: &'static str,
    pub grade: &'static str,
    pub units: &'static str,
    pub framework: &'static str,
    pub areas: &'static str,
    pub adjustments: &'static str,
    pub optional: &'static str,
    pub evidence_required: &'static str,
    pub status_missing: &'static str,
    pub status_no_evidence: &'static str,
    pub status_not_applicable: &'static str,
    pub status_appraised: &'static str,
    pub status_self_differs: &'static str,
    pub cap: &'static str,
    pub per_item: &'static str,
    pub not_applicable_note: &'static str,
    pub sub_criteria: &'static str,
    pub unit_count: &'static str,
    pub adjustment_count: &'static str,
    pub evidence_files: &'static str,
    pub files: &'static str,
    pub rows: &'static str,
    pub errors: &'static str,
    pub warnings: &'static str,
    pub valid: &'static str,
}

const VI: Labels = Labels {
    rank: "Hạng",
    unit: "Đơn vị",
    id: "Mã",
    name: "Tiêu chí",
    max: "Tối đa",
    value: "Giá trị",
    self_score: "Tự chấm",
    points: "Điểm",
    survey_points: "Điểm điều tra",
    status: "Ghi nhận",
    evidence: "Tài liệu kiểm chứng",
    note: "Ghi chú",
    rule: "Cách tính điểm",
    adjustment: "Điểm thưởng/trừ",
    bonus: "Điểm thưởng",
    penalty: "Điểm trừ",
    areas_total: "Tổng điểm các lĩnh vực",
    assessment: "Điểm tự đánh giá (thẩm định)",
    survey: "Điểm điều tra xã hội học",
    total: "Tổng điểm",
    applicable_max: "Điểm tối đa áp dụng",
    index: "Chỉ số CCHC (%)",
    grade: "Xếp loại",
    units: "Số đơn vị",
    framework: "Bộ chỉ số",
    areas: "Lĩnh vực",
    adjustments: "Điểm thưởng, điểm trừ",
    optional: "có thể không áp dụng",
    evidence_required: "bắt buộc có TLKC",
    status_missing: "thiếu số liệu",
    status_no_evidence: "thiếu tài liệu kiểm chứng",
    status_not_applicable: "không áp dụng",
    status_appraised: "thẩm định",
    status_self_differs: "tự chấm khác",
    cap: "tối đa",
    per_item: "mỗi lần",
    not_applicable_note: "Tiêu chí không áp dụng không tính vào điểm tối đa.",
    sub_criteria: "tiêu chí thành phần",
    unit_count: "đơn vị",
    adjustment_count: "điểm thưởng/trừ",
    evidence_files: "Tệp số liệu",
    files: "tệp",
    rows: "dòng",
    errors: "lỗi",
    warnings: "cảnh báo",
    valid: "hợp lệ",
};

const EN: Labels = Labels {
    rank: "Rank",
    unit: "Unit",
    id: "Id",
    name: "Criterion",
    max: "Max",
    value: "Value",
    self_score: "Self-score",
    points: "Points",
    survey_points: "Survey points",
    status: "Status",
    evidence: "Evidence",
    note: "Note",
    rule: "Scoring rule",
    adjustment: "Adjustment",
    bonus: "Bonus",
    penalty: "Penalty",
    areas_total: "Areas total",
    assessment: "Self-assessment (appraised)",
    survey: "Survey",
    total: "Total",
    applicable_max: "Applicable max",
    index: "Index (%)",
    grade: "Grade",
    units: "Units",
    framework: "Framework",
    areas: "Areas",
    adjustments: "Bonuses and penalties",
    optional: "optional",
    evidence_required: "evidence required",
    status_missing: "missing",
    status_no_evidence: "no evidence",
    status_not_applicable: "N/A",
    status_appraised: "appraised",
    status_self_differs: "self-score differs",
    cap: "cap",
    per_item: "per item",
    not_applicable_note: "Criteria marked not applicable are left out of the maximum.",
    sub_criteria: "sub-criteria",
    unit_count: "units",
    adjustment_count: "adjustments",
    evidence_files: "Evidence",
    files: "files",
    rows: "rows",
    errors: "errors",
    warnings: "warnings",
    valid: "valid",
};

impl Lang {
    /// The labels of this language.
    pub fn labels(self) -> &'static Labels {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }

    /// Formats points for people: decimal comma in Vietnamese, point in English.
    pub fn number(self, value: rust_decimal::Decimal, decimals: u32) -> String {
        match self {
            Lang::Vi => crate::points::fixed_comma(value, decimals),
            Lang::En => crate::points::fixed(value, decimals),
        }
    }
}
