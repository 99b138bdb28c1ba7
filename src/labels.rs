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

/// Labels of the council tables and evidence templates (`council`, `template`).
#[allow(missing_docs)]
#[derive(Debug)]
pub struct CouncilLabels {
    pub summary_sheet: &'static str,
    pub summary_title: &'static str,
    pub sheet_title: &'static str,
    pub discrepancies_sheet: &'static str,
    pub discrepancies_title: &'static str,
    pub self_points: &'static str,
    pub final_points: &'static str,
    pub self_total: &'static str,
    pub final_total: &'static str,
    pub difference: &'static str,
    pub reason: &'static str,
    pub row_missing: &'static str,
    pub note: &'static str,
    pub number: &'static str,
    pub area: &'static str,
    pub totals: &'static str,
    pub no_discrepancies: &'static str,
    pub definitions: &'static str,
    pub criterion_name: &'static str,
    pub hint: &'static str,
    pub instructions_sheet: &'static str,
    pub lists_sheet: &'static str,
    pub instructions: &'static [&'static str],
    pub wrote: &'static str,
}

const COUNCIL_VI: CouncilLabels = CouncilLabels {
    summary_sheet: "Tổng hợp",
    summary_title: "Bảng tổng hợp kết quả thẩm định",
    sheet_title: "Phiếu thẩm định",
    discrepancies_sheet: "Chênh lệch",
    discrepancies_title: "Danh sách chênh lệch",
    self_points: "Tự chấm",
    final_points: "Thẩm định",
    self_total: "Tổng tự chấm",
    final_total: "Tổng thẩm định",
    difference: "Chênh lệch",
    reason: "Lý do",
    row_missing: "không có dòng số liệu",
    note: "Ghi chú (lý do thẩm định)",
    number: "STT",
    area: "Lĩnh vực",
    totals: "Tổng điểm",
    no_discrepancies: "Không có chênh lệch.",
    definitions: "Tự chấm: điểm tự chấm của đơn vị (bỏ trống tính là 0). Thẩm định: điểm cuối cùng theo quy tắc của bộ chỉ số, hoặc điểm Hội đồng thẩm định. Chênh lệch = thẩm định − tự chấm.",
    criterion_name: "Tên tiêu chí",
    hint: "Hướng dẫn nhập",
    instructions_sheet: "Hướng dẫn",
    lists_sheet: "Danh sách",
    instructions: &[
        "Nhập số liệu vào các cột Giá trị, Điểm tự chấm, Tài liệu kiểm chứng, Ghi chú của trang \"minh chứng\"; không sửa cột Mã tiêu chí và dòng tiêu đề.",
        "Giá trị: ngày ghi dd/mm/yyyy; tỷ lệ ghi số từ 0 đến 100 (ví dụ 97,5); có/không chọn trong danh sách; tiêu chí Hội đồng chấm để trống Giá trị.",
        "Tiêu chí có thể không áp dụng: ghi \"không áp dụng\" (hoặc N/A, KAD) vào Giá trị.",
        "Cột Điểm thẩm định dành cho Hội đồng thẩm định (bỏ bảo vệ trang để nhập).",
    ],
    wrote: "Đã ghi",
};

const COUNCIL_EN: CouncilLabels = CouncilLabels {
    summary_sheet: "Summary",
    summary_title: "Summary of the appraisal",
    sheet_title: "Appraisal sheet",
    discrepancies_sheet: "Discrepancies",
    discrepancies_title: "Discrepancies",
    self_points: "Self",
    final_points: "Final",
    self_total: "Self total",
    final_total: "Final total",
    difference: "Difference",
    reason: "Reason",
    row_missing: "no row",
    note: "Note (council's reason)",
    number: "No.",
    area: "Area",
    totals: "Total",
    no_discrepancies: "No discrepancies.",
    definitions: "Self: the unit's self-score (0 when empty). Final: the points from the framework's rules, or the council's appraised points. Difference = final − self.",
    criterion_name: "Criterion name",
    hint: "What to enter",
    instructions_sheet: "Instructions",
    lists_sheet: "Lists",
    instructions: &[
        "Fill in value, self_score, evidence and note on the \"evidence\" sheet; do not change the criterion column or the header row.",
        "Values: dates as dd/mm/yyyy; rates as a number from 0 to 100 (e.g. 97.5); yes/no from the list; leave the value empty for council-judged criteria.",
        "An optional criterion that does not apply: write N/A in value.",
        "The appraised column is for the appraisal council (unprotect the sheet to fill it).",
    ],
    wrote: "Wrote",
};

impl Lang {
    /// The council and template labels of this language.
    pub fn council(self) -> &'static CouncilLabels {
        match self {
            Lang::Vi => &COUNCIL_VI,
            Lang::En => &COUNCIL_EN,
        }
    }
}
