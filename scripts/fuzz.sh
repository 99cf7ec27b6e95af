#!/usr/bin/env bash
# Fuzzes daega's parsers with libFuzzer for a bounded time per target.
#
#   scripts/fuzz.sh [target…] [--seconds N]     (default: every target, 60 seconds each)
#
# How the drivers are built. SwiftPM cannot link a libFuzzer executable (libFuzzer brings its own `main`,
# which clashes with the one SwiftPM gives every executable target), and the drivers must stay out of the
# shipped product anyway. So this script compiles with the toolchain's own `swiftc` and the libFuzzer and
# AddressSanitizer runtimes it ships (/opt/swift/usr/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a):
#   1. the C targets (Sources/CHeapTuning, Sources/CWriteback) are compiled with clang; DaegaIO's package
#      dependency ZIPFoundation (its sources as SwiftPM checked them out, .build/checkouts/ZIPFoundation, with the
#      system zlib through its CZLib module map) becomes an object and module like the libraries, compiled in
#      Swift 5 mode as its package declares; each library folder (Sources/DaegaEngine, then
#      Sources/DaegaIO) becomes one instrumented object file
#      and a .swiftmodule, with its real module name, `-wmo -sanitize=fuzzer,address` — the driver's
#      `import DaegaIO` then means exactly what it means in the package, and no source is copied or edited;
#   2. each driver (Fuzz/Targets/<target>.swift, plus Fuzz/Support/*.swift) is compiled with
#      `-parse-as-library -sanitize=fuzzer,address` and linked with those objects into one executable.
# The objects are rebuilt only when the library sources or this script change (a content hash in
# .build/fuzz/stamp). Everything built lands in .build/fuzz/.
#
# How each target runs: its committed seed corpus Fuzz/corpus/<target>/ is copied into a scratch folder
# (the fuzzer adds inputs to the corpus it is given, and the committed one must stay small and reviewed),
#   -max_total_time=N -timeout=10 -rss_limit_mb=2048
# A crash, a hang over 10 s, an out-of-memory or an error other than DaegaError stops the target; its input
# is saved under fuzz-out/<target>/ (crash-*, timeout-*, oom-*) with the fuzzer's log in fuzz-out/<target>.log.
# The script prints runs, exec/s, coverage and peak RSS per target, then "N passed, N failed", and exits 1
# when any target failed.
#
# Adding a target: write Fuzz/Targets/<name>.swift defining @_cdecl("LLVMFuzzerTestOneInput"), add seeds
# under Fuzz/corpus/<name>/, and add <name> to TARGETS below.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS=(csv project rates function-list batch-row workbook-xml amount utf16 delimiter)
LIBRARIES=(DaegaEngine DaegaIO)
C_TARGETS=(CHeapTuning CWriteback CInterruptCleanup)

seconds=60
selected=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="${2:?--seconds needs a number}"; shift 2 ;;
    --seconds=*) seconds="${1#--seconds=}"; shift ;;
    -h|--help) sed -n '2,4p' "$0"; exit 0 ;;
    -*) echo "fuzz: unknown option $1" >&2; exit 2 ;;
    *)
      if [[ " ${TARGETS[*]} " != *" $1 "* ]]; then echo "fuzz: unknown target '$1' (known: ${TARGETS[*]})" >&2; exit 2; fi
      selected+=("$1"); shift ;;
  esac
done
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "fuzz: --seconds takes a whole number" >&2; exit 2; }
[ ${#selected[@]} -gt 0 ] || selected=("${TARGETS[@]}")

if ! command -v swiftc >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swiftc ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi
command -v swiftc >/dev/null 2>&1 || { echo "fuzz: swiftc is not installed" >&2; exit 1; }

# Swift's own crash backtracer fights AddressSanitizer over the crashed process and can hang; libFuzzer and
# the sanitizer print the stack themselves.
export SWIFT_BACKTRACE=enable=no

build=.build/fuzz
mkdir -p "$build" fuzz-out
common=(-sanitize=fuzzer,address -parse-as-library -O -g -use-ld=lld -I "$build")
flags=("${common[@]}" -swift-version 6)
for c_target in "${C_TARGETS[@]}"; do flags+=(-I "Sources/$c_target/include"); done
zipfoundation=.build/checkouts/ZIPFoundation/Sources
if [ ! -d "$zipfoundation/ZIPFoundation" ]; then swift package resolve >/dev/null; fi
flags+=(-I "$zipfoundation/CZLib")

# 1. The libraries, as instrumented objects, when their sources changed.
# DaegaIO imports the C targets (each include/ folder has its module map); they are compiled with the
# toolchain's clang and linked like the libraries.
stamp=$( (cat "$0"; find "$zipfoundation/ZIPFoundation" -name '*.swift' | sort | xargs cat; for c_target in "${C_TARGETS[@]}"; do find "Sources/$c_target" -type f | sort | xargs cat; done
          for library in "${LIBRARIES[@]}"; do find "Sources/$library" -name '*.swift' | sort | xargs cat; done) \
         | cksum | cut -d' ' -f1)
if [ "$(cat "$build/stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -f "$build/stamp"
  for c_target in "${C_TARGETS[@]}"; do
    echo "fuzz: compiling $c_target"
    "$(dirname "$(command -v swiftc)")/clang" -c -O2 -g -fsanitize=fuzzer-no-link,address -I "Sources/$c_target/include" \
      "Sources/$c_target/$c_target.c" -o "$build/$c_target.o"
  done
  echo "fuzz: compiling ZIPFoundation (instrumented, Swift 5 mode)"
  find "$zipfoundation/ZIPFoundation" -name '*.swift' -print0 | sort -z | xargs -0 swiftc "${common[@]}" \
    -I "$zipfoundation/CZLib" -swift-version 5 -Xcc -D_GNU_SOURCE=1 -wmo -c -module-name ZIPFoundation -emit-module \
    -emit-module-path "$build/ZIPFoundation.swiftmodule" -o "$build/ZIPFoundation.o"
  for library in "${LIBRARIES[@]}"; do
    echo "fuzz: compiling $library (instrumented)"
    find "Sources/$library" -name '*.swift' -print0 | sort -z | xargs -0 swiftc "${flags[@]}" -wmo -c \
      -module-name "$library" -emit-module -emit-module-path "$build/$library.swiftmodule" -o "$build/$library.o"
  done
  echo "$stamp" > "$build/stamp"
fi
objects=("$build/ZIPFoundation.o" -lz)
for c_target in "${C_TARGETS[@]}"; do objects+=("$build/$c_target.o"); done
for library in "${LIBRARIES[@]}"; do objects+=("$build/$library.o"); done

passed=0
failed=0
for target in "${selected[@]}"; do
  # 2. The driver, linked with the libraries and libFuzzer's main.
  binary="$build/fuzz-$target"
  echo "fuzz: compiling driver $target"
  if ! swiftc "${flags[@]}" -module-name FuzzDriver Fuzz/Support/*.swift "Fuzz/Targets/$target.swift" \
       "${objects[@]}" -o "$binary"; then
    echo "fuzz: $target: the driver does not compile"; failed=$((failed + 1)); continue
  fi

  # 3. The run, on a scratch copy of the corpus.
  scratch=$(mktemp -d "${TMPDIR:-/tmp}/daega-fuzz-$target.XXXXXX")
  cp -R "Fuzz/corpus/$target/." "$scratch/"
  rm -rf "fuzz-out/$target"
  mkdir -p "fuzz-out/$target"
  options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
           -artifact_prefix="fuzz-out/$target/")
  log="fuzz-out/$target.log"
  echo "fuzz: running $target for ${seconds}s"
  status=0
  "$binary" "${options[@]}" "$scratch" >"$log" 2>&1 || status=$?
  rm -rf "$scratch"

  stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
  coverage=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 || true)
  summary="runs $(stat number_of_executed_units), $(stat average_exec_per_sec) exec/s, ${coverage:-cov: ?}, peak RSS $(stat peak_rss_mb) MB"
  if [ "$status" -eq 0 ]; then
    echo "fuzz: $target passed: $summary"
    rmdir "fuzz-out/$target" 2>/dev/null || true
    passed=$((passed + 1))
  else
    echo "fuzz: $target FAILED (exit $status): $summary"
    grep -E '^==[0-9]+==ERROR|^SUMMARY|Fatal error|invariant broken|not a DaegaError|ALARM|out-of-memory' "$log" | head -5 || true
    ls "fuzz-out/$target" | sed 's/^/fuzz:   saved fuzz-out\/'"$target"'\//'
    echo "fuzz:   full log: $log"
    failed=$((failed + 1))
  fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
