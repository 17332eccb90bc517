namespace SolutionFit.PriceSensitivity;

/// <summary>
/// A mergeable tally of Gabor–Granger answers: per segment, the weight of each distinct answer interval [L, U), where L
/// is the highest price answered "would buy" (0 if none) and U the lowest price answered "would not buy" (+∞ if none).
/// </summary>
/// <remarks>
/// Memory grows with the segments and the square of the tested prices, never with the respondents. Weights are summed
/// with their rounding residuals, so that shards tallied apart and merged in any order analyse as the whole survey
/// (exactly for whole weights). Analyse with <see cref="GaborGranger.Analyze(GaborGrangerTally)"/>. Not thread-safe.
/// </remarks>
public sealed class GaborGrangerTally
{
    private readonly double[] _prices;
    private readonly double[] _sorted;
    private readonly int[] _rank;
    private readonly Dictionary<string, ScaledSum[]> _segments = new(StringComparer.Ordinal);
    private ScaledSum[]? _unsegmented;

    /// <summary>The used respondents' weights summed, kept below <see cref="MaxTotalWeight"/> so that no sum of the analysis overflows.</summary>
    private double _totalWeight;

    /// <summary>A tally for answers at the given tested prices.</summary>
    /// <param name="prices">The tested prices, positive and finite, each once, in the order answers will be given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="prices"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// There is no price, or a price is not a finite number &gt; 0, or is given twice
    /// (<see cref="InvalidInputException.Index"/> is its position).
    /// </exception>
    public GaborGrangerTally(IEnumerable<double> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        _prices = [.. prices];
        if (_prices.Length == 0)
        {
            throw new InvalidInputException(nameof(prices), "A Gabor–Granger tally needs at least one tested price.");
        }

        for (var i = 0; i < _prices.Length; i++)
        {
            Guard.PositiveFinite(_prices[i], nameof(prices), "A tested price", index: i);
        }

        _sorted = [.. _prices];
        Array.Sort(_sorted);
        _rank = new int[_prices.Length];
        for (var i = 0; i < _prices.Length; i++)
        {
            _rank[i] = Array.BinarySearch(_sorted, _prices[i]);
        }

        for (var i = 1; i < _sorted.Length; i++)
        {
            if (_sorted[i] == _sorted[i - 1])
            {
                throw new InvalidInputException(nameof(prices), $"The tested price {Guard.Format(_sorted[i])} is given twice.", index: Array.LastIndexOf(_prices, _sorted[i]));
            }
        }

        Prices = Array.AsReadOnly(_prices);
    }

    /// <summary>The tested prices, in the order answers are given.</summary>
    public IReadOnlyList<double> Prices { get; }

    /// <summary>The respondents added, used or dropped.</summary>
    public long Respondents => Used + Inconsistent + NoAnswer;

    /// <summary>The respondents with monotone answers and at least one answer.</summary>
    public long Used { get; private set; }

    /// <summary>The respondents dropped because they would buy at a price above one they would not buy at.</summary>
    public long Inconsistent { get; private set; }

    /// <summary>The respondents dropped because they answered at no price.</summary>
    public long NoAnswer { get; private set; }

    internal IReadOnlyList<double> SortedPrices => _sorted;

    /// <summary>Adds one respondent's answers.</summary>
    /// <param name="answers">
    /// One answer per price of <see cref="Prices"/>, in its order: <see langword="true"/> = would buy,
    /// <see langword="false"/> = would not, <see langword="null"/> = not asked.
    /// </param>
    /// <param name="weight">The respondent's weight, finite and at least 0.</param>
    /// <param name="segment">The respondent's segment, or null for none (counted only in <c>"all"</c>).</param>
    /// <returns>Whether the respondent is used, or dropped as inconsistent or for giving no answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// <paramref name="answers"/> does not hold one answer per price, <paramref name="weight"/> is negative or not finite, or
    /// the used respondents' weights would sum past <see cref="MaxTotalWeight"/> (scale the weights down).
    /// </exception>
    public GaborGrangerAnswer Add(IReadOnlyList<bool?> answers, double weight = 1.0, string? segment = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count != _prices.Length)
        {
            throw new InvalidInputException(nameof(answers), $"The answers number {answers.Count}, but the tally has {_prices.Length} tested prices.");
        }

        Guard.NonNegativeFinite(weight, nameof(weight), "The weight");
        var k = _sorted.Length;
        var lo = -1; // sorted index of the highest "buy"
        var hi = k; // sorted index of the lowest "no"; k for none
        var any = false;
        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i] is not { } buys)
            {
                continue;
            }

            any = true;
            var r = _rank[i];
            if (buys)
            {
                lo = Math.Max(lo, r);
            }
            else
            {
                hi = Math.Min(hi, r);
            }
        }

        if (!any)
        {
            NoAnswer++;
            return GaborGrangerAnswer.NoAnswer;
        }

        if (lo > hi)
        {
            Inconsistent++;
            return GaborGrangerAnswer.Inconsistent;
        }

        if (_totalWeight + weight > MaxTotalWeight)
        {
            throw TooHeavy(nameof(weight));
        }

        var cells = segment is null ? _unsegmented ??= new ScaledSum[(k + 1) * (k + 1)] : CellsOf(segment);
        cells[((lo + 1) * (k + 1)) + hi].Add(weight);
        _totalWeight += weight;
        Used++;
        return GaborGrangerAnswer.Used;
    }

    /// <summary>Merges another shard's tally into this one; the other is left unchanged.</summary>
    /// <param name="other">A tally of the same tested prices (in any order).</param>
    /// <remarks>Associative and commutative: any split of a survey into shards, merged in any order, analyses as the whole survey.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// The tallies test different prices, <paramref name="other"/> is this tally, or their used respondents' weights would
    /// sum past <see cref="MaxTotalWeight"/>.
    /// </exception>
    public void Merge(GaborGrangerTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this))
        {
            throw new InvalidInputException(nameof(other), "A tally cannot be merged with itself.");
        }

        if (!_sorted.AsSpan().SequenceEqual(other._sorted))
        {
            throw new InvalidInputException(nameof(other), "Only tallies of the same tested prices merge.");
        }

        if (_totalWeight + other._totalWeight > MaxTotalWeight)
        {
            throw TooHeavy(nameof(other));
        }

        if (other._unsegmented is not null)
        {
            AddCells(_unsegmented ??= new ScaledSum[other._unsegmented.Length], other._unsegmented);
        }

        foreach (var (segment, cells) in other._segments)
        {
            AddCells(CellsOf(segment), cells);
        }

        _totalWeight += other._totalWeight;
        Used += other.Used;
        Inconsistent += other.Inconsistent;
        NoAnswer += other.NoAnswer;
    }

    /// <summary>
    /// The most the used respondents' weights may sum to (1e300): demand is a ratio of such sums and the fit multiplies
    /// them by logarithms, so a bound far inside double's range keeps every number of the analysis finite.
    /// </summary>
    public const double MaxTotalWeight = 1e300;

    private static InvalidInputException TooHeavy(string paramName) =>
        new(paramName, "The used respondents' weights would sum past 1e300; scale the weights down (only their ratios matter).");

    /// <summary>The segments, in ordinal order, with their interval weights (index (lower + 1)·(k + 1) + upper in sorted prices; k = none).</summary>
    internal IEnumerable<(string Segment, ScaledSum[] Cells)> Segments() =>
        _segments.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value));

    /// <summary>Everyone's interval weights.</summary>
    internal ScaledSum[] All()
    {
        var k = _sorted.Length;
        var all = new ScaledSum[(k + 1) * (k + 1)];
        if (_unsegmented is not null)
        {
            AddCells(all, _unsegmented);
        }

        foreach (var (_, cells) in Segments())
        {
            AddCells(all, cells);
        }

        return all;
    }

    private static void AddCells(ScaledSum[] into, ScaledSum[] from)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i].Add(from[i]);
        }
    }

    private ScaledSum[] CellsOf(string segment)
    {
        if (!_segments.TryGetValue(segment, out var cells))
        {
            var k = _sorted.Length;
            _segments.Add(segment, cells = new ScaledSum[(k + 1) * (k + 1)]);
        }

        return cells;
    }
}
