# The commands (rank, check, council, criteria, template, survey, verify, …): command-line errors and printed notes.

commands-standard-output = standard output
commands-no-such-unit = no unit named "{ $unit }" in the evidence; units found: { $units }
commands-choose-unit = the evidence holds { $count } units; choose one with --unit: { $units }
commands-block-heading = Block: { $block }
commands-check-responses-need-evidence = check --responses: evidence files are needed (the units of the survey are matched against them)

## council
commands-council-seal-with-round = --seal seals the council's tables; it does not go with --round or --requests
commands-council-out-extension = --out { $out }: the file name must end in .xlsx, .html, .md or .csv
commands-council-round-out-xlsx = --out { $out }: with --round, the file written must be an .xlsx workbook
commands-council-round-number = --round { $round }: the appraisal round is 1 or 2
commands-council-no-requests = No unit needs to explain anything: the first-round appraised points equal the self-assessed points on every criterion.

## criteria
commands-criteria-list-id = id
commands-criteria-list-title = title
commands-criteria-list-max = max
commands-criteria-list-scores = scores
commands-criteria-list-default = { $id } (default)
commands-wrote-framework-about = { $id } · { $leaves } sub-criteria · { $max } points
commands-out-must-be-xlsx = --out { $out }: the file name must end in .xlsx
commands-out-must-be-toml = --out { $out }: the file name must end in .toml
commands-criteria-import-table-kind = { $table }: only an Excel table (.xlsx) or a CSV file (.csv) can be read

## template
commands-template-out-extension = --out { $out }: the file name must end in .xlsx or .csv
commands-template-about = framework { $id } · { $rows } rows to fill in: { $leaves } sub-criteria, { $adjustments } bonuses/penalties

## survey
commands-survey-needs-responses = survey: at least one responses file is needed (--responses FILE)
commands-survey-no-such-unit = no unit "{ $unit }"; the units: { $units }

## Seals (--seal, verify)
commands-seal-needs-out = --seal needs --out: the seal is written beside the output (<out>.seal.json)
commands-seal-command-damaged = the command recorded in the seal is damaged: { $reason }
commands-seal-working-directory = cannot enter the working folder { $folder } ({ $reason })
commands-seal-output-differs = The result would differ: { $path }: recomputed SHA-256 { $now }, the seal records { $sealed }
commands-seal-output-gone = The result would differ: { $path }: recomputing no longer makes this file
commands-seal-output-extra = The result would differ: recomputing makes a further file { $path } that the seal does not hold
commands-seal-recompute-failed = The result cannot be recomputed from the inputs as they are: { $reason }
commands-seal-output-edited = An output file was edited: { $path }: SHA-256 on disk { $now }, the seal records { $sealed }
commands-seal-other-version = Note: the seal was made by par-score { $sealed }, this is { $running }
commands-seal-matches = The seal matches: { $inputs } input files unchanged, { $outputs } output files identical byte for byte.
commands-seal-bundled-changed = An input changed: the bundled framework { $framework } of this par-score differs from the sealed one (SHA-256 { $now }, the seal records { $sealed })
commands-seal-input-changed = An input changed: { $path } ({ $role }): SHA-256 now { $now }, the seal records { $sealed }
commands-seal-input-gone = An input is gone: { $path } ({ $role })
commands-seal-input-new = A new input, not in the seal: { $path } ({ $role })
commands-seal-role-framework = framework
commands-seal-role-evidence = evidence file
commands-seal-role-units = units register
commands-seal-role-responses = survey responses
commands-seal-role-documents = supporting documents

# `survey`: the tables of results per unit and sub-criterion, answers per question and the bootstrap intervals.
commands-survey-spread-heading = Uncertainty: 90 % bootstrap intervals over respondents ({ $samples } samples, seed { $seed })
commands-survey-spread-more = { $names }; … ({ $n } units)
commands-survey-results-heading = Sociological survey: results per unit and sub-criterion
commands-survey-unit = Unit
commands-survey-criterion = Criterion
commands-survey-questionnaires = Questionnaires
commands-survey-counted = Counted
commands-survey-not-counted = Not counted
commands-survey-group = Group
commands-survey-value = Value (%)
commands-survey-points = Points
commands-survey-max = Max
commands-survey-sample-needed = Sample needed
commands-survey-note = Note
commands-survey-sample-too-small = sample too small
commands-survey-no-counted-answer = no counted answer
commands-survey-council-appraised = council appraised:
commands-survey-answers-per-question = Answers per question
commands-survey-answers-all-units = Answers per question (all units)
commands-survey-question = Question
commands-survey-total = Total
commands-survey-rank = Rank
commands-survey-spread-points = Survey points (90 %)
commands-survey-spread-index = Index (90 %)
commands-survey-spread-rank = Rank (90 %)
commands-survey-spread-apart = Cannot be told apart from
