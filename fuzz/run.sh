#!/usr/bin/env bash
# Coverage-guided fuzzing of the import paths (text, Markdown, HTML, PDF) with AFL++ through SharpFuzz, for a bounded
# time per format. Not part of CI: run it by hand, `fuzz/run.sh [SECONDS_PER_FORMAT] [FORMAT …]` (default 300 s each,
# all four). Every crash or hang AFL++ saves is copied to tests/Referat.Import.Tests/Fuzz/, where
# FuzzRegressionTests reads it back: fix the reader, and the file stays as a regression test.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
seconds="${1:-300}"
shift || true
formats=("$@")
[ ${#formats[@]} -gt 0 ] || formats=(txt md html pdf)
work="${FUZZ_WORK:-$root/.referat/fuzz}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if ! command -v afl-fuzz >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing AFL++ (apt-get install afl++)" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
  else
    echo "error: afl-fuzz is missing: apt-get install afl++" >&2; exit 1
  fi
fi

# The target, and its assemblies instrumented for coverage (our reader and the parsers it calls).
out="$work/bin"
rm -rf "$out"
dotnet build "$here/Referat.Fuzz" -c Release -o "$out" --nologo -v quiet -clp:ErrorsOnly
(cd "$here" && dotnet tool restore >/dev/null)
for dll in Referat.Import Referat.Domain AngleSharp UglyToad.PdfPig UglyToad.PdfPig.Core UglyToad.PdfPig.Tokenization; do
  (cd "$here" && dotnet sharpfuzz "$out/$dll.dll")
done

# Seeds: generated minutes of every layout (never the shared seeds), cut to at most 16 KB so that AFL++ stays quick.
seeds="$work/generated"
rm -rf "$seeds" && mkdir -p "$seeds"
"$root/referat" generate --out "$seeds" --documents 24 --seed 7 >/dev/null

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
regressions="$root/tests/Referat.Import.Tests/Fuzz"
mkdir -p "$regressions"
for format in "${formats[@]}"; do
  input="$work/in-$format"
  rm -rf "$input" && mkdir -p "$input"
  case "$format" in
    txt) pattern='*.txt' ;; md) pattern='*.md' ;; html) pattern='*.html' ;; pdf) pattern='*.pdf' ;;
    *) echo "error: unknown format $format (txt, md, html, pdf)" >&2; exit 2 ;;
  esac
  find "$seeds" -name "$pattern" | while read -r file; do
    if [ "$format" = pdf ]; then cp "$file" "$input/"; else head -c 16384 "$file" > "$input/$(basename "$file")"; fi
  done
  [ -n "$(ls -A "$input")" ] || { echo "warning: no generated $format seeds; skipped" >&2; continue; }
  findings="$work/findings-$format"
  rm -rf "$findings"
  echo "fuzzing $format for $seconds s"
  afl-fuzz -i "$input" -o "$findings" -t 20000 -m none -V "$seconds" -- dotnet "$out/Referat.Fuzz.dll" "$format" > "$work/afl-$format.log" 2>&1 || true
  stats="$findings/default/fuzzer_stats"
  if [ -f "$stats" ]; then
    grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|bitmap_cvg|saved_crashes|saved_hangs) ' "$stats" | sed "s/^/  $format: /"
  else
    echo "  $format: afl-fuzz did not start; see $work/afl-$format.log" >&2
  fi
  for kind in crashes hangs; do
    for case in "$findings"/default/"$kind"/id:*; do
      [ -f "$case" ] || continue
      name="$format-$kind-$(sha256sum "$case" | cut -c1-12).$format"
      cp "$case" "$regressions/$name"
      echo "  new regression case: tests/Referat.Import.Tests/Fuzz/$name"
    done
  done
done
