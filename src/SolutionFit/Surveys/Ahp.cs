using System.Collections.ObjectModel;

namespace SolutionFit.Surveys;

/// <summary>The Analytic Hierarchy Process (Saaty): priorities from a reciprocal pairwise comparison matrix, with its consistency.</summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class Ahp
{
    private static readonly Dictionary<RandomIndexTable, (int First, double[] Values)> Tables = new()
    {
        [RandomIndexTable.Saaty1980] = (1, [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]),
        [RandomIndexTable.Saaty2005] = (3, [0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59]),
        [RandomIndexTable.DoneganDodd] = (3, [0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497, 1.4643, 1.4822, 1.4969, 1.5078, 1.5153, 1.5262, 1.5313, 1.5371]),
        [RandomIndexTable.TummalaLing] = (1, [0, 0, 0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537, 1.4882, 1.5117, 1.5356, 1.5571, 1.5714, 1.5831]),
    };

    /// <summary>Derives priorities and consistency from a pairwise comparison matrix.</summary>
    /// <param name="labels">One label per row, unique.</param>
    /// <param name="matrix">The square matrix: <c>a_ij</c> = how much more i matters than j (1–9 scale); positive, 1 on the diagonal, <c>a_ji = 1 / a_ij</c>.</param>
    /// <param name="method">The priority method; <see cref="AhpPriorityMethod.Eigenvector"/> by default.</param>
    /// <param name="table">The random-index table; <see cref="RandomIndexTable.Saaty1980"/> by default.</param>
    /// <param name="reciprocalTolerance">The relative tolerance of the diagonal and reciprocity checks (0.01 by default, so that 0.333 stands for 1/3).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="labels"/> or <paramref name="matrix"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// The matrix is empty; there is not one label per row, or a label is blank or repeated (<see cref="InvalidInputException.Index"/>
    /// is its position, <see cref="InvalidInputException.ItemId"/> the label); a row is null or not of length n, an entry
    /// is not positive and finite, a diagonal entry is not 1, or <c>a_ji</c> is not <c>1 / a_ij</c>
    /// (<see cref="InvalidInputException.Index"/> is the row <c>i</c>, <see cref="InvalidInputException.ItemId"/> its label,
    /// <see cref="InvalidInputException.Field"/> the column's label); RI(n) is not in the table (parameter <c>table</c>:
    /// the table does not cover a matrix this size); <paramref name="reciprocalTolerance"/> is negative, NaN or infinite;
    /// or the matrix is so inconsistent that λmax is beyond the largest double (entries near 1e308 that a large tolerance
    /// let through; parameter <c>matrix</c>).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> or <paramref name="table"/> is undefined.</exception>
    /// <remarks>
    /// Entries anywhere in double's range are handled without overflow: products and geometric means in log space, the
    /// eigenvector on an exactly rescaled similar matrix, column sums on columns divided by a power of two.
    /// </remarks>
    public static AhpResult Analyze(
        IEnumerable<string> labels,
        IEnumerable<IEnumerable<double>> matrix,
        AhpPriorityMethod method = AhpPriorityMethod.Eigenvector,
        RandomIndexTable table = RandomIndexTable.Saaty1980,
        double reciprocalTolerance = 0.01)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(matrix);
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "The method must be Eigenvector, GeometricMean or NormalizedColumnMean.");
        }

        if (!Enum.IsDefined(table))
        {
            throw new ArgumentOutOfRangeException(nameof(table), table, "Not a random-index table.");
        }

        Guard.NonNegativeFinite(reciprocalTolerance, nameof(reciprocalTolerance), "The reciprocity tolerance");
        var names = labels.ToArray();
        var a = Validate(names, matrix, reciprocalTolerance);
        var n = names.Length;

        // Nothing is multiplied out in plain doubles where entries may reach 1e308 or 5e-324: the geometric mean is taken in
        // log space; the eigenvector of the similar matrix D⁻¹AD, with D the geometric means rounded to powers of two (so
        // its entries are near 1 for a near-consistent matrix, and exactly scaled); the column means on columns divided by
        // their largest entry (a power of two). λmax estimates sum a_ij·w_j / w_i term by term in log space.
        var logGeometric = LogGeometricMeans(a);
        double[] priorities;
        double lambda;
        switch (method)
        {
            case AhpPriorityMethod.GeometricMean:
                priorities = FromLogs(logGeometric);
                lambda = LambdaEstimate(a, logGeometric);
                break;
            case AhpPriorityMethod.NormalizedColumnMean:
                priorities = NormalizedColumnMean(a);
                lambda = LambdaEstimate(a, Array.ConvertAll(priorities, Math.Log));
                break;
            default:
                (priorities, lambda) = Eigenvector(a, logGeometric);
                break;
        }

        if (!double.IsFinite(lambda) || Array.Exists(priorities, p => !double.IsFinite(p)))
        {
            throw new InvalidInputException(
                nameof(matrix),
                $"The comparison matrix is too inconsistent to analyse: its principal eigenvalue λmax is beyond the largest double ({Guard.Format(double.MaxValue)}); bring its entries closer to the 1–9 scale.");
        }

        var ri = RandomIndex(table, n);
        var ci = n <= 2 ? 0.0 : Math.Max((lambda - n) / (n - 1), 0.0);
        var cr = n <= 2 ? 0.0 : ci / ri;
        return new AhpResult(names, priorities, lambda, ci, cr, ri, method, table);
    }

    /// <summary>Combines a hierarchy: each alternative's global priority <c>Σ_c w_c · p(alternative | c)</c>.</summary>
    /// <param name="criteria">The criteria's priorities.</param>
    /// <param name="alternatives">For each criterion, in the order of <paramref name="criteria"/>, the alternatives' priorities under it (the same labels in the same order).</param>
    /// <returns>
    /// The global priority of each alternative by label (ordinal comparison), enumerated in the order of the first
    /// alternatives' result; a read-only view that cannot be cast back and changed.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> or <paramref name="alternatives"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// The number of results differs from the number of criteria; or a result is null or its alternatives' labels differ
    /// from the first's (<see cref="InvalidInputException.Index"/> is its position, <see cref="InvalidInputException.ItemId"/> the criterion).
    /// </exception>
    public static IReadOnlyDictionary<string, double> Combine(AhpResult criteria, IReadOnlyList<AhpResult> alternatives)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(alternatives);
        if (alternatives.Count != criteria.Labels.Count)
        {
            throw new InvalidInputException(nameof(alternatives), $"There are {criteria.Labels.Count} criteria but {alternatives.Count} alternative result(s).");
        }

        for (var c = 0; c < alternatives.Count; c++)
        {
            // There is at least one criterion, and alternatives[0] is checked first: the others are compared with it.
            var result = alternatives[c] ?? throw new InvalidInputException(nameof(alternatives), $"The result under criterion '{criteria.Labels[c]}' is null.", c, criteria.Labels[c]);
            if (!result.Labels.SequenceEqual(alternatives[0].Labels, StringComparer.Ordinal))
            {
                throw new InvalidInputException(nameof(alternatives), $"The alternatives under criterion '{criteria.Labels[c]}' are not those of the first criterion, in the same order.", c, criteria.Labels[c]);
            }
        }

        var labels = alternatives[0].Labels;
        var global = new OrderedDictionary<string, double>(labels.Count, StringComparer.Ordinal);
        for (var k = 0; k < labels.Count; k++)
        {
            var sum = 0.0;
            for (var c = 0; c < alternatives.Count; c++)
            {
                sum += criteria.Priorities[c] * alternatives[c].Priorities[k];
            }

            global.Add(labels[k], sum);
        }

        return new ReadOnlyDictionary<string, double>(global);
    }

    private static double RandomIndex(RandomIndexTable table, int n)
    {
        if (n <= 2)
        {
            return 0.0;
        }

        var (first, values) = Tables[table];
        var at = n - first;
        return at >= 0 && at < values.Length
            ? values[at]
            : throw new InvalidInputException(nameof(table), $"The {table} random-index table has no value for n = {n} (it covers n = {first}..{first + values.Length - 1}).");
    }

    private static double[][] Validate(string[] labels, IEnumerable<IEnumerable<double>> matrix, double tolerance)
    {
        var rows = matrix.Select(r => r?.ToArray()).ToArray();
        var n = rows.Length;
        if (n == 0)
        {
            throw new InvalidInputException(nameof(matrix), "The comparison matrix is empty.");
        }

        if (labels.Length != n)
        {
            throw new InvalidInputException(nameof(labels), $"The matrix has {n} rows, so it needs {n} labels; {labels.Length} are given.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            if (string.IsNullOrWhiteSpace(labels[i]))
            {
                throw new InvalidInputException(nameof(labels), $"Label {i} is null, empty or white space; every row needs a name.", i);
            }

            if (!seen.Add(labels[i]))
            {
                throw new InvalidInputException(nameof(labels), $"The label '{labels[i]}' appears more than once; labels must be unique.", i, labels[i]);
            }
        }

        for (var i = 0; i < n; i++)
        {
            var row = rows[i] ?? throw new InvalidInputException(nameof(matrix), $"Row '{labels[i]}' is null.", i, labels[i]);
            if (row.Length != n)
            {
                throw new InvalidInputException(nameof(matrix), $"The matrix must be square: row '{labels[i]}' has {row.Length} entries, not {n}.", i, labels[i]);
            }

            for (var j = 0; j < n; j++)
            {
                Guard.PositiveFinite(row[j], nameof(matrix), $"Entry ('{labels[i]}', '{labels[j]}')", i, labels[i], labels[j]);
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (Math.Abs(rows[i]![i] - 1.0) > tolerance)
            {
                throw new InvalidInputException(nameof(matrix), $"The diagonal must be 1, but entry ('{labels[i]}', '{labels[i]}') is {Guard.Format(rows[i]![i])}.", i, labels[i], labels[i]);
            }

            for (var j = i + 1; j < n; j++)
            {
                if (Math.Abs((rows[i]![j] * rows[j]![i]) - 1.0) > tolerance)
                {
                    throw new InvalidInputException(
                        nameof(matrix),
                        $"The matrix must be reciprocal, but ('{labels[i]}', '{labels[j]}') = {Guard.Format(rows[i]![j])} and ('{labels[j]}', '{labels[i]}') = {Guard.Format(rows[j]![i])} are not each other's inverse.",
                        i,
                        labels[i],
                        labels[j]);
                }
            }
        }

        return rows!;
    }

    /// <summary>
    /// The principal right eigenvector and its eigenvalue by power iteration (a positive matrix converges to it:
    /// Perron–Frobenius), run on <c>B = 2^−s · D⁻¹AD</c> with <c>D = diag(2^e_i)</c>, <c>e_i</c> the binary exponent of row
    /// i's geometric mean and <c>2^s</c> B's largest entry: B has A's eigenvalues (times 2^−s) and eigenvectors <c>D⁻¹w</c>.
    /// </summary>
    private static (double[] Priorities, double Lambda) Eigenvector(double[][] a, double[] logGeometric)
    {
        var n = a.Length;
        var e = new int[n];
        for (var i = 0; i < n; i++)
        {
            e[i] = (int)Math.Round(logGeometric[i] / Math.Log(2.0));
        }

        // B in one row-major block; entries of B can still overflow for a wildly inconsistent matrix: then B is divided by
        // its largest finite-scaled entry.
        var b = new double[n * n];
        var overflows = false;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var x = b[(i * n) + j] = Math.ScaleB(a[i][j], e[j] - e[i]);
                overflows |= !double.IsFinite(x) || x > 1e300;
            }
        }

        var shift = 0;
        if (overflows)
        {
            shift = int.MinValue;
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    shift = Math.Max(shift, Math.ILogB(a[i][j]) + e[j] - e[i]);
                }
            }

            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    b[(i * n) + j] = Math.ScaleB(a[i][j], e[j] - e[i] - shift);
                }
            }
        }

        // Power iteration on B + λ̂I, λ̂ = Σ(Bv) the current estimate of λmax (v sums to 1): the same eigenvector, but λmax + λ̂
        // dominates every other eigenvalue clearly even when, in a very inconsistent matrix, complex eigenvalues come close
        // to λmax in modulus (then the plain iteration barely converges). The two vectors are swapped, not reallocated.
        var v = new double[n];
        Array.Fill(v, 1.0);
        Normalize(v);
        var product = new double[n];
        var next = new double[n];
        for (var iteration = 0; iteration < 100_000; iteration++)
        {
            var estimate = Multiply(b, v, product);
            for (var i = 0; i < n; i++)
            {
                next[i] = product[i] + (estimate * v[i]);
            }

            Normalize(next);
            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                change = Math.Max(change, Math.Abs(next[i] - v[i]));
            }

            (v, next) = (next, v);
            if (change < 1e-15)
            {
                break;
            }
        }

        var lambda = Math.ScaleB(Multiply(b, v, product), shift);
        for (var i = 0; i < n; i++)
        {
            next[i] = Math.Log(v[i]) + (e[i] * Math.Log(2.0));
        }

        return (FromLogs(next), lambda);
    }

    /// <summary>Writes <c>Bv</c> (B an n × n row-major block) to <paramref name="product"/> and returns the sum of its entries.</summary>
    private static double Multiply(double[] b, double[] v, double[] product)
    {
        var n = v.Length;
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var row = b.AsSpan(i * n, n);
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                sum += row[j] * v[j];
            }

            product[i] = sum;
            total += sum;
        }

        return total;
    }

    /// <summary>The mean of each row after normalising every column to sum 1, each column first divided by its largest entry (a power of two).</summary>
    private static double[] NormalizedColumnMean(double[][] a)
    {
        var n = a.Length;
        var exponents = new int[n];
        var columnSums = new double[n];
        for (var j = 0; j < n; j++)
        {
            var top = a[0][j];
            for (var i = 1; i < n; i++)
            {
                top = Math.Max(top, a[i][j]);
            }

            exponents[j] = Math.ILogB(top);
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                sum += Math.ScaleB(a[i][j], -exponents[j]);
            }

            columnSums[j] = sum;
        }

        var means = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                sum += Math.ScaleB(a[i][j], -exponents[j]) / columnSums[j];
            }

            means[i] = sum / n;
        }

        Normalize(means);
        return means;
    }

    /// <summary>λmax estimated as the mean of <c>(Aw)_i / w_i = Σ_j a_ij · w_j / w_i</c>, each term in log space.</summary>
    private static double LambdaEstimate(double[][] a, double[] logW)
    {
        var n = a.Length;
        var logN = Math.Log(n); // each term divided by n before summing, so that the mean of terms near the top of the range does not overflow
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var row = a[i];
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                sum += Math.Exp(Math.Log(row[j]) + logW[j] - logW[i] - logN);
            }

            total += sum;
        }

        return total;
    }

    /// <summary>The geometric mean of each row, as its logarithm: the mean of the row's logarithms.</summary>
    private static double[] LogGeometricMeans(double[][] a)
    {
        var n = a.Length;
        var logs = new double[n];
        for (var i = 0; i < n; i++)
        {
            var row = a[i];
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                sum += Math.Log(row[j]);
            }

            logs[i] = sum / n;
        }

        return logs;
    }

    /// <summary>Scales positive values in place to sum 1: divided by the largest first, so that the sum cannot overflow.</summary>
    private static void Normalize(double[] values)
    {
        var top = values[0];
        for (var i = 1; i < values.Length; i++)
        {
            top = Math.Max(top, values[i]);
        }

        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= top;
            sum += values[i];
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= sum;
        }
    }

    /// <summary>Priorities proportional to <c>exp(logs)</c>, summing to 1, without overflow: shifted by the largest log first.</summary>
    private static double[] FromLogs(double[] logs)
    {
        var top = logs[0];
        for (var i = 1; i < logs.Length; i++)
        {
            top = Math.Max(top, logs[i]);
        }

        var priorities = new double[logs.Length];
        for (var i = 0; i < logs.Length; i++)
        {
            priorities[i] = Math.Exp(logs[i] - top);
        }

        Normalize(priorities);
        return priorities;
    }
}
