# Names (of units, criteria, grades) that a spreadsheet would misread.
text-name-formula-start = begins with { $character }: a spreadsheet would take it for a formula
text-name-control = holds the control character { $code }
text-name-noncharacter = holds { $code }, which is not a Unicode character
text-name-mixed-script = mixes Latin letters with "{ $character }" ({ $code }, a Cyrillic or Greek letter that looks Latin)
text-name-rule = a name that begins with a letter or digit, without control characters, in Vietnamese Latin letters only
