# The command line's help (--help) and its errors.
# Keys: cli-<command> describes a command; cli-<command>--<argument> is one
# argument's own help; cli-arg-<argument> is shared by every command that has it.

cli = Computes the Vietnamese PAR Index (Chỉ số cải cách hành chính) from a criteria framework (TOML) and evidence files (CSV or Excel): score sheets, rankings, council tables, evidence templates, frameworks.
cli--lang = Language of messages, help and table labels: vi (Vietnamese) or en (English).
cli--quiet = Do not print warnings about the input on standard error.
cli-help = Print this help.
cli-version = Print the version.
cli-exit-codes = Exit status: 0 success; 1 output could not be written, or warnings with `check --deny-warnings`; 2 bad input or command line.
cli-default = [default: { $value }]
cli-usage = Usage
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-heading-commands = Commands
cli-value-options = [OPTIONS]
cli-value-command = COMMAND
cli-value-file = FILE
cli-value-dir = DIR
cli-value-criteria = CRITERIA
cli-value-paths = PATHS
cli-value-evidence = EVIDENCE
cli-value-out = OUT
cli-value-unit = UNIT
cli-value-format = FORMAT
cli-value-lang = LANG
cli-value-samples = SAMPLES
cli-value-seed = SEED
cli-value-weight_jitter = WEIGHT_JITTER
cli-value-survey_weight = SURVEY_WEIGHT
cli-value-top = TOP
cli-value-previous = PREVIOUS
cli-value-current = CURRENT
cli-value-previous_criteria = PREVIOUS_CRITERIA
cli-value-round = ROUND
cli-value-table = TABLE
cli-value-before = BEFORE
cli-value-after = AFTER
cli-value-seal = SEAL
cli-did-you-mean = did you mean { $suggestion }?
cli-more-help = For more information, try --help.

# Errors on the command line.
cli-error-value-missing = { $argument } needs a value
cli-error-invalid-value = invalid value "{ $value }" for { $argument }; possible values: { $valid }
cli-error-value-validation = invalid value "{ $value }" for { $argument }: { $reason }
cli-error-unknown-argument = unexpected argument { $argument }
cli-error-unknown-command = unrecognised command "{ $command }"
cli-error-missing-argument = missing: { $argument }
cli-error-missing-command = no command given (for example: par-score rank examples/huyen-2024 --criteria huyen-2024)
cli-error-conflict = { $argument } cannot be used with { $other }
cli-error-values = wrong number of values for { $argument }
cli-error-other = invalid command line ({ $detail })
cli-error-percent = "{ $text }" is not a percentage; expected a number such as 20 or 2.5

# Shared arguments.
cli-arg-paths = Evidence files (.csv, .xlsx, .xls, .xlsb, .ods) or directories of them.
cli-arg-responses = Survey responses files (CSV or .xlsx, long or wide form), repeatable: the values of the survey sub-criteria that list `questions`.
cli-arg-criteria = Criteria framework: a TOML file or a bundled id (default: so-2025).
cli-arg-units = Units register (CSV or .xlsx: unit, block, profile): every registered unit is scored and ranked within its block.
cli-arg-format = Output format: table (for the terminal), csv (for `rank`, exactly the machine-readable ranking of docs/formats.md), json (exact decimal numbers), md (Markdown).
cli-arg-out = Write to this file (atomically; never over an input) instead of standard output.
cli-arg-seal = Write `<out>.seal.json` beside the output: version, options and the SHA-256 of every input and output, for `par-score verify` (an appeal).
cli-arg-documents = Folder of evidence documents (tài liệu kiểm chứng): one sub-folder per unit, named like the unit, or one folder; evidence cells may name its files.

cli-arg-samples = With --responses: bootstrap samples of the survey's 90 % intervals of survey points, index and rank (0: no intervals).
cli-arg-seed = Seed of the bootstrap (the same seed gives the same intervals).

cli-score = One unit's score sheet: every sub-criterion with value, self-score, points and status, subtotals, adjustments, total, index and grade.
cli-score--evidence = Evidence files (.csv, .xlsx, .xls, .xlsb, .ods) or directories of them.
cli-score--unit = The unit to score, when the evidence holds several.

cli-rank = Ranks every unit found in the given files and directories (every .csv, .xlsx, .xls, .xlsb, .ods file).
cli-rank--units = Units register (CSV or .xlsx: unit, block, profile): every registered unit is ranked, within its block.

cli-check = Validates a framework and evidence files without scoring them, and lists every problem at once: errors (exit status 2) and warnings (0, or 1 with --deny-warnings).
cli-check--paths = Evidence files (.csv, .xlsx, .xls, .xlsb, .ods) or directories of them; none checks only the framework.
cli-check--deny_warnings = Fail (exit status 1) when there are warnings.
cli-check--units = Units register (CSV or .xlsx: unit, block, profile).
cli-check--responses = Survey responses files (CSV or .xlsx, long or wide form), repeatable: checked as the scoring commands read them.

cli-council = The appraisal council's tables: summary (Bảng tổng hợp), one appraisal sheet per unit (Phiếu thẩm định) and discrepancies (Danh sách chênh lệch).
cli-council--out = Output file; its extension chooses the format: .xlsx, .html, .md, or .csv (three files: NAME-summary.csv, NAME-sheets.csv, NAME-discrepancies.csv).
cli-council--round = Instead of the tables, the workbook the council fills in round 1 (Điểm thẩm định lần 1, Ghi chú) or round 2 (Điểm thẩm định lần 2); passed back beside the evidence, the filled workbook is read as that round's layer.
cli-council--requests = Instead of the tables, explanation requests (giải trình), one .xlsx and one .csv per unit whose first-round points differ from its self-score, written into the directory --out; the returned files are read as a layer.

cli-template = A blank evidence sheet listing every sub-criterion and adjustment with its id, name, maximum and what to enter; fill it in and score it as it is.
cli-template--unit = The unit's name, filled in on every row.
cli-template--out = Output file: .xlsx (dropdowns, protected ids) or .csv.
cli-template--force = Replace an existing --out file (a blank template; a file holding evidence is never overwritten).

cli-criteria = Shows a framework as a tree with maxima and how each sub-criterion is scored; `export`/`import` turn it into the annex table (Excel) and back; `diff` compares two.
cli-criteria--list = List the bundled frameworks.
cli-criteria-export = Writes a framework as the annex table of a Quyết định (Excel): id, content, maximum, scoring rule, flag columns; adjustments, grades, general information.
cli-criteria-export--out = The workbook to write (.xlsx).
cli-criteria-import = Reads a criteria table (Excel .xlsx or CSV, exported or typed by hand as docs/criteria-table.md says) and writes the TOML framework.
cli-criteria-import--table = The table: .xlsx or .csv.
cli-criteria-import--out = The criteria file to write (.toml).
cli-criteria-diff = Compares two frameworks: criteria added, removed, moved, renamed; changed maxima, rules and area weights; which areas are comparable between the two years.
cli-criteria-diff--before = The earlier framework: a TOML file or a bundled id.
cli-criteria-diff--after = The later framework: a TOML file or a bundled id.

cli-compare = Compares two years: each unit's rank and index in both, the change in rank (↑ 3, ↓ 1, new, gone), in index and per area, and the biggest climbers and fallers. Each side is a ranking CSV (`rank --format csv`) or evidence.
cli-compare--previous = The previous year: a ranking CSV, or an evidence file or directory.
cli-compare--current = The current year: a ranking CSV, or an evidence file or directory.
cli-compare--criteria = The current year's framework: a TOML file or a bundled id (default: so-2025).
cli-compare--previous_criteria = The previous year's framework (default: --criteria for evidence; for a ranking CSV, gives its areas' names and maxima).
cli-compare--top = How many climbers and fallers to name.

cli-gaps = Where points were lost (applicable max − points) per sub-criterion, criterion and area, with the index each recovery would give; across all units, the sub-criteria most units lose points on.
cli-gaps--unit = Show this unit's gaps (default: the only unit, else the province's priorities).
cli-gaps--top = Rows per table (0 = all).

cli-whatif = How sensitive the ranking is to the method: seeded random area and survey weights, each area dropped in turn, the survey reweighted; median rank and 5–95% interval per unit, mean rank shift, grade changes.
cli-whatif--samples = Number of random samples.
cli-whatif--seed = Seed of the random stream (the same seed gives the same result).
cli-whatif--weight_jitter = Each area's weight varies uniformly within ± this many percent.
cli-whatif--survey_weight = The survey's weight varies uniformly within ± this many percent.

cli-report = Writes one self-contained HTML report (inline charts, prints on A4): ranking, index and area charts, weakest sub-criteria, a page per unit.
cli-report--out = The HTML file to write (default: standard output).

cli-verify = Checks a seal written by `--seal`: recomputes the outputs from the recorded inputs (in memory; nothing is written) and exits 0 when every input is unchanged and every output byte-identical, 1 naming what changed, 2 for a damaged seal.
cli-verify--seal = The `.seal.json` file.

cli-survey = The sociological survey from the raw questionnaires: per unit and sub-criterion the questionnaires, answers counted and not, each group's mean, the value and points; the answers to each question; units below min_answers; the sample a unit needs; seeded bootstrap intervals of survey points, index and rank.
cli-survey--paths = Evidence files or directories (optional: without them, no index or rank).
cli-survey--responses = Survey responses files (CSV or .xlsx, long or wide form), repeatable.
cli-survey--unit = Show only this unit.
cli-survey--samples = Bootstrap samples (0: no intervals).
cli-survey--seed = Seed of the bootstrap (the same seed gives the same intervals).
cli-survey--units = Units register (CSV or .xlsx: unit, block, profile): survey units match it ignoring case; ranks and bootstrap intervals are within each block.

cli-completions = Prints a shell completion script (bash, zsh, fish, powershell, elvish).
cli-completions--shell = The shell: bash, zsh, fish, powershell or elvish.
cli-man = Prints the man page (roff), or writes it with --out.
cli-man--out = The file to write (default: standard output).
