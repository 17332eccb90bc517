using FsCheck;
using FsCheck.Fluent;
using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests.MultiCriteria;

/// <summary>
/// A PROMETHEE case built to meet every edge of the sorted computation: columns of small integers (ties and advantages
/// exactly on a threshold), of halves around 0, of arbitrary values, and of values near 1e6 that differ by quarters (the
/// column's magnitude must not cancel in the sums); thresholds of 0, and p just above q (the next double).
/// </summary>
public sealed record PrometheeCase(double[][] Values, Criterion[] Criteria, double[] Weights, PreferenceFunction[] Preferences)
{
    public DecisionMatrix Matrix() => new(Enumerable.Range(0, Values.Length).Select(i => $"a{i}"), Criteria, Values, Weights);

    public override string ToString() =>
        $"criteria [{string.Join(", ", Criteria)}], preferences [{string.Join(", ", Preferences)}], weights [{string.Join(", ", Weights)}], rows [{string.Join("; ", Values.Select(r => string.Join(" ", r)))}]";

    private static readonly Gen<double> Threshold = Gen.Elements(0.0, 0.25, 0.5, 1.0, 2.0, 3.0);

    private static readonly Gen<double> Width = Gen.Elements(-1.0, 0.25, 0.5, 1.0, 1.5, 4.0);

    private static Gen<Func<int, double>> Column() => Gen.OneOf(
        Gen.Constant<Func<int, double>>(k => k % 7),
        Gen.Constant<Func<int, double>>(k => ((k % 13) - 6) / 2.0),
        Gen.Constant<Func<int, double>>(k => 1e6 + ((k % 17) / 4.0)),
        Gen.Constant<Func<int, double>>(k => (k * 0.7390851332151607 % 10.0) - 5.0));

    private static Gen<PreferenceFunction> Preference() =>
        from shape in Gen.Elements(Enum.GetValues<PreferenceShape>())
        from q in Threshold
        from width in Width
        let p = width < 0 ? Math.BitIncrement(q) : q + width
        select shape switch
        {
            PreferenceShape.UShape => PreferenceFunction.UShape(q),
            PreferenceShape.VShape => PreferenceFunction.VShape(p),
            PreferenceShape.Level => PreferenceFunction.Level(q, p),
            PreferenceShape.Linear => PreferenceFunction.Linear(q, p),
            _ => PreferenceFunction.Usual,
        };

    public static Arbitrary<PrometheeCase> Arbitrary() => Arb.From(
        from m in Gen.Choose(1, 60)
        from n in Gen.Choose(1, 4)
        from columns in Gen.CollectToArray(Enumerable.Repeat(Column(), n))
        from draws in Gen.CollectToArray(Enumerable.Repeat(Gen.CollectToArray(Enumerable.Repeat(Gen.Choose(0, 1000), n)), m))
        from types in Gen.CollectToArray(Enumerable.Repeat(Gen.Elements(CriterionType.Benefit, CriterionType.Cost, CriterionType.Target), n))
        from weights in Gen.CollectToArray(Enumerable.Repeat(Gen.Choose(1, 9).Select(w => (double)w), n))
        from preferences in Gen.CollectToArray(Enumerable.Repeat(Preference(), n))
        let values = draws.Select(row => row.Select((k, j) => columns[j](k)).ToArray()).ToArray()
        select new PrometheeCase(
            values,
            types.Select((t, j) => t switch
            {
                CriterionType.Cost => Criterion.Cost($"c{j}"),
                CriterionType.Target => Criterion.TargetValue($"c{j}", values[0][j] + 0.25),
                _ => Criterion.Benefit($"c{j}"),
            }).ToArray(),
            weights,
            preferences));
}
