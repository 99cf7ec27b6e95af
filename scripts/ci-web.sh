#!/usr/bin/env bash
# End-to-end test of `daega serve` in headless Chromium: the guide's SCM example through 사업 추정 (finds 68,467,488),
# a portfolio through 일괄 점검 (a result CSV with every row), a bad field shown next to it, and a screenshot of each
# page (build/web-screens/*.png, kept as CI artefacts).
#
#   scripts/ci-web.sh [OUTPUT_DIR]        (default: build/web-screens)
#
# Needs Debian's chromium, chromium-driver and fonts-nanum, and PyPI's selenium: installed when missing and running
# as root (apt-get, pip), as CI does on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-build/web-screens}"
fail() { echo "ci-web: $*" >&2; exit 1; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
fc-list 2>/dev/null | grep -qi "nanum" || missing+=(fonts-nanum)
command -v pip3 >/dev/null 2>&1 || python3 -m pip --version >/dev/null 2>&1 || missing+=(python3-pip)
# shellcheck source=scripts/lib/install-missing.sh
. scripts/lib/install-missing.sh
install_missing ci-web ${missing[@]+"${missing[@]}"}
command -v chromium >/dev/null 2>&1 || fail "chromium is missing: apt-get install chromium chromium-driver fonts-nanum"
command -v chromedriver >/dev/null 2>&1 || fail "chromedriver is missing: apt-get install chromium-driver"
if ! python3 -c "import selenium" >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || fail "selenium is not installed: pip install selenium"
  echo "ci-web: installing selenium"
  python3 -m pip install --quiet --break-system-packages selenium >/dev/null 2>&1 \
    || python3 -m pip install --quiet selenium >/dev/null || fail "pip install selenium failed"
fi

mkdir -p "$out"
out="$(cd "$out" && pwd)"
swift build --product daega >/dev/null && swift build --product daega-web >/dev/null || fail "swift build failed"
daega="$(swift build --show-bin-path)/daega"

log="$(mktemp)"
"$daega" serve --as-of 2026-12-06 >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
url=""
for _ in $(seq 1 100); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$log" || true)"
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; fail "daega serve stopped before listening"; }
  sleep 0.1
done
[ -n "$url" ] || { cat "$log" >&2; fail "daega serve printed no address"; }
echo "ci-web: daega serve at $url"

python3 scripts/web-e2e.py "$url" "$out" "$(pwd)/samples"
echo "ci-web: screenshots in $out"
