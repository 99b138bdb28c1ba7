# Operating-system errors (with the system's own words in brackets).
io-not-found = not found
io-permission-denied = permission denied
io-already-exists = the file already exists
io-is-a-directory = a folder, not a file
io-not-a-directory = not a folder
io-storage-full = the disk is full
io-read-only = the disk is read-only
io-invalid-data = invalid data
io-unexpected-eof = the file ends too early

# How a problem of an input file is printed.
diagnostic-error = error
diagnostic-warning = warning
diagnostic-expected = expected: { $expected }
diagnostic-hint = hint: { $hint }
diagnostics-not-shown = … and { $count ->
    [one] one more problem
   *[other] { $count } more problems
} not shown
diagnostics-summary = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}

# Errors reading and writing files.
error-read = cannot read { $path }: { $reason }
error-write = cannot write { $path }: { $reason }
error-held-open = { $path } is open in Excel or another program; close it and run again
error-workbook = cannot build the workbook { $path }: { $reason }
error-unknown-framework = no criteria file or bundled framework named "{ $name }"; bundled frameworks: { $known }

# The main program.
main-stdout-failed = error: cannot write to standard output: { $reason }
main-warnings-denied = error: warnings are denied (--deny-warnings)
main-seal-broken = error: the seal does not match
