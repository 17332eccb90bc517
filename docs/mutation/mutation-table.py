#!/usr/bin/env python3
"""Per-file table (and, with -v, the surviving mutants) from one or more Stryker.NET mutation-report.json files.

Usage: mutation-table.py REPORT.json [REPORT.json ...] [-v]
With several reports (runs on different files), a file measured in more than one takes its numbers from the last.
"""
import json
import sys

reports = [a for a in sys.argv[1:] if not a.startswith("-")]
files = {}
for path in reports:
    report = json.load(open(path, encoding="utf-8"))
    for name, data in report["files"].items():
        counts = {}
        for mutant in data["mutants"]:
            counts[mutant["status"]] = counts.get(mutant["status"], 0) + 1
        if sum(counts.get(s, 0) for s in ("Killed", "Survived", "Timeout", "NoCoverage")) > 0:
            files[name] = data

print("| file | score | killed | survived | timeout | no coverage |")
print("| --- | --- | --- | --- | --- | --- |")
survivors = []
for name, data in sorted(files.items()):
    counts = {}
    for mutant in data["mutants"]:
        counts[mutant["status"]] = counts.get(mutant["status"], 0) + 1
        if mutant["status"] in ("Survived", "NoCoverage"):
            survivors.append((name, mutant))
    killed, survived = counts.get("Killed", 0), counts.get("Survived", 0)
    timeout, nocov = counts.get("Timeout", 0), counts.get("NoCoverage", 0)
    score = 100.0 * (killed + timeout) / (killed + survived + timeout + nocov)
    print(f"| {name.split('src/SolutionFit/')[-1]} | {score:.2f} % | {killed} | {survived} | {timeout} | {nocov} |")
if "-v" in sys.argv:
    lines = {}
    for name, mutant in survivors:
        source = lines.setdefault(name, files[name]["source"].splitlines())
        line = mutant["location"]["start"]["line"]
        print(f"{mutant['status']}: {name.split('/')[-1]}:{line} {mutant['mutatorName']}: {mutant.get('replacement', '')!r}  <- {source[line - 1].strip()[:140]}")
