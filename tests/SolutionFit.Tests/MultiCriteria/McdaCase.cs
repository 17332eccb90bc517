using FsCheck;
using FsCheck.Fluent;
using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests.MultiCriteria;

/// <summary>A decision matrix drawn with positive values, so that every normalisation applies.</summary>
public sealed record McdaCase(double[][] Values, CriterionType[] Types, double[] Weights)
{
    public DecisionMatrix Matrix(double[]? weights = null, int[]? order = null)
    {
        var rows = order is null ? Values : order.Select(i => Values[i]).ToArray();
        var names = order is null ? Enumerable.Range(0, Values.Length) : order;
        return new DecisionMatrix(
            names.Select(i => $"a{i}"),
            Types.Select((t, j) => t switch { CriterionType.Cost => Criterion.Cost($"c{j}"), CriterionType.Target => Criterion.TargetValue($"c{j}", 5), _ => Criterion.Benefit($"c{j}") }),
            rows,
            weights ?? Weights);
    }

    public override string ToString() =>
        $"types [{string.Join(", ", Types)}], weights [{string.Join(", ", Weights)}], rows [{string.Join("; ", Values.Select(r => string.Join(" ", r)))}]";

    public static Arbitrary<McdaCase> Arbitrary() => Arb.From(
        from m in Gen.Choose(1, 7)
        from n in Gen.Choose(1, 5)
        from values in Gen.CollectToArray(Enumerable.Repeat(Gen.CollectToArray(Enumerable.Repeat(Gen.Choose(1, 10).Select(v => (double)v), n)), m))
        from types in Gen.CollectToArray(Enumerable.Repeat(Gen.Elements(CriterionType.Benefit, CriterionType.Cost, CriterionType.Target), n))
        from weights in Gen.CollectToArray(Enumerable.Repeat(Gen.Choose(1, 9).Select(w => (double)w), n))
        select new McdaCase(values, types, weights));
}
