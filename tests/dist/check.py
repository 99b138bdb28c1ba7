#!/usr/bin/env python3
"""Checks the archives that `bash dist/package.sh` wrote to target/dist/ (CI runs both).

The Windows zip: exactly par-score.exe (a 64-bit console PE executable), HUONG-DAN.txt
(UTF-8 with BOM, CRLF, NFC) and the repository's criteria/ and examples/ data, byte for
byte. The Linux tar.gz: the same data, README.md and an ELF par-score that runs. Then
the .exe itself runs under Wine (installed with apt-get when missing and possible; Debian
12's Wine 8 needs the test-only tests/dist/wine/bcryptprimitives.c beside it): the
example ranking byte for byte as the Linux build prints it, drive-letter and backslash
paths, Vietnamese file names, an input error (exit status 2), an Excel lock file, and
`--out` onto a file another program holds open. Prints "N passed, M failed, K skipped";
exits 1 on any failure.
"""

import os
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WINE_DIR = Path(__file__).resolve().parent / "wine"
RESULTS = {"passed": 0, "failed": 0, "skipped": 0}


def check(name, ok, detail=""):
    RESULTS["passed" if ok else "failed"] += 1
    print(("ok      " if ok else "FAILED  ") + name + ("" if ok or not detail else f"\n        {detail}"))
    return ok


def skip(name, why):
    RESULTS["skipped"] += 1
    print(f"skipped {name}: {why}")


def expected_data():
    """Archive path -> bytes of every framework and example data file of the repository."""
    files = {f"criteria/{p.name}": p.read_bytes() for p in sorted((ROOT / "criteria").glob("*.toml"))}
    for path in sorted((ROOT / "examples").rglob("*")):
        if path.is_file() and path.suffix != ".rs":
            files[f"examples/{path.relative_to(ROOT / 'examples').as_posix()}"] = path.read_bytes()
    return files


def pe_problems(exe):
    """What makes `exe` not a 64-bit Windows console executable (empty when it is one)."""
    if exe[:2] != b"MZ":
        return ["no MZ signature"]
    (offset,) = struct.unpack_from("<I", exe, 0x3C)
    if exe[offset : offset + 4] != b"PE\0\0":
        return [f"no PE signature at 0x{offset:X}"]
    (machine,) = struct.unpack_from("<H", exe, offset + 4)
    (magic,) = struct.unpack_from("<H", exe, offset + 24)
    (subsystem,) = struct.unpack_from("<H", exe, offset + 24 + 68)
    wrong = []
    if machine != 0x8664:
        wrong.append(f"machine 0x{machine:X}, not x86-64 (0x8664)")
    if magic != 0x20B:
        wrong.append(f"optional header magic 0x{magic:X}, not PE32+ (0x20B)")
    if subsystem != 3:
        wrong.append(f"subsystem {subsystem}, not the console (3)")
    return wrong


# The DLLs par-score.exe may import: Windows 10's own (no MinGW runtime DLL that a PC lacks).
SYSTEM_DLLS = {"kernel32.dll", "ntdll.dll", "msvcrt.dll", "bcryptprimitives.dll", "api-ms-win-core-synch-l1-2-0.dll",
               "advapi32.dll", "ws2_32.dll", "userenv.dll", "bcrypt.dll", "shell32.dll", "ole32.dll"}


def check_imports(exe):
    objdump = shutil.which("x86_64-w64-mingw32-objdump")
    if not objdump:
        skip("the DLLs par-score.exe imports", "no x86_64-w64-mingw32-objdump")
        return
    with tempfile.NamedTemporaryFile(suffix=".exe") as file:
        file.write(exe)
        file.flush()
        shown = subprocess.run([objdump, "-p", file.name], capture_output=True, text=True).stdout
    dlls = {line.split("DLL Name:")[1].strip().lower() for line in shown.splitlines() if "DLL Name:" in line}
    check(f"zip: par-score.exe imports only Windows' own DLLs ({', '.join(sorted(dlls))})",
          "kernel32.dll" in dlls and dlls <= SYSTEM_DLLS, f"not system DLLs: {sorted(dlls - SYSTEM_DLLS)}")


def check_quick_start(where, text_bytes):
    check(f"{where}: HUONG-DAN.txt starts with a UTF-8 byte order mark", text_bytes.startswith(b"\xef\xbb\xbf"))
    text = text_bytes.decode("utf-8-sig")
    lines = text_bytes.split(b"\n")
    check(f"{where}: HUONG-DAN.txt has CRLF line ends only", all(line.endswith(b"\r") for line in lines[:-1]) and lines[-1] == b"")
    check(f"{where}: HUONG-DAN.txt is NFC", unicodedata.is_normalized("NFC", text))
    for needle in [
        "Extract All",
        "cmd",
        ".\\par-score.exe template --criteria so-2025 --out mau-tu-cham.xlsx",
        ".\\par-score.exe check --criteria so-2025 ho-so",
        ".\\par-score.exe rank --criteria so-2025 ho-so",
        "UTF-8",
        "đang được mở",
    ]:
        check(f"{where}: HUONG-DAN.txt mentions {needle!r}", needle in text)


def check_zip(path, data):
    with zipfile.ZipFile(path) as archive:
        names = {info.filename for info in archive.infolist() if not info.is_dir()}
        wanted = {"par-score.exe", "HUONG-DAN.txt", *data}
        check("zip: holds exactly par-score.exe, HUONG-DAN.txt, criteria/ and examples/", names == wanted,
              f"missing {sorted(wanted - names)}, unexpected {sorted(names - wanted)}")
        check("zip: every framework and example file is the repository's", all(
            name in names and archive.read(name) == content for name, content in data.items()))
        check("zip: all bundled frameworks (4 or more)", sum(n.startswith("criteria/") for n in names) >= 4)
        exe = archive.read("par-score.exe") if "par-score.exe" in names else b""
        wrong = pe_problems(exe)
        check("zip: par-score.exe is a 64-bit Windows console executable (MZ, PE, x86-64, PE32+)", not wrong, "; ".join(wrong))
        check("zip: par-score.exe is over 1 MB (a real build)", len(exe) > 1_000_000, f"{len(exe)} bytes")
        check_imports(exe)
        if "HUONG-DAN.txt" in names:
            check_quick_start("zip", archive.read("HUONG-DAN.txt"))


def check_tar(path, data, version, into):
    top = f"par-score-{version}"
    with tarfile.open(path) as archive:
        members = {m.name: m for m in archive.getmembers() if m.isfile()}
        wanted = {f"{top}/{name}" for name in ["par-score", "README.md", "HUONG-DAN.txt", *data]}
        check("tar.gz: holds par-score, README.md, HUONG-DAN.txt, criteria/ and examples/ in " + top + "/",
              set(members) == wanted, f"missing {sorted(wanted - set(members))}, unexpected {sorted(set(members) - wanted)}")
        check("tar.gz: every framework and example file is the repository's", all(
            f"{top}/{name}" in members and archive.extractfile(f"{top}/{name}").read() == content
            for name, content in data.items()))
        binary = members.get(f"{top}/par-score")
        check("tar.gz: par-score is an executable ELF file", binary is not None and binary.mode & 0o111 != 0
              and archive.extractfile(binary).read(4) == b"\x7fELF")
        archive.extractall(into, filter="data")
    linux = Path(into) / top / "par-score"
    shown = subprocess.run([linux, "--version"], capture_output=True, text=True)
    check("tar.gz: par-score --version runs and names the version", shown.stdout.strip() == f"par-score {version}", shown.stdout)
    return linux


def find_wine():
    for name in ["wine64", "wine"]:
        if shutil.which(name):
            return shutil.which(name)
    if Path("/usr/lib/wine/wine64").exists():
        return "/usr/lib/wine/wine64"
    return None


def install_wine():
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return None
    print("installing wine64 (apt-get) to run par-score.exe", flush=True)
    subprocess.run(["apt-get", "update", "-qq"], check=False)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "-o", "DPkg::Lock::Timeout=600", "wine64"],
                   env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"}, stdout=subprocess.DEVNULL, check=False)
    return find_wine()


def check_under_wine(zip_path, linux, version, work):
    wine = find_wine() or install_wine()
    mingw = shutil.which("x86_64-w64-mingw32-gcc")
    if not wine or not mingw:
        skip("running par-score.exe under Wine", "no wine64" if not wine else "no x86_64-w64-mingw32-gcc")
        return
    app = work / "app"
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(app)
    subprocess.run([mingw, "-O2", "-shared", "-o", app / "bcryptprimitives.dll", WINE_DIR / "bcryptprimitives.c", "-ladvapi32"], check=True)
    subprocess.run([mingw, "-O2", "-o", work / "hold.exe", WINE_DIR / "hold.c"], check=True)
    env = {**os.environ, "WINEPREFIX": str(work / "prefix"), "WINEDEBUG": "-all", "WINEDLLOVERRIDES": "mscoree,mshtml=",
           "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}

    def exe(*args, cwd=app, **kwargs):
        return subprocess.run([wine, app / "par-score.exe", *args], cwd=cwd, env=env, capture_output=True, timeout=300, **kwargs)

    def windows_path(path):
        return "Z:" + str(path).replace("/", "\\")

    shown = exe("--version")
    check(f"wine: par-score.exe --version prints 'par-score {version}' ({subprocess.run([wine, '--version'], env=env, capture_output=True, text=True).stdout.strip()})",
          shown.stdout.decode().strip() == f"par-score {version}", f"exit {shown.returncode}: {shown.stdout!r} {shown.stderr!r}")

    ranking = exe("rank", "--criteria", "huyen-2024", "--format", "csv", "examples\\huyen-2024")
    on_linux = subprocess.run([linux, "rank", "--criteria", "huyen-2024", "--format", "csv", "examples/huyen-2024"], cwd=app, capture_output=True)
    check("wine: rank of examples\\huyen-2024 prints the Linux build's CSV byte for byte",
          ranking.returncode == 0 and ranking.stdout == on_linux.stdout and on_linux.returncode == 0, ranking.stderr.decode())
    # The first row of examples/README.md's reference result (tests/reference/ref_score.py).
    first = ranking.stdout.decode().splitlines()[1] if ranking.stdout.count(b"\n") > 1 else ""
    check("wine: Hòa An is first with 93.26 of 98.00 points, index 95.16 (Xuất sắc)",
          first == "1,UBND thành phố Hòa An,9.00,5.70,11.25,6.50,7.50,6.00,8.96,36.85,1.50,93.26,98.00,95.16,Xuất sắc", first)

    # A drive letter and backslashes in every path, the framework given as a file.
    out = work / "kết quả" / "xếp hạng.csv"
    out.parent.mkdir()
    written = exe("rank", "--criteria", windows_path(app / "criteria" / "huyen-2024.toml"), "--format", "csv",
                  "--out", windows_path(out), windows_path(app / "examples" / "huyen-2024"), cwd=work)
    check("wine: --out Z:\\…\\kết quả\\xếp hạng.csv writes the ranking with a byte order mark for Excel",
          written.returncode == 0 and out.exists() and out.read_bytes() == b"\xef\xbb\xbf" + on_linux.stdout, written.stderr.decode())

    # Vietnamese file names, one NFC and one NFD, and an Excel lock file in the folder.
    folder = app / "hồ sơ"
    folder.mkdir()
    good = unicodedata.normalize("NFC", "Sở Tư pháp.csv")
    bad = unicodedata.normalize("NFD", "Sở Nội vụ.csv")
    (folder / good).write_bytes("unit,criterion,value\r\nSở Tư pháp,T1,1\r\n".encode())
    (folder / bad).write_bytes("unit,criterion,value\r\nSở Nội vụ,9.9.9,1\r\n".encode())
    (folder / "~$Sở Tư pháp.xlsx").write_bytes(b"")
    failed = exe("check", "--criteria", "so-2025", "hồ sơ")
    stderr = unicodedata.normalize("NFC", failed.stderr.decode("utf-8", "replace"))
    check("wine: an unknown criterion exits with status 2", failed.returncode == 2, f"exit {failed.returncode}")
    check("wine: the error names hồ sơ\\Sở Nội vụ.csv, line 2, and the id 9.9.9",
          "hồ sơ\\Sở Nội vụ.csv:2" in stderr and "9.9.9" in stderr, stderr)
    check("wine: the Excel lock file hồ sơ\\~$Sở Tư pháp.xlsx is named in a warning",
          "hồ sơ\\~$Sở Tư pháp.xlsx" in stderr and "tệp khóa của Excel" in stderr, stderr)
    (folder / bad).unlink()
    ranked = exe("rank", "--criteria", "so-2025", "--format", "csv", "hồ sơ")
    check("wine: rank reads a folder and a file with Vietnamese names", ranked.returncode == 0
          and "Sở Tư pháp" in ranked.stdout.decode(), ranked.stderr.decode())

    # --out onto a file another program holds open, as Excel holds a workbook.
    held = app / "held.csv"
    held.write_bytes(b"old\r\n")
    holder = subprocess.Popen([wine, work / "hold.exe", "held.csv"], cwd=app, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    ready = holder.stdout.readline().strip() == b"held"  # "held\r\n": the C runtime writes CRLF
    refused = exe("rank", "--criteria", "huyen-2024", "--format", "csv", "--out", "held.csv", "examples\\huyen-2024")
    holder.stdin.close()
    holder.wait(timeout=60)
    message = refused.stderr.decode()
    check("wine: --out onto a file held open exits 1 with the Vietnamese message, and leaves the file as it was",
          ready and refused.returncode == 1 and held.read_bytes() == b"old\r\n"
          and "held.csv đang được mở trong Excel hoặc chương trình khác; hãy đóng tệp rồi chạy lại" in message,
          f"held: {ready}, exit {refused.returncode}: {message}")
    after = exe("rank", "--criteria", "huyen-2024", "--format", "csv", "--out", "held.csv", "examples\\huyen-2024")
    check("wine: once closed, the file is replaced", after.returncode == 0 and held.read_bytes() == b"\xef\xbb\xbf" + on_linux.stdout)
    subprocess.run([shutil.which("wineserver") or "/usr/lib/wine/wineserver64", "-k"], env=env, check=False)


def main():
    version = tomllib.loads((ROOT / "Cargo.toml").read_text())["package"]["version"]
    dist = ROOT / "target" / "dist"
    zip_path = dist / f"par-score-{version}-windows-x86_64.zip"
    tar_path = dist / f"par-score-{version}-linux-x86_64.tar.gz"
    data = expected_data()
    if check(f"{zip_path.relative_to(ROOT)} exists (run bash dist/package.sh first)", zip_path.exists()):
        check_zip(zip_path, data)
    with tempfile.TemporaryDirectory(prefix="par-score-dist-") as work:
        work = Path(work)
        linux = None
        if check(f"{tar_path.relative_to(ROOT)} exists", tar_path.exists()):
            linux = check_tar(tar_path, data, version, work / "linux")
        if zip_path.exists() and linux:
            check_under_wine(zip_path, linux, version, work)
    print(f"{RESULTS['passed']} passed, {RESULTS['failed']} failed, {RESULTS['skipped']} skipped")
    return 1 if RESULTS["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
