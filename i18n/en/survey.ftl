# Sociological survey: reading the responses files (--responses), matching units, summarising.

## The header of a responses file
survey-duplicate-column = columns { $first } and { $second } both mean "{ $header }"
survey-duplicate-column-expected = each column once
survey-missing-respondent-column = the responses file has no respondent column (phiếu, mã phiếu)
survey-missing-unit-column = the responses file has no unit column (đơn vị)
survey-expected-header = a header with the columns respondent (phiếu), group (nhóm), unit (đơn vị), question (câu hỏi), answer (trả lời)
survey-header-hint = the first line must name the columns; the separator (, or ;) is taken from it
survey-missing-group-column = the responses file has no group column (nhóm), but the framework has [survey] groups
survey-question-without-answer = the responses file has a question column but no answer column (or the other way round)
survey-question-without-answer-expected = both a question (câu hỏi) and an answer (trả lời) column, or the wide form: one column per question id
survey-did-you-mean = did you mean "{ $near }"?
survey-wide-column-hint = in the wide form, every column after the respondent, group and unit is a question id listed in the framework's questions
survey-column-not-a-question = the column header "{ $header }" is not a question id of the framework
survey-expected-question-id = the id of a question listed in the questions of a criterion
survey-no-question-column = the responses file has no question column
survey-no-question-column-expected = the columns question (câu hỏi) and answer (trả lời), or one column per question id

## Units in the survey
survey-unit-two-spellings = units "{ $unit }" and "{ $other }" ({ $place }) are the same unit "{ $registered }" of the units register, spelt two ways
survey-unit-two-spellings-expected = one spelling per unit in the responses files
survey-unit-two-spellings-hint = write "{ $registered }" as in the units register
survey-unit-not-registered = unit "{ $unit }" is not in the units register (--units)
survey-unit-not-registered-expected = the name of a unit of the units register
survey-unit-not-in-evidence = unit "{ $unit }" is in no evidence file
survey-unit-not-in-evidence-expected = the name of a unit of the evidence files
survey-unit-did-you-mean = did you mean "{ $near }"? A unit's name must be spelt the same in every file

## Reading the responses
survey-framework-without-survey = --responses: framework "{ $framework }" has no criterion scored from the survey (questions = [...] in [[criterion]], with a [survey] table)
survey-unreadable-csv = unreadable CSV: { $reason }
survey-expected-csv = a UTF-8 CSV file
survey-file-empty = the responses file is empty
survey-file-empty-expected = a header line respondent,group,unit,question,answer and one answer per line
survey-unreadable-workbook = cannot read the workbook: { $reason }
survey-unreadable-workbook-expected = an Excel workbook (.xlsx) without a password
survey-workbook-no-sheet = the workbook has no worksheet
survey-workbook-no-sheet-expected = a worksheet of answers
survey-sheet-empty = the worksheet "{ $sheet }" is empty
survey-sheet-empty-expected = a header row and the answers
survey-line-not-utf8 = this line is not UTF-8 text
survey-line-not-utf8-expected = a CSV file saved as UTF-8
survey-line-not-utf8-hint = in Excel use "Save As → CSV UTF-8 (Comma delimited)"
survey-unit-empty = the unit name is empty
survey-unit-empty-expected = the name of the unit assessed, e.g. "Sở Tư pháp"
survey-respondent-empty = the respondent id is empty
survey-respondent-empty-expected = the questionnaire's id, e.g. "R0001"
survey-respondent-two-groups = respondent "{ $respondent }" about unit "{ $unit }" gives group "{ $group }", but line { $line } gives group "{ $first_group }"
survey-respondent-two-groups-expected = one group of respondents per questionnaire
survey-unknown-question = question "{ $question }" belongs to no criterion
survey-unknown-question-hint = every question must be listed in the questions of exactly one criterion of the framework
survey-group-empty = the respondent group is empty
survey-expected-group = a group of [survey] groups: { $groups }
survey-group-case-hint = did you mean "{ $near }"? (group ids are case-sensitive)
survey-unknown-group-hint = add this group to the groups of [survey] in the framework, or correct the group id
survey-unknown-group = group "{ $group }" is not in [survey] groups
survey-too-many-groups = too many respondent groups
survey-too-many-groups-expected = fewer than { $max } groups
survey-place-line = line { $line }
survey-place-line-of = line { $line } of { $file }
survey-answered-twice = respondent "{ $respondent }" answers question "{ $question }" about unit "{ $unit }" twice (this respondent first appears on { $first })
survey-answered-twice-expected = each respondent answers each question about a unit once
survey-answered-twice-hint = delete the repeated line, or correct the respondent id if these are two questionnaires

## Summary
survey-too-few-answers = unit "{ $unit }", criterion { $id }: { $counted } answers counted, fewer than min_answers = { $min }
survey-too-few-answers-hint = this unit's survey result is not reliable; see the confidence intervals of the survey command
