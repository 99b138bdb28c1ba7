# Warnings of `check` about the rows of evidence files.
check-claim = ({ $column } claims { $claimed })
check-adjustment-self-score = { $column } { $claimed } of adjustment { $id } differs from its points { $points }
check-adjustment-self-score-expected = { $column } { $points } or empty
check-missing-rows = unit "{ $unit }" has no row for { $count ->
    [one] { $count } sub-criterion
   *[other] { $count } sub-criteria
}, scored 0: { $ids }
check-missing-rows-expected = one row per sub-criterion (leaf) of the framework
check-missing-rows-hint = add the rows; write N/A in the { $column } of an optional sub-criterion that does not apply
check-missing-answers-hint = sub-criteria scored from questionnaires (questions) have no counted answer: add the answers file with --responses; do not write their value in the evidence
check-manual-empty = criterion { $id } is judged (manual) but { $self_score } and { $appraised } are empty: 0 points
check-manual-empty-expected = points from 0 to { $max } in { $self_score } or { $appraised }
check-value-empty = the { $column } of criterion { $id } is empty: 0 points
check-value-empty-hint = write N/A only if the criterion is optional; the rule is: { $rule }
check-no-evidence = criterion { $id } requires evidence but the { $column } cell is empty: 0 points instead of { $would }
check-no-evidence-expected = a reference to a document (tài liệu kiểm chứng), e.g. "KH số 12/KH-STP ngày 15/01/2024"
check-why-appraised = the council appraised it at { $points }
check-why-rounded = points are rounded to { $decimals ->
    [one] { $decimals } decimal
   *[other] { $decimals } decimals
}
check-why-rule = the value "{ $value }" scores { $points } by the rule: { $rule }
check-self-score-differs = { $column } { $claimed } of criterion { $id } differs from the computed points { $points }
check-self-score-differs-expected = { $column } { $points }
check-unit-in-two-files = unit "{ $unit }" also has rows in { $file } (first on line { $line }); the rows of both files are scored together
check-unit-in-two-files-expected = each unit's rows in one file
check-unit-in-two-files-hint = if this is intended (e.g. survey results in a file of their own), ignore this warning
check-unit-spelling = unit "{ $unit }" differs from "{ $reference }" ({ $place }) only in case, spacing, accents or invisible characters; they are scored as two units
check-unit-spelling-expected = "{ $reference }", written the same way in every row
check-unit-spelling-hint = correct the name so that all rows of one unit match
check-no-applicable-criterion-expected = at least one criterion that applies to the unit
