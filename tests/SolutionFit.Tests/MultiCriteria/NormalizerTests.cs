using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests.MultiCriteria;

/// <summary>Each normalisation fitted to a matrix: column bounds, target columns, degenerate columns and the values a ratio normalisation cannot divide by.</summary>
public sealed class NormalizerTests
{
    private static readonly Normalization[] Normalizations = [Normalization.Vector, Normalization.MinMax, Normalization.LinearMax, Normalization.Sum];

    [Fact]
    public void Fit_RandomColumns_HighAndLowAreEachColumnsExtremes()
    {
        // 400 seeded matrices of benefit, cost and target columns (targets below, inside and above the values), under every
        // normalisation: the High and Low that TOPSIS and VIKOR take as ideals are the column's extremes. Values are positive
        // for the ratio normalisations, signed (some columns all negative) otherwise.
        var random = new Random(20261127);
        for (var run = 0; run < 400; run++)
        {
            var normalization = Normalizations[run % Normalizations.Length];
            var ratio = normalization is Normalization.LinearMax or Normalization.Sum;
            var (m, n) = (random.Next(2, 7), random.Next(1, 5));
            var criteria = Enumerable.Range(0, n).Select(j => (j % 3) switch
            {
                0 => Criterion.Benefit($"c{j}"),
                1 => Criterion.Cost($"c{j}"),
                _ => Criterion.TargetValue($"c{j}", (random.NextDouble() * 40) - 20),
            }).ToArray();
            var shift = ratio ? 0.0 : (random.Next(3) - 1) * 15.0;
            var values = Enumerable.Range(0, m).Select(_ => Enumerable.Range(0, n).Select(_ => Math.Round((random.NextDouble() * 10) + shift + (ratio ? 0.5 : 0), 2)).ToArray()).ToArray();
            var matrix = new DecisionMatrix(Enumerable.Range(0, m).Select(i => $"a{i}"), criteria, values, Enumerable.Repeat(1.0, n));

            var scaling = Normalizer.Fit(matrix, normalization, [], "matrix");
            var normalized = scaling.ToArray();

            for (var j = 0; j < n; j++)
            {
                var column = Enumerable.Range(0, m).Select(i => normalized[(i * n) + j]).ToArray();
                Assert.True(Math.Abs(scaling.High[j] - column.Max()) <= 1e-12, $"run {run} {normalization} column {j}: high {scaling.High[j]} vs {column.Max()}");
                Assert.True(Math.Abs(scaling.Low[j] - column.Min()) <= 1e-12, $"run {run} {normalization} column {j}: low {scaling.Low[j]} vs {column.Min()}");
            }
        }
    }

    [Fact]
    public void Fit_TargetColumn_IsOneMinusTheDistanceOverTheFarthest()
    {
        // Values 2, 4, 10 and target 5: distances 3, 1, 5, so 1 − d/5.
        var matrix = new DecisionMatrix(["a", "b", "c"], [Criterion.TargetValue("t", 5)], [[2.0], [4.0], [10.0]], [1.0]);
        var scaling = Normalizer.Fit(matrix, Normalization.Vector, [], "matrix");
        Assert.Equal([Math.Round(1 - (3.0 / 5), 12), Math.Round(1 - (1.0 / 5), 12), 0.0], scaling.ToArray().Select(v => Math.Round(v, 12)));
        Assert.Equal((1 - (1.0 / 5), 0.0), (scaling.High[0], scaling.Low[0])); // the best alternative, b, not the target itself

        // A target below every value: the nearest value scores 1 − 1/9 here (distances 1 and 9).
        var below = Normalizer.Fit(new DecisionMatrix(["a", "b"], [Criterion.TargetValue("t", -1)], [[0.0], [8.0]], [1.0]), Normalization.Vector, [], "matrix");
        Assert.Equal([Math.Round(1 - (1.0 / 9), 12), 0.0], below.ToArray().Select(v => Math.Round(v, 12)));
        Assert.Equal(1 - (1.0 / 9), below.High[0], 12);
    }

    [Fact]
    public void Fit_DegenerateColumn_IsOneWithADiagnostic()
    {
        static List<string> Diagnostics(Normalization normalization, Criterion criterion, double value)
        {
            var diagnostics = new List<string>();
            var matrix = new DecisionMatrix(["a", "b"], [criterion, Criterion.Benefit("other")], [[value, 1.0], [value, 2.0]], [1.0, 1.0]);
            var normalized = Normalizer.Fit(matrix, normalization, diagnostics, "matrix").ToArray();
            Assert.Equal((1.0, 1.0), (normalized[0], normalized[2]));
            return diagnostics;
        }

        Assert.Equal(["Criterion 't' is on its target for every alternative: it cannot tell them apart and is normalised to 1."], Diagnostics(Normalization.MinMax, Criterion.TargetValue("t", 3), 3));
        Assert.Equal(["Criterion 'c' is the same for every alternative: it cannot tell them apart and is normalised to 1."], Diagnostics(Normalization.MinMax, Criterion.Benefit("c"), 3));
        const string Zero = "Criterion 'c' is 0 for every alternative: it cannot tell them apart and is normalised to 1.";
        Assert.Equal([Zero], Diagnostics(Normalization.Vector, Criterion.Benefit("c"), 0));
        Assert.Equal([Zero], Diagnostics(Normalization.LinearMax, Criterion.Benefit("c"), 0));
        Assert.Equal([Zero], Diagnostics(Normalization.Sum, Criterion.Benefit("c"), 0));
    }

    [Fact]
    public void Fit_RatioNormalisation_NamesTheFirstValueItCannotDivideBy()
    {
        // A benefit column may hold 0 but not a negative value: the negative one is named, not the 0 before it.
        var benefit = new DecisionMatrix(["a", "b", "c"], [Criterion.Benefit("x")], [[0.0], [-1.0], [-2.0]], [1.0]);
        var negative = Assert.Throws<InvalidInputException>("matrix", () => Normalizer.Fit(benefit, Normalization.LinearMax, [], "matrix"));
        Assert.Equal(
            "The LinearMax normalisation divides by the values, so criterion 'x' needs values >= 0, but alternative 'b' has -1; use Vector or MinMax.",
            negative.Detail);
        Assert.Equal((1, "b", "x"), (negative.Index, negative.ItemId, negative.Field));

        var cost = new DecisionMatrix(["a", "b"], [Criterion.Cost("y")], [[2.0], [0.0]], [1.0]);
        Assert.Equal(
            "The Sum normalisation divides by the values, so criterion 'y' needs values > 0, but alternative 'b' has 0; use Vector or MinMax.",
            Assert.Throws<InvalidInputException>("matrix", () => Normalizer.Fit(cost, Normalization.Sum, [], "matrix")).Detail);
    }
}
