#!/usr/bin/env bash
# Renders a sample's justification memo to HTML, then with headless Chromium to PDF and PNG, and checks the PDF.
#
#   scripts/render-memo.sh [OUTPUT_DIR] [SAMPLE]      (defaults: build/memo-preview, samples/civil-complaint.toml)
#
# Needs Debian's `chromium`, `fonts-nanum` and `poppler-utils` (installed with apt-get when missing and running as
# root); `pdfinfo`/`pdftoppm` give the page count and one PNG per page when they are available.
# Outputs: memo.html, memo.pdf, memo.png (first screen, 1240 px wide) and memo-page-N.png (A4 pages).
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-build/memo-preview}"
sample="${2:-samples/civil-complaint.toml}"
as_of="${MEMO_AS_OF:-2026-03-01}"
fail() { echo "render-memo: $*" >&2; exit 1; }

find_chromium() { command -v chromium || command -v chromium-browser || command -v google-chrome || true; }
chromium_bin="$(find_chromium)"
missing=()
[ -n "$chromium_bin" ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "nanum" || missing+=(fonts-nanum)
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
if [ "${#missing[@]}" -gt 0 ] && [ "$(id -u)" = 0 ]; then
  scripts/apt-install-missing.sh render-memo "${missing[@]}"
  chromium_bin="$(find_chromium)"
fi
[ -n "$chromium_bin" ] || fail "headless Chromium not found: install Debian's chromium (apt-get install chromium fonts-nanum)"
fc-list 2>/dev/null | grep -qi "nanum" || echo "render-memo: warning: fonts-nanum is not installed; Hangul falls back to another font" >&2

mkdir -p "$out"
out="$(cd "$out" && pwd)"
swift build --product daega >/dev/null || fail "swift build failed"
daega="$(swift build --show-bin-path)/daega"
"$daega" memo "$sample" -o "$out/memo.html" --as-of "$as_of" >/dev/null || fail "daega memo failed for $sample"

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chrome() {
  "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --hide-scrollbars \
    --user-data-dir="$profile" "$@" >/dev/null 2>&1
}
rm -f "$out/memo.pdf" "$out/memo.png" "$out"/memo-page-*.png
chrome --no-pdf-header-footer --print-to-pdf="$out/memo.pdf" "file://$out/memo.html" || fail "chromium could not print the PDF"
chrome --window-size=1240,1754 --screenshot="$out/memo.png" "file://$out/memo.html" || fail "chromium could not take the screenshot"

[ -s "$out/memo.pdf" ] || fail "the PDF is empty: $out/memo.pdf"
head -c 5 "$out/memo.pdf" | grep -q "%PDF-" || fail "not a PDF: $out/memo.pdf"
[ -s "$out/memo.png" ] || fail "the screenshot is empty: $out/memo.png"
if command -v pdfinfo >/dev/null 2>&1; then
  pages="$(pdfinfo "$out/memo.pdf" | awk '/^Pages:/ { print $2 }')"
  size="$(pdfinfo "$out/memo.pdf" | awk -F': *' '/^Page size:/ { print $2 }')"
  [ "${pages:-0}" -ge 2 ] || fail "expected a memo of several A4 pages, got ${pages:-0}"
  case "$size" in *"(A4)"*) ;; *) fail "pages are not A4: $size" ;; esac
  pdftoppm -r 60 -png "$out/memo.pdf" "$out/memo-page" || fail "pdftoppm could not rasterise the PDF"
  echo "render-memo: $out/memo.pdf ($pages A4 pages), $out/memo.png, $out/memo-page-*.png"
else
  echo "render-memo: $out/memo.pdf ($(wc -c <"$out/memo.pdf") bytes; pdfinfo not available for a page count), $out/memo.png"
fi
