//! Validates `[survey]` and the `questions` of survey leaves (formats.md section 8).

use rust_decimal::Decimal;

use super::load::Checker;
use super::model::{Framework, Rule, Source, Survey, SurveyOption, Target};
use super::raw::RawFile;
use crate::text::{fold, nfc};
use crate::tr;

impl Checker<'_> {
    /// Reads `[survey]` and every leaf's `questions` into `framework`.
    pub(super) fn survey(&mut self, raw: &RawFile, framework: &mut Framework) {
        let mut survey = raw.survey.as_ref().map(|table| self.survey_table(table.get_ref(), &table.span()));
        // Question id → (leaf, span of its first listing).
        let mut listed: rustc_hash::FxHashMap<String, (usize, std::ops::Range<usize>)> = Default::default();
        for criterion in &raw.criterion {
            let Some(questions) = &criterion.questions else { continue };
            let id = nfc(criterion.id.get_ref().trim());
            let Some(Target::Leaf(leaf)) = framework.target(&id) else { continue };
            let Some(table) = survey.as_mut() else {
                self.error(&questions.span(), tr!("criteria-questions-no-survey", id = id), tr!("criteria-questions-no-survey-expected"));
                continue;
            };
            let spec = &framework.leaves[leaf];
            if spec.source != Source::Survey {
                self.error(&questions.span(), tr!("criteria-questions-not-survey", id = id), tr!("criteria-questions-not-survey-expected"));
            }
            if !matches!(spec.rule, Rule::Tiers { .. } | Rule::Ratio { .. }) {
                self.error(
                    &questions.span(),
                    tr!("criteria-questions-rule", id = id, kind = spec.rule.kind()),
                    tr!("criteria-questions-rule-expected"),
                );
            }
            if questions.get_ref().is_empty() {
                self.error(&questions.span(), tr!("criteria-questions-empty", id = id), tr!("criteria-questions-empty-expected"));
            }
            let mut own = Vec::new();
            for question in questions.get_ref() {
                let text = nfc(question.get_ref().trim());
                if text.is_empty() {
                    self.error(&question.span(), tr!("criteria-question-empty"), tr!("criteria-question-empty-expected"));
                    continue;
                }
                if let Some((other, first)) = listed.get(&text) {
                    let other_id = framework.leaf_node(*other).id.clone();
                    let line = self.source.location(first).line.unwrap_or(0);
                    self.error(
                        &question.span(),
                        tr!("criteria-question-twice", question = text, other = other_id, line = line, id = id),
                        tr!("criteria-question-twice-expected"),
                    );
                    continue;
                }
                listed.insert(text.clone(), (leaf, question.span()));
                table.questions.insert(text.clone(), leaf);
                own.push(text);
            }
            framework.leaves[leaf].questions = own;
        }
        framework.survey = survey;
    }

    fn survey_table(&mut self, raw: &super::raw::RawSurvey, span: &std::ops::Range<usize>) -> Survey {
        let mut survey = Survey::default();
        match &raw.options {
            None => self.error(span, tr!("criteria-survey-no-options"), tr!("criteria-survey-options-expected")),
            Some(options) if options.get_ref().is_empty() => {
                self.error(&options.span(), tr!("criteria-survey-options-empty"), tr!("criteria-survey-options-expected"))
            }
            Some(options) => {
                for (label, percent) in options.get_ref() {
                    let Some(value) = self.number(percent, &tr!("criteria-what-survey-option", label = label)) else { continue };
                    if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
                        self.error(
                            &percent.span(),
                            tr!("criteria-survey-option-range", label = label, value = value),
                            tr!("criteria-survey-option-range-expected"),
                        );
                        continue;
                    }
                    let folded = fold(label);
                    if folded.is_empty() || survey.options.iter().any(|o| o.folded == folded) {
                        self.error(
                            &percent.span(),
                            tr!("criteria-survey-option-duplicate", label = label),
                            tr!("criteria-survey-option-duplicate-expected"),
                        );
                        continue;
                    }
                    survey.options.push(SurveyOption { label: nfc(label.trim()), folded, percent: value });
                }
            }
        }
        if let Some(groups) = &raw.groups {
            for (group, weight) in groups.get_ref() {
                let Some(value) = self.positive(weight, &tr!("criteria-what-group-weight", group = group)) else { continue };
                let name = nfc(group.trim());
                if name.is_empty() || survey.groups.iter().any(|(other, _)| *other == name) {
                    self.error(
                        &weight.span(),
                        tr!("criteria-survey-group-duplicate", group = group),
                        tr!("criteria-survey-group-duplicate-expected"),
                    );
                    continue;
                }
                survey.groups.push((name, value));
            }
            if groups.get_ref().is_empty() {
                self.error(&groups.span(), tr!("criteria-survey-groups-empty"), tr!("criteria-survey-groups-empty-expected"));
            }
        }
        if let Some(min) = &raw.min_answers {
            match u64::try_from(*min.get_ref()) {
                Ok(value) => survey.min_answers = Some(value),
                Err(_) => self.error(
                    &min.span(),
                    tr!("criteria-survey-min-answers", value = min.get_ref()),
                    tr!("criteria-survey-min-answers-expected"),
                ),
            }
        }
        if let Some(population) = &raw.population {
            match u64::try_from(*population.get_ref()) {
                Ok(value) if value > 0 => survey.population = Some(value),
                _ => self.error(
                    &population.span(),
                    tr!("criteria-survey-population", value = population.get_ref()),
                    tr!("criteria-survey-population-expected"),
                ),
            }
        }
        survey
    }
}

#[cfg(test)]
mod tests {
    use crate::criteria::parse_framework;

    const HEAD: &str = "[framework]\nid = \"t\"\n[[area]]\nid = \"8\"\nname = \"Hài lòng\"\n";

    fn errors(text: &str) -> String {
        match parse_framework(text, "t.toml") {
            Ok(_) => String::new(),
            Err(problems) => problems.items().iter().map(|p| p.message.clone()).collect::<Vec<_>>().join("\n"),
        }
    }

    #[test]
    fn survey_table_and_questions_are_read() {
        let text = format!(
            "{HEAD}[survey]\noptions = {{ A = 100, b = 50 }}\ngroups = {{ P1 = 1, P2 = 0.5 }}\nmin_answers = 30\npopulation = 1200\n\
             [[criterion]]\nid = \"8.1\"\nname = \"x\"\nmax = 2\nsource = \"survey\"\nquestions = [\"Q1\", \" Q2 \"]\nrule = {{ kind = \"ratio\" }}\n"
        );
        let framework = parse_framework(&text, "t.toml").unwrap();
        let survey = framework.survey.as_ref().unwrap();
        assert_eq!(survey.options.iter().map(|o| o.folded.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(survey.groups.len(), 2);
        assert_eq!((survey.min_answers, survey.population), (Some(30), Some(1200)));
        assert_eq!(framework.leaves[0].questions, ["Q1", "Q2"]);
        assert_eq!(survey.questions.get("Q2"), Some(&0));
    }

    #[test]
    fn bad_survey_settings_are_errors() {
        let leaf =
            "[[criterion]]\nid = \"8.1\"\nname = \"x\"\nmax = 2\nsource = \"survey\"\nquestions = [\"Q1\"]\nrule = { kind = \"check\" }\n";
        let found = errors(&format!("{HEAD}[survey]\noptions = {{ A = 120, a = 0 }}\ngroups = {{ P1 = 0 }}\n{leaf}"));
        assert!(found.contains("phương án \"A\" được tính 120 %"), "{found}");
        assert!(found.contains("trọng số của nhóm \"P1\" phải lớn hơn 0, nhưng là 0"), "{found}");
        assert!(found.contains("quy tắc \"check\" không nhận một số"), "{found}");
        // Questions without [survey].
        assert!(errors(&format!("{HEAD}{}", leaf.replace("check", "ratio"))).contains("không có bảng [survey]"));
        // Questions on an assessment leaf.
        let assessment = leaf.replace("source = \"survey\"\n", "").replace("check", "ratio");
        assert!(errors(&format!("{HEAD}[survey]\noptions = {{ A = 100 }}\n{assessment}")).contains("không có source = \"survey\""));
    }
}
