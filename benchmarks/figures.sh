#!/usr/bin/env bash
# Reproduces every figure of docs/performance.md and docs/scale.md (issue 12). Run from the repository root:
#   benchmarks/figures.sh [COUNT]        (COUNT synthetic reports for the macro run; default 20000)
# Needs: .NET 10 SDK, hyperfine, GNU parallel (apt-get install -y hyperfine parallel). Writes under artifacts/figures/.
set -euo pipefail
count="${1:-20000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/artifacts/figures"
mkdir -p "$out"
cd "$root"

echo "== machine"
{ nproc; grep -m1 'model name' /proc/cpuinfo || true; free -m | sed -n 2p; uptime; dotnet --version; } | tee "$out/machine.txt"

echo "== builds"
dotnet build -c Release -m:1 benchmarks/ReportRules.Benchmarks >/dev/null
dotnet build -c Release -m:1 src/ReportRules.Cli >/dev/null
dotnet publish src/ReportRules.Cli -m:1 -p:PublishProfile=ReadyToRun-linux-x64 >/dev/null
bench="dotnet benchmarks/ReportRules.Benchmarks/bin/Release/net10.0/ReportRules.Benchmarks.dll"
jit="$root/src/ReportRules.Cli/bin/Release/net10.0/ReportRules.Cli"
r2r="$root/artifacts/publish/r2r-linux-x64/ReportRules.Cli"

echo "== in-process: parse + check against read + decode, allocation per report (targets printed)"
$bench measure 15 | tee "$out/measure.txt"

echo "== cold start: check one small text report, framework-dependent JIT vs ReadyToRun"
small="$root/samples/004_59994d527c4987e0.txt"
hyperfine -N --warmup 3 --runs 30 -i --export-markdown "$out/cold-start.md" \
  "$jit check $small --format jsonl" "$r2r check $small --format jsonl"

echo "== synthetic corpus ($count reports) and the macro run of the CLI"
corpus="$out/corpus"
rm -rf "$corpus"
$bench generate "$corpus" "$count" 10
for jobs in 1 2; do
  hyperfine -N --runs 3 -i --export-markdown "$out/macro-jobs$jobs.md" \
    "$r2r check $corpus --format jsonl --jobs $jobs --output $out/macro.jsonl"
done

echo "== correctness of the macro run: every report's rule ids equal its .expected file"
python3 - "$out/macro.jsonl" "$corpus" <<'PY'
import json, os, sys
lines, corpus = sys.argv[1], sys.argv[2]
bad = total = 0
for line in open(lines, encoding="utf-8"):
    report = json.loads(line)
    if "source" not in report:
        continue
    total += 1
    stem = os.path.splitext(report["source"])[0]
    expected = open(stem + ".expected", encoding="utf-8").read().split()
    actual = sorted(f["ruleId"] for f in report.get("findings", []))
    if actual != sorted(expected):
        bad += 1
        if bad <= 5:
            print("MISMATCH", report["source"], expected, actual)
print(f"{total} reports, {bad} mismatches")
sys.exit(1 if bad else 0)
PY

echo "== scale: GNU parallel over the jsonl contract (docs/scale.md), 2 processes, 500 files per process"
hyperfine -N --runs 3 -i --export-markdown "$out/parallel.md" \
  "bash -c \"find $corpus -name '*.txt' -o -name '*.md' | parallel -j2 -n500 --line-buffer $r2r check {} --format jsonl > $out/parallel.jsonl\""
echo "parallel lines: $(wc -l < "$out/parallel.jsonl")"
