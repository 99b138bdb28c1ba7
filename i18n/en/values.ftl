# Values typed in cells: numbers, dates, yes/no, counts.
values-not-a-number = "{ $text }" is not a number
values-ambiguous-separators = "{ $text }" is not a number: several '{ $mark }' and no other separator
values-bad-grouping = "{ $text }" is not a number: digit groups must have three digits
values-not-a-date = "{ $text }" is not a date
values-no-such-date = "{ $text }" is not a real date (no such day)
values-year-out-of-range = "{ $text }" has a year outside 1900–9999
values-not-yes-no = "{ $text }" is not yes or no
values-too-precise = "{ $text }" has more significant digits than can be computed exactly (at most 28 digits); numbers are never rounded silently
values-not-a-count = "{ $text }" is not a whole count (0, 1, 2, …)
values-thousands-count = "{ $text }" is not clearly a count: the '{ $mark }' may be a thousands separator
values-number-forms = a number such as 92,5 or 92.5 (a trailing % is allowed)
values-date-forms = a date day first, e.g. 15/01/2024, 15-01-2024 or 2024-01-15
