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

/// <summary>The normalisations, each turning a column into benefit direction, into a flat row-major array.</summary>
internal static class Normalizer
{
    /// <summary>Normalises every column into r[i·n + j]; notes degenerate columns.</summary>
    public static double[] Normalize(DecisionMatrix matrix, Normalization normalization, List<string> diagnostics, string paramName)
    {
        var (m, n) = (matrix.M, matrix.N);
        var x = matrix.Values;
        var r = new double[m * n];
        for (var j = 0; j < n; j++)
        {
            var criterion = matrix.Criteria[j];
            if (criterion.Type == CriterionType.Target)
            {
                Target(x, r, m, n, j, criterion, diagnostics);
            }
            else
            {
                Column(x, r, m, n, j, criterion, normalization, matrix.Alternatives, diagnostics, paramName);
            }
        }

        return r;
    }

    private static void Column(double[] x, double[] r, int m, int n, int j, Criterion criterion, Normalization normalization, IReadOnlyList<string> alternatives, List<string> diagnostics, string paramName)
    {
        var cost = criterion.Type == CriterionType.Cost;
        double min = double.PositiveInfinity, max = double.NegativeInfinity, sum = 0, squares = 0, inverses = 0;
        for (var i = 0; i < m; i++)
        {
            var v = x[(i * n) + j];
            if (normalization is Normalization.LinearMax or Normalization.Sum && (v < 0.0 || (cost && v == 0.0)))
            {
                throw new ArgumentException(
                    $"The {normalization} normalisation divides by the values, so criterion '{criterion.Name}' needs values {(cost ? "> 0" : ">= 0")}, but alternative '{alternatives[i]}' has {Guard.Format(v)}; use Vector or MinMax.",
                    paramName);
            }

            (min, max, sum, squares) = (Math.Min(min, v), Math.Max(max, v), sum + v, squares + (v * v));
            inverses += cost && v != 0.0 ? 1.0 / v : 0.0;
        }

        string? degenerate = normalization switch
        {
            Normalization.Vector when squares == 0.0 => "is 0 for every alternative",
            Normalization.MinMax when max == min => "is the same for every alternative",
            Normalization.LinearMax when max == 0.0 => "is 0 for every alternative",
            Normalization.Sum when !cost && sum == 0.0 => "is 0 for every alternative",
            _ => null,
        };
        if (degenerate is not null)
        {
            diagnostics.Add($"Criterion '{criterion.Name}' {degenerate}: it cannot tell them apart and is normalised to 1.");
            Fill(r, m, n, j, 1.0);
            return;
        }

        var norm = Math.Sqrt(squares);
        for (var i = 0; i < m; i++)
        {
            var v = x[(i * n) + j];
            r[(i * n) + j] = normalization switch
            {
                Normalization.Vector => cost ? 1.0 - (v / norm) : v / norm,
                Normalization.MinMax => cost ? (max - v) / (max - min) : (v - min) / (max - min),
                Normalization.LinearMax => cost ? min / v : v / max,
                _ => cost ? 1.0 / v / inverses : v / sum,
            };
        }
    }

    private static void Target(double[] x, double[] r, int m, int n, int j, Criterion criterion, List<string> diagnostics)
    {
        var farthest = 0.0;
        for (var i = 0; i < m; i++)
        {
            farthest = Math.Max(farthest, Math.Abs(x[(i * n) + j] - criterion.Target));
        }

        if (farthest == 0.0)
        {
            diagnostics.Add($"Every alternative is on the target of criterion '{criterion.Name}': it cannot tell them apart and is normalised to 1.");
            Fill(r, m, n, j, 1.0);
            return;
        }

        for (var i = 0; i < m; i++)
        {
            r[(i * n) + j] = 1.0 - (Math.Abs(x[(i * n) + j] - criterion.Target) / farthest);
        }
    }

    private static void Fill(double[] r, int m, int n, int j, double value)
    {
        for (var i = 0; i < m; i++)
        {
            r[(i * n) + j] = value;
        }
    }
}
