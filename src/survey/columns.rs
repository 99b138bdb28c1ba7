//! The columns of a responses file: long form (one row per answer) or wide form
//! (one row per questionnaire, one column per question).

use crate::criteria::Framework;
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::text::{fold, nfc};

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
                                format!("cột {} và cột {} cùng là \"{}\"", *first + 1, field + 1, header.trim()),
                            )
                            .expected("mỗi cột một lần"),
                        );
                    } else {
                        *slot = Some(field);
                    }
                }
                None if header.trim().is_empty() => {}
                None => others.push((field, nfc(header.trim()))),
            }
        }
        let columns = "respondent (phiếu), group (nhóm), unit (đơn vị), question (câu hỏi), answer (trả lời)";
        for (name, what) in [(Named::Respondent, "respondent (phiếu, mã phiếu)"), (Named::Unit, "unit (đơn vị)")] {
            if found[name as usize].is_none() {
                problems.push(
                    Diagnostic::error(at(None), format!("tệp trả lời không có cột {what}"))
                        .expected(format!("dòng tiêu đề gồm các cột {columns}"))
                        .hint("dòng đầu tiên phải là tên các cột; dấu phân cách (, hoặc ;) lấy theo dòng này"),
                );
            }
        }
        let groups_set = framework.survey.as_ref().is_some_and(|s| !s.groups.is_empty());
        if groups_set && found[Named::Group as usize].is_none() {
            problems.push(
                Diagnostic::error(at(None), "tệp trả lời không có cột group (nhóm), mà bộ chỉ số có [survey] groups")
                    .expected(format!("dòng tiêu đề gồm các cột {columns}")),
            );
        }
        let long = match (found[Named::Question as usize], found[Named::Answer as usize]) {
            (Some(question), Some(answer)) => Some((question, answer)),
            (None, None) => None,
            (Some(field), None) | (None, Some(field)) => {
                problems.push(
                    Diagnostic::error(at(Some(field)), "tệp trả lời có cột câu hỏi mà không có cột trả lời (hoặc ngược lại)")
                        .expected("cả hai cột question (câu hỏi) và answer (trả lời), hoặc dạng bảng ngang: một cột cho mỗi mã câu hỏi"),
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
                        .map(|c| format!("có phải là \"{c}\"?"))
                        .unwrap_or_else(|| {
                            "ở dạng bảng ngang, mỗi cột sau phiếu, nhóm, đơn vị là một mã câu hỏi có trong questions của bộ chỉ số"
                                .to_owned()
                        });
                    problems.push(
                        Diagnostic::error(at(Some(field)), format!("tiêu đề cột \"{header}\" không phải mã câu hỏi nào của bộ chỉ số"))
                            .expected("mã một câu hỏi được liệt kê trong questions của một tiêu chí")
                            .hint(hint),
                    );
                }
            }
            if wide.is_empty() && !problems.has_errors() {
                problems.push(
                    Diagnostic::error(at(None), "tệp trả lời không có cột câu hỏi nào")
                        .expected("các cột question (câu hỏi) và answer (trả lời), hoặc một cột cho mỗi mã câu hỏi"),
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
