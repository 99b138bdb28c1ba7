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
