# The annex table of a framework (`criteria export` / `criteria import`): reading it back.
# The rule texts quoted in these messages ("Có: 1; Không: 0", "Trừ 0,25 điểm/lần") are
# what a cell must hold, in any language.
table-one-of = one of: { $list }
table-leave-blank = leave this cell blank
table-no-criteria-sheet = no criteria table
table-no-criteria-sheet-expected = a table with the columns STT/Mã, Nội dung, Điểm tối đa, Cách chấm
table-grade-cap-condition = cannot read the condition "{ $condition }"
table-grade-cap-condition-expected = ≥ 10 (10 or more) or ≤ 50 (up to 50)
table-no-header = no header row found in the table
table-no-header-in-sheet = no header row found in sheet "{ $sheet }"
table-no-header-expected = within the first { $rows } rows, a row with the columns { $id } (and { $name }, { $max }, …)
table-cell-outside-columns = cell "{ $text }" lies outside the columns of the header row
table-cell-outside-columns-expected = every cell under a header; in a CSV, put a cell holding a comma (such as "0,5") in double quotes or separate cells with ;
table-row-without-id = the row has content but no id
table-row-without-id-expected = an id such as 1, 1.1 or 1.1.1 (the parent is the part before the last dot)
table-max-not-number = maximum "{ $text }" is not a number
table-max-not-number-expected = a non-negative number such as 1, 0,5 or 2,25
table-flag-unreadable = column "{ $column }" holds "{ $text }"
table-flag-forms = blank (no), or x, có, 1 (yes)
table-setting-unknown = key "{ $key }" is not a framework setting
table-setting-not-integer = { $key } = "{ $value }" is not a whole number
table-setting-not-integer-expected = a whole number such as 2025 or 2
table-setting-not-number = { $key } = "{ $value }" is not a number
table-setting-cap-expected = a number greater than 0, such as 2 or 1,5
table-setting-total-expected = a number such as 100
table-setting-cap-index = cap_index = "{ $value }"
table-setting-cap-index-expected = có (yes) or không (no)
table-total-mismatch = max_total is { $total } but the sub-criteria maxima add up to { $sum }
table-total-mismatch-expected = max_total = { $sum }, or correct the criteria maxima to add up to { $total }
table-grade-minimum-unreadable = the minimum index of grade "{ $name }" is "{ $text }"
table-grade-minimum-unreadable-expected = a number from 0 to 100, such as 90 or 72,5
table-grade-minimum-fraction = the minimum index of grade "{ $name }" is { $value }: did you mean { $percent } %?
table-grade-minimum-fraction-expected = the index in %, from 0 to 100, such as 90 (a number cell, not a percentage cell)
table-parent-has-rule = criterion "{ $id }" has sub-criteria, so it has no rule of its own
table-parent-has-rule-expected = leave this cell blank; write the rule on each sub-criterion
table-parent-flagged = criterion "{ $id }" has sub-criteria, so it is not marked "{ $column }"
table-parent-flagged-expected = mark each sub-criterion instead
table-leaf-no-max = sub-criterion "{ $id }" has no maximum
table-leaf-no-max-expected = a maximum greater than 0, such as 1 or 0,5
table-leaf-no-rule = sub-criterion "{ $id }" has no rule
table-questions-on-area = area "{ $id }" has no survey questions
table-questions-on-parent = criterion with sub-criteria "{ $id }" has no survey questions
table-questions-on-adjustment = bonus/penalty "{ $id }" has no survey questions
table-questions-misplaced-expected = leave this cell blank; write the questions on the sub-criterion scored from the survey
table-sum-mismatch = the maximum of "{ $id }" is { $declared } but its children add up to { $sum }
table-sum-mismatch-expected = maximum { $sum } ({ $parts }), or correct the children's points
table-adjustment-flagged = bonus/penalty "{ $id }" is not marked "{ $column }"
table-rule-forms = one of the forms (docs/criteria-table.md): { $forms }
table-adjustment-forms = Cộng 0,5 điểm/lần (bonus) or Trừ 0,5 điểm/lần (penalty); the cap goes in the Điểm tối đa column (docs/criteria-table.md)
table-adjustment-unreadable = cannot read the bonus/penalty "{ $text }"
table-adjustment-per-unreadable = cannot read the points per occurrence in "{ $text }"
table-rule-unreadable = cannot read the rule "{ $text }"
table-rule-empty = the rule is blank
table-deadline-on-time = on time earns the full maximum { $max }, not { $found }
table-check-points = "{ $yes }: …; { $no }: …" gives the full maximum { $max } or 0: write "Có: { $max }; Không: 0", or put the labels in double quotes for a choice
table-profile-no-id = unit type row without an id
table-profile-no-id-expected = a short id such as khong-tthc (written in the unit type column of the units register)
table-survey-unknown-kind = item "{ $kind }" is not part of the survey table
table-survey-not-number = { $kind } "{ $label }": value "{ $value }" is not a number
table-survey-not-number-expected = a non-negative number, such as 100, 60 or 2
table-survey-no-label = { $kind } row without an id
table-survey-no-label-expected = a label such as A or a group id such as ND
table-survey-not-whole = { $kind } is "{ $value }"
table-survey-not-whole-expected = a positive whole number, such as 30
table-xlsx-unreadable = cannot read the Excel file: { $reason }
table-xlsx-unreadable-expected = an Excel file (.xlsx) saved by Excel or LibreOffice, without a password
table-cell-error = the cell holds the Excel error { $error }
table-cell-error-expected = a value, not a formula giving an error
table-not-utf8 = the file is not UTF-8 text
table-not-utf8-expected = CSV saved as UTF-8 (in Excel: Save As → CSV UTF-8)
table-csv-line = cannot read the CSV line: { $reason }
table-csv-line-expected = valid CSV
