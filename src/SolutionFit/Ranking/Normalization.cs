namespace SolutionFit;

/// <summary>How a criterion's values become comparable shares in which more is better.</summary>
/// <remarks>
/// Cost criteria are turned around so that every normalised value is better when higher. Target criteria are always
/// normalised as <c>1 − |x − t| / max |x − t|</c>, whatever the choice here.
/// </remarks>
public enum Normalization
{
    /// <summary><c>x / √Σx²</c>; cost <c>1 − x / √Σx²</c> (TOPSIS's textbook normalisation).</summary>
    Vector = 0,

    /// <summary><c>(x − min) / (max − min)</c>; cost <c>(max − x) / (max − min)</c>; a constant column is 1.</summary>
    MinMax = 1,

    /// <summary><c>x / max</c>; cost <c>min / x</c> (the weighted sum's textbook normalisation). Values must not be negative, costs must be positive.</summary>
    LinearMax = 2,

    /// <summary><c>x / Σx</c>; cost <c>(1/x) / Σ(1/x)</c>. Values must not be negative, costs must be positive.</summary>
    Sum = 3,
}

/// <summary>The normalisations, each turning a column into benefit direction.</summary>
internal static class Normalizer
{
    /// <summary>Normalises every column; returns r[i][j] and notes on degenerate columns.</summary>
    public static double[][] Normalize(DecisionMatrix matrix, Normalization normalization, List<string> diagnostics, string paramName)
    {
        var (m, n) = (matrix.M, matrix.N);
        var r = new double[m][];
        for (var i = 0; i < m; i++)
        {
            r[i] = new double[n];
        }

        var column = new double[m];
        for (var j = 0; j < n; j++)
        {
            var criterion = matrix.Criteria[j];
            for (var i = 0; i < m; i++)
            {
                column[i] = matrix[i, j];
            }

            var normalized = criterion.Type == CriterionType.Target
                ? TargetColumn(column, criterion, diagnostics)
                : Column(column, criterion, normalization, matrix.Alternatives, diagnostics, paramName);
            for (var i = 0; i < m; i++)
            {
                r[i][j] = normalized[i];
            }
        }

        return r;
    }

    private static double[] Column(double[] x, Criterion criterion, Normalization normalization, IReadOnlyList<string> alternatives, List<string> diagnostics, string paramName)
    {
        var cost = criterion.Type == CriterionType.Cost;
        var (min, max) = (x.Min(), x.Max());
        if (normalization is Normalization.LinearMax or Normalization.Sum)
        {
            for (var i = 0; i < x.Length; i++)
            {
                if (x[i] < 0.0 || (cost && x[i] == 0.0))
                {
                    throw new ArgumentException(
                        $"The {normalization} normalisation divides by the values, so criterion '{criterion.Name}' needs values {(cost ? "> 0" : ">= 0")}, but alternative '{alternatives[i]}' has {Guard.Format(x[i])}; use Vector or MinMax.",
                        paramName);
                }
            }
        }

        switch (normalization)
        {
            case Normalization.Vector:
                var norm = Math.Sqrt(x.Sum(v => v * v));
                if (norm == 0.0)
                {
                    diagnostics.Add($"Criterion '{criterion.Name}' is 0 for every alternative: it cannot tell them apart and is normalised to 1.");
                    return Ones(x.Length);
                }

                return Array.ConvertAll(x, v => cost ? 1.0 - (v / norm) : v / norm);
            case Normalization.MinMax:
                if (max == min)
                {
                    diagnostics.Add($"Criterion '{criterion.Name}' is the same for every alternative: it cannot tell them apart and is normalised to 1.");
                    return Ones(x.Length);
                }

                return Array.ConvertAll(x, v => cost ? (max - v) / (max - min) : (v - min) / (max - min));
            case Normalization.LinearMax:
                if (max == 0.0)
                {
                    diagnostics.Add($"Criterion '{criterion.Name}' is 0 for every alternative: it cannot tell them apart and is normalised to 1.");
                    return Ones(x.Length);
                }

                return Array.ConvertAll(x, v => cost ? min / v : v / max);
            default:
                var sum = cost ? x.Sum(v => 1.0 / v) : x.Sum();
                if (sum == 0.0)
                {
                    diagnostics.Add($"Criterion '{criterion.Name}' is 0 for every alternative: it cannot tell them apart and is normalised to 1/m.");
                    return Array.ConvertAll(x, _ => 1.0 / x.Length);
                }

                return Array.ConvertAll(x, v => cost ? 1.0 / v / sum : v / sum);
        }
    }

    private static double[] TargetColumn(double[] x, Criterion criterion, List<string> diagnostics)
    {
        var farthest = x.Max(v => Math.Abs(v - criterion.Target));
        if (farthest == 0.0)
        {
            diagnostics.Add($"Every alternative is on the target of criterion '{criterion.Name}': it cannot tell them apart and is normalised to 1.");
            return Ones(x.Length);
        }

        return Array.ConvertAll(x, v => 1.0 - (Math.Abs(v - criterion.Target) / farthest));
    }

    private static double[] Ones(int count)
    {
        var ones = new double[count];
        Array.Fill(ones, 1.0);
        return ones;
    }
}
