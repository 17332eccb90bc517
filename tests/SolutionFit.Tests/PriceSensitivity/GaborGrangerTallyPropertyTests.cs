using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary>
/// Any split of a survey into shards, tallied and merged in any order, analyses as the whole survey; a row added twice
/// analyses as the row once with twice its weight.
/// </summary>
[Properties(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 300)]
public sealed class GaborGrangerTallyPropertyTests
{
    [Property]
    public Property Merge_ShardsInAnyOrder_AnalyseAsTheWholeSurvey(GaborGrangerCase c, int seed)
    {
        var random = new Random(seed);
        var whole = Describe(GaborGranger.Analyze(c.Tally()), counts: true);

        var shards = new List<GaborGrangerTally>();
        var rows = c.Rows.OrderBy(_ => random.Next()).ToArray();
        for (var start = 0; start < rows.Length || shards.Count == 0;)
        {
            var size = random.Next(0, rows.Length - start + 1); // some shards empty
            shards.Add(c.Tally(rows.Skip(start).Take(size)));
            start += size;
        }

        while (shards.Count > 1)
        {
            var (i, j) = (random.Next(shards.Count), random.Next(shards.Count - 1));
            j = j >= i ? j + 1 : j;
            shards[i].Merge(shards[j]);
            shards.RemoveAt(j);
        }

        var merged = Describe(GaborGranger.Analyze(shards[0]), counts: true);
        return (merged == whole).Label($"whole:\n{whole}\nmerged:\n{merged}");
    }

    [Property]
    public Property Add_RowTwice_AnalysesAsTheRowWithTwiceItsWeight(GaborGrangerCase c, int pick)
    {
        if (c.Rows.Length == 0)
        {
            return true.ToProperty();
        }

        var index = (int)((uint)pick % (uint)c.Rows.Length);
        var row = c.Rows[index];
        var twice = c.Rows.Take(index + 1).Append(row).Concat(c.Rows.Skip(index + 1));
        var doubled = c.Rows.Select((r, i) => i == index ? r with { Weight = 2.0 * r.Weight } : r);
        var a = Describe(GaborGranger.Analyze(c.Tally(twice)), counts: false);
        var b = Describe(GaborGranger.Analyze(c.Tally(doubled)), counts: false);
        return (a == b).Label($"twice:\n{a}\ndoubled:\n{b}");
    }

    /// <summary>Every value of a result, to the last bit.</summary>
    internal static string Describe(GaborGrangerResult result, bool counts)
    {
        static string F(double? x) => x?.ToString("R", CultureInfo.InvariantCulture) ?? "null";
        var text = new StringBuilder();
        if (counts)
        {
            text.Append(CultureInfo.InvariantCulture, $"{result.Respondents} {result.Used} {result.Inconsistent} {result.NoAnswer}\n");
        }

        foreach (var s in result.Segments)
        {
            text.Append(CultureInfo.InvariantCulture, $"{s.Segment} w{F(s.Weight)} opt{F(s.RevenueOptimalPrice)}\n");
            foreach (var p in s.Prices)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {F(p.Price)}: {F(p.Demand)} {F(p.DeterminedWeight)} {F(p.Revenue)} {F(p.Elasticity)} {F(p.ArcElasticity)}\n");
            }

            if (s.Model is { } m)
            {
                text.Append(CultureInfo.InvariantCulture, $"  model {F(m.MedianWtp)} {F(m.Shape)} {F(m.MedianWtpSe)} {F(m.ShapeSe)} {F(m.LogLikelihood)} {F(m.RevenueOptimalPrice)} {F(m.DemandAtOptimum)} {F(m.RevenueAtOptimum)}\n");
            }
        }

        return text.ToString();
    }
}
