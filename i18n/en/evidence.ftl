# Evidence files: reading CSV files, workbooks and folders; checking every row.

## Files and the header line
evidence-file-empty = the evidence file is empty
evidence-only-blank-lines = the evidence file holds only blank lines
evidence-header-but-no-rows = the evidence file has a header but no rows
evidence-expected-header-and-rows = a header line (unit,criterion,value,self_score,appraised,evidence,note) and one row per unit and criterion
evidence-expected-rows-under-header = one row per unit and criterion under the header
evidence-line-too-long = a line longer than { $bytes } bytes: par-score stops reading the file here
evidence-line-too-long-expected = one unit and one criterion per line, at most 1 MiB long
evidence-line-too-long-hint = the file may be damaged, or lack line breaks; open it and check
evidence-unreadable-csv = unreadable CSV: { $reason }
evidence-expected-csv = a CSV file
evidence-not-utf8 = the text is not UTF-8 (byte { $byte })
evidence-expected-utf8-csv = a CSV file saved as UTF-8
evidence-expected-utf8-file = a file saved as UTF-8
evidence-utf8-hint = the file is probably in a legacy Windows code page (e.g. Windows-1258 or TCVN3); in Excel use "Save As → CSV UTF-8 (Comma delimited)"
evidence-save-as-utf8-hint = save the file as UTF-8; text in a legacy Windows code page (Windows-1258, TCVN3) cannot be read
evidence-unclosed-quote-hint = the cell runs over several lines: a double quote (") that opens a cell is probably never closed
evidence-and-more = { " " }and { $count } more
evidence-header-missing-column = the header has no "{ $column }" column; found { $found }
evidence-header-missing-column-expected = a column headed "{ $name }" or "{ $vietnamese }"
evidence-header-hint = the first line must name the columns; the separator (, or ;) is taken from it
evidence-header-duplicate-column = columns { $first } and { $second } both mean "{ $column }"
evidence-header-duplicate-column-expected = each column once
evidence-column-not-read = column "{ $header }" is not read: it names no column
evidence-column-not-read-expected = a header such as "{ $name }" or "{ $vietnamese }"
evidence-did-you-mean = did you mean { $near }?
evidence-did-you-mean-quoted = did you mean "{ $near }"?

## Rows
evidence-row-too-many-fields = the row has { $fields } fields but the header has { $header }
evidence-row-too-many-fields-expected = at most { $header } fields, as in the header
evidence-row-too-many-fields-hint = a value containing the separator must be in double quotes, e.g. "92,5"
evidence-unit-name-problem = unit name "{ $name }" { $problem }
evidence-unit-empty = the unit name is empty
evidence-unit-empty-expected = the unit's name, e.g. "Sở Tư pháp"
evidence-criterion-empty = the criterion id is empty
evidence-criterion-empty-expected = a sub-criterion id such as 1.1.2, or an adjustment id such as T1
evidence-row-for-area = "{ $id }" is an area; its points are the sum of its sub-criteria
evidence-row-for-criterion-with-subs = "{ $id }" is a criterion with sub-criteria; its points are the sum of its sub-criteria
evidence-row-for-group-expected = one row for each of { $leaves }
evidence-unknown-criterion = unknown criterion id "{ $id }" in framework { $framework }
evidence-unknown-criterion-expected = the id of a sub-criterion (leaf) or an adjustment of the framework; `par-score criteria` lists them
evidence-fraction = value "{ $value }" of criterion { $id } looks like a fraction, not a percentage
evidence-fraction-expected = a percentage from 0 to 100
evidence-fraction-hint = did you mean { $percent }%?
evidence-manual-value-ignored = value "{ $value }" is ignored: criterion { $id } is judged (manual)
evidence-manual-value-ignored-expected = the points in { $self_score } or { $appraised }
evidence-not-applicable-with-points = criterion { $id } is marked not applicable and also has { $column } points
evidence-not-applicable-or-points-expected = either N/A (the council accepts it) or appraised points (the council scores the leaf), not both
evidence-not-applicable-or-points-hint = the council either accepts "not applicable" (leave the appraised cell empty) or scores the criterion (remove N/A from the value cell)
evidence-place-line = line { $line }
evidence-place-row = row { $line }
evidence-place-line-of = line { $line } of { $file }
evidence-place-row-of = row { $line } of { $file }
evidence-duplicate-row = duplicate row for unit "{ $unit }" and criterion { $id } (first on { $place }): column "{ $column }" is filled in both
evidence-duplicate-row-expected = each column of a unit and criterion filled in one row only (rows of several layers are merged)
evidence-duplicate-row-hint = each column of a unit and criterion may be filled in one row only (even when both cells are equal); clear the cell in one of the rows, or correct the criterion id
evidence-duplicate-not-applicable = criterion { $id } of unit "{ $unit }" is marked not applicable in one row and has { $column } points in the other (first on { $place })

## Value and points cells
evidence-value-invalid = value { $problem } (criterion { $id })
evidence-thousands-count-hint = if you mean { $digits }, write { $digits } (no thousands separator); a count has no decimal part
evidence-expected-yes-no = yes or no: { $words }
evidence-expected-percentage = a percentage from 0 to 100, e.g. 97,5 or 97,5%
evidence-expected-number = a number such as 92,5 or 92.5 (a trailing % is allowed)
evidence-expected-number-not-negative = a number such as 92,5 or 92.5 (a trailing % is allowed) that is not negative
evidence-expected-date-or-empty = a date day first, e.g. 15/01/2024, 15-01-2024 or 2024-01-15, or empty if not issued
evidence-expected-count = a whole count: 0, 1, 2, …
evidence-expected-choice = one of { $options }
evidence-expected-manual-no-value = no value (a manual leaf takes self_score or appraised)
evidence-not-applicable-not-optional = "{ $value }" marks criterion { $id } not applicable, but it is not optional
evidence-not-applicable-not-optional-hint = only leaves with optional = true in the framework may be marked N/A
evidence-value-from-survey = criterion { $id } takes its value from the survey (questions), but the value cell holds "{ $value }"
evidence-value-from-survey-expected = an empty value cell: this criterion's value is computed from the responses file (--responses)
evidence-value-from-survey-hint = two sources for one value: remove the value from the evidence file; appraised points still override
evidence-value-out-of-range = value "{ $value }" is out of range (criterion { $id })
evidence-value-not-an-option = value "{ $value }" is not an option of criterion { $id }
evidence-expected-adjustment-count = a whole count of items: 0, 1, 2, …
evidence-adjustment-not-applicable = "{ $value }" marks adjustment { $id } not applicable
evidence-adjustment-not-applicable-hint = leave the value empty or write 0 when there is nothing to count
evidence-expected-points = points from 0 to { $max }
evidence-expected-points-step = points from 0 to { $max }, a multiple of { $step }
evidence-points-invalid = { $column } { $problem } (criterion { $id })
evidence-points-out-of-range = { $column } "{ $value }" is outside the allowed points (criterion { $id })
evidence-points-not-a-multiple = { $column } "{ $value }" is not a multiple of the step { $step } (criterion { $id })

## Dates outside the assessment window
evidence-date-year-early = date "{ $date }" of criterion { $id } is more than a year before its deadline { $due }
evidence-date-year-early-expected = a date from { $first } on (within a year before the deadline)
evidence-date-year-early-hint = this is probably last year's document: check the year, or give the date of this year's document
evidence-date-outside-window = date "{ $date }" of criterion { $id } lies outside the assessment period
evidence-date-expected-window = a date from { $first } to today ({ $today })
evidence-date-expected-not-after = a date no later than today ({ $today })
evidence-date-too-early-hint = the framework is for { $year }: check the year of this date
evidence-date-future-hint = this date has not come yet: check the day, month and year

## Files that are not text
evidence-sniff-utf16 = UTF-16 text (Excel's "Unicode Text")
evidence-utf16-hint = in Excel use "Save As → CSV UTF-8 (Comma delimited)"
evidence-sniff-zip = a ZIP archive (a workbook such as .xlsx or .ods, or a Word file)
evidence-sniff-office = an Office 97–2003 file (an .xls workbook or a .doc)
evidence-sniff-workbook-hint = par-score reads .xlsx, .xls, .xlsb and .ods workbooks directly: give the file its right extension; a Word document is not data
evidence-sniff-pdf = a PDF document
evidence-sniff-pdf-hint = evidence must be the CSV table of values, not the scanned documents
evidence-not-text = the file is { $what }, not { $kind } text
evidence-expected-utf8-kind = a { $kind } file saved as UTF-8
evidence-save-in-text-editor-hint = save it as UTF-8 text in a text editor

## Folders, the units register
evidence-no-files = no evidence files given
evidence-folder-without-data = { $folder }: the folder holds no data file (*.csv, *.xlsx, *.xls, *.xlsb, *.ods)
evidence-file-skipped = this file is not read: it is not a data file
evidence-file-skipped-expected = a .csv, .xlsx, .xls, .xlsb or .ods data file
evidence-file-skipped-hint = supporting documents (PDF, Word, …) are not data; if it is data, save it as .csv or .xlsx
evidence-lock-file = Excel's lock file skipped: a workbook in the folder is open
evidence-lock-file-hint = unsaved changes are not counted; save and close the workbook, then run again
evidence-unit-not-registered = unit "{ $unit }" is not in the units register { $register }
evidence-unit-not-registered-expected = the name of a unit of the register (letter case does not matter)
evidence-unit-not-registered-hint = closest names in the register: { $closest }; if it is a new unit, add it to the register
evidence-unit-absent = unit "{ $unit }" has no evidence rows: it is ranked with 0 points on every criterion
evidence-unit-absent-expected = an evidence row for each criterion of the unit
evidence-unit-absent-hint = in the ranking the unit is noted "{ $note }"
evidence-profile-appraised = criterion { $id } does not apply to unit "{ $unit }" (unit type "{ $profile }") but has appraised points ({ $column })
evidence-profile-appraised-expected = an empty appraised cell: the criterion is outside what this unit type is scored on
evidence-profile-appraised-hint = remove the appraised points, or correct the unit's type in the units register
evidence-profile-ignored = criterion { $id } does not apply to unit "{ $unit }" (unit type "{ $profile }"): { $columns } ignored
evidence-profile-ignored-expected = no row for this criterion
evidence-profile-ignored-hint = the criterion is left out of both the unit's points and its maximum
evidence-unit-case-only = unit "{ $unit }" differs from "{ $other }" ({ $place }) only in letter case
evidence-unit-case-only-expected = "{ $other }", spelt the same on every row
evidence-unit-case-only-hint = make the names agree, or use --units with a units register: names are then matched ignoring letter case

## Workbooks
evidence-workbook-unreadable = cannot read the workbook: { $reason }
evidence-workbook-unreadable-expected = a workbook (.xlsx, .xls, .xlsb, .ods) saved by Excel or LibreOffice, without a password
evidence-workbook-unreadable-hint = open the file in Excel or LibreOffice and save it again; if it is not a data file, move it out of the folder
evidence-workbook-no-sheet = the workbook has no worksheet
evidence-workbook-no-sheet-expected = a worksheet of evidence rows
evidence-sheet-empty = the worksheet "{ $sheet }" is empty
evidence-expected-header-row-and-rows = a header row (unit, criterion, value, self_score, appraised, evidence, note) and one row per unit and criterion
evidence-sheet-header-but-no-rows = the worksheet has a header but no rows
evidence-formula-uncalculated = the cell holds the formula ={ $formula } but no calculated value
evidence-formula-uncalculated-expected = the value Excel or LibreOffice calculated and saved in the cell
evidence-formula-uncalculated-hint = open the file in Excel or LibreOffice and save it again so that the formula is calculated
evidence-cell-excel-error = the cell holds the Excel error { $error }
evidence-cell-excel-error-expected = a value typed in the cell, or a formula that gives one
evidence-cell-excel-error-hint = correct the formula, or type the value
evidence-sheet-header-hint = the header row must name the columns (unit, criterion, value, …)
evidence-sheet-other-sheets-hint = read the sheet "{ $sheet }" (the sheet named "minh chứng" or "evidence", otherwise the first); if the data is on another sheet ({ $others }), rename that sheet "minh chứng" or move it first

## Workbook limits (against damaged files and files made to hang the program)
evidence-limit-exceeded = the workbook exceeds a limit: { $what }
evidence-limit-expected = a limit of { $limit }
evidence-limit-hint = the file may be damaged or made to hang the program; open it in Excel, check it and save it again
evidence-limit-archive-entries = the archive has { $count } entries
evidence-limit-entries = { $count } entries
evidence-limit-entry-declares = entry "{ $entry }" declares { $bytes } bytes unpacked
evidence-limit-bytes-per-entry = { $bytes } bytes per entry
evidence-limit-entries-declare-total = the entries declare more than { $bytes } bytes unpacked
evidence-limit-bytes-total = { $bytes } bytes in all
evidence-limit-entry-ratio = entry "{ $entry }" packs { $bytes } bytes into { $packed } (ratio { $ratio })
evidence-limit-ratio = a compression ratio of { $ratio }
evidence-limit-entries-unpack-total = the entries unpack to more than { $bytes } bytes
evidence-limit-in-entry = { $what } (entry "{ $entry }")
evidence-limit-unpacks-more = unpacks to more than { $bytes } bytes
evidence-limit-row-past-last = row { $row } lies past Excel's last row
evidence-limit-rows = { $count } rows
evidence-limit-strings-declared = the string table declares { $key }="{ $value }"
evidence-limit-strings = { $count } strings
evidence-limit-more-strings = more than { $count } shared strings
evidence-limit-row-attribute = row r="{ $value }"
evidence-limit-row-range = rows 1 to { $last }
evidence-limit-cell-past-xfd = cell { $column } of row { $row } lies past column XFD
evidence-limit-columns = { $count } columns
evidence-limit-sheet-cells = the worksheet has more than { $count } cells
evidence-limit-cells-per-sheet = { $count } cells per worksheet
evidence-limit-shared-formula = shared formula si="{ $value }"
evidence-limit-shared-formula-range = si up to { $last }
evidence-limit-what-row = a row
evidence-limit-what-cell = a cell
evidence-limit-repeated-attribute = { $what } has a repeated r attribute: { $values }
evidence-limit-attribute-once = each attribute once (XML)
evidence-limit-cell-reference = cell "{ $value }"
evidence-limit-cell-range = cells A1 to XFD1048576
evidence-limit-area-reference = range "{ $value }"
evidence-limit-area-range = a range within A1 to XFD1048576, first corner before the last
evidence-limit-area = cells spread from { $first } to { $last } ({ $height } rows × { $width } columns)
evidence-limit-area-cells = { $count } cells in the area holding data; delete cells far from the data
