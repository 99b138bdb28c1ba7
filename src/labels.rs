//! User-facing labels of tables and reports, in Vietnamese (default) and English,
//! from the catalogues (`i18n/*/labels.ftl`).

/// The language of labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
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
    // compare, gaps, whatif, report (issue 6)
    pub previous: &'static str,
    pub current: &'static str,
    pub comparison: &'static str,
    pub previous_rank: &'static str,
    pub previous_index: &'static str,
    pub previous_grade: &'static str,
    pub rank_change: &'static str,
    pub index_change: &'static str,
    pub movement_new: &'static str,
    pub movement_gone: &'static str,
    pub climbers: &'static str,
    pub fallers: &'static str,
    pub none: &'static str,
    pub places: &'static str,
    pub not_comparable: &'static str,
    pub max_changed: &'static str,
    pub only_previous: &'static str,
    pub only_current: &'static str,
    pub criteria_changed: &'static str,
    pub matched_by_id: &'static str,
    pub level: &'static str,
    pub level_area: &'static str,
    pub level_criterion: &'static str,
    pub level_leaf: &'static str,
    pub lost: &'static str,
    pub index_if_recovered: &'static str,
    pub gaps_heading: &'static str,
    pub priorities: &'static str,
    pub units_losing: &'static str,
    pub total_lost: &'static str,
    pub share_lost: &'static str,
    pub largest_gap: &'static str,
    pub whatif_heading: &'static str,
    pub samples: &'static str,
    pub seed: &'static str,
    pub weight_jitter: &'static str,
    pub survey_weight: &'static str,
    pub median_rank: &'static str,
    pub rank_interval: &'static str,
    pub mean_shift: &'static str,
    pub grade_change_share: &'static str,
    pub drop_range: &'static str,
    pub scenario: &'static str,
    pub drop_area: &'static str,
    pub no_survey: &'static str,
    pub units_moved: &'static str,
    pub grade_changes: &'static str,
    pub largest_move: &'static str,
    pub units_changing_grade: &'static str,
    pub exact_note: &'static str,
    pub report_title: &'static str,
    pub contents: &'static str,
    pub ranking_section: &'static str,
    pub index_chart: &'static str,
    pub area_chart: &'static str,
    pub weakest: &'static str,
    pub unit_pages: &'static str,
    pub unit_share: &'static str,
    pub province_average: &'static str,
    pub made_with: &'static str,
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

/// A label from the catalogues, kept for the rest of the run (each language's labels
/// are loaded once).
fn text(lang: Lang, key: &str) -> &'static str {
    String::leak(crate::i18n::message_in(lang, key, &[]))
}

impl Labels {
    fn load(lang: Lang) -> Labels {
        Labels {
            rank: text(lang, "label-rank"),
            unit: text(lang, "label-unit"),
            id: text(lang, "label-id"),
            name: text(lang, "label-name"),
            max: text(lang, "label-max"),
            value: text(lang, "label-value"),
            self_score: text(lang, "label-self_score"),
            points: text(lang, "label-points"),
            survey_points: text(lang, "label-survey_points"),
            status: text(lang, "label-status"),
            evidence: text(lang, "label-evidence"),
            note: text(lang, "label-note"),
            rule: text(lang, "label-rule"),
            adjustment: text(lang, "label-adjustment"),
            bonus: text(lang, "label-bonus"),
            penalty: text(lang, "label-penalty"),
            areas_total: text(lang, "label-areas_total"),
            assessment: text(lang, "label-assessment"),
            survey: text(lang, "label-survey"),
            total: text(lang, "label-total"),
            applicable_max: text(lang, "label-applicable_max"),
            index: text(lang, "label-index"),
            grade: text(lang, "label-grade"),
            units: text(lang, "label-units"),
            framework: text(lang, "label-framework"),
            areas: text(lang, "label-areas"),
            adjustments: text(lang, "label-adjustments"),
            optional: text(lang, "label-optional"),
            evidence_required: text(lang, "label-evidence_required"),
            status_missing: text(lang, "label-status_missing"),
            status_no_evidence: text(lang, "label-status_no_evidence"),
            status_not_applicable: text(lang, "label-status_not_applicable"),
            status_appraised: text(lang, "label-status_appraised"),
            status_self_differs: text(lang, "label-status_self_differs"),
            cap: text(lang, "label-cap"),
            per_item: text(lang, "label-per_item"),
            not_applicable_note: text(lang, "label-not_applicable_note"),
            previous: text(lang, "label-previous"),
            current: text(lang, "label-current"),
            comparison: text(lang, "label-comparison"),
            previous_rank: text(lang, "label-previous_rank"),
            previous_index: text(lang, "label-previous_index"),
            previous_grade: text(lang, "label-previous_grade"),
            rank_change: text(lang, "label-rank_change"),
            index_change: text(lang, "label-index_change"),
            movement_new: text(lang, "label-movement_new"),
            movement_gone: text(lang, "label-movement_gone"),
            climbers: text(lang, "label-climbers"),
            fallers: text(lang, "label-fallers"),
            none: text(lang, "label-none"),
            places: text(lang, "label-places"),
            not_comparable: text(lang, "label-not_comparable"),
            max_changed: text(lang, "label-max_changed"),
            only_previous: text(lang, "label-only_previous"),
            only_current: text(lang, "label-only_current"),
            criteria_changed: text(lang, "label-criteria_changed"),
            matched_by_id: text(lang, "label-matched_by_id"),
            level: text(lang, "label-level"),
            level_area: text(lang, "label-level_area"),
            level_criterion: text(lang, "label-level_criterion"),
            level_leaf: text(lang, "label-level_leaf"),
            lost: text(lang, "label-lost"),
            index_if_recovered: text(lang, "label-index_if_recovered"),
            gaps_heading: text(lang, "label-gaps_heading"),
            priorities: text(lang, "label-priorities"),
            units_losing: text(lang, "label-units_losing"),
            total_lost: text(lang, "label-total_lost"),
            share_lost: text(lang, "label-share_lost"),
            largest_gap: text(lang, "label-largest_gap"),
            whatif_heading: text(lang, "label-whatif_heading"),
            samples: text(lang, "label-samples"),
            seed: text(lang, "label-seed"),
            weight_jitter: text(lang, "label-weight_jitter"),
            survey_weight: text(lang, "label-survey_weight"),
            median_rank: text(lang, "label-median_rank"),
            rank_interval: text(lang, "label-rank_interval"),
            mean_shift: text(lang, "label-mean_shift"),
            grade_change_share: text(lang, "label-grade_change_share"),
            drop_range: text(lang, "label-drop_range"),
            scenario: text(lang, "label-scenario"),
            drop_area: text(lang, "label-drop_area"),
            no_survey: text(lang, "label-no_survey"),
            units_moved: text(lang, "label-units_moved"),
            grade_changes: text(lang, "label-grade_changes"),
            largest_move: text(lang, "label-largest_move"),
            units_changing_grade: text(lang, "label-units_changing_grade"),
            exact_note: text(lang, "label-exact_note"),
            report_title: text(lang, "label-report_title"),
            contents: text(lang, "label-contents"),
            ranking_section: text(lang, "label-ranking_section"),
            index_chart: text(lang, "label-index_chart"),
            area_chart: text(lang, "label-area_chart"),
            weakest: text(lang, "label-weakest"),
            unit_pages: text(lang, "label-unit_pages"),
            unit_share: text(lang, "label-unit_share"),
            province_average: text(lang, "label-province_average"),
            made_with: text(lang, "label-made_with"),
            sub_criteria: text(lang, "label-sub_criteria"),
            unit_count: text(lang, "label-unit_count"),
            adjustment_count: text(lang, "label-adjustment_count"),
            evidence_files: text(lang, "label-evidence_files"),
            files: text(lang, "label-files"),
            rows: text(lang, "label-rows"),
            errors: text(lang, "label-errors"),
            warnings: text(lang, "label-warnings"),
            valid: text(lang, "label-valid"),
        }
    }
}

impl CouncilLabels {
    fn load(lang: Lang) -> CouncilLabels {
        CouncilLabels {
            summary_sheet: text(lang, "label-council-summary_sheet"),
            summary_title: text(lang, "label-council-summary_title"),
            sheet_title: text(lang, "label-council-sheet_title"),
            discrepancies_sheet: text(lang, "label-council-discrepancies_sheet"),
            discrepancies_title: text(lang, "label-council-discrepancies_title"),
            self_points: text(lang, "label-council-self_points"),
            final_points: text(lang, "label-council-final_points"),
            self_total: text(lang, "label-council-self_total"),
            final_total: text(lang, "label-council-final_total"),
            difference: text(lang, "label-council-difference"),
            reason: text(lang, "label-council-reason"),
            row_missing: text(lang, "label-council-row_missing"),
            note: text(lang, "label-council-note"),
            number: text(lang, "label-council-number"),
            area: text(lang, "label-council-area"),
            totals: text(lang, "label-council-totals"),
            no_discrepancies: text(lang, "label-council-no_discrepancies"),
            definitions: text(lang, "label-council-definitions"),
            criterion_name: text(lang, "label-council-criterion_name"),
            hint: text(lang, "label-council-hint"),
            instructions_sheet: text(lang, "label-council-instructions_sheet"),
            lists_sheet: text(lang, "label-council-lists_sheet"),
            instructions: Vec::leak(text(lang, "label-council-instructions").lines().collect()),
            wrote: text(lang, "label-council-wrote"),
            scale_min: text(lang, "label-council-scale_min"),
        }
    }
}

impl Lang {
    /// The labels of this language.
    pub fn labels(self) -> &'static Labels {
        static LABELS: std::sync::OnceLock<[Labels; 2]> = std::sync::OnceLock::new();
        let labels = LABELS.get_or_init(|| [Labels::load(Lang::Vi), Labels::load(Lang::En)]);
        match self {
            Lang::Vi => &labels[0],
            Lang::En => &labels[1],
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
    pub scale_min: &'static str,
}

impl Lang {
    /// The council and template labels of this language.
    pub fn council(self) -> &'static CouncilLabels {
        static LABELS: std::sync::OnceLock<[CouncilLabels; 2]> = std::sync::OnceLock::new();
        let labels = LABELS.get_or_init(|| [CouncilLabels::load(Lang::Vi), CouncilLabels::load(Lang::En)]);
        match self {
            Lang::Vi => &labels[0],
            Lang::En => &labels[1],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every label is in both catalogues (a missing one fails the debug build's check).
    #[test]
    fn labels_load_in_both_languages() {
        assert_eq!((Lang::Vi.labels().rank, Lang::En.labels().rank), ("Hạng", "Rank"));
        assert_eq!(Lang::Vi.council().instructions.len(), 4);
        assert_eq!(Lang::En.council().instructions.len(), 4);
        assert_eq!(Lang::Vi.council().wrote, "Đã ghi");
    }
}
