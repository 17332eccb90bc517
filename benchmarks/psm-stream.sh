#!/bin/sh
# Streams a generated 10-million-row survey (320 MB, written to /tmp, never committed) through `solutionfit psm`
# and reports wall time, processor time (user and system: what the run costs on a shared machine, where wall time
# also counts the waits for a core) and peak memory (maximum resident set size) with GNU time. The file-size and
# row limits of psm are raised for it: psm streams the rows, so neither bounds its memory.
# Usage: sh benchmarks/psm-stream.sh [ROWS] [FILE]
set -e
rows=${1:-10000000}
file=${2:-/tmp/psm-stream-$rows.csv}
cd "$(dirname "$0")/.."
if [ ! -f "$file" ]; then
  # Fixed seed; prices on a 0.05 lattice (a few thousand distinct prices), one respondent in 50 inconsistent.
  awk -v n="$rows" 'BEGIN {
    srand(20261127); print "id,too_cheap,cheap,expensive,too_expensive";
    for (i = 1; i <= n; i++) {
      tc = int(rand() * 400) * 0.05 + 2; c = tc + int(rand() * 100 + 1) * 0.05;
      e = c + int(rand() * 100 + 1) * 0.05; te = e + int(rand() * 100 + 1) * 0.05;
      if (rand() < 0.02) e = c;
      printf "r%d,%.2f,%.2f,%.2f,%.2f\n", i, tc, c, e, te } }' > "$file"
fi
ls -l "$file"
dotnet build src/SolutionFit.Cli -c Release -v q -nologo > /dev/null
/usr/bin/time -v dotnet src/SolutionFit.Cli/bin/Release/net10.0/SolutionFit.Cli.dll psm "$file" --max-file-mb 4096 --max-rows 100000000 2> /tmp/psm-stream-time.txt
grep -E "Elapsed \(wall clock\)|User time|System time|Maximum resident set size" /tmp/psm-stream-time.txt
