namespace SolutionFit.MultiCriteria;

/// <summary>Alternatives scored on criteria, with the criteria's weights: the input of <see cref="MultiCriteriaRanking"/>.</summary>
/// <remarks>
/// Values are finite; weights are finite, at least 0 with a positive sum, and are normalised to sum 1. Names are unique
/// (ordinal). Immutable and thread-safe; everything is copied in.
/// </remarks>
public sealed class DecisionMatrix
{
    private readonly string[] _alternatives;
    private readonly Criterion[] _criteria;
    private readonly double[] _values;
    private readonly double[] _weights;

    /// <summary>Creates a decision matrix.</summary>
    /// <param name="alternatives">The alternatives' names, one per row.</param>
    /// <param name="criteria">The criteria, one per column.</param>
    /// <param name="values">The rows: one value per criterion for each alternative.</param>
    /// <param name="weights">One weight per criterion, at least 0, with a positive sum; normalised to sum 1.</param>
    /// <exception cref="ArgumentNullException">An argument or a row is null.</exception>
    /// <exception cref="ArgumentException">
    /// No alternative or criterion; a name empty or repeated; a row or the weights of the wrong length; weights summing to 0.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite; a weight is NaN, infinite or negative.</exception>
    public DecisionMatrix(IEnumerable<string> alternatives, IEnumerable<Criterion> criteria, IEnumerable<IEnumerable<double>> values, IEnumerable<double> weights)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(weights);
        _alternatives = alternatives.ToArray();
        _criteria = criteria.ToArray();
        RequireNames(_alternatives, nameof(alternatives), "alternative");
        RequireNames(Array.ConvertAll(_criteria, c => c.Name), nameof(criteria), "criterion");

        var rows = values.ToArray();
        if (rows.Length != _alternatives.Length)
        {
            throw new ArgumentException($"The matrix has {rows.Length} row(s) but there are {_alternatives.Length} alternative(s).", nameof(values));
        }

        var n = _criteria.Length;
        _values = new double[rows.Length * n];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i]?.ToArray() ?? throw new ArgumentNullException(nameof(values), $"The row of alternative '{_alternatives[i]}' is null.");
            if (row.Length != n)
            {
                throw new ArgumentException($"Alternative '{_alternatives[i]}' has {row.Length} value(s) but there are {n} criteria.", nameof(values));
            }

            for (var j = 0; j < n; j++)
            {
                if (!double.IsFinite(row[j]))
                {
                    throw new ArgumentOutOfRangeException(nameof(values), row[j], $"Alternative '{_alternatives[i]}' on criterion '{_criteria[j].Name}' must be a finite number.");
                }

                _values[(i * n) + j] = row[j];
            }
        }

        var raw = weights.ToArray();
        if (raw.Length != n)
        {
            throw new ArgumentException($"There are {raw.Length} weight(s) but {n} criteria.", nameof(weights));
        }

        for (var j = 0; j < n; j++)
        {
            Guard.NonNegativeFinite(raw[j], nameof(weights), $"The weight of criterion '{_criteria[j].Name}'");
        }

        var sum = raw.Sum();
        if (!(sum > 0.0))
        {
            throw new ArgumentException("The weights sum to 0; at least one criterion needs a positive weight.", nameof(weights));
        }

        _weights = Array.ConvertAll(raw, w => w / sum);
    }

    /// <summary>Gets the alternatives' names, one per row.</summary>
    public IReadOnlyList<string> Alternatives => _alternatives;

    /// <summary>Gets the criteria, one per column.</summary>
    public IReadOnlyList<Criterion> Criteria => _criteria;

    /// <summary>Gets the weights, normalised to sum 1.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>Gets the value of an alternative on a criterion.</summary>
    /// <param name="alternative">The row.</param>
    /// <param name="criterion">The column.</param>
    /// <returns>The value.</returns>
    /// <exception cref="IndexOutOfRangeException">An index is out of range.</exception>
    public double this[int alternative, int criterion] => _values[(alternative * _criteria.Length) + criterion];

    /// <summary>Gets the criteria as an array, for the hot loops.</summary>
    internal Criterion[] CriteriaArray => _criteria;

    /// <summary>Gets the normalised weights as an array, for the hot loops.</summary>
    internal double[] WeightArray => _weights;

    /// <summary>Gets the values, row-major: alternative i, criterion j at <c>i·N + j</c>.</summary>
    internal double[] Values => _values;

    /// <summary>Gets the number of alternatives (rows).</summary>
    internal int M => _alternatives.Length;

    /// <summary>Gets the number of criteria (columns).</summary>
    internal int N => _criteria.Length;

    /// <summary>The same matrix with other (normalised) weights.</summary>
    internal DecisionMatrix WithWeights(double[] weights) => new(this, weights);

    private DecisionMatrix(DecisionMatrix matrix, double[] weights)
    {
        _alternatives = matrix._alternatives;
        _criteria = matrix._criteria;
        _values = matrix._values;
        _weights = weights;
    }

    private static void RequireNames(string[] names, string paramName, string what)
    {
        if (names.Length == 0)
        {
            throw new ArgumentException($"A decision matrix needs at least one {what}.", paramName);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException($"Every {what} needs a name; one is null, empty or white space.", paramName);
            }

            if (!seen.Add(name))
            {
                throw new ArgumentException($"The {what} '{name}' appears more than once; names must be unique.", paramName);
            }
        }
    }
}
