#!/usr/bin/env bash
# Writes every sample's memo as HWPX, in Korean and English, and checks each file with python-hwpx's validators:
# `hwpx-validate-package` (package layout 한글 needs) and `hwpx-validate` (the OWPML schema). Any error or warning fails.
#
#   scripts/ci-hwpx.sh [OUTPUT_DIR]      (default: build/hwpx)
#
# Uses the validators on PATH when present; otherwise installs python-hwpx (pinned) into a virtual environment under
# OUTPUT_DIR, first installing Debian's python3-venv with apt-get when running as root.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-build/hwpx}"
as_of="${MEMO_AS_OF:-2026-03-01}"
python_hwpx="python-hwpx==6.9.0"
fail() { echo "ci-hwpx: $*" >&2; exit 1; }

mkdir -p "$out"
out="$(cd "$out" && pwd)"
if command -v hwpx-validate >/dev/null 2>&1 && command -v hwpx-validate-package >/dev/null 2>&1; then
  validate="hwpx-validate" validate_package="hwpx-validate-package"
else
  venv="$out/python-hwpx"
  if ! python3 -m venv --help >/dev/null 2>&1 || ! python3 -c "import ensurepip" >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 || fail "python3 with venv is needed: apt-get install python3-venv"
    echo "ci-hwpx: installing python3-venv"
    apt-get update -qq >/dev/null || fail "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3 python3-venv >/dev/null \
      || fail "apt-get install python3-venv failed"
  fi
  if [ ! -x "$venv/bin/hwpx-validate" ]; then
    echo "ci-hwpx: installing $python_hwpx"
    python3 -m venv "$venv" || fail "could not create a virtual environment in $venv"
    "$venv/bin/pip" install --quiet "$python_hwpx" || fail "pip install $python_hwpx failed"
  fi
  validate="$venv/bin/hwpx-validate" validate_package="$venv/bin/hwpx-validate-package"
fi

swift build --product daega >/dev/null || fail "swift build failed"
daega="$(swift build --show-bin-path)/daega"

# Every project file among the samples (contract-change files, which have a [contract] section, and early-stage
# files with only [sizing] counts, which `daega size` reads, have no memo).
mapfile -t samples < <(grep -L -e '^\[contract\]' -e '^\[sizing\]' samples/*.toml)
count=0
for sample in "${samples[@]}"; do
  for lang in ko en; do
    file="$out/$(basename "$sample" .toml).$lang.hwpx"
    "$daega" memo "$sample" -o "$file" --lang "$lang" --as-of "$as_of" >/dev/null || fail "daega memo failed for $sample ($lang)"
    package_report="$("$validate_package" "$file" 2>&1)" || fail "$file: hwpx-validate-package failed:"$'\n'"$package_report"
    grep -qx "All package validations passed." <<<"$package_report" || fail "$file: hwpx-validate-package warned:"$'\n'"$package_report"
    schema_report="$("$validate" "$file" 2>&1)" || fail "$file: hwpx-validate failed:"$'\n'"$schema_report"
    grep -qx "All schema validations passed." <<<"$schema_report" || fail "$file: hwpx-validate warned:"$'\n'"$schema_report"
    count=$((count + 1))
  done
done
echo "ci-hwpx: $count HWPX memos pass hwpx-validate-package and hwpx-validate ($out)"
