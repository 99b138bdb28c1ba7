# The council's tables and workbook: changes between the two rounds, disputes, documents.
council-changes-sheet = Changes between rounds
council-changes-heading = Changes from the first appraisal to the final result
council-changes-after-first = After round 1
council-changes-final = Final
council-changes-difference = Difference
council-changes-rank-after-first = Rank after round 1
council-changes-rank-final = Final rank
council-changes-footer = Bold rows: the unit's index and rank (within its block) after round 1 and after the final round.
council-disputes-sheet = Disputes
council-disputes-heading = Open disagreements (self-assessed points above the first appraisal, no second appraisal yet), by impact
council-disputes-first = First appraisal
council-disputes-claimed = Self-assessed
council-disputes-difference = Difference
council-disputes-rank-now = Current rank
council-disputes-rank-if-accepted = Rank if accepted
council-disputes-grade-now = Current grade
council-disputes-grade-if-accepted = Grade if accepted
council-disputes-footer = Bold rows: accepting the unit's claim would change its rank or grade within its block.
council-documents-read = Documents (type · number · issuer · date · page)
council-documents-warnings = Document warnings
council-documents-file = file { $file }

# The trail columns of a unit sheet appraised in rounds.
council-trail-first = First appraisal
council-trail-explanation = Explanation
