using System.Globalization;
using System.Text;

namespace SolutionFit.Workloads;

/// <summary>
/// The table of a compare run. Each input line is one process's result: round, side (base or head), then the line
/// <see cref="Measurement.ToLine"/> printed, or <c>error</c> in place of the numbers when the process failed. Per
/// workload, on the chosen clock (CPU or wall): the median over the rounds of each side's time, the median of the
/// per-round ratios head/base with their minimum and maximum, a word where the median ratio moved by more than 10 %
/// (with a question mark where some round moved the other way or not at all), and each side's allocations per item.
/// </summary>
internal static class Report
{
    private const double Threshold = 1.10;

    public static string Format(IEnumerable<string> lines, bool cpu)
    {
        var results = new Dictionary<string, List<(int Round, string Side, string Nanoseconds, string Bytes)>>();
        var order = new List<string>();
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            var fields = line.Split('\t');
            if (!results.TryGetValue(fields[2], out var list))
            {
                results[fields[2]] = list = [];
                order.Add(fields[2]);
            }

            list.Add((int.Parse(fields[0], CultureInfo.InvariantCulture), fields[1], fields[cpu ? 4 : 3], fields[5]));
        }

        var table = new StringBuilder();
        table.AppendLine("| workload | base | head | head/base | min–max | | alloc base | alloc head |");
        table.AppendLine("|---|---:|---:|---:|:---:|---|---:|---:|");
        foreach (var name in order)
        {
            var list = results[name];
            var (baseTime, baseBytes) = Side(list, "base");
            var (headTime, headBytes) = Side(list, "head");
            var ratios = list.Where(r => r.Side == "base" && Number(r.Nanoseconds) is not null)
                .Join(list.Where(r => r.Side == "head" && Number(r.Nanoseconds) is not null), b => b.Round, h => h.Round, (b, h) => Number(h.Nanoseconds)!.Value / Number(b.Nanoseconds)!.Value)
                .ToArray();
            string ratio = "", spread = "", change = "";
            if (ratios.Length > 0)
            {
                var (min, max) = (ratios.Min(), ratios.Max());
                var median = Statistics.Median(ratios);
                ratio = median.ToString("0.00", CultureInfo.InvariantCulture);
                spread = string.Create(CultureInfo.InvariantCulture, $"{min:0.00}–{max:0.00}");
                change = median > Threshold ? (min > 1 ? "slower" : "slower?") : median < 1 / Threshold ? (max < 1 ? "faster" : "faster?") : "";
            }

            table.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {baseTime} | {headTime} | {ratio} | {spread} | {change} | {baseBytes} | {headBytes} |");
        }

        return table.ToString();
    }

    /// <summary>One side's median time and allocations over the rounds, formatted; n/a or error when it has no number.</summary>
    private static (string Time, string Bytes) Side(List<(int Round, string Side, string Nanoseconds, string Bytes)> list, string side)
    {
        var rounds = list.Where(r => r.Side == side).ToArray();
        var times = rounds.Select(r => Number(r.Nanoseconds)).OfType<double>().ToArray();
        var bytes = rounds.Select(r => Number(r.Bytes)).OfType<double>().ToArray();
        if (times.Length == 0)
        {
            var word = rounds.Any(r => r.Nanoseconds == "error") ? "error" : "n/a";
            return (word, word);
        }

        return (Time(Statistics.Median(times)), Bytes(Statistics.Median(bytes)));
    }

    private static double? Number(string field) =>
        double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Time(double nanoseconds) => nanoseconds switch
    {
        < 1e3 => Significant(nanoseconds, "ns"),
        < 1e6 => Significant(nanoseconds / 1e3, "µs"),
        < 1e9 => Significant(nanoseconds / 1e6, "ms"),
        _ => Significant(nanoseconds / 1e9, "s"),
    };

    private static string Bytes(double bytes) => bytes switch
    {
        < 0.5 => "0 B",
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes:0} B"),
        < 1024 * 1024 => Significant(bytes / 1024, "KB"),
        _ => Significant(bytes / (1024 * 1024), "MB"),
    };

    /// <summary>Three significant digits (at least the units): 1.23, 12.3, 123, 1234.</summary>
    private static string Significant(double value, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{value.ToString(value < 10 ? "0.00" : value < 100 ? "0.0" : "0", CultureInfo.InvariantCulture)} {unit}");
}
