using ScottPlot;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Cli;

/// <summary>The classic Van Westendorp chart: the four curves, the four price points marked, the acceptable range shaded.</summary>
internal static class PsmChart
{
    /// <exception cref="InputException">The file name does not end in .svg or .png, or cannot be written.</exception>
    public static void Save(PsmResult result, string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".svg" or ".png"))
        {
            throw new InputException($"{path}: the chart is written as SVG or PNG; name the file .svg or .png.");
        }

        var plot = Draw(result);
        try
        {
            if (extension == ".svg")
            {
                plot.SaveSvg(path, 900, 560);
            }
            else
            {
                plot.SavePng(path, 900, 560);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot write the chart: {ex.Message}");
        }
    }

    private static Plot Draw(PsmResult result)
    {
        var plot = new Plot();
        var curves = result.Curves;
        var prices = curves.Prices.ToArray();
        if (result.AcceptableRange is { } range)
        {
            var span = plot.Add.HorizontalSpan(range.Lower, range.Upper);
            span.FillStyle.Color = Colors.SeaGreen.WithAlpha(0.15);
            span.LineStyle.Width = 0;
            span.LegendText = "Acceptable range";
        }

        Line(plot, prices, curves.TooCheap, "Too cheap", Colors.SteelBlue, LinePattern.Dashed);
        Line(plot, prices, curves.Cheap, "Cheap", Colors.SteelBlue, LinePattern.Solid);
        Line(plot, prices, curves.Expensive, "Expensive", Colors.FireBrick, LinePattern.Solid);
        Line(plot, prices, curves.TooExpensive, "Too expensive", Colors.FireBrick, LinePattern.Dashed);

        // Each point sits where its two curves cross; it is marked on the falling curve of its pair.
        var narrower = result.Options.AcceptableRange == PsmAcceptableRange.Narrower;
        Point(plot, curves, result.PointOfMarginalCheapness, v => v.TooCheap, "PMC", Colors.SeaGreen);
        Point(plot, curves, result.OptimalPricePoint, v => v.TooCheap, "OPP", Colors.DarkOrange);
        Point(plot, curves, result.IndifferencePricePoint, v => v.Cheap, "IPP", Colors.Purple);
        Point(plot, curves, result.PointOfMarginalExpensiveness, v => narrower ? v.Cheap : v.NotExpensive, "PME", Colors.DarkGreen);

        plot.Title($"Van Westendorp price sensitivity ({result.RespondentsUsed} respondents)");
        plot.XLabel("Price");
        plot.YLabel("Share of respondents");
        plot.Axes.SetLimitsY(0, 1);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static void Line(Plot plot, double[] prices, IReadOnlyList<double>? shares, string label, Color color, LinePattern pattern)
    {
        if (shares is null)
        {
            return;
        }

        var line = plot.Add.ScatterLine(prices, shares.ToArray());
        line.LegendText = label;
        line.Color = color;
        line.LineWidth = 2;
        line.LinePattern = pattern;
    }

    private static void Point(Plot plot, PsmCurves curves, double? price, Func<PsmCurveValues, double?> falling, string label, Color color)
    {
        if (price is not { } x || falling(curves.ValuesAt(x)) is not { } y)
        {
            return;
        }

        var line = plot.Add.VerticalLine(x);
        line.Color = color.WithAlpha(0.6);
        line.LinePattern = LinePattern.Dotted;
        var marker = plot.Add.Marker(x, y);
        marker.Color = color;
        marker.Size = 10;
        marker.LegendText = $"{label} {TextOutput.Price(x)}";
    }
}
