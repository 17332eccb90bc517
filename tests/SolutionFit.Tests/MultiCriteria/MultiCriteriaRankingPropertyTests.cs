using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests.MultiCriteria;

/// <summary>
/// Random decision matrices under every method: invariances, dominance, finite scores, contributions and the
/// method-specific members; TOPSIS, the weighted sum and PROMETHEE II against simple textbook implementations.
/// </summary>
public sealed class MultiCriteriaRankingPropertyTests
{
    private static IEnumerable<Func<DecisionMatrix, RankingResult>> Methods()
    {
        foreach (var normalization in Enum.GetValues<Normalization>())
        {
            yield return m => MultiCriteriaRanking.WeightedSum(m, normalization);
            yield return m => MultiCriteriaRanking.Topsis(m, normalization);
        }

        yield return m => MultiCriteriaRanking.Vikor(m);
        yield return m => MultiCriteriaRanking.PrometheeII(m);
        yield return m => MultiCriteriaRanking.PrometheeII(m, Enumerable.Repeat(PreferenceFunction.Linear(1, 4), m.Criteria.Count).ToArray());
    }

    private static bool Close(IReadOnlyList<double> a, IReadOnlyList<double> b) => a.Zip(b).All(p => Math.Abs(p.First - p.Second) <= 1e-9 * Math.Max(1, Math.Abs(p.First)));

    [Property(Arbitrary = [typeof(McdaCase)], MaxTest = 200)]
    public Property Methods_AllWeightsScaled_ScoresUnchanged(McdaCase c, PositiveInt factor) =>
        Methods().All(method => Close(method(c.Matrix()).Scores, method(c.Matrix(c.Weights.Select(w => w * factor.Get * 0.37).ToArray())).Scores)).ToProperty();

    [Property(Arbitrary = [typeof(McdaCase)], MaxTest = 200)]
    public Property Methods_AlternativesPermuted_ScoresPermuted(McdaCase c, int seed)
    {
        var order = Enumerable.Range(0, c.Values.Length).ToArray();
        new Random(seed).Shuffle(order);

        return Methods().All(method =>
        {
            var (original, permuted) = (method(c.Matrix()), method(c.Matrix(order: order)));
            return Close(order.Select(i => original.Scores[i]).ToArray(), permuted.Scores);
        }).ToProperty();
    }

    [Property(Arbitrary = [typeof(McdaCase)], MaxTest = 200)]
    public Property Methods_DominatingAlternative_RanksFirst(McdaCase c)
    {
        // Better than every other alternative on every criterion: 11 on benefits (values are 1..10), 0.5 on costs, the target on targets.
        var best = c.Types.Select(t => t switch { CriterionType.Cost => 0.5, CriterionType.Target => 5.0, _ => 11.0 }).ToArray();
        var withBest = c with { Values = [.. c.Values, best] };
        var index = withBest.Values.Length - 1;

        return Methods().All(method => method(withBest.Matrix()).Ranks.Min[index] == 1).ToProperty();
    }

    [Property(Arbitrary = [typeof(McdaCase)], MaxTest = 200)]
    public Property Methods_AnyMatrix_ScoresFiniteAndRanksConsistent(McdaCase c) =>
        Methods().All(method =>
        {
            var result = method(c.Matrix());
            var order = Enumerable.Range(0, result.Scores.Count).OrderBy(i => result.Ranks.Ordinal[i]).Select(i => result.Scores[i]).ToArray();
            var sorted = result.HigherIsBetter ? order.Zip(order.Skip(1)).All(p => p.First >= p.Second - 1e-12) : order.Zip(order.Skip(1)).All(p => p.First <= p.Second + 1e-12);
            return result.Scores.All(double.IsFinite) && sorted && result.Ranks.Ordinal.Order().SequenceEqual(Enumerable.Range(1, result.Scores.Count));
        }).ToProperty();

    [Property(Arbitrary = [typeof(McdaCase)], MaxTest = 200)]
    public Property Contributions_AnyMethod_AreTheWeightedNormalisedValuesAndSumToTheWeightedSum(McdaCase c) =>
        Methods().All(method =>
        {
            var result = method(c.Matrix());
            var weights = c.Matrix().Weights;
            var weighted = Enumerable.Range(0, result.Alternatives.Count).All(i =>
                result.Contributions[i].SequenceEqual(result.Normalized[i].Select((v, j) => weights[j] * v)));
            var sums = result is not WeightedSumResult || Enumerable.Range(0, result.Alternatives.Count).All(i =>
                Math.Abs(result.Contributions[i].Sum() - result.Scores[i]) <= 1e-12);
            return weighted && sums;
        }).ToProperty();

    [Property(Arbitrary = [typeof(McdaCase)], MaxTest = 200)]
    public Property Results_MethodSpecificMembers_AgreeWithTheScores(McdaCase c)
    {
        var matrix = c.Matrix();
        var topsis = MultiCriteriaRanking.Topsis(matrix);
        var vikor = MultiCriteriaRanking.Vikor(matrix);
        var promethee = MultiCriteriaRanking.PrometheeII(matrix);
        var m = c.Values.Length;

        var closeness = Enumerable.Range(0, m).All(i =>
            topsis.DistanceToIdeal[i] + topsis.DistanceToAntiIdeal[i] == 0
                ? topsis.Closeness[i] == 1
                : Math.Abs(topsis.Closeness[i] - (topsis.DistanceToAntiIdeal[i] / (topsis.DistanceToIdeal[i] + topsis.DistanceToAntiIdeal[i]))) <= 1e-15);
        var flows = Enumerable.Range(0, m).All(i => promethee.NetFlow[i] == promethee.PositiveFlow[i] - promethee.NegativeFlow[i]);
        var compromise = vikor.CompromiseSet.Count >= 1 && vikor.CompromiseSet[0] == Enumerable.Range(0, m).MinBy(i => (vikor.Q[i], i))
            && vikor.CompromiseSet.All(i => vikor.Q[i] >= vikor.Q[vikor.CompromiseSet[0]]);
        var regret = Enumerable.Range(0, m).All(i => vikor.R[i] <= vikor.S[i] + 1e-15);
        return (closeness && flows && compromise && regret).ToProperty();
    }

    [Property(Arbitrary = [typeof(McdaCase)], MaxTest = 200)]
    public Property TopsisAndWeightedSum_BenefitAndCostCriteria_EqualTheTextbook(McdaCase c)
    {
        // Benefit and cost only (the textbook has no target criteria); values 1..10, so every column has a positive norm.
        var types = c.Types.Select(t => t == CriterionType.Target ? CriterionType.Benefit : t).ToArray();
        var plain = c with { Types = types };
        var cost = types.Select(t => t == CriterionType.Cost).ToArray();
        var topsis = MultiCriteriaRanking.Topsis(plain.Matrix()).Scores;
        var wsm = MultiCriteriaRanking.WeightedSum(plain.Matrix()).Scores;
        var naiveTopsis = NaiveMcda.Topsis(c.Values, cost, c.Weights);
        var naiveWsm = NaiveMcda.WeightedSum(c.Values, cost, c.Weights);

        // The textbook's closeness is 0/0 when every column is constant; SolutionFit defines it as 1.
        var topsisAgrees = naiveTopsis.All(double.IsNaN) ? topsis.All(s => s == 1.0) : naiveTopsis.Zip(topsis).All(p => Math.Abs(p.First - p.Second) < 1e-12);
        return (topsisAgrees && naiveWsm.Zip(wsm).All(p => Math.Abs(p.First - p.Second) < 1e-12))
            .Label($"TOPSIS [{string.Join(", ", topsis)}] vs [{string.Join(", ", naiveTopsis)}]");
    }

    [Property(Arbitrary = [typeof(McdaCase)], MaxTest = 200)]
    public Property PrometheeII_UsualCriterion_EqualsTheCountingBaseline(McdaCase c)
    {
        // Benefit and cost only (the counting baseline has no target criteria), at least two alternatives.
        var types = c.Types.Select(t => t == CriterionType.Target ? CriterionType.Benefit : t).ToArray();
        var plain = c with { Types = types, Values = c.Values.Length > 1 ? c.Values : [.. c.Values, .. c.Values] };
        var counted = NaiveMcda.PrometheeUsualByCounting(plain.Values, types.Select(t => t == CriterionType.Cost).ToArray(), plain.Weights);

        return MultiCriteriaRanking.PrometheeII(plain.Matrix()).NetFlow.Zip(counted).All(p => Math.Abs(p.First - p.Second) <= 1e-12).ToProperty();
    }

    /// <summary>Within 1e-12 of the flows' scale: the weights sum to 1, so every flow is in [−1, 1].</summary>
    private static bool CloseFlows(IReadOnlyList<double> actual, double[] expected) =>
        actual.Count == expected.Length && actual.Zip(expected).All(p => Math.Abs(p.First - p.Second) <= 1e-12 * Math.Max(1.0, Math.Abs(p.Second)));

    [Property(Arbitrary = [typeof(PrometheeCase)], MaxTest = 300)]
    public Property PrometheeII_AnyPreferenceFunctions_EqualsEveryPairCompared(PrometheeCase c)
    {
        var matrix = c.Matrix();
        var ranking = MultiCriteriaRanking.PrometheeII(matrix, c.Preferences);
        var (plus, minus, net, perCriterion) = NaiveMcda.PrometheeII(matrix, c.Preferences);

        return (CloseFlows(ranking.PositiveFlow, plus) && CloseFlows(ranking.NegativeFlow, minus) && CloseFlows(ranking.NetFlow, net)
                && CloseFlows(ranking.Normalized.SelectMany(row => row).ToArray(), perCriterion))
            .Label($"positive [{string.Join(", ", ranking.PositiveFlow)}] vs [{string.Join(", ", plus)}]; negative [{string.Join(", ", ranking.NegativeFlow)}] vs [{string.Join(", ", minus)}]");
    }

    [Property(Arbitrary = [typeof(PrometheeCase)], MaxTest = 300)]
    public Property PrometheeII_CountedPreferences_HaveTheCountsOfEveryPairCompared(PrometheeCase c)
    {
        // Usual, U-shape and level preferences are 0, 1/2 or 1: their sums are whole or half counts, exact either way.
        var counted = c with { Preferences = c.Preferences.Select(p => p.Shape is PreferenceShape.VShape or PreferenceShape.Linear ? PreferenceFunction.Level(p.Q, p.P) : p).ToArray() };
        var matrix = counted.Matrix();
        var (_, _, _, perCriterion) = NaiveMcda.PrometheeII(matrix, counted.Preferences);
        var m = matrix.Alternatives.Count;

        return MultiCriteriaRanking.PrometheeII(matrix, counted.Preferences).Normalized.SelectMany(row => row)
            .Zip(perCriterion)
            .All(p => Math.Round(p.First * Math.Max(m - 1, 1) * 2) == Math.Round(p.Second * Math.Max(m - 1, 1) * 2))
            .ToProperty();
    }
}
