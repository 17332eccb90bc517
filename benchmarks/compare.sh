#!/usr/bin/env bash
# Compares the speed of the working tree with an earlier commit, workload by workload.
#
# Usage: benchmarks/compare.sh [-r ROUNDS] [-w WARMUP_MS] [-m MEASURE_MS] [-c cpu|wall] BASE [FILTER...]
#   BASE        any commit-ish: 8ee5884, main~3, a tag
#   FILTER      selects workloads: a substring of the name, or a glob over the whole name ('psm/*', '*10kx20');
#               several filters select what any of them selects; none selects every workload
#   -r ROUNDS   rounds (default 5, or $ROUNDS)
#   -w MS       warm-up per workload and process (default 200, or $WARMUP_MS)
#   -m MS       measuring time per workload and process (default 500, or $MEASURE_MS)
#   -c CLOCK    the times in the table: cpu, the process's CPU time (default on Linux, or $CLOCK), or wall
#
# BASE (from git archive) and the working tree as it is on disk (tracked and untracked files that are not ignored)
# are copied to a temporary folder, and benchmarks/SolutionFit.Workloads of the working tree is built twice there,
# once against each copy's src/SolutionFit. Each round then runs every selected workload in a process of its own,
# base and head one after the other, base first in odd rounds and head first in even ones. The table gives each
# side's median time over the rounds, the median of the per-round ratios head/base with their minimum and maximum,
# and the allocations. Nothing is written to the working tree; the temporary folder is removed on exit.
set -euo pipefail

usage() {
  sed -n '2,11s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
  exit 2
}

rounds=${ROUNDS:-5}
warmup=${WARMUP_MS:-200}
measure=${MEASURE_MS:-500}
if [ "$(uname -s)" = Linux ]; then clock=${CLOCK:-cpu}; else clock=${CLOCK:-wall}; fi
while getopts 'r:w:m:c:h' option; do
  case $option in
    r) rounds=$OPTARG ;;
    w) warmup=$OPTARG ;;
    m) measure=$OPTARG ;;
    c) clock=$OPTARG ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || usage
for number in "$rounds" "$warmup" "$measure"; do
  [[ $number =~ ^[1-9][0-9]*$ ]] || { echo "compare.sh: '$number' is not a positive whole number" >&2; exit 2; }
done
case $clock in
  cpu | wall) ;;
  *) echo "compare.sh: the clock is cpu or wall, not '$clock'" >&2; exit 2 ;;
esac
base=$1
shift
filters=("$@")

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if ! commit=$(git -C "$root" rev-parse --verify --quiet "$base^{commit}"); then
  echo "compare.sh: '$base' names no commit in $root" >&2
  exit 2
fi
if ! git -C "$root" cat-file -e "$commit:src/SolutionFit/SolutionFit.csproj" 2>/dev/null; then
  echo "compare.sh: $base has no src/SolutionFit/SolutionFit.csproj" >&2
  exit 2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
started=$SECONDS
tmp=$(mktemp -d "${TMPDIR:-/tmp}/solutionfit-compare.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

echo "compare.sh: copying $base and the working tree to $tmp" >&2
mkdir "$tmp/base" "$tmp/head"
git -C "$root" archive "$commit" | tar -x -C "$tmp/base"
(
  cd "$root"
  git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
    if [ -e "$file" ]; then printf '%s\0' "$file"; fi
  done | tar --null -T - -cf -
) | tar -x -C "$tmp/head"

# The same workload program, built against each side's library into its own output folder.
declare -A program
for side in base head; do
  echo "compare.sh: building the workloads against the $side library" >&2
  if ! dotnet build "$tmp/head/benchmarks/SolutionFit.Workloads/SolutionFit.Workloads.csproj" -c Release -nologo -v q \
      --artifacts-path "$tmp/out/$side" -p:SolutionFitProject="$tmp/$side/src/SolutionFit/SolutionFit.csproj" \
      >"$tmp/build-$side.log" 2>&1; then
    tail -n 30 "$tmp/build-$side.log" >&2
    echo "compare.sh: the $side build failed (above: the end of its log)" >&2
    exit 1
  fi
  program[$side]=$tmp/out/$side/bin/SolutionFit.Workloads/release/SolutionFit.Workloads.dll
done
built=$SECONDS

declare -A available
names=()
for side in base head; do
  dotnet "${program[$side]}" list "${filters[@]}" >"$tmp/list-$side.tsv"
done
while IFS=$'\t' read -r name present; do
  names+=("$name")
  available[head/$name]=$present
done <"$tmp/list-head.tsv"
while IFS=$'\t' read -r name present; do
  available[base/$name]=$present
done <"$tmp/list-base.tsv"
if [ ${#names[@]} -eq 0 ]; then
  echo "compare.sh: no workload matches ${filters[*]}" >&2
  exit 2
fi

results=$tmp/results.tsv
: >"$results"
for ((round = 1; round <= rounds; round++)); do
  if ((round % 2)); then sides=(base head); else sides=(head base); fi
  printf 'compare.sh: round %d of %d:' "$round" "$rounds" >&2
  for name in "${names[@]}"; do
    for side in "${sides[@]}"; do
      if [ "${available[$side/$name]:-0}" != 1 ]; then
        printf '%d\t%s\t%s\tn/a\tn/a\tn/a\t0\n' "$round" "$side" "$name" >>"$results"
      elif line=$(dotnet "${program[$side]}" run "$name" "$warmup" "$measure" 2>"$tmp/error.log"); then
        printf '%d\t%s\t%s\n' "$round" "$side" "$line" >>"$results"
      else
        printf '%d\t%s\t%s\terror\terror\terror\t0\n' "$round" "$side" "$name" >>"$results"
        printf '\ncompare.sh: %s failed on the %s side:\n' "$name" "$side" >&2
        head -n 5 "$tmp/error.log" >&2
      fi
    done
    printf ' %s' "$name" >&2
  done
  printf '\n' >&2
done

head_description="working tree at $(git -C "$root" rev-parse --short HEAD)"
if [ -n "$(git -C "$root" status --porcelain --untracked-files=normal)" ]; then
  head_description="$head_description with uncommitted changes"
fi
echo "Base: $(git -C "$root" log -1 --format='%h (%cs) %s' "$commit")"
echo "Head: $head_description"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg);" \
  "$rounds rounds, each workload in its own process per side and round (${warmup} ms warm-up, ${measure} ms measured)"
if [ "$clock" = cpu ]; then what="the process's CPU time"; else what="wall-clock time"; fi
echo "Times are $what per call (per pair for *-per-pair); head/base is the median of the per-round ratios, min–max their range."
echo
dotnet "${program[head]}" report "$results" "$clock"
echo
echo "Built in $((built - started)) s, ran in $((SECONDS - built)) s."
