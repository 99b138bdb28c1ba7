/* Test-only stand-in for Windows' bcryptprimitives.dll, which Debian 12's Wine 8 lacks.
 * Rust's standard library (1.78 and newer) takes random bytes from its ProcessPrng
 * export; this one answers with advapi32's RtlGenRandom (SystemFunction036), which
 * Wine 8 has. It is never shipped: tests/dist/check.sh builds it with MinGW and puts it
 * beside par-score.exe only to run the Windows build under Wine on Linux. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
