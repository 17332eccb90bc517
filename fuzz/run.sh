#!/usr/bin/env bash
# Coverage-guided fuzzing of the solutionfit command line with SharpFuzz and AFL++ (see fuzz/README.md).
#   fuzz/run.sh TARGET MINUTES [FINDINGS_DIR]
# TARGET: json | csv (every reader of that kind) or customers | mcda | ahp | learn | psm | gauge | kano | odi.
# Needs afl-fuzz (Debian: apt-get install afl++) and the .NET SDK; uses one core, runs under nice.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: fuzz/run.sh json|csv|customers|mcda|ahp|learn|psm|gauge|kano|odi MINUTES [FINDINGS_DIR]" >&2
  exit 1
fi

target=$1
minutes=$2
root=$(cd "$(dirname "$0")/.." && pwd)
work=${FUZZ_WORK:-${TMPDIR:-/tmp}/solutionfit-fuzz}
findings=${3:-$work/findings-$target}
examples=$root/src/SolutionFit.Cli/examples
corpus=$root/tests/SolutionFit.Cli.Tests/Fuzzing/corpus

case $target in
  json) seeds=("$examples"/acme.json "$examples"/demo.json "$examples"/mcda.json "$examples"/ahp.json) ;;
  csv) seeds=("$examples"/*.csv) ;;
  customers) seeds=("$examples/acme.json" "$examples/demo.json") ;;
  learn) seeds=("$examples/outcomes.json") ;;
  mcda) seeds=("$examples/mcda.json") ;;
  ahp) seeds=("$examples/ahp.json") ;;
  psm) seeds=("$examples/survey.csv") ;;
  gauge) seeds=("$examples/deals.csv") ;;
  kano) seeds=("$examples/kano.csv") ;;
  odi) seeds=("$examples/odi.csv") ;;
  *) echo "fuzz/run.sh: unknown target '$target'" >&2; exit 1 ;;
esac

# Build once per run: publish, then instrument the assemblies under test (not SharpFuzz, not the BCL).
rm -rf "$work/bin"
mkdir -p "$work"
nice -n "${FUZZ_NICE:-15}" dotnet publish "$root/fuzz/SolutionFit.Fuzz" -c Release -o "$work/bin" --nologo -v quiet -maxcpucount:1
if [[ ! -x $work/tools/sharpfuzz ]]; then
  dotnet tool install --tool-path "$work/tools" SharpFuzz.CommandLine --version 2.3.0 >/dev/null
fi
for dll in SolutionFit.dll SolutionFit.Formats.dll SolutionFit.Cli.dll CsvHelper.dll; do
  "$work/tools/sharpfuzz" "$work/bin/$dll"
done

# Seeds: the examples, their first lines (small seeds mutate faster), and the regression corpus of the same kind.
rm -rf "$work/seeds-$target"
mkdir -p "$work/seeds-$target"
ext=${seeds[0]##*.}
for seed in "${seeds[@]}"; do
  cp "$seed" "$work/seeds-$target/"
  head -n 8 "$seed" > "$work/seeds-$target/head-$(basename "$seed")"
done
if [[ -d $corpus ]]; then
  find "$corpus" -name "*.$ext" -exec cp {} "$work/seeds-$target/" \;
fi

# One core: no CPU binding by afl-fuzz, one processor for the runtime; resume when findings already exist.
input=$work/seeds-$target
if [[ -d $findings/default/queue ]]; then input=-; fi
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_UI=${AFL_NO_UI:-1} DOTNET_PROCESSOR_COUNT=1 DOTNET_gcServer=0
exec nice -n "${FUZZ_NICE:-15}" afl-fuzz -V $((minutes * 60)) -t "${FUZZ_TIMEOUT_MS:-5000}" -m none \
  -x "$root/fuzz/dict/$ext.dict" -i "$input" -o "$findings" -- dotnet "$work/bin/SolutionFit.Fuzz.dll" "$target"
