/* Test-only: holds a file open the way Excel does (no FILE_SHARE_WRITE or
 * FILE_SHARE_DELETE), prints "held", and lets go when its standard input closes.
 * tests/dist/check.py runs it under Wine to see what `--out` onto an open file says. */
#include <stdio.h>
#include <windows.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        return 2;
    }
    HANDLE file = CreateFileA(argv[1], GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    if (file == INVALID_HANDLE_VALUE) {
        return 1;
    }
    printf("held\n");
    fflush(stdout);
    while (getchar() != EOF) {
    }
    CloseHandle(file);
    return 0;
}
