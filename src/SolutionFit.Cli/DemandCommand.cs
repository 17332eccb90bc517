using System.CommandLine;
using System.Globalization;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Cli;

/// <summary><c>solutionfit demand FILE.csv</c>: the Gabor–Granger demand, revenue and elasticities per segment, with the fitted willingness-to-pay model.</summary>
internal static class DemandCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE.csv") { Description = "Columns id (optional), one per tested price named by the price (9.99), a weight and a segment column (optional); cells 1 = would buy, 0 = would not, empty = not asked." };
        var weightColumn = new Option<string?>("--weight-column") { HelpName = "NAME", Description = "Weigh respondents by this column." };
        var segmentColumn = new Option<string?>("--segment-column") { HelpName = "NAME", Description = "Analyse each value of this column as a segment, after \"all\"." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of tables." };
        var chart = new Option<string?>("--chart") { HelpName = "FILE.svg|FILE.png", Description = "Draw demand and revenue over price per segment, with the fitted model and the optimum, to an SVG or PNG file." };
        var command = new Command("demand", "Gabor–Granger demand, revenue and elasticity per segment of a survey CSV, with a fitted willingness-to-pay model.")
        {
            file, weightColumn, segmentColumn, json, chart,
        };
        var limits = Cli.LimitOptions(command, Limits.FileSize, Limits.Rows);
        command.SetAction(result => Cli.Guarded(error, () =>
        {
            var path = result.GetRequiredValue(file);
            var survey = GaborGrangerSurveyReader.Read(path, result.GetValue(weightColumn), result.GetValue(segmentColumn), limits(result));
            var analysis = GaborGranger.Analyze(survey.Tally);
            if (result.GetValue(chart) is { } chartPath)
            {
                DemandChart.Save(analysis, chartPath);
            }

            if (result.GetValue(json))
            {
                JsonOutput.WriteDemand(output, analysis);
            }
            else
            {
                WriteSummary(output, analysis, survey.Dropped);
            }
        }));
        return command;
    }

    /// <summary>The text output: the respondents (with the first dropped ones), then per segment a table of the tested prices and the model line.</summary>
    internal static void WriteSummary(TextWriter output, GaborGrangerResult result, IReadOnlyList<GaborGrangerDropped> dropped)
    {
        output.WriteLine("Gabor–Granger demand");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  respondents: {result.Respondents:N0} in the file, {result.Used:N0} used, {result.Inconsistent:N0} inconsistent (dropped), {result.NoAnswer:N0} with no answer (dropped)"));
        foreach (var kind in new[] { GaborGrangerAnswer.Inconsistent, GaborGrangerAnswer.NoAnswer })
        {
            var (count, what) = kind == GaborGrangerAnswer.Inconsistent
                ? (result.Inconsistent, "inconsistent: would buy at a price above one they would not buy at")
                : (result.NoAnswer, "no answer at any price");
            foreach (var d in dropped.Where(d => d.Reason == kind))
            {
                output.WriteLine($"    line {d.Line.ToString(CultureInfo.InvariantCulture)}{(d.Id is { } id ? $" (id {Show.Escape(id, Show.MaxValueLength)})" : string.Empty)}: {what}");
            }

            var shown = dropped.Count(d => d.Reason == kind);
            if (count > shown)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    ... and {count - shown:N0} more {(kind == GaborGrangerAnswer.Inconsistent ? "inconsistent" : "with no answer")}"));
            }
        }

        foreach (var segment in result.Segments)
        {
            output.WriteLine();
            output.WriteLine($"Segment {Show.Quoted(segment.Segment)} (weight {Number(segment.Weight)})");
            TextOutput.WriteTable(
                output,
                ["price", "demand", "determined", "revenue", "elasticity", "arc elasticity"],
                segment.Prices.Select(p => new[]
                {
                    TextOutput.Price(p.Price),
                    Share(p.Demand),
                    Number(p.DeterminedWeight),
                    p.Revenue is { } r ? Number(r) : "-",
                    p.Elasticity is { } e ? TextOutput.Number(e) : "-",
                    p.ArcElasticity is { } a ? TextOutput.Number(a) : "-",
                }),
                leftColumns: 0);
            output.WriteLine(segment.RevenueOptimalPrice is { } best
                ? $"  revenue-optimal tested price {TextOutput.Price(best)} (revenue {Number(segment.Prices.First(p => p.Price == best).Revenue!.Value)})"
                : "  revenue-optimal tested price: none (no demand is defined)");
            output.WriteLine($"  {ModelLine(segment.Model)}");
        }
    }

    /// <summary>The model's line: median and shape with standard errors, log-likelihood and the continuous optimum; or why there is none.</summary>
    internal static string ModelLine(WtpModel? model)
    {
        if (model is null)
        {
            return "model: none (the answers pin down no maximum of the likelihood: everyone is censored on the same side, or one price agrees with every answer)";
        }

        var line = $"model: median WTP {Number(model.MedianWtp)} ± {Number(model.MedianWtpSe)}, shape {Number(model.Shape)} ± {Number(model.ShapeSe)}, log-likelihood {Number(model.LogLikelihood)}";
        return model.RevenueOptimalPrice is { } optimum
            ? $"{line}; revenue-optimal price {Number(optimum)} (demand {Share(model.DemandAtOptimum)}, revenue {Number(model.RevenueAtOptimum!.Value)})"
            : $"{line}; no revenue optimum (shape ≤ 1: revenue grows with the price)";
    }

    /// <summary>A number with four significant decimals at most, thousands separated: <c>1,234.5678</c>.</summary>
    private static string Number(double value) => value.ToString(Math.Abs(value) >= 1e15 || (value != 0 && Math.Abs(value) < 1e-4) ? "G6" : "#,0.####", CultureInfo.InvariantCulture);

    /// <summary>A share as a fraction with four decimals, or "-" when undefined.</summary>
    private static string Share(double? share) => share is { } s ? s.ToString("0.0000", CultureInfo.InvariantCulture) : "-";
}
