# Writing result files (--out).
output-input-in-directory = refusing to write { $path }: it is an input file, or would be read as one, in input directory { $directory }; choose another --out
output-is-input = refusing to write { $path }: it is an input file; choose another --out
output-symlink-loop = refusing to write { $path }: the chain of symbolic links is too long or a loop
output-not-a-file = refusing to write { $path }: it is not a regular file (a folder, a device, a FIFO or a socket); choose another --out
output-holds-evidence = refusing to write { $path }: the file holds filled-in evidence rows; choose another --out (par-score never overwrites evidence)
output-exists = refusing to write { $path }: the file exists; add --force to replace it, or choose another --out
