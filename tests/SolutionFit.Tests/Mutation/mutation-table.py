#!/usr/bin/env python3
"""Per-file table (and surviving mutants) from a Stryker.NET mutation-report.json."""
import json
import sys

report = json.load(open(sys.argv[1], encoding="utf-8"))
print("| file | score | killed | survived | timeout | no coverage |")
print("| --- | --- | --- | --- | --- | --- |")
survivors = []
for path, data in sorted(report["files"].items()):
    counts = {}
    for mutant in data["mutants"]:
        counts[mutant["status"]] = counts.get(mutant["status"], 0) + 1
        if mutant["status"] in ("Survived", "NoCoverage"):
            survivors.append((path, mutant))
    killed, survived = counts.get("Killed", 0), counts.get("Survived", 0)
    timeout, nocov = counts.get("Timeout", 0), counts.get("NoCoverage", 0)
    valid = killed + survived + timeout + nocov
    if valid == 0:
        continue
    score = 100.0 * (killed + timeout) / valid
    print(f"| {path.split('src/SolutionFit/')[-1]} | {score:.2f} % | {killed} | {survived} | {timeout} | {nocov} |")
if "-v" in sys.argv:
    lines = {}
    for path, mutant in survivors:
        source = lines.setdefault(path, report["files"][path]["source"].splitlines())
        line = mutant["location"]["start"]["line"]
        print(f"{mutant['status']}: {path.split('/')[-1]}:{line} {mutant['mutatorName']}: {mutant.get('replacement', '')!r}  <- {source[line - 1].strip()[:140]}")
