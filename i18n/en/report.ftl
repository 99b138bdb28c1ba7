# Reports and printed tables: the notes under the framework table, comparing two frameworks.

## Notes under the framework table (par-score criteria)
report-bonus-cap = Bonus points at most: { $cap }
report-penalty-cap = Penalty points at most: { $cap }
report-ties-exact = Equal indices: ranked by the unrounded index
report-rounding-total = Rounding: only the total and the index (unrounded points are added)
report-grade-cap = Grade cap: { $leaf } { $condition } → at best { $grade }

## Comparing two frameworks (par-score criteria diff)
report-diff-heading = Comparing frameworks: { $before } → { $after }
report-diff-change = Change
report-diff-id = Id
report-diff-same = The two frameworks are the same.
report-diff-area = Area { $id }: { $name } ({ $verdict })
report-diff-comparable = comparable
report-diff-criteria-changed = the area's total is comparable; its sub-criteria changed
report-diff-max-changed = not comparable: the maximum changed { $previous } → { $current }
report-diff-only-one = in one framework only
report-survey-options = Survey questionnaires: { $options }
report-survey-groups = group weights { $groups }
report-profile = Unit profile { $id } ({ $name }): not applicable { $ids }

# The survey's uncertainty (bootstrap intervals), in the HTML report and the council workbook.
report-spread-title = Uncertainty of the survey
report-spread-sheet = Survey uncertainty
report-spread-low = Low (5 %)
report-spread-high = High (95 %)
report-spread-rank-interval = Rank (90 % interval)
report-spread-interval = 90 % interval
report-spread-points = Points
report-spread-index = Index
report-spread-best = Best
report-spread-worst = Worst
report-spread-apart-count = Units it cannot be told apart from
report-spread-apart = Cannot be told apart from
report-spread-more = … and { $more } more
report-spread-explained-table = 90 % intervals of a bootstrap over respondents ({ $samples } samples, seed { $seed }): the 5th and 95th percentiles; ranks within each block
report-spread-explained-html = 90 % intervals of a bootstrap over respondents ({ $samples } samples, seed { $seed }): the 5th and 95th percentiles. Units whose rank intervals overlap cannot be told apart by the survey.
report-spread-footer = Units whose rank intervals overlap cannot be told apart by the survey: another sample of respondents could swap them.
report-spread-unit-line = Survey uncertainty (90 %): survey points { $survey } · index { $index } · rank { $best } – { $worst }
report-spread-unit-apart = cannot be told apart from

# A unit's evidence documents in the HTML report.
report-documents-title = Evidence documents
report-documents-read = Documents
report-documents-files = Files
report-documents-warnings = Warnings

# Column headers of tables for people (not read back).
report-block = Block
report-note = Note
report-trail-first = First appraisal
report-trail-explanation = Explanation

# The criteria listing: the survey questions of a sub-criterion.
report-criteria-questions = questions { $questions }
