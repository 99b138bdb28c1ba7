# Analysis: reading last year's ranking (compare), the what-if simulation.

## Ranking files (par-score rank --format csv)
analysis-ranking-header-shape = the header of `par-score rank --format csv`: rank,unit,<one column per area id>,adjustment,total,max,index,grade (with a units register: block,rank,unit,…)
analysis-ranking-empty = the ranking file is empty
analysis-ranking-not-a-header = not a ranking header: "{ $found }"
analysis-ranking-unreadable = unreadable CSV: { $reason }
analysis-ranking-fields = { $fields } fields, but the header has { $header }
analysis-ranking-fields-expected = one field per header column
analysis-ranking-number-decimals = a number with a decimal point and exactly { $decimals } decimals, as `rank --format csv` writes it (at most { $whole } digits before the point)
analysis-ranking-number = a number with a decimal point, as `rank --format csv` writes it (e.g. 97.50; at most { $whole } digits before the point and { $fraction } after)
analysis-ranking-not-a-number = "{ $value }" in column { $column } is not such a number
analysis-ranking-bad-rank = rank "{ $rank }" is not a whole number ≥ 1
analysis-ranking-bad-rank-expected = a rank such as 1, 2, 2, 4
analysis-ranking-unit-empty = the unit name is empty
analysis-ranking-unit-empty-expected = the unit's name
analysis-ranking-unit-name-problem = unit name "{ $name }" { $problem }
analysis-ranking-unit-twice = unit "{ $unit }" appears twice (first on line { $first })
analysis-ranking-unit-twice-expected = one row per unit
analysis-ranking-no-units = the ranking has no units
analysis-ranking-no-units-expected = one row per unit after the header
analysis-snapshot-areas-differ = the ranking's area columns ({ $columns }) are not the areas of framework { $framework } ({ $areas })
analysis-snapshot-areas-differ-expected = --previous-criteria naming the framework the ranking was scored with

## The what-if simulation
analysis-whatif-figure-too-large = the figure { $value } is too large or too precise for the what-if simulation
analysis-whatif-percentage = { $option } must be a percentage from 0 to 100 with at most 4 decimals, found { $value }
analysis-whatif-samples = --samples must be at least 1
