#!/usr/bin/env bash
# Checks every xlsx daega writes with independent tools: openpyxl (PyPI) opens each workbook and checks values,
# number formats, sheet names and sheet settings against daega's CSV of the same run; LibreOffice headless converts
# the batch result to PDF (then PNG) and pdftotext checks that the Hangul survived.
#
#   scripts/ci-workbooks.sh [OUTPUT_DIR]      (default: build/workbooks)
#
# Installs what it needs when missing and running as root: python3-pip and openpyxl, libreoffice-calc,
# fonts-nanum and poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-build/workbooks}"
as_of=2026-03-01
fail() { echo "ci-workbooks: $*" >&2; exit 1; }

missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc)
fc-list 2>/dev/null | grep -qi nanum || missing+=(fonts-nanum)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
python3 -c 'import openpyxl' 2>/dev/null || command -v pip3 >/dev/null 2>&1 || missing+=(python3-pip)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "ci-workbooks: installing ${missing[*]}"
    apt-get update -qq >/dev/null || fail "apt-get update failed; install ${missing[*]} by hand"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || fail "apt-get install ${missing[*]} failed"
  else
    fail "missing ${missing[*]}: install them (or run as root)"
  fi
fi
if ! python3 -c 'import openpyxl' 2>/dev/null; then
  pip3 install --quiet openpyxl 2>/dev/null || pip3 install --quiet --break-system-packages openpyxl || fail "pip could not install openpyxl"
fi

mkdir -p "$out"
out="$(cd "$out" && pwd)"
swift build --product daega >/dev/null || fail "swift build failed"
daega="$(swift build --show-bin-path)/daega"

for input in samples/portfolio.csv samples/portfolio-cp949.csv samples/portfolio-with-errors.csv samples/portfolio.xlsx; do
  name="$(basename "${input%.*}")"
  for format in csv xlsx; do
    status=0
    "$daega" batch "$input" -o "$out/$name.$format" --as-of "$as_of" >/dev/null 2>&1 || status=$?
    [ "$status" -le 2 ] || fail "daega batch $input -o $name.$format exited $status"
  done
  python3 scripts/check-workbooks.py batch "$out/$name.xlsx" "$out/$name.csv" || fail "$name.xlsx does not match $name.csv"
done

echo "ci-workbooks: converting the batch result with LibreOffice headless"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
rm -f "$out/portfolio.pdf"
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$out/portfolio.xlsx" >/dev/null 2>&1 \
  || fail "LibreOffice could not convert portfolio.xlsx"
[ -s "$out/portfolio.pdf" ] || fail "no PDF from LibreOffice"
text="$(pdftotext "$out/portfolio.pdf" -)"
for word in 사업명 유찰 "민원 통합 접수" 심각 "예산이 가장 부족한 사업" 코드; do
  grep -q "$word" <<<"$text" || fail "the PDF lacks '$word': Hangul did not survive"
done
pdftoppm -r 70 -png "$out/portfolio.pdf" "$out/portfolio-page" || fail "pdftoppm could not rasterise the PDF"
echo "ci-workbooks: $(pdfinfo "$out/portfolio.pdf" | awk '/^Pages:/ { print $2 }') pages with Hangul intact; PNGs in $out"
