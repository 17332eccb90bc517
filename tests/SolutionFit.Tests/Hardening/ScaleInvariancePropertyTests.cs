using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.Gauges;
using SolutionFit.MultiCriteria;
using SolutionFit.Surveys;

namespace SolutionFit.Tests.Hardening;

/// <summary>
/// Scaling every weight, or one column, by a constant never changes an answer: by a power of two (2^−996..2^996, about
/// 1e-300..1e300) bit for bit, by any factor in 1e-300..1e300 up to rounding.
/// </summary>
public sealed class ScaleInvariancePropertyTests
{
    private static readonly Criterion[] Criteria = [Criterion.Benefit("b"), Criterion.Cost("c"), Criterion.TargetValue("t", 3)];

    private static Gen<double[][]> Values { get; } =
        Gen.Choose(2, 6).SelectMany(m => Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(1, 50).Select(i => (double)i), 3), m));

    private static Gen<double[]> Weights { get; } = Gen.ArrayOf(Gen.Choose(0, 20).Select(i => (double)i), 3).Where(w => w.Sum() > 0);

    private static Gen<int> PowerOfTwo { get; } = Gen.Choose(-996, 996);

    private static Gen<double> Factor { get; } = Gen.Choose(-300, 300).Select(e => Math.Pow(10, e) * 1.2345);

    private static IEnumerable<RankingResult> All(DecisionMatrix matrix)
    {
        foreach (var normalization in Enum.GetValues<Normalization>())
        {
            yield return MultiCriteriaRanking.WeightedSum(matrix, normalization);
            yield return MultiCriteriaRanking.Topsis(matrix, normalization);
        }

        yield return MultiCriteriaRanking.Vikor(matrix);
        yield return MultiCriteriaRanking.PrometheeII(matrix);
    }

    private static DecisionMatrix Matrix(double[][] values, double[] weights, Criterion[]? criteria = null) =>
        new(values.Select((_, i) => $"a{i}"), criteria ?? Criteria, values, weights);

    [Property(MaxTest = 150)]
    public Property MultiCriteria_WeightsTimesPowerOfTwo_BitIdentical() =>
        Prop.ForAll(Values.ToArbitrary(), Weights.ToArbitrary(), PowerOfTwo.ToArbitrary(), (values, weights, k) =>
        {
            var scaled = Array.ConvertAll(weights, w => Math.ScaleB(w, k));
            var (before, after) = (All(Matrix(values, weights)).ToArray(), All(Matrix(values, scaled)).ToArray());
            return before.Zip(after).All(p => p.First.Scores.SequenceEqual(p.Second.Scores) && p.First.Ranks.Ordinal.SequenceEqual(p.Second.Ranks.Ordinal));
        });

    [Property(MaxTest = 150)]
    public Property MultiCriteria_WeightsTimesAnyFactor_SameScoresUpToRounding() =>
        Prop.ForAll(Values.ToArbitrary(), Weights.ToArbitrary(), Factor.ToArbitrary(), (values, weights, factor) =>
        {
            var scaled = Array.ConvertAll(weights, w => w * factor);
            var (before, after) = (All(Matrix(values, weights)).ToArray(), All(Matrix(values, scaled)).ToArray());
            return before.Zip(after).All(p => p.First.Scores.Zip(p.Second.Scores).All(s => Math.Abs(s.First - s.Second) <= 1e-12));
        });

    [Property(MaxTest = 150)]
    public Property MultiCriteria_ColumnTimesPowerOfTwo_BitIdentical() =>
        Prop.ForAll(Values.ToArbitrary(), Weights.ToArbitrary(), PowerOfTwo.ToArbitrary(), (values, weights, k) =>
        {
            // Benefit and cost columns scale freely; a target criterion scales with its target. Usual preferences only (thresholds are in the column's units).
            var criteria = new[] { Criterion.Benefit("b"), Criterion.Cost("c"), Criterion.TargetValue("t", Math.ScaleB(3, k)) };
            var scaled = values.Select(row => row.Select(x => Math.ScaleB(x, k)).ToArray()).ToArray();
            var (before, after) = (All(Matrix(values, weights)).ToArray(), All(Matrix(scaled, weights, criteria)).ToArray());
            return before.Zip(after).All(p => p.First.Scores.SequenceEqual(p.Second.Scores) && p.First.Ranks.Ordinal.SequenceEqual(p.Second.Ranks.Ordinal));
        });

    [Property(MaxTest = 150)]
    public Property MultiCriteria_ColumnTimesAnyFactor_SameScoresUpToRounding() =>
        Prop.ForAll(Values.ToArbitrary(), Weights.ToArbitrary(), Factor.ToArbitrary(), (values, weights, factor) =>
        {
            // No target here: |x·f − t·f| rounds, so two distances equal before can differ in the last bit after, and
            // PROMETHEE's usual criterion (a step at 0) rightly turns that into a preference. The power-of-two property covers targets.
            var criteria = new[] { Criterion.Benefit("b"), Criterion.Cost("c"), Criterion.Benefit("d") };
            var scaled = values.Select(row => row.Select(x => x * factor).ToArray()).ToArray();
            var (before, after) = (All(Matrix(values, weights, criteria)).ToArray(), All(Matrix(scaled, weights, criteria)).ToArray());
            return before.Zip(after).All(p => p.First.Scores.Zip(p.Second.Scores).All(s => Math.Abs(s.First - s.Second) <= 1e-9));
        });

    [Property(MaxTest = 200)]
    public Property Gauge_WeightsTimesPowerOfTwo_BitIdentical() =>
        Prop.ForAll(Gen.NonEmptyListOf(Gen.Zip(Gen.Choose(0, 4), Gen.Choose(1, 100))).ToArbitrary(), PowerOfTwo.ToArbitrary(), (deals, k) =>
        {
            var before = PriceHappinessGauge.Measure(deals.Select((d, i) => new ObservedReaction($"d{i}", (PriceReaction)d.Item1, d.Item2)));
            var after = PriceHappinessGauge.Measure(deals.Select((d, i) => new ObservedReaction($"d{i}", (PriceReaction)d.Item1, Math.ScaleB(d.Item2, k))));
            return before.SmileIndex == after.SmileIndex && before.SmileIndexInterval.Lower == after.SmileIndexInterval.Lower && before.SmileIndexInterval.Upper == after.SmileIndexInterval.Upper
                && before.EffectiveSampleSize == after.EffectiveSampleSize
                && Enum.GetValues<PriceReaction>().All(r => before.ShareOf(r) == after.ShareOf(r));
        });

    [Property(MaxTest = 200)]
    public Property Gauge_WeightsTimesAnyFactor_SameUpToRounding() =>
        Prop.ForAll(Gen.NonEmptyListOf(Gen.Zip(Gen.Choose(0, 4), Gen.Choose(1, 100))).ToArbitrary(), Factor.ToArbitrary(), (deals, factor) =>
        {
            var before = PriceHappinessGauge.Measure(deals.Select((d, i) => new ObservedReaction($"d{i}", (PriceReaction)d.Item1, d.Item2)));
            var after = PriceHappinessGauge.Measure(deals.Select((d, i) => new ObservedReaction($"d{i}", (PriceReaction)d.Item1, d.Item2 * factor)));
            return Math.Abs(before.SmileIndex - after.SmileIndex) <= 1e-9 && Math.Abs(before.SmileIndexInterval.Lower - after.SmileIndexInterval.Lower) <= 1e-9
                && Math.Abs(before.SmileIndexInterval.Upper - after.SmileIndexInterval.Upper) <= 1e-9 && Math.Abs(before.EffectiveSampleSize - after.EffectiveSampleSize) <= 1e-9 * before.EffectiveSampleSize;
        });

    [Property(MaxTest = 100)]
    public Property Ahp_MatrixOfScaledPriorities_GivesThosePriorities() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(-300, 300), 4).ToArbitrary(), exponents =>
        {
            // A consistent matrix a_ij = k_i / k_j with k_i = 2^e_i anywhere in double's range: every method returns k normalised, λmax = n.
            var k = Array.ConvertAll(exponents, e => Math.ScaleB(1.0, e));
            var matrix = k.Select(ki => k.Select(kj => ki / kj).ToArray()).ToArray();
            var top = k.Max();
            var expected = Array.ConvertAll(k, x => x / top);
            var sum = expected.Sum();
            return Enum.GetValues<AhpPriorityMethod>().All(method =>
            {
                var result = Ahp.Analyze(["a", "b", "c", "d"], matrix, method);
                return result.Priorities.Zip(expected).All(p => Math.Abs(p.First - (p.Second / sum)) <= 1e-12) && Math.Abs(result.LambdaMax - 4) <= 1e-9;
            });
        });
}
