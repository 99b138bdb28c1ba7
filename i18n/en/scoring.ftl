# Scoring.
scoring-nothing-applicable = unit "{ $unit }" has every criterion marked not applicable, so its applicable maximum is 0
