using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests.MultiCriteria;

/// <summary>
/// Scores drawn from a few values, repeated exactly, a few ulps away, or a fraction of the tie tolerance away (so that
/// tied groups chain past their first score), with a few fresh ones (in one case in four, no near-ties); short lists and lists on both sides of
/// <see cref="RankSet.RadixSortFrom"/>, some with nearly every score equal.
/// </summary>
/// <remarks>
/// The values come from one source per case, so that the radix sort meets keys whose bytes all vary (signs and
/// magnitudes mixed), keys that share their top byte (one binade), keys that share their low bytes (integers times a
/// power of two, so that the number of sorting passes is sometimes odd and sometimes even) and small integers, which
/// tolerances of 1/4 and 1/2 put exactly at the tie distance from each other.
/// </remarks>
public sealed record RankCase(double[] Scores, bool HigherIsBetter, double Tolerance)
{
    private static readonly Gen<Gen<double>> Source = Gen.OneOf(
        Gen.Constant(Gen.Frequency(
            (1, Gen.Elements(0.0, -0.0, 1.0, -1.0, 0.1 + 0.2, 0.3, double.Epsilon, 1e300, -1e300)),
            (4, Gen.Choose(-1000, 1000).Select(i => i / 7.0)),
            (2, Gen.Choose(0, 1_000_000).Select(i => i / 1_000_000.0)))),
        Gen.Constant(Gen.Choose(0, (1 << 20) - 1).Select(i => 1.0 + (i / (double)(1 << 20)))),
        Gen.Choose(-40, 40).Select(shift => Gen.Choose(-1000, 1000).Select(i => Math.ScaleB(i, shift))),
        Gen.Constant(Gen.Choose(-4, 4).Select(i => (double)i)));

    public override string ToString() =>
        $"{Scores.Length} scores, higher is better {HigherIsBetter}, tolerance {Format(Tolerance)}: [{string.Join(", ", Scores.Select(Format))}]";

    public static Arbitrary<RankCase> Arbitrary() => Arb.From(
        from size in Gen.Frequency((1, Gen.Choose(0, 12)), (1, Gen.Choose(RankSet.RadixSortFrom - 4, RankSet.RadixSortFrom + 1000)))
        from source in Source
        from poolSize in Gen.Choose(1, 6)
        from pool in Gen.CollectToArray(Enumerable.Repeat(source, poolSize))
        from exactWeight in Gen.Elements(4, 1000)
        from nearTies in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from scores in Gen.CollectToArray(Enumerable.Repeat(Score(pool, source, exactWeight, nearTies), size))
        from higherIsBetter in Gen.Elements(true, false)
        from tolerance in Gen.Frequency((6, Gen.Constant(1e-12)), (1, Gen.Constant(0.0)), (1, Gen.Constant(1e-3)), (3, Gen.Elements(0.25, 0.5)))
        select new RankCase(scores, higherIsBetter, tolerance));

    private static Gen<double> Score(double[] pool, Gen<double> source, int exactWeight, bool nearTies) =>
        from value in Gen.Elements(pool)
        from ulps in Gen.Choose(-3, 3)
        from steps in Gen.Choose(-3, 3)
        from fresh in source
        from kind in nearTies
            ? Gen.Frequency((exactWeight, Gen.Constant(0)), (2, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3)))
            : Gen.Frequency((exactWeight, Gen.Constant(0)), (1, Gen.Constant(3)))
        select kind switch
        {
            0 => value,
            1 => Ulps(value, ulps),
            2 => value + (value * steps * 0.45e-12),
            _ => fresh,
        };

    private static double Ulps(double value, int count)
    {
        for (var i = 0; i < Math.Abs(count); i++)
        {
            value = count > 0 ? Math.BitIncrement(value) : Math.BitDecrement(value);
        }

        return value;
    }

    private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}

[Properties(Arbitrary = [typeof(RankCase)], MaxTest = 300)]
public sealed class RankSetPropertyTests
{
    [Property]
    public void FromScores_AnyScores_EqualTheSimpleReference(RankCase c)
    {
        var actual = RankSet.FromScores(c.Scores, c.HigherIsBetter, c.Tolerance);
        var (dense, average, min, ordinal) = Reference(c.Scores, c.HigherIsBetter, c.Tolerance);

        Assert.Equal(dense, actual.Dense);
        Assert.Equal(average, actual.Average);
        Assert.Equal(min, actual.Min);
        Assert.Equal(ordinal, actual.Ordinal);
    }

    [Property]
    public void CompetitionRanks_AnyScores_EqualTheMinRanksOfFromScores(RankCase c)
    {
        var n = c.Scores.Length;
        var (keys, order, min) = (new ulong[n], new int[n], new int[n]);

        RankSet.CompetitionRanks(c.Scores, c.HigherIsBetter, c.Tolerance, keys, order, min);

        Assert.Equal(RankSet.FromScores(c.Scores, c.HigherIsBetter, c.Tolerance).Min, min);
    }

    /// <summary>
    /// The definition, step by step: best first (a stable sort, so equal scores keep input order); a score joins the group
    /// of the one before it when it is within the tolerance of that group's first score; each group sorted by input order.
    /// </summary>
    private static (int[] Dense, double[] Average, int[] Min, int[] Ordinal) Reference(double[] scores, bool higherIsBetter, double tolerance)
    {
        var scale = scores.Select(Math.Abs).DefaultIfEmpty(0.0).Max();
        var groups = new List<List<int>>();
        foreach (var i in Enumerable.Range(0, scores.Length).OrderBy(i => higherIsBetter ? -scores[i] : scores[i]))
        {
            var (a, b) = (groups.Count == 0 ? double.NaN : scores[groups[^1][0]], scores[i]);
            if (Math.Abs(a - b) <= tolerance * Math.Max(Math.Max(Math.Abs(a), Math.Abs(b)), scale))
            {
                groups[^1].Add(i);
            }
            else
            {
                groups.Add([i]);
            }
        }

        var (dense, average, min, ordinal) = (new int[scores.Length], new double[scores.Length], new int[scores.Length], new int[scores.Length]);
        var before = 0;
        for (var g = 0; g < groups.Count; g++)
        {
            var members = groups[g].Order().ToArray();
            for (var k = 0; k < members.Length; k++)
            {
                dense[members[k]] = g + 1;
                min[members[k]] = before + 1;
                average[members[k]] = before + ((members.Length + 1) / 2.0);
                ordinal[members[k]] = before + k + 1;
            }

            before += members.Length;
        }

        return (dense, average, min, ordinal);
    }
}
