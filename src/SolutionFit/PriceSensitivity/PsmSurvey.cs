using System.Runtime.InteropServices;

namespace SolutionFit.PriceSensitivity;

/// <summary>
/// The answers of many respondents to the Van Westendorp questions, optionally weighted and with Newton–Miller–Smith
/// purchase intentions: the input of <see cref="PriceSensitivityMeter"/>.
/// </summary>
/// <remarks>
/// <para>
/// Stored column by column, in the order given; row <c>i</c> of every column is respondent <c>i</c> (0-based).
/// A null answer is a missing answer. Answers that are present must be finite prices of at least 0. Respondents whose
/// answers are missing or not strictly increasing are not rejected here: the analysis excludes them (or, with <see cref="PsmOptions.ExcludeInconsistent"/>
/// off, keeps them) and reports them.
/// </para>
/// <para>Without a too-cheap column, or with every too-cheap answer missing, the survey is a three-question survey.</para>
/// <para>Immutable and thread-safe; the columns are copied in, each once.</para>
/// </remarks>
public sealed class PsmSurvey
{
    /// <summary>Creates a survey from its columns; the four answers come in the order of <see cref="PriceThresholds"/>.</summary>
    /// <param name="tooCheap">At which price it is so cheap that quality is doubted; null (the column) for a three-question survey.</param>
    /// <param name="cheap">At which price the product is a bargain ("cheap"); null = missing.</param>
    /// <param name="expensive">At which price it is getting expensive; null = missing.</param>
    /// <param name="tooExpensive">At which price it is too expensive to consider; null = missing.</param>
    /// <param name="weights">One weight per respondent, finite and at least 0; null for equal weights.</param>
    /// <param name="purchaseIntentCheap">NMS: the purchase intention at the respondent's cheap price, on the calibration's scale (5 = very likely by default); null (the column) without NMS.</param>
    /// <param name="purchaseIntentExpensive">NMS: the purchase intention at the respondent's expensive price; given together with <paramref name="purchaseIntentCheap"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cheap"/>, <paramref name="expensive"/> or <paramref name="tooExpensive"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// The survey has no respondent; a column's length differs from the cheap column's; only one of the two intention
    /// columns is given; an answer or a weight is NaN, infinite or negative. <see cref="ArgumentException.ParamName"/> and
    /// <see cref="InvalidInputException.Field"/> name the column (<c>tooCheap</c>, <c>cheap</c>, <c>expensive</c>,
    /// <c>tooExpensive</c>, <c>weights</c>, <c>purchaseIntentCheap</c> or <c>purchaseIntentExpensive</c>), and
    /// <see cref="InvalidInputException.Index"/> the 0-based row of a bad answer or weight.
    /// </exception>
    public PsmSurvey(
        IEnumerable<double?>? tooCheap,
        IEnumerable<double?> cheap,
        IEnumerable<double?> expensive,
        IEnumerable<double?> tooExpensive,
        IEnumerable<double>? weights = null,
        IEnumerable<int?>? purchaseIntentCheap = null,
        IEnumerable<int?>? purchaseIntentExpensive = null)
    {
        ArgumentNullException.ThrowIfNull(cheap);
        ArgumentNullException.ThrowIfNull(expensive);
        ArgumentNullException.ThrowIfNull(tooExpensive);

        Cheap = Prices(cheap, nameof(cheap), "cheap", expectedLength: -1, out _);
        if (Cheap.Length == 0)
        {
            throw new InvalidInputException(nameof(cheap), "A survey needs at least one respondent, but the cheap column is empty.", field: nameof(cheap));
        }

        Expensive = Prices(expensive, nameof(expensive), "expensive", Cheap.Length, out _);
        TooExpensive = Prices(tooExpensive, nameof(tooExpensive), "too expensive", Cheap.Length, out _);
        if (tooCheap is not null)
        {
            var tooCheapPrices = Prices(tooCheap, nameof(tooCheap), "too cheap", Cheap.Length, out var anyTooCheap);
            TooCheap = anyTooCheap ? tooCheapPrices : null;
        }

        if (weights is not null)
        {
            Weights = weights.ToArray();
            RequireLength(Weights.Length, Cheap.Length, nameof(weights));
            for (var i = 0; i < Weights.Length; i++)
            {
                Guard.NonNegativeFinite(Weights[i], nameof(weights), "The weight", index: i, field: nameof(weights));
            }
        }

        if ((purchaseIntentCheap is null) != (purchaseIntentExpensive is null))
        {
            var missing = purchaseIntentCheap is null ? nameof(purchaseIntentCheap) : nameof(purchaseIntentExpensive);
            throw new InvalidInputException(missing, "Purchase intentions need both columns, at the cheap and at the expensive price, or neither.", field: missing);
        }

        if (purchaseIntentCheap is not null && purchaseIntentExpensive is not null)
        {
            IntentCheap = purchaseIntentCheap.ToArray();
            IntentExpensive = purchaseIntentExpensive.ToArray();
            RequireLength(IntentCheap.Length, Cheap.Length, nameof(purchaseIntentCheap));
            RequireLength(IntentExpensive.Length, Cheap.Length, nameof(purchaseIntentExpensive));
        }
    }

    /// <summary>Gets the number of respondents.</summary>
    public int Count => Cheap.Length;

    /// <summary>Gets a value indicating whether the survey has no too-cheap answers (three-question mode).</summary>
    public bool IsThreeQuestion => TooCheap is null;

    /// <summary>Gets a value indicating whether respondents carry weights.</summary>
    public bool IsWeighted => Weights is not null;

    /// <summary>Gets a value indicating whether the survey has Newton–Miller–Smith purchase intentions.</summary>
    public bool HasPurchaseIntentions => IntentCheap is not null;

    /// <summary>The too-cheap answers, NaN = missing; null in three-question mode.</summary>
    internal double[]? TooCheap { get; }

    /// <summary>The cheap answers, NaN = missing.</summary>
    internal double[] Cheap { get; }

    /// <summary>The expensive answers, NaN = missing.</summary>
    internal double[] Expensive { get; }

    /// <summary>The too-expensive answers, NaN = missing.</summary>
    internal double[] TooExpensive { get; }

    /// <summary>The weights; null for equal weights.</summary>
    internal double[]? Weights { get; }

    /// <summary>The intentions at the cheap price; null without NMS.</summary>
    internal int?[]? IntentCheap { get; }

    /// <summary>The intentions at the expensive price; null without NMS.</summary>
    internal int?[]? IntentExpensive { get; }

    /// <summary>Creates a survey of consistent respondents from their thresholds, all of equal weight.</summary>
    /// <param name="respondents">Each respondent's four answers.</param>
    /// <returns>The survey.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="respondents"/> is null.</exception>
    /// <exception cref="InvalidInputException">A respondent is null (<see cref="InvalidInputException.Index"/> is its position), or there is none.</exception>
    public static PsmSurvey FromThresholds(IEnumerable<PriceThresholds> respondents)
    {
        var rows = Guard.NotNullItems(respondents, nameof(respondents));
        if (rows.Length == 0)
        {
            throw new InvalidInputException(nameof(respondents), "A survey needs at least one respondent.");
        }

        return new PsmSurvey(
            rows.Select(r => (double?)r.TooCheap),
            rows.Select(r => (double?)r.Cheap),
            rows.Select(r => (double?)r.Expensive),
            rows.Select(r => (double?)r.TooExpensive));
    }

    /// <summary>
    /// Copies a column of prices into a new array (NaN = missing) in one pass: straight from an array or a list, or, for
    /// any other sequence, while enumerating it into an array of its length when that is known up front (a collection, a
    /// LINQ projection of one) or is the survey's. A column of the wrong length is reported as such even when it also
    /// holds a bad price.
    /// </summary>
    /// <param name="column">The column.</param>
    /// <param name="paramName">The parameter the column came from.</param>
    /// <param name="name">The question, as messages name it.</param>
    /// <param name="expectedLength">The number of respondents; -1 for the cheap column, which sets it.</param>
    /// <param name="anyPresent">Whether any answer is present.</param>
    private static double[] Prices(IEnumerable<double?> column, string paramName, string name, int expectedLength, out bool anyPresent)
    {
        ReadOnlySpan<double?> span;
        if (column is double?[] array)
        {
            span = array;
        }
        else if (column is List<double?> list)
        {
            span = CollectionsMarshal.AsSpan(list);
        }
        else
        {
            return EnumeratedPrices(column, paramName, name, expectedLength, out anyPresent);
        }

        RequireLength(span.Length, expectedLength, paramName);
        var prices = GC.AllocateUninitializedArray<double>(span.Length);
        var firstInvalid = CopyPrices(span, prices, out anyPresent);
        if (firstInvalid >= 0)
        {
            RejectPrice(prices[firstInvalid], firstInvalid, paramName, name);
        }

        return prices;
    }

    /// <summary>
    /// <see cref="Prices"/> for a sequence: the array grows (and is trimmed at the end) only when the sequence is longer or
    /// shorter than its known length or the survey's, or the cheap column's length is not known up front.
    /// </summary>
    private static double[] EnumeratedPrices(IEnumerable<double?> column, string paramName, string name, int expectedLength, out bool anyPresent)
    {
        var countKnown = column.TryGetNonEnumeratedCount(out var count);
        if (countKnown)
        {
            RequireLength(count, expectedLength, paramName);
        }

        var prices = GC.AllocateUninitializedArray<double>(countKnown ? count : expectedLength >= 0 ? expectedLength : 16);
        var (rows, firstInvalid) = (0, -1);
        anyPresent = false;
        foreach (var value in column)
        {
            if (rows == prices.Length)
            {
                Array.Resize(ref prices, Math.Max(2 * prices.Length, 16));
            }

            prices[rows] = value ?? double.NaN;
            anyPresent |= value.HasValue;
            if (firstInvalid < 0 && value is { } price && !IsPrice(price))
            {
                firstInvalid = rows;
            }

            rows++;
        }

        RequireLength(rows, expectedLength, paramName);
        if (firstInvalid >= 0)
        {
            RejectPrice(prices[firstInvalid], firstInvalid, paramName, name);
        }

        if (rows != prices.Length)
        {
            Array.Resize(ref prices, rows);
        }

        return prices;
    }

    /// <summary>Copies the answers, missing as NaN; returns the first row whose answer is not a price, or -1.</summary>
    private static int CopyPrices(ReadOnlySpan<double?> values, Span<double> prices, out bool anyPresent)
    {
        anyPresent = false;
        for (var row = 0; row < values.Length; row++)
        {
            var value = values[row];
            if (!value.HasValue)
            {
                prices[row] = double.NaN;
                continue;
            }

            var price = value.GetValueOrDefault();
            prices[row] = price;
            anyPresent = true;
            if (!IsPrice(price))
            {
                return row;
            }
        }

        return -1;
    }

    /// <summary>A price is a finite number of at least 0 (false for NaN): <see cref="Guard.NonNegativeFinite(double, string, string, int?, string?, string?)"/>'s rule.</summary>
    private static bool IsPrice(double price) => Guard.NonNegativeFiniteRule.IsValid(price);

    /// <summary>Rejects the first answer that is not a price, through <see cref="Guard"/> (which throws, since it fails the same rule).</summary>
    private static void RejectPrice(double price, int row, string paramName, string name) =>
        Guard.NonNegativeFinite(price, paramName, $"The {name} price", index: row, field: paramName);

    /// <summary>Rejects a column whose length is not <paramref name="expected"/>; any length passes when it is -1.</summary>
    private static void RequireLength(int actual, int expected, string paramName)
    {
        if (expected >= 0 && actual != expected)
        {
            throw new InvalidInputException(paramName, $"Every column needs one value per respondent: {expected} in the cheap column, but {actual} in {paramName}.", field: paramName);
        }
    }
}
