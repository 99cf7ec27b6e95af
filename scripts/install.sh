#!/usr/bin/env bash
# Builds a release `daega` and installs it with `daega-web` (the web page's program, which `daega serve` runs) and
# the rate books, so `daega` runs from any folder.
#
#   scripts/install.sh [PREFIX]          (default: ~/.local)
#
# Installs PREFIX/bin/daega and PREFIX/bin/daega-web (linked against this machine's Swift runtime: keep the toolchain
# installed) and PREFIX/share/daega/rates/ (the rate books, which the binary finds there by itself; --rates DIR or
# $DAEGA_RATES still override them). Put PREFIX/bin on your PATH. To uninstall:
#
#   rm -f PREFIX/bin/daega PREFIX/bin/daega-web && rm -rf PREFIX/share/daega
#
# Re-running the script replaces all three (the old rate books are removed first, so a dropped book does not linger).
set -euo pipefail
cd "$(dirname "$0")/.."

prefix="${1:-$HOME/.local}"
fail() { echo "install: $*" >&2; exit 1; }
command -v swift >/dev/null 2>&1 || { [ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"; }
command -v swift >/dev/null 2>&1 || fail "the Swift toolchain is not installed (https://www.swift.org/install/)"
mkdir -p "$prefix/bin" "$prefix/share/daega" || fail "cannot create $prefix/bin and $prefix/share/daega"
prefix="$(cd "$prefix" && pwd)"

echo "install: building release binaries (a few minutes the first time)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for program in daega daega-web; do
  swift build -c release --product "$program" >"$log" 2>&1 || { tail -n 30 "$log" >&2; fail "swift build -c release --product $program failed"; }
done
binaries="$(swift build -c release --show-bin-path)"

for program in daega daega-web; do
  install -m 0755 "$binaries/$program" "$prefix/bin/$program.new" && mv -f "$prefix/bin/$program.new" "$prefix/bin/$program"
done
rm -rf "$prefix/share/daega/rates.new"
cp -R rates "$prefix/share/daega/rates.new"
rm -rf "$prefix/share/daega/rates" && mv "$prefix/share/daega/rates.new" "$prefix/share/daega/rates"

"$prefix/bin/daega" rates >/dev/null || fail "the installed daega could not read its rate books"
echo "install: daega is at $prefix/bin/daega (the web page's daega-web beside it), its rate books at $prefix/share/daega/rates"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "install: add $prefix/bin to PATH, e.g.  echo 'export PATH=\"$prefix/bin:\$PATH\"' >> ~/.bashrc" ;;
esac
echo "install: try  daega init 새사업.toml  and  daega serve"
echo "install: uninstall with  rm -f $prefix/bin/daega $prefix/bin/daega-web && rm -rf $prefix/share/daega"
