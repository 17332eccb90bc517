namespace SolutionFit.MultiCriteria;

/// <summary>
/// The normalisations, each turning a column into benefit direction: one row-major pass gathers every column's
/// statistics (<see cref="ColumnStatistics"/>), and each column's formula is fitted by its own method into a
/// <see cref="ColumnScaling"/>, which then normalises a row on demand without storing an m × n array.
/// </summary>
internal static class Normalizer
{
    /// <summary>Fits every column's formula; notes degenerate columns.</summary>
    /// <exception cref="InvalidInputException">
    /// A ratio normalisation meets a negative value or a cost of 0 (<paramref name="paramName"/>, with the alternative's
    /// row and name and the criterion's name).
    /// </exception>
    public static ColumnScaling Fit(DecisionMatrix matrix, Normalization normalization, List<string> diagnostics, string paramName)
    {
        var columns = ColumnStatistics.Gather(matrix);
        var criteria = matrix.CriteriaArray;
        var scaling = new ColumnScaling(matrix);
        for (var j = 0; j < criteria.Length; j++)
        {
            var criterion = criteria[j];
            if (criterion.Type == CriterionType.Target)
            {
                FitTarget(scaling, matrix, j, criterion, columns, diagnostics);
                continue;
            }

            var cost = criterion.Type == CriterionType.Cost;
            if (normalization is Normalization.LinearMax or Normalization.Sum)
            {
                RequireRatioValues(matrix, normalization, j, cost, columns, paramName);
            }

            switch (normalization)
            {
                case Normalization.Vector:
                    FitVector(scaling, j, criterion, cost, columns, diagnostics);
                    break;
                case Normalization.MinMax:
                    FitMinMax(scaling, j, criterion, cost, columns, diagnostics);
                    break;
                case Normalization.LinearMax:
                    FitLinearMax(scaling, j, criterion, cost, columns, diagnostics);
                    break;
                default:
                    FitSum(scaling, matrix, j, criterion, cost, columns, diagnostics);
                    break;
            }
        }

        return scaling;
    }

    /// <summary><c>1 − |x − t| / farthest</c>; the farthest distance to t comes from the column's range, the nearest from a pass over the column.</summary>
    private static void FitTarget(ColumnScaling scaling, DecisionMatrix matrix, int j, Criterion criterion, ColumnStatistics columns, List<string> diagnostics)
    {
        var e = columns.Exponent[j];
        var (min, max, target) = (Math.ScaleB(columns.Min[j], -e), Math.ScaleB(columns.Max[j], -e), Math.ScaleB(criterion.Target, -e));
        scaling.SetExponent(j, e);

        // The best value is the alternative nearest the target (the target itself only when an alternative is on it); the
        // worst, 0, the farthest, which is one of the column's ends.
        var (x, n) = (matrix.Values, matrix.N);
        var near = double.PositiveInfinity;
        for (var i = 0; i < matrix.M; i++)
        {
            near = Math.Min(near, Math.Abs(scaling.Scaled(j, x[(i * n) + j]) - target));
        }

        var far = Math.Max(Math.Abs(min - target), Math.Abs(max - target));
        if (far == 0.0)
        {
            Degenerate(diagnostics, criterion, "is on its target for every alternative", scaling, j);
        }
        else
        {
            scaling.SetTarget(j, target, 1.0 / far, 1.0 - (near / far), 0.0);
        }
    }

    /// <summary>
    /// Rejects what a ratio normalisation (<see cref="Normalization.LinearMax"/>, <see cref="Normalization.Sum"/>) cannot
    /// divide by: a negative value, or a cost of 0; names the first such alternative.
    /// </summary>
    private static void RequireRatioValues(DecisionMatrix matrix, Normalization normalization, int j, bool cost, ColumnStatistics columns, string paramName)
    {
        var min = columns.Min[j];
        if (min > 0.0 || (min == 0.0 && !cost))
        {
            return;
        }

        var (x, n) = (matrix.Values, matrix.N);
        var i = Enumerable.Range(0, matrix.M).First(i => x[(i * n) + j] < 0.0 || (cost && x[(i * n) + j] == 0.0));
        var (alternative, criterion) = (matrix.Alternatives[i], matrix.CriteriaArray[j].Name);
        throw new InvalidInputException(
            paramName,
            $"The {normalization} normalisation divides by the values, so criterion '{criterion}' needs values {(cost ? "> 0" : ">= 0")}, but alternative '{alternative}' has {Guard.Format(x[(i * n) + j])}; use Vector or MinMax.",
            index: i,
            itemId: alternative,
            field: criterion);
    }

    /// <summary><c>x / √Σx²</c>; cost <c>1 − x / √Σx²</c>.</summary>
    private static void FitVector(ColumnScaling scaling, int j, Criterion criterion, bool cost, ColumnStatistics columns, List<string> diagnostics)
    {
        if (columns.Squares[j] == 0.0)
        {
            Degenerate(diagnostics, criterion, "is 0 for every alternative", scaling, j);
            return;
        }

        var norm = Math.Sqrt(columns.Squares[j]);
        scaling.SetExponent(j, columns.Exponent[j]);
        scaling.SetAffine(j, cost ? -1.0 / norm : 1.0 / norm, cost ? 1.0 : 0.0, columns.ScaledMin(j), columns.ScaledMax(j));
    }

    /// <summary><c>(x − min) / (max − min)</c>; cost <c>(max − x) / (max − min)</c>.</summary>
    private static void FitMinMax(ColumnScaling scaling, int j, Criterion criterion, bool cost, ColumnStatistics columns, List<string> diagnostics)
    {
        if (columns.Max[j] == columns.Min[j])
        {
            Degenerate(diagnostics, criterion, "is the same for every alternative", scaling, j);
            return;
        }

        // In the column's units (ColumnStatistics.ExponentOf), so that max − min cannot overflow.
        var (min, max) = (columns.ScaledMin(j), columns.ScaledMax(j));
        scaling.SetExponent(j, columns.Exponent[j]);
        var range = max - min;
        scaling.SetAffine(j, cost ? -1.0 / range : 1.0 / range, cost ? max / range : -min / range, min, max);
    }

    /// <summary><c>x / max</c>; cost <c>min / x</c> (values already checked by <see cref="RequireRatioValues"/>).</summary>
    private static void FitLinearMax(ColumnScaling scaling, int j, Criterion criterion, bool cost, ColumnStatistics columns, List<string> diagnostics)
    {
        if (columns.Max[j] == 0.0)
        {
            Degenerate(diagnostics, criterion, "is 0 for every alternative", scaling, j);
        }
        else if (cost)
        {
            // In units of the smallest cost (> 0), so that min / x neither divides by an underflowed 0 nor overflows.
            var e = columns.ReciprocalExponent(j);
            scaling.SetExponent(j, e);
            var (min, max) = (Math.ScaleB(columns.Min[j], -e), Math.ScaleB(columns.Max[j], -e));
            scaling.SetReciprocal(j, min, min, max);
        }
        else
        {
            scaling.SetExponent(j, columns.Exponent[j]);
            var (min, max) = (columns.ScaledMin(j), columns.ScaledMax(j));
            scaling.SetAffine(j, 1.0 / max, 0.0, min, max);
        }
    }

    /// <summary><c>x / Σx</c>; cost <c>(1/x) / Σ(1/x)</c> (values already checked by <see cref="RequireRatioValues"/>).</summary>
    private static void FitSum(ColumnScaling scaling, DecisionMatrix matrix, int j, Criterion criterion, bool cost, ColumnStatistics columns, List<string> diagnostics)
    {
        if (cost)
        {
            // In units of the smallest cost (> 0): every 1/x is at most 1, so their sum cannot overflow.
            var e = columns.ReciprocalExponent(j);
            scaling.SetExponent(j, e);
            var (min, max) = (Math.ScaleB(columns.Min[j], -e), Math.ScaleB(columns.Max[j], -e));
            scaling.SetReciprocal(j, 1.0 / SumOfInverses(matrix, j, e), min, max);
        }
        else if (columns.Sum[j] == 0.0)
        {
            Degenerate(diagnostics, criterion, "is 0 for every alternative", scaling, j);
        }
        else
        {
            scaling.SetExponent(j, columns.Exponent[j]);
            scaling.SetAffine(j, 1.0 / columns.Sum[j], 0.0, columns.ScaledMin(j), columns.ScaledMax(j));
        }
    }

    /// <summary><c>Σ_i 1 / (x_ij · 2^−e)</c>.</summary>
    private static double SumOfInverses(DecisionMatrix matrix, int j, int e)
    {
        var (x, m, n) = (matrix.Values, matrix.M, matrix.N);
        var inverses = 0.0;
        for (var i = 0; i < m; i++)
        {
            inverses += 1.0 / (e == 0 ? x[(i * n) + j] : Math.ScaleB(x[(i * n) + j], -e));
        }

        return inverses;
    }

    private static void Degenerate(List<string> diagnostics, Criterion criterion, string what, ColumnScaling scaling, int j)
    {
        diagnostics.Add($"Criterion '{criterion.Name}' {what}: it cannot tell them apart and is normalised to 1.");
        scaling.SetExponent(j, 0);
        scaling.SetAffine(j, 0.0, 1.0, 0.0, 0.0);
    }
}
