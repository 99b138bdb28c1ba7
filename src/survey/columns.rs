//! The columns of a responses file: long form (one row per answer) or wide form
//! (one row per questionnaire, one column per question).

use crate::criteria::Framework;
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::text::{fold, nfc};
use crate::tr;

/// Where the columns of a responses file are (0-based field indices).
#[derive(Debug, Clone)]
pub(crate) struct Layout {
    pub respondent: usize,
    pub group: Option<usize>,
    pub unit: usize,
    /// Long form: the question and answer columns.
    pub long: Option<(usize, usize)>,
    /// Wide form: (field, question id) of each question column.
    pub wide: Vec<(usize, String)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Named {
    Respondent,
    Group,
    Unit,
    Question,
    Answer,
}

fn named(header: &str) -> Option<Named> {
    Some(match fold(header).as_str() {
        "respondent" | "phiếu" | "mã phiếu" | "phieu" | "ma phieu" => Named::Respondent,
        "group" | "nhóm" | "nhom" => Named::Group,
        "unit" | "đơn vị" | "don vi" => Named::Unit,
        "question" | "câu hỏi" | "mã câu hỏi" | "cau hoi" | "ma cau hoi" => Named::Question,
        "answer" | "trả lời" | "đáp án" | "tra loi" | "dap an" => Named::Answer,
        _ => return None,
    })
}

impl Layout {
    /// Maps a header; `at(field)` locates a header cell (0-based field) for messages.
    pub(crate) fn from_headers(
        headers: &[String],
        framework: &Framework,
        at: impl Fn(Option<usize>) -> Location,
    ) -> Result<Layout, Diagnostics> {
        let mut problems = Diagnostics::new();
        let mut found: [Option<usize>; 5] = [None; 5];
        let mut others = Vec::new();
        for (field, header) in headers.iter().enumerate() {
            match named(header) {
                Some(name) => {
                    let slot = &mut found[name as usize];
                    if let Some(first) = slot {
                        problems.push(
                            Diagnostic::error(
                                at(Some(field)),
                                tr!("survey-duplicate-column", first = *first + 1, second = field + 1, header = header.trim()),
                            )
                            .expected(tr!("survey-duplicate-column-expected")),
                        );
                    } else {
                        *slot = Some(field);
                    }
                }
                None if header.trim().is_empty() => {}
                None => others.push((field, nfc(header.trim()))),
            }
        }
        for (name, missing) in
            [(Named::Respondent, tr!("survey-missing-respondent-column")), (Named::Unit, tr!("survey-missing-unit-column"))]
        {
            if found[name as usize].is_none() {
                problems.push(Diagnostic::error(at(None), missing).expected(tr!("survey-expected-header")).hint(tr!("survey-header-hint")));
            }
        }
        let groups_set = framework.survey.as_ref().is_some_and(|s| !s.groups.is_empty());
        if groups_set && found[Named::Group as usize].is_none() {
            problems.push(Diagnostic::error(at(None), tr!("survey-missing-group-column")).expected(tr!("survey-expected-header")));
        }
        let long = match (found[Named::Question as usize], found[Named::Answer as usize]) {
            (Some(question), Some(answer)) => Some((question, answer)),
            (None, None) => None,
            (Some(field), None) | (None, Some(field)) => {
                problems.push(
                    Diagnostic::error(at(Some(field)), tr!("survey-question-without-answer"))
                        .expected(tr!("survey-question-without-answer-expected")),
                );
                None
            }
        };
        let questions = framework.survey.as_ref().map(|s| &s.questions);
        let mut wide = Vec::new();
        if long.is_none() {
            for (field, header) in others {
                if questions.is_some_and(|q| q.contains_key(&header)) {
                    wide.push((field, header));
                } else {
                    let hint = questions
                        .and_then(|q| crate::text::closest(&header, q.keys().map(String::as_str)))
                        .map(|c| tr!("survey-did-you-mean", near = c))
                        .unwrap_or_else(|| tr!("survey-wide-column-hint"));
                    problems.push(
                        Diagnostic::error(at(Some(field)), tr!("survey-column-not-a-question", header = header))
                            .expected(tr!("survey-expected-question-id"))
                            .hint(hint),
                    );
                }
            }
            if wide.is_empty() && !problems.has_errors() {
                problems.push(
                    Diagnostic::error(at(None), tr!("survey-no-question-column")).expected(tr!("survey-no-question-column-expected")),
                );
            }
        }
        if problems.has_errors() {
            return Err(problems);
        }
        Ok(Layout {
            respondent: found[Named::Respondent as usize].unwrap_or(0),
            group: found[Named::Group as usize],
            unit: found[Named::Unit as usize].unwrap_or(0),
            long,
            wide,
        })
    }
}
