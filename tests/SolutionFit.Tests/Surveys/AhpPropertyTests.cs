using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.Surveys;

namespace SolutionFit.Tests.Surveys;

/// <summary>Random reciprocal matrices on Saaty's 1/9–9 scale, consistent or not: each method's result checked against its definition.</summary>
public sealed class AhpPropertyTests
{
    private static readonly double[] Scale = [1.0 / 9, 1.0 / 7, 1.0 / 5, 1.0 / 3, 1, 3, 5, 7, 9];

    private static Arbitrary<double[][]> Matrices { get; } =
        Gen.Choose(3, 15).SelectMany(n => Gen.ArrayOf(Gen.Elements(Scale), n * n).Select(upper =>
        {
            var a = new double[n][];
            for (var i = 0; i < n; i++)
            {
                a[i] = new double[n];
                a[i][i] = 1;
            }

            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    (a[i][j], a[j][i]) = (upper[(i * n) + j], 1 / upper[(i * n) + j]);
                }
            }

            return a;
        })).ToArbitrary();

    private static string[] Labels(int n) => Enumerable.Range(0, n).Select(i => $"c{i}").ToArray();

    private static double[] Product(double[][] a, IReadOnlyList<double> w) => a.Select(row => row.Select((x, j) => x * w[j]).Sum()).ToArray();

    [Property(MaxTest = 200)]
    public Property Analyze_ConsistentMatrix_HasCrZeroAndRecoversTheWeights(NonEmptyArray<PositiveInt> raw)
    {
        // a_ij = w_i / w_j is perfectly consistent: every method recovers w, λmax = n, CR = 0.
        var w = raw.Get.Take(12).Select(x => 1.0 + (x.Get % 9)).ToArray();
        var labels = w.Select((_, i) => $"x{i}").ToArray();
        var matrix = w.Select(wi => w.Select(wj => wi / wj).ToArray()).ToArray();
        var expected = w.Select(x => x / w.Sum()).ToArray();

        return Enum.GetValues<AhpPriorityMethod>().All(method =>
        {
            var result = Ahp.Analyze(labels, matrix, method);
            return result.ConsistencyRatio < 1e-9 && result.Priorities.Zip(expected).All(p => Math.Abs(p.First - p.Second) < 1e-9) && Math.Abs(result.LambdaMax - w.Length) < 1e-9;
        }).ToProperty();
    }

    [Property(MaxTest = 200)]
    public Property Analyze_Eigenvector_SatisfiesAwEqualsLambdaW() =>
        Prop.ForAll(Matrices, a =>
        {
            var result = Ahp.Analyze(Labels(a.Length), a);
            var aw = Product(a, result.Priorities);
            return Math.Abs(result.Priorities.Sum() - 1) <= 1e-12
                && result.LambdaMax >= a.Length - 1e-9
                && aw.Select((x, i) => Math.Abs(x - (result.LambdaMax * result.Priorities[i]))).All(d => d <= 1e-9 * result.LambdaMax);
        });

    [Property(MaxTest = 200)]
    public Property Analyze_GeometricMean_IsTheNormalisedRowGeometricMeanWithTheMeanRatioAsLambda() =>
        Prop.ForAll(Matrices, a =>
        {
            var n = a.Length;
            var result = Ahp.Analyze(Labels(n), a, AhpPriorityMethod.GeometricMean);
            var means = a.Select(row => Math.Pow(row.Aggregate(1.0, (p, x) => p * x), 1.0 / n)).ToArray();
            var expected = means.Select(m => m / means.Sum()).ToArray();
            var lambda = Product(a, expected).Select((x, i) => x / expected[i]).Average();
            return expected.Select((p, i) => Math.Abs(p - result.Priorities[i])).All(d => d <= 1e-12) && Math.Abs(result.LambdaMax - lambda) <= 1e-9 * lambda;
        });

    [Property(MaxTest = 200)]
    public Property Analyze_NormalizedColumnMean_IsTheRowMeanOfTheColumnNormalisedMatrix() =>
        Prop.ForAll(Matrices, a =>
        {
            var n = a.Length;
            var result = Ahp.Analyze(Labels(n), a, AhpPriorityMethod.NormalizedColumnMean);
            var columnSums = Enumerable.Range(0, n).Select(j => a.Sum(row => row[j])).ToArray();
            var expected = a.Select(row => row.Select((x, j) => x / columnSums[j]).Average()).ToArray();
            var lambda = Product(a, expected).Select((x, i) => x / expected[i]).Average();
            return expected.Select((p, i) => Math.Abs(p - result.Priorities[i])).All(d => d <= 1e-12) && Math.Abs(result.LambdaMax - lambda) <= 1e-9 * lambda;
        });
}
