#!/usr/bin/env bash
# Instrumented fuzzing of one harness target with AFL++ or libFuzzer (docs/fuzzing.md).
#   fuzz/run-engine.sh afl|libfuzzer TARGET SECONDS SEED_FOLDER... [-- extra harness options, e.g. --strict]
# TARGET: text | html | docx | pdf | all. Work goes to artifacts/fuzz/ (ignored by git): the instrumented build in
# bin/, the SharpFuzz tool in tools/, seeds, findings (AFL: out-TARGET/default/{crashes,hangs,fuzzer_stats};
# libFuzzer: corpus-TARGET/ and crash-* files).
set -euo pipefail
cd "$(dirname "$0")/.."
engine=$1 target=$2 seconds=$3
shift 3
folders=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do folders+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
work=artifacts/fuzz
mkdir -p "$work"

# 1. Build the harness afresh (an instrumented copy must not survive into the next build).
rm -rf "$work/bin"
dotnet publish fuzz/ReportRules.Fuzz -c Release -o "$work/bin" -m:1 -v q

# 2. Seeds: the files of the given folders that the target reads (AFL refuses seeds that never reach instrumented
# code). Before instrumenting: instrumented assemblies only run under an engine.
seeds="$work/seeds-$target"
rm -rf "$seeds"
dotnet "$work/bin/ReportRules.Fuzz.dll" "$target" seeds "$seeds" "${folders[@]}"

# 3. Instrument the library assemblies (not the harness, not third-party readers).
[ -x "$work/tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools"
for assembly in ReportRules.dll ReportRules.Documents.dll; do
  "$work/tools/sharpfuzz" "$work/bin/$assembly"
done

# 4. Run.
case "$engine" in
  afl)
    command -v afl-fuzz >/dev/null || { echo "afl-fuzz missing: apt-get install -y afl++" >&2; exit 1; }
    export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
    rm -rf "$work/out-$target"
    afl-fuzz -V "$seconds" -i "$seeds" -o "$work/out-$target" -t 20000 -m none -- \
      dotnet "$work/bin/ReportRules.Fuzz.dll" "$target" afl "$@"
    grep -E "execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|stability" "$work/out-$target/default/fuzzer_stats"
    ;;
  libfuzzer)
    # libfuzzer-dotnet (github.com/Metalnem/libfuzzer-dotnet) built with: apt-get install -y clang libclang-rt-14-dev;
    # clang -fsanitize=fuzzer libfuzzer-dotnet.cc -o artifacts/fuzz/libfuzzer-dotnet
    [ -x "$work/libfuzzer-dotnet" ] || { echo "build $work/libfuzzer-dotnet first (see the comment above)" >&2; exit 1; }
    mkdir -p "$work/corpus-$target" && cp "$seeds"/* "$work/corpus-$target/"
    # libfuzzer-dotnet passes the harness a single argument (the dll): the rest goes through the environment.
    REPORTRULES_FUZZ_ARGS="$target libfuzzer $*" "$work/libfuzzer-dotnet" --target_path=dotnet \
      --target_arg="$work/bin/ReportRules.Fuzz.dll" -max_total_time="$seconds" -timeout=20 \
      -artifact_prefix="$work/" "$work/corpus-$target"
    ;;
  *) echo "engine: afl or libfuzzer" >&2; exit 64 ;;
esac
