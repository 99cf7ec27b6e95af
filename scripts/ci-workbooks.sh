#!/usr/bin/env bash
# Checks every xlsx daega writes with independent tools: openpyxl (PyPI) opens each batch workbook and checks values,
# number formats, sheet names and sheet settings against daega's CSV of the same run; LibreOffice headless converts
# the batch result to PDF (then PNG) and pdftotext checks that the Hangul survived; LibreOffice recalculates the
# estimate workbooks of fp, mm and check (and an fp workbook whose factor inputs were changed to another run's),
# and openpyxl checks that every number equals daega's.
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
# shellcheck source=scripts/lib/install-missing.sh
. scripts/lib/install-missing.sh
if [ "${#missing[@]}" -gt 0 ]; then
  install_missing ci-workbooks "${missing[@]}"
  command -v soffice >/dev/null 2>&1 || fail "LibreOffice is missing: apt-get install libreoffice-calc (as root)"
fi
if ! python3 -c 'import openpyxl' 2>/dev/null; then
  pip3 install --quiet openpyxl 2>/dev/null || pip3 install --quiet --break-system-packages openpyxl || fail "pip could not install openpyxl"
fi

mkdir -p "$out"
out="$(cd "$out" && pwd)"
swift build --product daega >/dev/null || fail "swift build failed"
daega="$(swift build --show-bin-path)/daega"

for input in samples/portfolio.csv samples/portfolio-cp949.csv samples/portfolio-with-errors.csv samples/portfolio.xlsx; do
  name="$(basename "$input" | tr . -)"
  for format in csv xlsx; do
    status=0
    "$daega" batch "$input" -o "$out/$name.$format" --as-of "$as_of" >/dev/null 2>&1 || status=$?
    [ "$status" -le 2 ] || fail "daega batch $input -o $name.$format exited $status"
  done
  python3 scripts/check-workbooks.py batch "$out/$name.xlsx" "$out/$name.csv" || fail "$name.xlsx does not match $name.csv"
done

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# A LibreOffice profile that recalculates every formula of an xlsx when loading it.
mkdir -p "$profile/user"
cat >"$profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
recalculate() {
  mkdir -p "$out/recalculated"
  rm -f "$out/recalculated/$(basename "$1")"
  soffice -env:UserInstallation="file://$profile" --headless --convert-to xlsx --outdir "$out/recalculated" "$1" >/dev/null 2>&1 \
    || fail "LibreOffice could not recalculate $1"
  [ -s "$out/recalculated/$(basename "$1")" ] || fail "no recalculated copy of $1"
}

echo "ci-workbooks: estimate workbooks recalculated by LibreOffice"
"$daega" fp samples/scm.toml -o "$out/fp-scm.xlsx" >/dev/null || fail "daega fp -o failed"
"$daega" fp samples/scm.toml --integration 5 --performance 4 --profit-percent 20 -o "$out/fp-scm-other.xlsx" >/dev/null \
  || fail "daega fp -o (other inputs) failed"
"$daega" mm --staff "IT PM=3" --staff "응용SW개발자=6.5" --wage-year 2025 -o "$out/mm.xlsx" >/dev/null || fail "daega mm -o failed"
status=0
"$daega" check samples/civil-complaint.toml --as-of "$as_of" -o "$out/check.xlsx" >/dev/null || status=$?
[ "$status" -le 1 ] || fail "daega check -o exited $status"
for book in fp-scm fp-scm-other mm check; do
  recalculate "$out/$book.xlsx"
  python3 scripts/check-workbooks.py same-values "$out/$book.xlsx" "$out/recalculated/$book.xlsx" || fail "$book.xlsx recalculates differently"
done
python3 scripts/check-workbooks.py retarget "$out/fp-scm.xlsx" "$out/fp-scm-other.xlsx" "$out/fp-scm-edited.xlsx" || fail "retarget failed"
recalculate "$out/fp-scm-edited.xlsx"
python3 scripts/check-workbooks.py same-values "$out/fp-scm-other.xlsx" "$out/recalculated/fp-scm-edited.xlsx" \
  || fail "changing the inputs in a spreadsheet does not give daega's figures"

echo "ci-workbooks: converting the batch result with LibreOffice headless"
rm -f "$out/portfolio-csv.pdf"
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$out/portfolio-csv.xlsx" >/dev/null 2>&1 \
  || fail "LibreOffice could not convert portfolio-csv.xlsx"
[ -s "$out/portfolio-csv.pdf" ] || fail "no PDF from LibreOffice"
text="$(pdftotext "$out/portfolio-csv.pdf" -)"
for word in 사업명 유찰 "민원 통합 접수" 심각 "예산이 가장 부족한 사업" 코드; do
  grep -q "$word" <<<"$text" || fail "the PDF lacks '$word': Hangul did not survive"
done
rm -f "$out"/portfolio-page-*.png
pdftoppm -r 70 -png "$out/portfolio-csv.pdf" "$out/portfolio-page" || fail "pdftoppm could not rasterise the PDF"
echo "ci-workbooks: $(pdfinfo "$out/portfolio-csv.pdf" | awk '/^Pages:/ { print $2 }') pages with Hangul intact; PNGs in $out"
