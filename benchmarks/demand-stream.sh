#!/bin/sh
# Streams a generated Gabor–Granger survey (default 100,000 respondents × 8 prices × 4 segments, written to /tmp, never
# committed) through `solutionfit demand --segment-column seg --json` RUNS times (default 5) and reports, per run, wall
# time, processor time (user and system: what the run costs on a shared machine, where wall time also counts the waits
# for a core) and peak memory (maximum resident set size) with GNU time.
# Usage: sh benchmarks/demand-stream.sh [ROWS] [RUNS] [FILE]
set -e
rows=${1:-100000}
runs=${2:-5}
file=${3:-/tmp/demand-stream-$rows.csv}
cd "$(dirname "$0")/.."
if [ ! -f "$file" ]; then
  # Fixed seed; log-normal willingness to pay per segment (medians 15, 20, 25, 30), prices 5 to 40; one cell in ten
  # not asked, one respondent in fifty answering "yes" at a price above a "no".
  awk -v n="$rows" 'BEGIN {
    srand(20261206); print "id,seg,5,10,15,20,25,30,35,40";
    for (i = 1; i <= n; i++) {
      s = int(rand() * 4); u1 = rand(); u2 = rand(); z = sqrt(-2 * log(u1 + 1e-12)) * cos(6.283185307 * u2);
      wtp = (15 + 5 * s) * exp(0.4 * z); line = "r" i ",s" s;
      flip = rand() < 0.02 ? int(rand() * 7) : -1;
      for (p = 1; p <= 8; p++) {
        a = (wtp >= 5 * p) ? 1 : 0; if (p == flip + 2) a = 1;
        line = line "," ((rand() < 0.1) ? "" : a) }
      print line } }' > "$file"
fi
ls -l "$file"
dotnet build src/SolutionFit.Cli -c Release -v q -nologo > /dev/null
for run in $(seq 1 "$runs"); do
  /usr/bin/time -v dotnet src/SolutionFit.Cli/bin/Release/net10.0/SolutionFit.Cli.dll demand "$file" --segment-column seg --json > /dev/null 2> /tmp/demand-stream-time.txt
  grep -E "Elapsed \(wall clock\)|User time|System time|Maximum resident set size" /tmp/demand-stream-time.txt | tr -s ' \t' ' ' | paste -sd ';' -
done
