#!/usr/bin/env bash
# Builds the archives a user downloads, in target/dist/:
#   par-score-<version>-windows-x86_64.zip   par-score.exe, HUONG-DAN.txt, criteria/, examples/
#   par-score-<version>-linux-x86_64.tar.gz  par-score-<version>/ with par-score, HUONG-DAN.txt, README.md, criteria/, examples/
# The Windows build is cross-compiled with MinGW-w64 (linker set in .cargo/config.toml).
# Installs what is missing: the Rust target x86_64-pc-windows-gnu (rustup), and Debian's
# gcc-mingw-w64-x86-64 and zip (apt-get; as root, or through sudo).
# Checked by tests/dist/check.py. Details: docs/windows.md.
set -euo pipefail
cd "$(dirname "$0")/.."

windows_target=x86_64-pc-windows-gnu
version=$(cargo pkgid | sed 's/.*[#@]//')
dist=target/dist

apt_install() {
    local sudo=()
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null || { echo "package.sh: need root or sudo to install $*" >&2; exit 1; }
        sudo=(sudo)
    fi
    echo "package.sh: installing $* (apt-get)" >&2
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        -o DPkg::Lock::Timeout=600 "$@" >/dev/null
}

if ! rustup target list --installed | grep -qx "$windows_target"; then
    rustup target add "$windows_target"
fi
command -v x86_64-w64-mingw32-gcc >/dev/null || apt_install gcc-mingw-w64-x86-64
command -v zip >/dev/null || apt_install zip

cargo build --release --locked --target "$windows_target"
cargo build --release --locked

# The user's files: frameworks and example evidence (not the Rust examples/*.rs).
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
data() {
    mkdir -p "$1/criteria"
    cp criteria/*.toml "$1/criteria/"
    cp -r examples "$1/examples"
    find "$1/examples" -name '*.rs' -delete
}
# The quick start for Notepad: UTF-8 with a byte order mark, CRLF line ends.
quick_start() {
    { printf '\xEF\xBB\xBF'; sed 's/\r$//; s/$/\r/' dist/HUONG-DAN.txt; } >"$1/HUONG-DAN.txt"
}

mkdir -p "$dist"

windows="$stage/windows"
mkdir -p "$windows"
cp "target/$windows_target/release/par-score.exe" "$windows/"
quick_start "$windows"
data "$windows"
zip_file="$PWD/$dist/par-score-$version-windows-x86_64.zip"
rm -f "$zip_file"
(cd "$windows" && zip -q -X -r "$zip_file" par-score.exe HUONG-DAN.txt criteria examples)

linux="$stage/par-score-$version"
mkdir -p "$linux"
cp target/release/par-score README.md "$linux/"
quick_start "$linux"
data "$linux"
tar_file="$PWD/$dist/par-score-$version-linux-x86_64.tar.gz"
tar -C "$stage" --owner=0 --group=0 --sort=name -czf "$tar_file" "par-score-$version"

ls -l "$zip_file" "$tar_file"
