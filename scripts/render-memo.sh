#!/usr/bin/env bash
# Renders samples' justification memos to HTML, prints them with headless Chromium to PDF and PNG, and checks each
# PDF: A4 pages, page numbers ("- 1 -"), and a body (before "붙임 1.") of at most 4 pages.
#
#   scripts/render-memo.sh [OUTPUT_DIR] [SAMPLE.toml ...]   (defaults: build/memo-preview, every project file in samples/)
#
# Needs Debian's `chromium`, `fonts-nanum` and `poppler-utils` (installed with apt-get when missing and running as
# root). Outputs per sample NAME: NAME.html, NAME.pdf and NAME-page-N.png (one PNG per A4 page, 60 dpi).
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-build/memo-preview}"
shift || true
# Every project file among the samples (contract-change files, which have a [contract] section, have no memo).
if [ "$#" -gt 0 ]; then samples=("$@"); else mapfile -t samples < <(grep -L '^\[contract\]' samples/*.toml); fi
as_of="${MEMO_AS_OF:-2026-03-01}"
max_body_pages="${MEMO_MAX_BODY_PAGES:-4}"
fail() { echo "render-memo: $*" >&2; exit 1; }

find_chromium() { command -v chromium || command -v chromium-browser || command -v google-chrome || true; }
chromium_bin="$(find_chromium)"
missing=()
[ -n "$chromium_bin" ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "nanum" || missing+=(fonts-nanum)
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
# shellcheck source=scripts/lib/install-missing.sh
. scripts/lib/install-missing.sh
if [ "${#missing[@]}" -gt 0 ]; then
  install_missing render-memo "${missing[@]}"
  chromium_bin="$(find_chromium)"
fi
[ -n "$chromium_bin" ] || fail "headless Chromium not found: install Debian's chromium (apt-get install chromium fonts-nanum)"
command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || fail "pdfinfo/pdftotext not found: apt-get install poppler-utils"
fc-list 2>/dev/null | grep -qi "nanum" || echo "render-memo: warning: fonts-nanum is not installed; Hangul falls back to another font" >&2

mkdir -p "$out"
out="$(cd "$out" && pwd)"
swift build --product daega >/dev/null || fail "swift build failed"
daega="$(swift build --show-bin-path)/daega"

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for sample in "${samples[@]}"; do
  name="$(basename "$sample" .toml)"
  html="$out/$name.html" pdf="$out/$name.pdf"
  rm -f "$html" "$pdf" "$out/$name"-page-*.png
  "$daega" memo "$sample" -o "$html" --as-of "$as_of" >/dev/null || fail "daega memo failed for $sample"
  "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --user-data-dir="$profile" \
    --no-pdf-header-footer --print-to-pdf="$pdf" "file://$html" >/dev/null 2>&1 || fail "chromium could not print $name"
  head -c 5 "$pdf" | grep -q "%PDF-" || fail "not a PDF: $pdf"
  pages="$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')"
  size="$(pdfinfo "$pdf" | awk -F': *' '/^Page size:/ { print $2 }')"
  case "$size" in *"(A4)"*) ;; *) fail "$name: pages are not A4: $size" ;; esac
  # The body ends where the first attachment's heading ("붙임 1. …" without the "1부." of the body's list) begins.
  body=""
  for ((page = 1; page <= pages; page++)); do
    text="$(pdftotext -f "$page" -l "$page" -layout "$pdf" -)"
    footer="$(grep -v '^[[:space:]]*$' <<<"$text" | tail -n 1 | tr -d '[:space:]\f')"
    [ "$footer" = "-$page-" ] || fail "$name: page $page does not end with the page number '- $page -' (found '$footer')"
    if [ -z "$body" ] && grep -E '^\s*붙임 1\. ' <<<"$text" | grep -qv '1부\.'; then body=$((page - 1)); fi
  done
  [ -n "$body" ] || fail "$name: no attachment heading '붙임 1.' found in the PDF"
  [ "$body" -le "$max_body_pages" ] || fail "$name: the body runs to $body A4 pages (at most $max_body_pages)"
  pdftoppm -r 60 -png "$pdf" "$out/$name-page" || fail "pdftoppm could not rasterise $pdf"
  echo "render-memo: $name: $pages A4 pages, body $body (at most $max_body_pages), $out/$name.pdf"
done
