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
        Point(plot, prices, curves.TooCheap, result.PointOfMarginalCheapness, "PMC", Colors.SeaGreen);
        Point(plot, prices, curves.TooCheap, result.OptimalPricePoint, "OPP", Colors.DarkOrange);
        Point(plot, prices, curves.Cheap, result.IndifferencePricePoint, "IPP", Colors.Purple);
        Point(plot, prices, narrower ? curves.Cheap : curves.NotExpensive, result.PointOfMarginalExpensiveness, "PME", Colors.DarkGreen);

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

    private static void Point(Plot plot, double[] prices, IReadOnlyList<double>? falling, double? price, string label, Color color)
    {
        if (price is not { } x || falling is null)
        {
            return;
        }

        var line = plot.Add.VerticalLine(x);
        line.Color = color.WithAlpha(0.6);
        line.LinePattern = LinePattern.Dotted;
        var marker = plot.Add.Marker(x, ShareAt(prices, falling, x));
        marker.Color = color;
        marker.Size = 10;
        marker.LegendText = $"{label} {TextOutput.Price(x)}";
    }

    /// <summary>The curve's share at a price, linearly interpolated between grid prices.</summary>
    private static double ShareAt(double[] prices, IReadOnlyList<double> shares, double price)
    {
        var k = Array.BinarySearch(prices, price);
        if (k >= 0)
        {
            return shares[k];
        }

        var above = Math.Min(~k, prices.Length - 1);
        var below = Math.Max(above - 1, 0);
        return above == below ? shares[above] : shares[below] + ((shares[above] - shares[below]) * (price - prices[below]) / (prices[above] - prices[below]));
    }
}
