namespace SolutionFit.MultiCriteria;

/// <summary>
/// Classic multi-criteria ranking of a <see cref="DecisionMatrix"/>: weighted sum, TOPSIS, VIKOR and PROMETHEE II, each
/// with its conventions named, per-criterion contributions, ranks in four conventions with ties by tolerance, and
/// defined results with diagnostics on degenerate input. Never NaN. Each method returns its own result type
/// (<see cref="WeightedSumResult"/>, <see cref="TopsisResult"/>, <see cref="VikorResult"/>, <see cref="PrometheeIIResult"/>),
/// a <see cref="RankingResult"/> with what only that method computes.
/// </summary>
/// <remarks>
/// Weighted sum and TOPSIS are O(m·n) for m alternatives and n criteria, VIKOR O(m·n + m log m), PROMETHEE II
/// O(n·m log m) (each criterion's flows from its sorted column, not from every pair). Pure and thread-safe.
/// </remarks>
public static partial class MultiCriteriaRanking
{
    /// <summary>The default relative tolerance within which scores tie (1e-12, the library's tie tolerance).</summary>
    public const double DefaultTieTolerance = Tolerance.RelativeTie;

    /// <summary>Checks the arguments of a method that normalises, notes degenerate rows and fits every column's formula.</summary>
    private static (ColumnScaling Scaling, List<string> Diagnostics) Prepare(DecisionMatrix matrix, Normalization normalization, double tieTolerance)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (!Enum.IsDefined(normalization))
        {
            throw new ArgumentOutOfRangeException(nameof(normalization), normalization, "The normalisation must be Vector, MinMax, LinearMax or Sum.");
        }

        Guard.NonNegativeFinite(tieTolerance, nameof(tieTolerance), "The tie tolerance");
        var diagnostics = DegenerateRows(matrix);
        return (Normalizer.Fit(matrix, normalization, diagnostics, nameof(matrix)), diagnostics);
    }

    /// <summary>
    /// The value of an alternative on a criterion in benefit direction, in units of <c>2^exponent</c>: x, −x for cost,
    /// −|x − t| for target.
    /// </summary>
    private static double Benefit(DecisionMatrix matrix, int i, int j, int exponent)
    {
        var criterion = matrix.CriteriaArray[j];
        var x = matrix.Values[(i * matrix.N) + j];
        var target = criterion.Target;
        if (exponent != 0)
        {
            (x, target) = (Math.ScaleB(x, -exponent), Math.ScaleB(target, -exponent));
        }

        return criterion.Type switch
        {
            CriterionType.Cost => -x,
            CriterionType.Target => -Math.Abs(x - target),
            _ => x,
        };
    }

    /// <summary>Notes a single alternative, or alternatives that all have the same values.</summary>
    private static List<string> DegenerateRows(DecisionMatrix matrix)
    {
        var diagnostics = new List<string>();
        if (matrix.M == 1)
        {
            diagnostics.Add($"There is one alternative, '{matrix.Alternatives[0]}': it is trivially rank 1.");
        }
        else if (Enumerable.Range(1, matrix.M - 1).All(i => Enumerable.Range(0, matrix.N).All(j => matrix[i, j] == matrix[0, j])))
        {
            diagnostics.Add("Every alternative has the same values: they all tie.");
        }

        return diagnostics;
    }
}
