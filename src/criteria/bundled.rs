//! The frameworks compiled into the binary, chosen by id, and `--criteria` look-up.

use std::path::Path;

use super::load::parse_framework;
use super::model::Framework;
use crate::error::{Error, Result};

/// A framework shipped with par-score.
#[derive(Debug, PartialEq, Eq)]
pub struct Bundled {
    /// Its id, as given to `--criteria`.
    pub id: &'static str,
    /// The catalogue key of what it scores (`summary()` gives the text).
    pub summary_key: &'static str,
    /// The TOML text.
    pub text: &'static str,
}

/// The bundled frameworks.
pub const BUNDLED: [Bundled; 4] = [
    Bundled { id: "so-2025", summary_key: "bundled-so-2025", text: include_str!("../../criteria/so-2025.toml") },
    Bundled { id: "xa-2025", summary_key: "bundled-xa-2025", text: include_str!("../../criteria/xa-2025.toml") },
    Bundled { id: "huyen-2024", summary_key: "bundled-huyen-2024", text: include_str!("../../criteria/huyen-2024.toml") },
    Bundled { id: "huyen-2023", summary_key: "bundled-huyen-2023", text: include_str!("../../criteria/huyen-2023.toml") },
];

impl Bundled {
    /// What it scores, in the current language.
    pub fn summary(&self) -> String {
        crate::i18n::message(self.summary_key, &[])
    }
}

/// The framework used when `--criteria` is not given: departments.
pub const DEFAULT_FRAMEWORK: &str = "so-2025";

/// The bundled ids, comma-separated, for messages.
pub fn bundled_ids() -> String {
    BUNDLED.iter().map(|b| b.id).collect::<Vec<_>>().join(", ")
}

/// Where `--criteria` comes from: a file the user named, or a bundled framework.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrameworkSource {
    /// A TOML file (the path as given).
    File(String),
    /// A bundled framework: its id and text.
    Bundled(&'static Bundled),
}

/// Resolves `--criteria` (an existing file path, else a bundled id; `None` means the
/// default framework) without reading it.
pub fn framework_source(spec: Option<&str>) -> Result<FrameworkSource> {
    let spec = spec.unwrap_or(DEFAULT_FRAMEWORK);
    let path = Path::new(spec);
    let looks_like_path = spec.ends_with(".toml") || spec.contains(std::path::MAIN_SEPARATOR) || spec.contains('/');
    if (path.exists() && !path.is_dir()) || looks_like_path {
        return Ok(FrameworkSource::File(spec.to_owned()));
    }
    match BUNDLED.iter().find(|b| b.id == spec) {
        Some(bundled) => Ok(FrameworkSource::Bundled(bundled)),
        None => Err(Error::UnknownFramework { name: spec.to_owned(), known: bundled_ids() }),
    }
}

/// Loads `--criteria`: an existing file path, else a bundled id; `None` means the
/// default framework.
pub fn load_framework(spec: Option<&str>) -> Result<Framework> {
    match framework_source(spec)? {
        FrameworkSource::File(spec) => {
            let bytes = std::fs::read(&spec).map_err(|source| Error::Read { path: spec.clone(), source })?;
            let text = crate::evidence::decode_utf8(&bytes, &spec)?;
            Ok(parse_framework(text.trim_start_matches('\u{feff}'), &spec)?)
        }
        FrameworkSource::Bundled(bundled) => Ok(parse_framework(bundled.text, &crate::tr!("criteria-bundled-file", id = bundled.id))?),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::{Rule, Source};
    use rust_decimal::Decimal;
    use std::collections::BTreeSet;

    #[test]
    fn every_bundled_framework_loads_and_sums_to_100() {
        for bundled in &BUNDLED {
            let framework = load_framework(Some(bundled.id)).unwrap_or_else(|e| panic!("{}: {e}", bundled.id));
            assert_eq!(framework.id, bundled.id);
            assert_eq!(framework.total_max(), Decimal::ONE_HUNDRED, "{}", bundled.id);
            assert_eq!(framework.max_total, Some(Decimal::ONE_HUNDRED), "{}", bundled.id);
            // Appraised self-assessment plus survey, as real sets split them.
            let survey = framework.max_of(Source::Survey);
            assert!(survey >= Decimal::from(30) && survey <= Decimal::from(35), "{}: survey {survey}", bundled.id);
            let areas: Vec<&str> = framework.areas.iter().map(|&a| framework.nodes[a].id.as_str()).collect();
            assert_eq!(areas, ["1", "2", "3", "4", "5", "6", "7", "8"], "{}", bundled.id);
            let kinds: BTreeSet<&str> = framework.leaves.iter().map(|l| l.rule.kind()).collect();
            assert_eq!(kinds.len(), 7, "{}: every rule kind, found {kinds:?}", bundled.id);
            assert!(framework.leaves.iter().any(|l| l.optional), "{}", bundled.id);
            assert!(framework.leaves.iter().any(|l| matches!(l.rule, Rule::Manual { .. })), "{}", bundled.id);
            assert!(framework.adjustments.len() >= 2, "{}", bundled.id);
        }
    }

    #[test]
    fn next_scorable_walks_every_leaf_then_every_adjustment() {
        let framework = load_framework(Some("huyen-2024")).unwrap();
        let mut walked = Vec::new();
        let mut target = Some(crate::criteria::Target::Leaf(0));
        while let Some(at) = target {
            let id = framework.scorable_id(at).unwrap();
            assert_eq!(framework.target(id), Some(at), "{id}");
            walked.push(id);
            target = framework.next_scorable(at);
        }
        assert_eq!(walked, framework.scorable_ids().collect::<Vec<_>>());
        assert_eq!(walked.len(), framework.leaves.len() + framework.adjustments.len());
        assert_eq!(walked.first(), Some(&"1.1.1"));
        assert_eq!(framework.scorable_id(crate::criteria::Target::Group(0)), None);
    }

    /// What issue 14 asked of the 2025 samples: evidence on every self-assessed leaf of
    /// areas 1–7 and 8.1 but 8.1.2 (figures from the province's system), survey leaves
    /// proportional (ratio, target 100, no floor) and scored from questions, and the
    /// profiles and grades below.
    #[test]
    fn the_2025_sets_require_evidence_and_score_surveys_proportionally() {
        use crate::criteria::{Rule, Source};
        for id in ["so-2025", "xa-2025"] {
            let framework = load_framework(Some(id)).unwrap();
            let survey = framework.survey.as_ref().expect("a [survey] table");
            let percents: Vec<(String, String)> =
                survey.options.iter().map(|o| (o.label.clone(), crate::points::plain(o.percent))).collect();
            assert_eq!(percents, [("A", "100"), ("B", "60"), ("C", "20"), ("D", "0")].map(|(l, p)| (l.to_owned(), p.to_owned())));
            for leaf in &framework.leaves {
                let node = &framework.nodes[leaf.node];
                if leaf.source == Source::Survey {
                    assert!(!leaf.questions.is_empty(), "{id} {}: questions", node.id);
                    assert_eq!(
                        leaf.rule,
                        Rule::Ratio { target: rust_decimal::Decimal::ONE_HUNDRED, floor: None, percent: true },
                        "{id} {}",
                        node.id
                    );
                } else {
                    assert_eq!(leaf.evidence_required, node.id != "8.1.2", "{id} {}: evidence_required", node.id);
                }
            }
        }
        let so = load_framework(Some("so-2025")).unwrap();
        let profile = so.profiles.iter().find(|p| p.id == "khong-tthc").expect("profile khong-tthc");
        assert_eq!(profile.listed, ["3", "7.2", "8.1.2", "8.2"]);
        let xa = load_framework(Some("xa-2025")).unwrap();
        assert_eq!((xa.grades[0].name.as_str(), crate::points::plain(xa.grades[0].min_index)), ("Xuất sắc", "90".to_owned()));
    }

    #[test]
    fn default_is_the_department_framework() {
        assert_eq!(load_framework(None).unwrap().id, "so-2025");
    }

    #[test]
    fn unknown_ids_list_the_bundled_ones() {
        let error = load_framework(Some("tinh-2024")).unwrap_err();
        assert_eq!(
            error.to_string(),
            "không có tệp bộ tiêu chí hay bộ tiêu chí có sẵn nào tên \"tinh-2024\"; các bộ có sẵn: so-2025, xa-2025, huyen-2024, huyen-2023"
        );
    }
}
