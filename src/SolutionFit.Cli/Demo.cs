using System.Globalization;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Cli;

/// <summary>The main job on built-in data: rank the catalog for each customer, then coach the best solution.</summary>
internal static class Demo
{
    public static void Run(TextWriter output)
    {
        using var json = typeof(Demo).Assembly.GetManifestResourceStream("SolutionFit.Cli.demo.json")
            ?? throw new InvalidOperationException("The built-in demo data is missing from the assembly.");
        var input = InputFile.Parse(json, "built-in demo data");
        var scorer = new SolutionFitScorer();
        var coach = new SolutionCoach(scorer);
        var catalog = input.Solutions.ToDictionary(s => s.Id, StringComparer.Ordinal);

        output.WriteLine($"SolutionFit demo: {input.Solutions.Count} solutions for {input.Customers.Count} customers ({scorer.Policy}).");
        output.WriteLine();
        foreach (var customer in input.Customers)
        {
            var ranked = scorer.Rank(customer, input.Solutions);
            TextOutput.WriteRanking(output, customer.Id, ranked, catalog);
            output.WriteLine($"  goals: {string.Join(", ", customer.Goals.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Id} ({g.Kind}, importance {g.Importance:0.##})")))}");
            output.WriteLine(customer.PriceThresholds is { } t
                ? $"  price thresholds: too cheap < {TextOutput.Price(t.TooCheap)} <= bargain < {TextOutput.Price(t.Cheap)} <= fair < {TextOutput.Price(t.Expensive)} <= grumble < {TextOutput.Price(t.TooExpensive)}"
                : "  price thresholds: not given (overall = value)");
            TextOutput.WriteCoaching(output, coach.Coach(customer, catalog[ranked[0].SolutionId], input.Solutions), top: 3);
            output.WriteLine();
        }

        WritePriceSensitivity(output);
    }

    /// <summary>The price sensitivity of a built-in survey: which prices make this market smile.</summary>
    private static void WritePriceSensitivity(TextWriter output)
    {
        using var csv = typeof(Demo).Assembly.GetManifestResourceStream("SolutionFit.Cli.survey.csv")
            ?? throw new InvalidOperationException("The built-in survey is missing from the assembly.");
        using var reader = new StreamReader(csv);
        var (tally, rows) = PsmSurveyReader.ReadTally(reader, "built-in survey", weightColumn: "weight", nms: true);
        output.WriteLine($"Price sensitivity of a built-in survey ({tally.Count} weighted respondents with purchase intentions; `solutionfit psm examples/survey.csv --weight-column weight --nms`):");
        PsmCommand.WriteSummary(output, PriceSensitivityMeter.Analyze(tally, PsmOptions.Default), rows.Line, rows.Id);
    }
}
