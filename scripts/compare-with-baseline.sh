#!/usr/bin/env bash
# Records the output of every command on every sample (text and JSON, Korean and English, memos in Markdown and HTML)
# and of `batch` on the portfolio samples and two generated portfolios (CSV with both header languages, CP949, xlsx,
# ranges, memos), then compares two such records byte for byte. For refactors that must not change any output.
#
#   scripts/compare-with-baseline.sh record DIR [DAEGA]    record with DAEGA (default: the debug build's daega)
#   scripts/compare-with-baseline.sh compare DIR [DAEGA]   record again into DIR.new and diff it against DIR
#
# Typical use: build main, `record /tmp/baseline .build/release/daega` and keep that binary's record; after the change,
# `compare /tmp/baseline`. Exit status 1 when the records differ (the diff is in DIR.diff). Needs python3.
set -uo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
fail() { echo "compare-with-baseline: $*" >&2; exit 2; }
[ "$#" -ge 2 ] || fail "usage: $0 record|compare DIR [DAEGA]"
mode="$1" dir="$2" daega="${3:-}"
if [ -z "$daega" ]; then swift build --product daega >/dev/null || fail "swift build failed"; daega="$(swift build --show-bin-path)/daega"; fi
daega="$(readlink -f "$daega")"
[ -x "$daega" ] || fail "$daega is not an executable"

record() { # OUT: one file per run (stdout, stderr, exit status) and the files the commands write
  local out="$1" work
  rm -rf "$out" && mkdir -p "$out" || fail "cannot create $out"
  out="$(readlink -f "$out")"
  work="$(mktemp -d)"
  cp -r "$repo/samples" "$work/samples"
  python3 "$repo/scripts/lib/make-portfolio.py" real 3000 "$work/real.csv"
  python3 "$repo/scripts/lib/make-portfolio.py" simple 3000 "$work/simple.csv"
  cd "$work" || fail "cannot enter $work"
  export DAEGA_RATES="$repo/rates"
  local asof=(--as-of 2026-03-01)
  run() { local name="$1"; shift; "$daega" "$@" >"$out/$name.out" 2>"$out/$name.err"; echo $? >"$out/$name.rc"; }
  for f in samples/*.toml; do
    local s; s=$(basename "$f" .toml)
    for c in fp mm compare maintenance check size change; do
      for fm in text json; do for l in ko en; do run "$s.$c.$fm.$l" "$c" "$f" --format "$fm" --lang "$l" "${asof[@]}"; done; done
    done
    run "$s.mm.range" mm "$f" --range --samples 50 "${asof[@]}"
    run "$s.fp.range" fp "$f" --range --samples 50 "${asof[@]}"
    for fm in md html; do for l in ko en; do
      run "$s.memo.$fm.$l" memo "$f" --format "$fm" --lang "$l" -o "$out/$s.memo.$l.$fm" --written-on 2026-03-01 "${asof[@]}"
    done; done
  done
  run mm.staffing mm --staffing samples/staffing-example.csv "${asof[@]}"
  run mm.staff mm --staff "IT PM=3" --staff "응용SW개발자=10.5" --overhead-rate 115 "${asof[@]}" --format json
  run price-score price-score --bids 85,88,90 "${asof[@]}"
  run rates rates "${asof[@]}"
  run errors errors --format md
  batch() { local name="$1" input="$2"; shift 2
    run "batch.$name" batch "$input" -o "$out/batch.$name.result.csv" --errors "$out/batch.$name.errors.csv" "${asof[@]}" "$@"; }
  for p in samples/portfolio.csv samples/portfolio-cp949.csv samples/portfolio-with-errors.csv samples/portfolio.xlsx real.csv simple.csv; do
    local n; n=$(basename "$p")
    batch "$n" "$p"
    batch "$n.ko" "$p" --headers ko --lang en
    batch "$n.cp949" "$p" --encoding cp949
  done
  batch portfolio.ranges samples/portfolio.csv --ranges --samples 20
  batch real.ranges real.csv --ranges --samples 4 --range-stage tender
  run batch.xlsx batch samples/portfolio.csv -o "$out/batch.xlsx.result.xlsx" "${asof[@]}"
  mkdir -p "$out/batch.xlsx.unzipped" && (cd "$out/batch.xlsx.unzipped" && unzip -q ../batch.xlsx.result.xlsx && rm ../batch.xlsx.result.xlsx)
  run batch.memos batch samples/portfolio.csv -o "$out/batch.memos.result.csv" --memos "$out/batch.memos.dir" --memo-format md "${asof[@]}"
  # Output paths appear in summaries: name them OUT so two records compare.
  grep -rl --null "$out" "$out" | xargs -0 -r sed -i "s#$out#OUT#g"
  cd "$repo" && rm -rf "$work"
}

case "$mode" in
  record) record "$dir"; echo "recorded $(ls "$dir" | wc -l) files in $dir" ;;
  compare)
    [ -d "$dir" ] || fail "no record in $dir (run: $0 record $dir)"
    record "$dir.new"
    if diff -r "$dir" "$dir.new" >"$dir.diff"; then echo "identical to $dir"; else
      echo "DIFFERENT: $(grep -c '^diff\|^Only' "$dir.diff") files differ; see $dir.diff" >&2; exit 1; fi ;;
  *) fail "unknown mode '$mode' (record or compare)" ;;
esac
