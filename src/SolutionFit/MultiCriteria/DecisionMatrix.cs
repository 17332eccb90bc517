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
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidInputException">
    /// <para>
    /// No alternative or no criterion; a name null, empty, white space or repeated (<see cref="InvalidInputException.Index"/>
    /// is its position in <paramref name="alternatives"/> or <paramref name="criteria"/>, <see cref="InvalidInputException.ItemId"/>
    /// the repeated name).
    /// </para>
    /// <para>
    /// Not one row per alternative (<see cref="InvalidInputException.Index"/> is the first row too many, or
    /// <see cref="InvalidInputException.ItemId"/> the first alternative without a row); a row
    /// null or not of one value per criterion; a value NaN or infinite (<see cref="InvalidInputException.Index"/> and
    /// <see cref="InvalidInputException.ItemId"/> are the alternative's row and name, <see cref="InvalidInputException.Field"/>
    /// the criterion's name).
    /// </para>
    /// <para>
    /// Not one weight per criterion; a weight NaN, infinite or negative (<see cref="InvalidInputException.Index"/> and
    /// <see cref="InvalidInputException.ItemId"/> are the criterion's position and name); weights summing to 0.
    /// </para>
    /// </exception>
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
        _values = Cells(values.ToArray(), _alternatives, _criteria, nameof(values));
        _weights = NormalizedWeights(weights.ToArray(), _criteria, nameof(weights));
        (Alternatives, Criteria, Weights) = (Array.AsReadOnly(_alternatives), Array.AsReadOnly(_criteria), Array.AsReadOnly(_weights));
    }

    private DecisionMatrix(DecisionMatrix matrix, double[] weights)
    {
        (_alternatives, _criteria, _values, _weights) = (matrix._alternatives, matrix._criteria, matrix._values, weights);
        (Alternatives, Criteria, Weights) = (matrix.Alternatives, matrix.Criteria, Array.AsReadOnly(weights));
    }

    /// <summary>Gets the alternatives' names, one per row.</summary>
    public IReadOnlyList<string> Alternatives { get; }

    /// <summary>Gets the criteria, one per column.</summary>
    public IReadOnlyList<Criterion> Criteria { get; }

    /// <summary>Gets the weights, normalised to sum 1.</summary>
    public IReadOnlyList<double> Weights { get; }

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

    private static void RequireNames(string[] names, string paramName, string what)
    {
        if (names.Length == 0)
        {
            throw new InvalidInputException(paramName, $"A decision matrix needs at least one {what}.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new InvalidInputException(paramName, $"Every {what} needs a name, but {what} {i} is null, empty or white space.", index: i);
            }

            if (!seen.Add(name))
            {
                throw new InvalidInputException(paramName, $"The {what} '{name}' appears more than once; names must be unique.", index: i, itemId: name);
            }
        }
    }

    /// <summary>The rows' values, row-major, each checked: one row per alternative, one finite value per criterion.</summary>
    private static double[] Cells(IEnumerable<double>?[] rows, string[] alternatives, Criterion[] criteria, string paramName)
    {
        if (rows.Length != alternatives.Length)
        {
            // Index points only at a row that exists (the first one too many); a missing row is named by its alternative.
            throw new InvalidInputException(
                paramName,
                $"The matrix has {rows.Length} row(s) but there are {alternatives.Length} alternative(s).",
                index: rows.Length > alternatives.Length ? alternatives.Length : null,
                itemId: rows.Length < alternatives.Length ? alternatives[rows.Length] : null);
        }

        var n = criteria.Length;
        var values = new double[rows.Length * n];
        for (var i = 0; i < rows.Length; i++)
        {
            var alternative = alternatives[i];
            var row = rows[i]?.ToArray() ?? throw new InvalidInputException(paramName, $"The row of alternative '{alternative}' is null.", index: i, itemId: alternative);
            if (row.Length != n)
            {
                throw new InvalidInputException(paramName, $"Alternative '{alternative}' has {row.Length} value(s) but there are {n} criteria.", index: i, itemId: alternative);
            }

            for (var j = 0; j < n; j++)
            {
                var criterion = criteria[j].Name;
                values[(i * n) + j] = Guard.Finite(row[j], paramName, $"Alternative '{alternative}' on criterion '{criterion}'", index: i, itemId: alternative, field: criterion);
            }
        }

        return values;
    }

    /// <summary>The weights divided by their sum, each checked: one finite weight >= 0 per criterion, with a positive sum.</summary>
    private static double[] NormalizedWeights(double[] weights, Criterion[] criteria, string paramName)
    {
        if (weights.Length != criteria.Length)
        {
            throw new InvalidInputException(paramName, $"There are {weights.Length} weight(s) but {criteria.Length} criteria.");
        }

        for (var j = 0; j < weights.Length; j++)
        {
            var criterion = criteria[j].Name;
            Guard.NonNegativeFinite(weights[j], paramName, $"The weight of criterion '{criterion}'", index: j, itemId: criterion);
        }

        // Divided by the largest weight before summing, so that weights near the top of double's range cannot overflow
        // the sum (and tiny ones are not lost): scaling every weight by one factor leaves the normalised weights as they are.
        var top = weights.Max();
        if (!(top > 0.0))
        {
            throw new InvalidInputException(paramName, "The weights sum to 0; at least one criterion needs a positive weight.");
        }

        var normalized = (double[])weights.Clone();
        ScaledSum.ToSharesOfOne(normalized);
        return normalized;
    }
}
