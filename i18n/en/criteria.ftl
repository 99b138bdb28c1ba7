# Criteria files (the framework TOML): reading and checking.
criteria-invalid-file = invalid criteria file: { $reason }
criteria-invalid-file-expected = TOML with [framework], [[grade]], [[area]], [[criterion]] and [[adjustment]] tables as in docs/formats.md
criteria-bundled-file = criteria/{ $id }.toml (bundled)
criteria-number-too-large = { $what } { $value } is too large
criteria-number-range = a number from -{ $max } to { $max }
criteria-number-expected = a number from -{ $max } to { $max }, e.g. 1 or 0.25
criteria-number-too-precise = { $literal } has more significant digits than can be computed exactly (at most 28 digits); numbers are never rounded silently
criteria-number-too-many-decimals = { $literal } is too large or has too many decimals
criteria-number-not-finite = { $literal } is not a finite decimal number
criteria-number-wrong-type = expected a number, found { $kind } { $found }
criteria-not-positive = { $what } must be greater than 0, found { $found }
criteria-one-of = one of { $list }
criteria-did-you-mean = did you mean { $near }?
criteria-framework-missing = the [framework] table is missing
criteria-framework-missing-expected = [framework] with at least id = "…"
criteria-framework-id-empty = the framework id is empty
criteria-framework-no-id = [framework] has no id
criteria-framework-id-expected = id = "so-2025" or another short stable id
criteria-decimals-out-of-range = decimals = { $value } is out of range
criteria-decimals-expected = a whole number from 0 to { $max }
criteria-ties-unknown = ties = "{ $value }" is not a way of ranking
criteria-ties-expected = ties = "shared" (default: equal indices share a rank) or "exact" (ordered by the unrounded index)
criteria-rounding-unknown = rounding = "{ $value }" is not a way of rounding
criteria-rounding-expected = rounding = "leaf" (default: each sub-criterion is rounded) or "total" (only the total and the index are rounded)
criteria-max-total-mismatch = max_total is { $declared } but the leaf maxima add up to { $total }
criteria-max-total-mismatch-expected = max_total = { $total }, or leaf maxima that add up to { $declared }
criteria-grade-cap-not-numeric = criterion "{ $id }" has no numeric value
criteria-grade-cap-not-numeric-expected = a sub-criterion scored by tiers, ratio or deduct
criteria-grade-cap-unknown-leaf = there is no sub-criterion "{ $id }"
criteria-grade-cap-unknown-leaf-expected = the id of a sub-criterion, such as "3.2.1"
criteria-grade-cap-bounds = a grade cap needs exactly one condition
criteria-grade-cap-bounds-expected = at_least = 10 (a value of 10 or more) or at_most = 50 (a value up to 50)
criteria-grade-cap-unknown-grade = there is no grade "{ $name }"
criteria-grade-name-empty = a grade has an empty name
criteria-grade-name-expected = a name such as "Xuất sắc"
criteria-grade-name-bad = the grade name "{ $name }" { $problem }
criteria-grade-duplicate = duplicate grade "{ $name }" (first on line { $first })
criteria-grade-duplicate-expected = each grade name once
criteria-grades-order = grades are not best first: "{ $name }" (min_index { $min_index }) follows "{ $previous }" (min_index { $previous_min_index }), so it could never be given
criteria-grades-order-expected = grades listed from the highest min_index down, each min_index lower than the one above
criteria-name-bad = the name of { $kind ->
    [area] area
    [criterion] criterion
   *[adjustment] bonus/penalty
} "{ $id }" { $problem }: "{ $name }"
criteria-id-blank = id "{ $id }" is empty or contains white space
criteria-id-blank-expected = an id such as "1", "1.2", "1.2.3" or "T1"
criteria-id-duplicate = duplicate id "{ $id }" (first declared on line { $first })
criteria-id-duplicate-expected = ids unique across areas, criteria and adjustments
criteria-no-parent = criterion "{ $id }" has no parent: no area or criterion "{ $parent }"
criteria-no-parent-expected = an [[area]] or [[criterion]] with id "{ $parent }"
criteria-id-not-dotted = criterion id "{ $id }" does not name its parent
criteria-id-not-dotted-expected = a dotted id whose prefix is its parent, e.g. "1.2" under area "1"
criteria-area-empty = area "{ $id }" has no criteria
criteria-area-empty-expected = [[criterion]] entries with ids such as "{ $id }.1"
criteria-leaf-max-not-positive = max of leaf "{ $id }" must be greater than 0, found { $found }
criteria-leaf-no-max = leaf "{ $id }" has no max
criteria-leaf-no-max-expected = max = the points this sub-criterion is worth, e.g. max = 1
criteria-leaf-no-rule = leaf "{ $id }" has no rule
criteria-leaf-no-rule-expected = rule = {"{"} kind = "check" {"}"} or another rule kind (check, tiers, ratio, deadline, deduct, choice, manual)
criteria-source-unknown = source = "{ $value }" is not a source
criteria-source-expected = source = "assessment" or "survey"
criteria-parent-leaf-key = criterion "{ $id }" has sub-criteria, so it cannot have `{ $key }`
criteria-parent-leaf-key-expected = `{ $key }` on each of its sub-criteria (the leaves), or no sub-criteria
criteria-max-sum-mismatch = max of "{ $id }" is { $declared } but its children add up to { $sum }
criteria-adjustment-kind-unknown = adjustment kind "{ $kind }" is unknown
criteria-adjustment-kind-expected = kind = "bonus" (adds) or "penalty" (subtracts)
criteria-profile-id-empty = the unit profile id is empty
criteria-profile-id-expected = id = "khong-tthc" or another short id
criteria-profile-adjustment = profile "{ $id }": "{ $wanted }" is a bonus or penalty and cannot be taken out of scoring
criteria-profile-adjustment-expected = the id of an area, criterion or sub-criterion
criteria-profile-unknown-id = profile "{ $id }": the framework has no id "{ $wanted }"
criteria-profile-unknown-id-expected = the id of an area, criterion or sub-criterion of the framework
criteria-profile-duplicate = profile "{ $id }" is declared twice (first on line { $first })
criteria-profile-duplicate-expected = each profile id once

# Rules.
criteria-rule-kind-unknown = unknown rule kind "{ $kind }"
criteria-rule-kind-unknown-near = unknown rule kind "{ $kind }" (did you mean "{ $near }"?)
criteria-rule-field-unused = `{ $field }` is not used by a { $kind } rule
criteria-rule-no-fields = for { $kind }: no other field
criteria-rule-fields = for { $kind }: { $fields }
criteria-deduct-no-per = a deduct rule needs `per`
criteria-deduct-no-per-expected = per = the points lost per counted item, e.g. per = 0.25
criteria-points-out-of-range = { $what } { $value } is outside 0..{ $max }
criteria-points-out-of-range-expected = points from 0 to the leaf's max { $max }
criteria-better-unknown = better = "{ $value }" is not a direction
criteria-better-expected = better = "higher" (default) or "lower"
criteria-tiers-missing = a tiers rule needs `tiers`
criteria-tiers-missing-expected = tiers = [[threshold, points], …], best first, e.g. [[100, 1], [80, 0.5]]
criteria-tiers-empty = `tiers` is empty
criteria-tiers-empty-expected = at least one [threshold, points] pair
criteria-tier-length = a tier has { $count } numbers
criteria-tier-length-expected = [threshold, points], e.g. [80, 0.5]
criteria-what-threshold = threshold
criteria-what-tier-points = tier points
criteria-what-option-points = points of "{ $label }"
criteria-threshold-not-percent = threshold { $value } is not a percentage
criteria-threshold-not-percent-expected = a threshold from 0 to 100 (percent = true)
criteria-tiers-threshold-order = tiers are not best first: threshold { $value } follows { $previous }
criteria-tiers-threshold-order-expected = thresholds strictly { $better ->
    [higher] decreasing
   *[lower] increasing
} (better = "{ $better }"), the best tier first
criteria-tiers-points-order = tiers are not best first: { $value } points follow { $previous }
criteria-tiers-points-order-expected = points that do not increase from one tier to the next
criteria-floor-out-of-range = floor { $floor } is outside 0..target ({ $target })
criteria-floor-out-of-range-expected = a floor from 0 to the target
criteria-target-not-percent = target { $target } can never be reached by a percentage
criteria-target-not-percent-expected = a target from 0 to 100 with percent = true
criteria-deadline-no-due = a deadline rule needs `due`
criteria-deadline-no-due-expected = due = "2024-01-31" (the last day for full points)
criteria-due-not-date = due { $value } is not a date
criteria-due-not-date-expected = a date such as "2024-01-31" or "31/01/2024"
criteria-choice-no-options = a choice rule needs `options`
criteria-choice-no-options-expected = options = {"{"} "Đầy đủ" = 1, "Còn thiếu" = 0.5, "Không đạt" = 0 {"}"}
criteria-options-empty = `options` is empty
criteria-options-empty-expected = at least one "label" = points
criteria-option-label-empty = option label "{ $label }" is empty
criteria-option-label-not-applicable = option label "{ $label }" means not applicable
criteria-option-label-expected = a label that units type as their value, e.g. "Đầy đủ"
criteria-option-duplicate = option "{ $label }" is listed twice (labels ignore case and spaces)
criteria-option-duplicate-expected = each label once

# Survey leaves and [survey].
criteria-questions-no-survey = criterion "{ $id }" has questions but the framework has no [survey] table
criteria-questions-no-survey-expected = a [survey] table with options = {"{"} A = 100, B = 60, C = 20, D = 0 {"}"}
criteria-questions-not-survey = criterion "{ $id }" has questions but no source = "survey"
criteria-questions-not-survey-expected = source = "survey" on a criterion scored from the survey
criteria-questions-rule = criterion "{ $id }" has questions but its rule "{ $kind }" does not take a number
criteria-questions-rule-expected = rule = {"{"} kind = "ratio" {"}"} or {"{"} kind = "tiers", … {"}"}: the value is the mean percentage
criteria-questions-empty = the questions of criterion "{ $id }" are empty
criteria-questions-empty-expected = at least one question id, e.g. ["P1.3"]
criteria-question-empty = a question id is empty
criteria-question-empty-expected = a question id, e.g. "P1.3"
criteria-question-twice = question "{ $question }" is listed under two criteria: "{ $other }" (line { $line }) and "{ $id }"
criteria-question-twice-expected = each question scores for one criterion only
criteria-survey-no-options = the [survey] table has no options
criteria-survey-options-empty = the options of [survey] are empty
criteria-survey-options-expected = options = {"{"} A = 100, B = 60, C = 20, D = 0 {"}"}
criteria-what-survey-option = option "{ $label }"
criteria-survey-option-range = option "{ $label }" counts { $value } %, outside 0..100
criteria-survey-option-range-expected = a percentage from 0 to 100
criteria-survey-option-duplicate = option "{ $label }" is empty or the same as another option (ignoring case)
criteria-survey-option-duplicate-expected = each option its own label
criteria-what-group-weight = the weight of group "{ $group }"
criteria-survey-group-duplicate = group "{ $group }" is empty or a duplicate
criteria-survey-group-duplicate-expected = each group its own id
criteria-survey-groups-empty = the groups of [survey] are empty
criteria-survey-groups-empty-expected = groups = {"{"} P1 = 1, P2 = 2 {"}"}, or no groups
criteria-survey-min-answers = min_answers = { $value } is negative
criteria-survey-min-answers-expected = a whole number ≥ 0
criteria-survey-population = population = { $value } is not valid
criteria-survey-population-expected = a whole number > 0

# The bundled frameworks (criteria --list).
bundled-so-2025 = sở, ban, ngành (departments), assessment year 2025
bundled-xa-2025 = xã, phường, đặc khu (communes and wards, two-level local government since 1/7/2025), assessment year 2025
bundled-huyen-2024 = UBND cấp huyện (districts), assessment years up to 2024
bundled-huyen-2023 = UBND cấp huyện (districts), assessment year 2023: the year before huyen-2024, for `compare`

# The TOML reader's reasons, translated back (English keeps the reader's own words).
criteria-toml-unknown-key = unknown field `{ $key }`, expected one of { $allowed }
criteria-toml-no-keys = unknown field `{ $key }`, there are no fields
criteria-toml-missing-key = missing field `{ $key }`
criteria-toml-unknown-value = unknown variant `{ $value }`, expected one of { $allowed }
criteria-toml-duplicate-key = duplicate key `{ $key }`
criteria-toml-wrong-kind = invalid type: { $found }, expected { $expected }
criteria-toml-kind-text = a string
criteria-toml-kind-number = a number
criteria-toml-kind-boolean = a boolean
criteria-toml-kind-list = a sequence
criteria-toml-kind-table = a map
criteria-toml-syntax = TOML syntax: { $reason }
