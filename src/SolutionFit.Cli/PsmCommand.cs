using System.CommandLine;
using System.Globalization;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Cli;

/// <summary><c>solutionfit psm FILE.csv</c>: the Van Westendorp analysis of a survey file.</summary>
internal static partial class PsmCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE.csv") { Description = "Columns too_cheap (optional), cheap, expensive, too_expensive[, pi_cheap, pi_expensive][, id][, weight]; empty cell = missing." };
        var method = new Option<string>("--method") { Description = "interpolated (pricesensitivitymeter 1.3.3, default) or classic (1.3.0).", DefaultValueFactory = _ => "interpolated" };
        method.AcceptOnlyFromAmong("interpolated", "classic");
        var range = new Option<string>("--range") { Description = "Acceptable range: original (default) or narrower.", DefaultValueFactory = _ => "original" };
        range.AcceptOnlyFromAmong("original", "narrower");
        var intersection = new Option<string>("--intersection") { Description = "Crossing on a plateau: min (default), max, mean or median.", DefaultValueFactory = _ => "min" };
        intersection.AcceptOnlyFromAmong("min", "max", "mean", "median");
        var step = Cli.NumberOption("--interpolate-step", "X", "Interpolate the curves onto a regular grid of step X (> 0).");
        var noValidate = new Option<bool>("--no-validate") { Description = "Keep respondents whose answers are missing or not increasing (they are still reported)." };
        var weightColumn = new Option<string?>("--weight-column") { HelpName = "NAME", Description = "Weigh respondents by this column." };
        var nms = new Option<bool>("--nms") { Description = "Newton–Miller–Smith: reach and revenue from columns pi_cheap and pi_expensive (5 = very likely ... 1)." };
        var calibrated = new Option<string?>("--pi-calibrated") { HelpName = "a,b,c,d,e", Description = "Probabilities of intentions 5,4,3,2,1 (default 0.7,0.5,0.3,0.1,0)." };
        var piTooCheap = Cli.NumberOption("--pi-toocheap", "X", "Probability at the too-cheap price (default 0).");
        var piTooExpensive = Cli.NumberOption("--pi-tooexpensive", "X", "Probability at the too-expensive price (default 0).");
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a summary." };
        var chart = new Option<string?>("--chart") { HelpName = "FILE.svg|FILE.png", Description = "Draw the PSM chart to an SVG or PNG file; with --nms also FILE-nms.svg|png, reach and revenue over price." };
        var bootstrap = Cli.WholeNumberOption("--bootstrap", "B", "Poisson bootstrap intervals of the points from B replicates (1 to 100,000); needs --seed.", maximum: MaxReplicates);
        var seed = SeedOption();
        var confidence = Cli.NumberOption("--confidence", "C", "Confidence of the bootstrap intervals, between 0 and 1 (default 0.95).");
        var command = new Command("psm", "Van Westendorp price sensitivity analysis (with NMS) of a survey CSV.")
        {
            file, method, range, intersection, step, noValidate, weightColumn, nms, calibrated, piTooCheap, piTooExpensive, json, chart, bootstrap, seed, confidence,
        };
        var limits = AddLimits(command);
        command.SetAction(result => Cli.Guarded(error, () =>
        {
            var path = result.GetRequiredValue(file);
            var max = limits(result);
            var replicates = BootstrapArguments(result.GetValue(bootstrap), result.GetValue(seed), result.GetValue(confidence));
            Cli.Library(path, () =>
            {
                var options = new PsmOptions
                {
                    Method = result.GetValue(method) == "classic" ? PsmMethod.Classic : PsmMethod.Interpolated,
                    AcceptableRange = result.GetValue(range) == "narrower" ? PsmAcceptableRange.Narrower : PsmAcceptableRange.Original,
                    Intersection = Enum.Parse<PsmIntersection>(result.GetValue(intersection)!, ignoreCase: true),
                    InterpolationStep = result.GetValue(step),
                    ExcludeInconsistent = !result.GetValue(noValidate),
                    Calibration = PsmSurveyReader.Calibration(result.GetValue(calibrated), result.GetValue(piTooCheap), result.GetValue(piTooExpensive)),
                    MaxGridPoints = max.MaxGridPoints,
                };
                var bootstrapTally = replicates is var (b, s, _) ? new PsmBootstrapTally(s, b, 0, result.GetValue(nms)) : null;
                var (tally, rows) = PsmSurveyReader.ReadTally(path, result.GetValue(weightColumn), result.GetValue(nms), max, bootstrapTally);
                CheckGrid(path, tally, options, max);
                var analysis = PsmSurveyReader.Analyze(tally, options, path, rows, result.GetValue(weightColumn));
                var intervals = bootstrapTally is null ? null : PriceSensitivityMeter.Bootstrap(bootstrapTally, options, replicates!.Value.Confidence);
                if (result.GetValue(chart) is { } chartPath)
                {
                    PsmChart.Save(analysis, chartPath, max.MaxChartPoints);
                }

                if (result.GetValue(json))
                {
                    JsonOutput.WritePsm(output, analysis, intervals);
                }
                else
                {
                    WriteSummary(output, analysis, rows.Line, rows.Id, intervals);
                }

                return 0;
            });
        }));
        return command;
    }

    internal static void WriteSummary(TextWriter output, PsmResult result, Func<int, int> lines, Func<int, string?> ids, PsmBootstrapResult? bootstrap = null)
    {
        static string Price(double? price) => price is { } p ? TextOutput.Price(p) : "-";
        string Interval(Func<PsmBootstrapResult, PsmBootstrapInterval?> of) =>
            bootstrap is null || of(bootstrap) is not { } i ? string.Empty : i.Interval is { } ci ? $"  [{TextOutput.Price(ci.Lower)}, {TextOutput.Price(ci.Upper)}]" : "  [-]";
        output.WriteLine($"Van Westendorp PSM ({result.Options.Method}, {result.Options.AcceptableRange} range, {result.Options.Intersection} crossing)");
        output.WriteLine($"  respondents: {result.TotalRespondents} in the file, {result.ExcludedCount} inconsistent{(result.Options.ExcludeInconsistent ? " (dropped)" : " (kept: validation off)")}, {result.RespondentsUsed} used");
        foreach (var invalid in result.Excluded.Take(10))
        {
            output.WriteLine($"    line {lines(invalid.Row)}{(ids(invalid.Row) is { } id ? $" (id {id})" : string.Empty)}: {invalid.Detail}");
        }

        if (result.ExcludedCount > 10)
        {
            output.WriteLine($"    ... and {result.ExcludedCount - 10} more");
        }

        if (bootstrap is not null)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  bootstrap: {bootstrap.Replicates} replicates, seed {bootstrap.Seed}: {bootstrap.Confidence * 100:0.###} % intervals [lower, upper] beside the points ([-]: fewer than 2 replicates define the point)"));
        }

        output.WriteLine($"  point of marginal cheapness (PMC)     {Price(result.PointOfMarginalCheapness)}{Interval(b => b.PointOfMarginalCheapness)}");
        output.WriteLine($"  optimal price point (OPP)             {Price(result.OptimalPricePoint)}{Interval(b => b.OptimalPricePoint)}");
        output.WriteLine($"  indifference price point (IPP)        {Price(result.IndifferencePricePoint)}{Interval(b => b.IndifferencePricePoint)}");
        output.WriteLine($"  point of marginal expensiveness (PME) {Price(result.PointOfMarginalExpensiveness)}{Interval(b => b.PointOfMarginalExpensiveness)}");
        output.WriteLine($"  acceptable range                      {(result.AcceptableRange is { } a ? $"{Price(a.Lower)} to {Price(a.Upper)}" : "-")}");
        output.WriteLine($"  optimal range                         {(result.OptimalRange is { } o ? $"{Price(o.Lower)} to {Price(o.Upper)}" : "-")}");
        if (result.SmileOptimum is { } best)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  most smiles (bargain + fair)          {Price(best.Price)}: {best.Bargain + best.Fair:P1} (bargain {best.Bargain:P1}, fair {best.Fair:P1})"));
        }

        if (result.Nms is { } nms)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  NMS reach-optimal price               {Price(nms.ReachOptimalPrice)} (reach {nms.ReachMax:P1}){Interval(b => b.ReachOptimalPrice)}"));
            output.WriteLine($"  NMS revenue-optimal price             {Price(nms.RevenueOptimalPrice)} (revenue index {nms.RevenueMax.ToString("0.###", CultureInfo.InvariantCulture)}){Interval(b => b.RevenueOptimalPrice)}");
        }
    }
}
