using ScottPlot;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Cli;

/// <summary>
/// The Gabor–Granger chart: per segment (one colour each), demand at the tested prices (circles) with the fitted
/// S(p) (solid line) on the left axis, and revenue at the tested prices (squares) with the fitted p · S(p) (dashed line)
/// on the right axis; the revenue optimum marked with a star (the model's p* when there is one, else the best tested
/// price). A segment without a model has its tested points joined by straight lines instead of a fitted curve.
/// </summary>
internal static class DemandChart
{
    private const int Width = 960;
    private const int Height = 560;

    /// <summary>Points of each fitted curve.</summary>
    internal const int CurvePoints = 200;

    /// <summary>Approximate size of the data area in pixels, to lay dashes out in screen units.</summary>
    private const double DataWidth = Width - 300;

    private const double DataHeight = Height - 130;

    /// <summary>The segments' colours, in turn (the tenth segment takes the first colour again).</summary>
    internal static readonly Color[] SegmentColors =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#d62728"), Color.FromHex("#2ca02c"), Color.FromHex("#ff7f0e"), Color.FromHex("#9467bd"),
        Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Color.FromHex("#7f7f7f"), Color.FromHex("#17becf"),
    ];

    /// <summary>Writes the chart of <paramref name="result"/> to <paramref name="path"/>, SVG or PNG by its extension.</summary>
    /// <exception cref="InputException">The file name does not end in .svg or .png, or the file cannot be written.</exception>
    public static void Save(GaborGrangerResult result, string path)
    {
        var svg = PsmChart.IsSvg(path);
        PsmChart.Write(Draw(result), path, svg, Width, Height);
    }

    /// <summary>The price span drawn: the tested prices, and each model's revenue-optimal price up to twice the highest tested price.</summary>
    internal static (double Min, double Max) PriceSpan(GaborGrangerResult result)
    {
        var prices = result.Segments[0].Prices;
        var (min, max) = (prices[0].Price, prices[^1].Price);
        var limit = 2.0 * max;
        foreach (var segment in result.Segments)
        {
            if (segment.Model?.RevenueOptimalPrice is { } optimum && optimum <= limit)
            {
                (min, max) = (Math.Min(min, optimum), Math.Max(max, optimum));
            }
        }

        return max > min ? (min, max) : (min * 0.5, max * 1.5);
    }

    /// <summary>The fitted demand S(p) and revenue p · S(p) at <see cref="CurvePoints"/> prices evenly spread over <paramref name="span"/>.</summary>
    internal static (double[] Price, double[] Demand, double[] Revenue) Curve(WtpModel model, (double Min, double Max) span)
    {
        var (x, demand, revenue) = (new double[CurvePoints], new double[CurvePoints], new double[CurvePoints]);
        for (var i = 0; i < CurvePoints; i++)
        {
            x[i] = span.Min + ((span.Max - span.Min) * i / (CurvePoints - 1));
            demand[i] = model.DemandAt(x[i]);
            revenue[i] = x[i] * demand[i];
        }

        return (x, demand, revenue);
    }

    private static Plot Draw(GaborGrangerResult result)
    {
        var plot = new Plot();
        var span = PriceSpan(result);
        var revenueMax = 1e-9;
        var legend = new List<LegendItem>();
        var drawn = new List<(Color Color, double[] Px, double[] Demand, double[] Revenue, double[] Cx, double[] CDemand, double[] CRevenue, (double X, double Y)? Optimum)>();
        for (var s = 0; s < result.Segments.Count; s++)
        {
            var segment = result.Segments[s];
            var color = SegmentColors[s % SegmentColors.Length];
            var tested = segment.Prices.Where(p => p.Demand is not null).ToList();
            double[] px = [.. tested.Select(p => p.Price)];
            double[] demand = [.. tested.Select(p => p.Demand!.Value)];
            double[] revenue = [.. tested.Select(p => p.Revenue!.Value)];
            var (cx, cDemand, cRevenue) = segment.Model is { } model ? Curve(model, span) : (px, demand, revenue);
            (double X, double Y)? optimum = segment.Model?.RevenueOptimalPrice is { } p && p >= span.Min && p <= span.Max
                ? (p, segment.Model.RevenueAtOptimum!.Value)
                : segment.RevenueOptimalPrice is { } best ? (best, tested.First(t => t.Price == best).Revenue!.Value) : null;
            revenueMax = Math.Max(revenueMax, Math.Max(revenue.DefaultIfEmpty(0).Max(), cRevenue.DefaultIfEmpty(0).Max()));
            drawn.Add((color, px, demand, revenue, cx, cDemand, cRevenue, optimum));
            legend.Add(new LegendItem
            {
                LabelText = segment.Model is null ? $"{segment.Segment} (no model)" : segment.Segment,
                LineStyle = new LineStyle { Width = 2, Color = color },
                MarkerStyle = new MarkerStyle(MarkerShape.FilledCircle, 8, color),
            });
        }

        var (xPerPixel, demandPerPixel, revenuePerPixel) = ((span.Max - span.Min) / DataWidth, 1.1 / DataHeight, revenueMax * 1.2 / DataHeight);
        foreach (var (color, px, demand, revenue, cx, cDemand, cRevenue, optimum) in drawn)
        {
            PsmChart.DashedLine(plot, cx, cDemand, color, PsmChart.Solid, xPerPixel, demandPerPixel, plot.Axes.Left);
            PsmChart.DashedLine(plot, cx, cRevenue, color, PsmChart.Dashed, xPerPixel, revenuePerPixel, plot.Axes.Right);
            Markers(plot, px, demand, color, MarkerShape.FilledCircle, plot.Axes.Left);
            Markers(plot, px, revenue, color, MarkerShape.FilledSquare, plot.Axes.Right);
            if (optimum is { } o)
            {
                var star = plot.Add.Marker(o.X, o.Y, MarkerShape.FilledDiamond, 14, color);
                star.Axes.YAxis = plot.Axes.Right;
            }
        }

        var gray = Color.FromHex("#444444");
        legend.Add(new LegendItem { LabelText = "demand (left axis)", LineStyle = new LineStyle { Width = 2, Color = gray }, MarkerStyle = new MarkerStyle(MarkerShape.FilledCircle, 8, gray) });
        legend.Add(new LegendItem { LabelText = "revenue (right axis)", LineStyle = new LineStyle { Width = 2, Color = gray }, MarkerStyle = new MarkerStyle(MarkerShape.FilledSquare, 8, gray) });
        legend.Add(new LegendItem { LabelText = "revenue optimum", MarkerStyle = new MarkerStyle(MarkerShape.FilledDiamond, 12, gray) });

        plot.Title($"Gabor–Granger demand and revenue ({result.Used} respondents)");
        plot.XLabel("Price");
        plot.YLabel("Demand (share who would buy)");
        plot.Axes.Right.Label.Text = "Revenue index (price × demand)";
        var pad = (span.Max - span.Min) * 0.03;
        plot.Axes.SetLimitsX(span.Min - pad, span.Max + pad);
        // Both axes put 0 at the same height.
        plot.Axes.SetLimitsY(-0.05 * 1.1, 1.1, plot.Axes.Left);
        plot.Axes.SetLimitsY(-0.05 * revenueMax * 1.2, revenueMax * 1.2, plot.Axes.Right);
        plot.Legend.ManualItems.Clear();
        plot.Legend.ManualItems.AddRange(legend);
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    private static void Markers(Plot plot, double[] xs, double[] ys, Color color, MarkerShape shape, IYAxis axis)
    {
        for (var i = 0; i < xs.Length; i++)
        {
            var marker = plot.Add.Marker(xs[i], ys[i], shape, 9, color);
            marker.Axes.YAxis = axis;
        }
    }
}
