#!/usr/bin/env bash
# CI for early sizing and ranges: runs `daega size` on both samples, a `check --range` with its S-curve, checks the
# JSON keys and that the SVG is well-formed, then renders the S-curve to PNG with headless Chromium.
#
#   scripts/ci-sizing.sh [OUTPUT_DIR]      (default: build/sizing-preview)
#
# Needs Debian's `chromium` and `fonts-nanum` (installed with apt-get when missing and running as root) and python3
# (for the JSON and XML checks). Outputs: size.txt, size.json, requirements.txt, check-range.txt, s-curve.svg,
# s-curve.html and s-curve.png.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-build/sizing-preview}"
fail() { echo "ci-sizing: $*" >&2; exit 1; }

find_chromium() { command -v chromium || command -v chromium-browser || command -v google-chrome || true; }
missing=()
[ -n "$(find_chromium)" ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "nanum" || missing+=(fonts-nanum)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ "${#missing[@]}" -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ci-sizing: installing ${missing[*]}"
  apt-get update -qq >/dev/null || fail "apt-get update failed; install ${missing[*]} by hand"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || fail "apt-get install ${missing[*]} failed"
fi
chromium_bin="$(find_chromium)"
[ -n "$chromium_bin" ] || fail "headless Chromium not found: install Debian's chromium (apt-get install chromium fonts-nanum)"
command -v python3 >/dev/null 2>&1 || fail "python3 not found"

mkdir -p "$out"
out="$(cd "$out" && pwd)"
swift build --product daega >/dev/null || fail "swift build failed"
daega="$(swift build --show-bin-path)/daega"
as_of=2026-11-25

"$daega" size samples/early-stage.toml --as-of "$as_of" > "$out/size.txt" || fail "daega size failed on samples/early-stage.toml"
"$daega" size samples/early-stage.toml --as-of "$as_of" --format json > "$out/size.json" || fail "daega size --format json failed"
"$daega" size --requirements samples/early-requirements.csv --stage tender --as-of "$as_of" > "$out/requirements.txt" \
  || fail "daega size failed on samples/early-requirements.csv"
"$daega" check --fp 255.8 --edition 2025 --integration 2 --budget 450,000,000 --range --range-stage budget \
  --chart "$out/s-curve.svg" --as-of "$as_of" > "$out/check-range.txt" || fail "daega check --range failed"

python3 - "$out" <<'PY' || fail "the size JSON or the S-curve SVG is not what it should be"
import json, sys, xml.etree.ElementTree as ET
out = sys.argv[1]
size = json.load(open(f"{out}/size.json", encoding="utf-8"))
for key in ("function_points", "cost"):
    r = size[key]
    assert r["low"] <= r["likely"] <= r["high"], (key, r)
assert size["method"] == "estimated_count" and size["next_to_count"], size["method"]
svg = ET.parse(f"{out}/s-curve.svg").getroot()
ns = "{http://www.w3.org/2000/svg}"
points = [tuple(map(float, p.split(","))) for p in svg.find(f".//{ns}polyline").get("points").split()]
assert all(b[0] >= a[0] and b[1] < a[1] for a, b in zip(points, points[1:])), "the S-curve goes down"
assert svg.find(f".//{ns}line[@class='budget']") is not None, "no budget marker"
PY

{ printf '<!doctype html><meta charset="utf-8"><body style="margin:16px">'; cat "$out/s-curve.svg"; printf '</body>'; } > "$out/s-curve.html"
timeout 120 "$chromium_bin" --headless --no-sandbox --disable-gpu --window-size=700,360 \
  --screenshot="$out/s-curve.png" "file://$out/s-curve.html" >/dev/null 2>&1 || fail "Chromium could not render the S-curve"
[ -s "$out/s-curve.png" ] || fail "no PNG was written"
echo "ci-sizing: size and range outputs and the S-curve PNG are in $out"
