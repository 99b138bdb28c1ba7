# Seal files of results.
seal-not-json = not valid JSON ({ $reason })
seal-not-a-seal = not a par-score seal (no "format": "{ $format }")
seal-damaged = the seal is damaged: { $reason }
seal-version = seal format version { $version } is not supported (this version reads version { $supported })
seal-bad-digest = the SHA-256 digest of { $file } is damaged: "{ $digest }" (64 lowercase hex digits expected)
seal-no-outputs = the seal is damaged: it names no result file
