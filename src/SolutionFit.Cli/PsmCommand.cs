using System.CommandLine;
using System.Globalization;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Cli;

/// <summary><c>solutionfit psm FILE.csv</c>: the Van Westendorp analysis of a survey file.</summary>
internal static partial class PsmCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("psm", "Van Westendorp price sensitivity analysis (with NMS) of a survey CSV.");
        var psm = new PsmCommandOptions(command);
        command.SetAction(result => Cli.Guarded(error, () =>
        {
            var path = result.GetRequiredValue(psm.File);
            var max = psm.Limits(result);
            var replicates = psm.Bootstrap(result);
            Cli.Library(path, () =>
            {
                var options = psm.Analysis(result);
                var bootstrapTally = replicates is var (b, s, _) ? new PsmBootstrapTally(s, b, 0, psm.Nms(result)) : null;
                var (tally, rows) = PsmSurveyReader.ReadTally(path, psm.WeightColumn(result), psm.Nms(result), max, bootstrapTally);
                CheckGrid(path, tally, options, max);
                var analysis = PsmSurveyReader.Analyze(tally, options, path, rows, psm.WeightColumn(result));
                var intervals = bootstrapTally is null ? null : PriceSensitivityMeter.Bootstrap(bootstrapTally, options, replicates!.Value.Confidence);
                if (psm.Chart(result) is { } chartPath)
                {
                    PsmChart.Save(analysis, chartPath, max.MaxChartPoints);
                }

                if (psm.Json(result))
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
