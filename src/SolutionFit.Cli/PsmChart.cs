using System.Globalization;
using ScottPlot;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Cli;

/// <summary>
/// The Van Westendorp chart: the four curves and the complements "not cheap" and "not expensive", so that every price
/// point sits on a visible crossing; the points marked and labelled; the acceptable range shaded; the legend beside the
/// plot. With NMS, a second chart (<see cref="NmsPath"/>) shows reach and revenue over price.
/// </summary>
/// <remarks>
/// Lines are dashed here, as short solid segments, rather than with a line pattern: ScottPlot's SVG backend (Skia's SVG
/// canvas) cannot write a dash pattern, drops it (the line comes out solid) and prints "Unsupported path effect in
/// addPaint." on the process's native stderr. Drawn this way the PNG and the SVG look the same and nothing is printed.
/// </remarks>
internal static class PsmChart
{
    private const int Width = 960;
    private const int Height = 560;

    /// <summary>Approximate size of the data area in pixels, to lay dashes out in screen units.</summary>
    private const double DataWidth = Width - 300;

    private const double DataHeight = Height - 130;

    /// <summary>A solid line.</summary>
    internal static readonly double[] Solid = [];

    /// <summary>Dashes of 10 px with gaps of 6 px.</summary>
    internal static readonly double[] Dashed = [10, 6];

    /// <summary>Dots of 2 px with gaps of 5 px.</summary>
    internal static readonly double[] Dotted = [2, 5];

    /// <summary>The six PSM curves: label, colour, dash pattern (on, off in pixels) and legend marker, all distinct.</summary>
    internal static readonly (string Label, Color Color, double[] Dash, MarkerShape Marker)[] CurveStyles =
    [
        ("Too cheap", Color.FromHex("#1f77b4"), Dashed, MarkerShape.FilledTriangleDown),
        ("Cheap", Color.FromHex("#17becf"), Solid, MarkerShape.FilledCircle),
        ("Not cheap", Color.FromHex("#9467bd"), Dotted, MarkerShape.OpenCircle),
        ("Not expensive", Color.FromHex("#8c564b"), Dotted, MarkerShape.OpenSquare),
        ("Expensive", Color.FromHex("#ff7f0e"), Solid, MarkerShape.FilledSquare),
        ("Too expensive", Color.FromHex("#d62728"), Dashed, MarkerShape.FilledTriangleUp),
    ];

    /// <summary>The NMS chart's file: <c>chart.svg</c> gives <c>chart-nms.svg</c>.</summary>
    public static string NmsPath(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, $"{Path.GetFileNameWithoutExtension(path)}-nms{Path.GetExtension(path)}");

    /// <summary>Writes the PSM chart to <paramref name="path"/> and, when the result has NMS, the NMS chart beside it.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="path">The chart's file.</param>
    /// <param name="maxPoints">The most points drawn per curve; longer curves are downsampled (<see cref="Downsample"/>).</param>
    /// <exception cref="InputException">The file name does not end in .svg or .png, or cannot be written.</exception>
    public static void Save(PsmResult result, string path, int maxPoints = 0)
    {
        maxPoints = maxPoints > 0 ? maxPoints : Limits.ChartPoints.Default;
        var svg = IsSvg(path);
        Write(Draw(result, maxPoints), path, svg, Width, Height);
        if (result.Nms is { } nms)
        {
            Write(DrawNms(nms, maxPoints), NmsPath(path), svg, Width, Height);
        }
    }

    /// <summary>Whether the chart file <paramref name="path"/> is SVG (else PNG).</summary>
    /// <exception cref="InputException">The file name does not end in .svg or .png.</exception>
    internal static bool IsSvg(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".svg" => true,
        ".png" => false,
        _ => throw new InputException($"{path}: the chart is written as SVG or PNG; name the file .svg or .png."),
    };

    /// <summary>Writes <paramref name="plot"/> to <paramref name="path"/> as SVG or PNG.</summary>
    /// <exception cref="InputException">The file cannot be written.</exception>
    internal static void Write(Plot plot, string path, bool svg, int width, int height)
    {
        try
        {
            if (svg)
            {
                plot.SaveSvg(path, width, height);
            }
            else
            {
                plot.SavePng(path, width, height);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot write the chart: {InputException.FirstLine(ex.Message)}");
        }
    }

    private static Plot Draw(PsmResult result, int maxPoints)
    {
        var plot = new Plot();
        var curves = result.Curves;
        var prices = curves.Prices;
        var (xMin, xMax) = Span(prices);
        var legend = new List<LegendItem>();
        if (result.AcceptableRange is { } range)
        {
            var span = plot.Add.HorizontalSpan(range.Lower, range.Upper);
            span.FillStyle.Color = Colors.SeaGreen.WithAlpha(0.12);
            span.LineStyle.Width = 0;
            legend.Add(new LegendItem
            {
                LabelText = "Acceptable range",
                FillStyle = new FillStyle { Color = Colors.SeaGreen.WithAlpha(0.25) },
            });
        }

        IReadOnlyList<double>?[] shares = [curves.TooCheap, curves.Cheap, curves.NotCheap, curves.NotExpensive, curves.Expensive, curves.TooExpensive];
        for (var i = 0; i < CurveStyles.Length; i++)
        {
            if (shares[i] is { } ys)
            {
                var style = CurveStyles[i];
                var (x, y) = Downsample(prices, ys, maxPoints);
                DashedLine(plot, x, y, style.Color, style.Dash, (xMax - xMin) / DataWidth, 1.1 / DataHeight, plot.Axes.Left);
                legend.Add(Item(style.Label, style.Color, style.Marker));
            }
        }

        // Each point sits where its two curves cross; it is marked on the falling curve of its pair and labelled.
        var narrower = result.Options.AcceptableRange == PsmAcceptableRange.Narrower;
        Point(plot, curves, result.PointOfMarginalCheapness, v => v.TooCheap, "PMC", Colors.SeaGreen, -10);
        Point(plot, curves, result.OptimalPricePoint, v => v.TooCheap, "OPP", Colors.DarkOrange, -10);
        Point(plot, curves, result.IndifferencePricePoint, v => v.Cheap, "IPP", Colors.Purple, -30);
        Point(plot, curves, result.PointOfMarginalExpensiveness, v => narrower ? v.Cheap : v.NotExpensive, "PME", Colors.DarkGreen, -10);

        plot.Title($"Van Westendorp price sensitivity ({result.RespondentsUsed} respondents)");
        plot.XLabel("Price");
        plot.YLabel("Share of respondents");
        // A margin around [0, 1] and the prices, so that no marker or label is cut by an axis.
        var pad = (xMax - xMin) * 0.03;
        plot.Axes.SetLimits(xMin - pad, xMax + pad, -0.06, 1.08);
        Legend(plot, legend);
        return plot;
    }

    private static Plot DrawNms(PsmNmsResult nms, int maxPoints)
    {
        var plot = new Plot();
        var prices = nms.Prices;
        var (xMin, xMax) = Span(prices);
        var revenueMax = Math.Max(nms.Revenue.DefaultIfEmpty(0).Max(), 1e-9);
        var reachColor = Color.FromHex("#2ca02c");
        var revenueColor = Color.FromHex("#d62728");
        var (reachX, reachY) = Downsample(prices, nms.Reach, maxPoints);
        var (revenueX, revenueY) = Downsample(prices, nms.Revenue, maxPoints);
        DashedLine(plot, reachX, reachY, reachColor, Solid, (xMax - xMin) / DataWidth, 1.1 / DataHeight, plot.Axes.Left);
        DashedLine(plot, revenueX, revenueY, revenueColor, Dashed, (xMax - xMin) / DataWidth, revenueMax * 1.1 / DataHeight, plot.Axes.Right);

        var reach = plot.Add.Marker(nms.ReachOptimalPrice, nms.ReachMax, MarkerShape.FilledCircle, 10, reachColor);
        reach.Axes.YAxis = plot.Axes.Left;
        Label(plot, string.Create(CultureInfo.InvariantCulture, $"reach max {nms.ReachMax:P1} at {TextOutput.Price(nms.ReachOptimalPrice)}"), nms.ReachOptimalPrice, nms.ReachMax, reachColor, -10, plot.Axes.Left);
        var revenue = plot.Add.Marker(nms.RevenueOptimalPrice, nms.RevenueMax, MarkerShape.FilledSquare, 10, revenueColor);
        revenue.Axes.YAxis = plot.Axes.Right;
        Label(plot, $"revenue max at {TextOutput.Price(nms.RevenueOptimalPrice)}", nms.RevenueOptimalPrice, nms.RevenueMax, revenueColor, -28, plot.Axes.Right);

        plot.Title("Newton–Miller–Smith: reach and revenue over price");
        plot.XLabel("Price");
        plot.YLabel("Reach (share of respondents who would buy)");
        plot.Axes.Right.Label.Text = "Revenue index (reach × price)";
        var pad = (xMax - xMin) * 0.03;
        plot.Axes.SetLimitsX(xMin - pad, xMax + pad);
        // Both axes put 0 at the same height: the curves start on one baseline.
        var reachTop = Math.Max(nms.ReachMax * 1.2, 0.1);
        plot.Axes.SetLimitsY(-reachTop * 0.05, reachTop, plot.Axes.Left);
        plot.Axes.SetLimitsY(-revenueMax * 1.2 * 0.05, revenueMax * 1.2, plot.Axes.Right);
        Legend(plot, [Item("Reach (left axis)", reachColor, MarkerShape.FilledCircle), Item("Revenue (right axis)", revenueColor, MarkerShape.FilledSquare)]);
        return plot;
    }

    private static (double Min, double Max) Span(IReadOnlyList<double> prices) =>
        prices.Count == 0 ? (0, 1) : (prices[0], prices[^1] > prices[0] ? prices[^1] : prices[0] + 1);

    private static LegendItem Item(string label, Color color, MarkerShape marker) => new()
    {
        LabelText = label,
        LineStyle = new LineStyle { Width = 2, Color = color },
        MarkerStyle = new MarkerStyle(marker, 8, color),
    };

    /// <summary>The legend outside the data area, on the right; its lines are solid, the markers tell the curves apart.</summary>
    private static void Legend(Plot plot, List<LegendItem> items)
    {
        plot.Legend.ManualItems.Clear();
        plot.Legend.ManualItems.AddRange(items);
        plot.ShowLegend(Edge.Right);
    }

    /// <summary>
    /// The curve through at most <paramref name="max"/> of its points: all of them when there are that few; otherwise the
    /// first, the last, and in each of (max - 2) / 2 equal stretches between them the lowest and the highest point, in
    /// order, so that no peak or step of the curve is lost at the chart's resolution.
    /// </summary>
    internal static (double[] X, double[] Y) Downsample(IReadOnlyList<double> xs, IReadOnlyList<double> ys, int max)
    {
        var n = Math.Min(xs.Count, ys.Count);
        if (n <= Math.Max(max, 4))
        {
            return (xs.Take(n).ToArray(), ys.Take(n).ToArray());
        }

        var keep = new List<int>(max) { 0 };
        var buckets = (max - 2) / 2;
        var interior = n - 2;
        for (var b = 0; b < buckets; b++)
        {
            var start = 1 + (int)((long)interior * b / buckets);
            var end = 1 + (int)((long)interior * (b + 1) / buckets);
            if (start >= end)
            {
                continue;
            }

            var (low, high) = (start, start);
            for (var i = start + 1; i < end; i++)
            {
                low = ys[i] < ys[low] ? i : low;
                high = ys[i] > ys[high] ? i : high;
            }

            keep.Add(Math.Min(low, high));
            if (low != high)
            {
                keep.Add(Math.Max(low, high));
            }
        }

        keep.Add(n - 1);
        return (keep.Select(i => xs[i]).ToArray(), keep.Select(i => ys[i]).ToArray());
    }

    /// <summary>A line through the points, cut into dashes of <paramref name="dash"/> (on, off) pixels, on <paramref name="axis"/>.</summary>
    internal static void DashedLine(Plot plot, IReadOnlyList<double> xs, IReadOnlyList<double> ys, Color color, double[] dash, double xPerPixel, double yPerPixel, IYAxis axis)
    {
        foreach (var (x, y) in Dashes(xs, ys, dash, xPerPixel, yPerPixel))
        {
            var line = plot.Add.ScatterLine(x, y, color);
            line.LineWidth = 2;
            line.MarkerSize = 0;
            line.Axes.YAxis = axis;
        }
    }

    /// <summary>
    /// The pieces of the polyline that are drawn with the pattern <paramref name="dash"/> ([on, off] in pixels; empty:
    /// solid), measured in pixels through <paramref name="xPerPixel"/> and <paramref name="yPerPixel"/>.
    /// </summary>
    internal static List<(double[] X, double[] Y)> Dashes(IReadOnlyList<double> xs, IReadOnlyList<double> ys, double[] dash, double xPerPixel, double yPerPixel)
    {
        var pieces = new List<(double[] X, double[] Y)>();
        var n = Math.Min(xs.Count, ys.Count);
        if (n == 0)
        {
            return pieces;
        }

        if (dash.Length < 2 || dash[1] <= 0)
        {
            pieces.Add((xs.Take(n).ToArray(), ys.Take(n).ToArray()));
            return pieces;
        }

        double on = dash[0], off = dash[1];
        var drawing = true;
        var phase = 0.0; // distance into the current dash or gap
        var px = new List<double> { xs[0] };
        var py = new List<double> { ys[0] };
        for (var i = 1; i < n; i++)
        {
            double x0 = xs[i - 1], y0 = ys[i - 1], x1 = xs[i], y1 = ys[i];
            var length = Math.Sqrt(Math.Pow((x1 - x0) / xPerPixel, 2) + Math.Pow((y1 - y0) / yPerPixel, 2));
            var t = 0.0;
            while (length - t > 1e-9)
            {
                var toSwitch = (drawing ? on : off) - phase;
                if (toSwitch > length - t)
                {
                    phase += length - t;
                    t = length;
                    if (drawing)
                    {
                        px.Add(x1);
                        py.Add(y1);
                    }

                    break;
                }

                t += toSwitch;
                var x = x0 + ((x1 - x0) * t / length);
                var y = y0 + ((y1 - y0) * t / length);
                if (drawing)
                {
                    px.Add(x);
                    py.Add(y);
                    pieces.Add((px.ToArray(), py.ToArray()));
                    px.Clear();
                    py.Clear();
                }
                else
                {
                    px.Add(x);
                    py.Add(y);
                }

                drawing = !drawing;
                phase = 0;
            }
        }

        if (drawing && px.Count > 1)
        {
            pieces.Add((px.ToArray(), py.ToArray()));
        }

        return pieces;
    }

    private static void Point(Plot plot, PsmCurves curves, double? price, Func<PsmCurveValues, double?> falling, string label, Color color, float offsetY)
    {
        if (price is not { } x || falling(curves.ValuesAt(x)) is not { } y)
        {
            return;
        }

        var line = plot.Add.VerticalLine(x);
        line.Color = color.WithAlpha(0.35);
        line.LineWidth = 1;
        plot.Add.Marker(x, y, MarkerShape.FilledCircle, 11, color);
        Label(plot, $"{label} {TextOutput.Price(x)}", x, y, color, offsetY, plot.Axes.Left);
    }

    private static void Label(Plot plot, string text, double x, double y, Color color, float offsetY, IYAxis axis)
    {
        var label = plot.Add.Text(text, x, y);
        label.Axes.YAxis = axis;
        label.LabelFontSize = 13;
        label.LabelBold = true;
        label.LabelFontColor = color;
        label.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        label.LabelAlignment = Alignment.LowerCenter;
        label.OffsetY = offsetY;
    }
}
