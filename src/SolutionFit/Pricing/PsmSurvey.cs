namespace SolutionFit;

/// <summary>
/// The answers of many respondents to the Van Westendorp questions, optionally weighted and with Newton–Miller–Smith
/// purchase intentions: the input of <see cref="PriceSensitivityMeter"/>.
/// </summary>
/// <remarks>
/// <para>
/// Stored column by column, in the order given; row <c>i</c> of every column is respondent <c>i</c> (0-based).
/// A null answer is a missing answer. Answers that are present must be finite prices of at least 0. Respondents whose
/// answers are missing or not strictly increasing are not rejected here: the analysis drops them (or, with validation
/// off, keeps them) and reports them.
/// </para>
/// <para>Without a too-cheap column, or with every too-cheap answer missing, the survey is a three-question survey.</para>
/// <para>Immutable and thread-safe; the columns are copied in.</para>
/// </remarks>
public sealed class PsmSurvey
{
    /// <summary>Creates a survey from its columns.</summary>
    /// <param name="cheap">At which price the product is a bargain ("cheap"); null = missing.</param>
    /// <param name="expensive">At which price it is getting expensive; null = missing.</param>
    /// <param name="tooExpensive">At which price it is too expensive to consider; null = missing.</param>
    /// <param name="tooCheap">At which price it is so cheap that quality is doubted; null (the column) for a three-question survey.</param>
    /// <param name="weights">One weight per respondent, finite and at least 0; null for equal weights.</param>
    /// <param name="purchaseIntentCheap">NMS: the purchase intention at the respondent's cheap price, on the calibration's scale (5 = very likely by default); null (the column) without NMS.</param>
    /// <param name="purchaseIntentExpensive">NMS: the purchase intention at the respondent's expensive price; given together with <paramref name="purchaseIntentCheap"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cheap"/>, <paramref name="expensive"/> or <paramref name="tooExpensive"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The survey has no respondent; a column's length differs from the cheap column's; only one of the two intention
    /// columns is given.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is NaN, infinite or negative; a weight is NaN, infinite or negative (the message names the row).</exception>
    public PsmSurvey(
        IEnumerable<double?> cheap,
        IEnumerable<double?> expensive,
        IEnumerable<double?> tooExpensive,
        IEnumerable<double?>? tooCheap = null,
        IEnumerable<double>? weights = null,
        IEnumerable<int?>? purchaseIntentCheap = null,
        IEnumerable<int?>? purchaseIntentExpensive = null)
    {
        ArgumentNullException.ThrowIfNull(cheap);
        ArgumentNullException.ThrowIfNull(expensive);
        ArgumentNullException.ThrowIfNull(tooExpensive);

        Cheap = Prices(cheap, nameof(cheap), "cheap", expectedLength: null);
        if (Cheap.Length == 0)
        {
            throw new ArgumentException("A survey needs at least one respondent, but the cheap column is empty.", nameof(cheap));
        }

        Expensive = Prices(expensive, nameof(expensive), "expensive", Cheap.Length);
        TooExpensive = Prices(tooExpensive, nameof(tooExpensive), "too expensive", Cheap.Length);
        TooCheap = tooCheap is null ? null : Prices(tooCheap, nameof(tooCheap), "too cheap", Cheap.Length);
        if (TooCheap is not null && Array.TrueForAll(TooCheap, double.IsNaN))
        {
            TooCheap = null;
        }

        if (weights is not null)
        {
            Weights = weights.ToArray();
            RequireLength(Weights.Length, Cheap.Length, nameof(weights));
            for (var i = 0; i < Weights.Length; i++)
            {
                if (!(Weights[i] >= 0.0 && double.IsFinite(Weights[i])))
                {
                    throw new ArgumentOutOfRangeException(nameof(weights), Weights[i], $"Row {i}: a weight must be a finite number >= 0, but is {Guard.Format(Weights[i])}.");
                }
            }
        }

        if ((purchaseIntentCheap is null) != (purchaseIntentExpensive is null))
        {
            throw new ArgumentException(
                "Purchase intentions need both columns, at the cheap and at the expensive price, or neither.",
                purchaseIntentCheap is null ? nameof(purchaseIntentCheap) : nameof(purchaseIntentExpensive));
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
    /// <exception cref="ArgumentException">A respondent is null, or there is none.</exception>
    public static PsmSurvey FromThresholds(IEnumerable<PriceThresholds> respondents)
    {
        var rows = Guard.NotNullItems(respondents, nameof(respondents));
        if (rows.Length == 0)
        {
            throw new ArgumentException("A survey needs at least one respondent.", nameof(respondents));
        }

        return new PsmSurvey(
            rows.Select(r => (double?)r.Cheap),
            rows.Select(r => (double?)r.Expensive),
            rows.Select(r => (double?)r.TooExpensive),
            rows.Select(r => (double?)r.TooCheap));
    }

    private static double[] Prices(IEnumerable<double?> column, string paramName, string name, int? expectedLength)
    {
        var values = column.ToArray();
        if (expectedLength is { } length)
        {
            RequireLength(values.Length, length, paramName);
        }

        var prices = new double[values.Length];
        for (var row = 0; row < values.Length; row++)
        {
            if (values[row] is not { } price)
            {
                prices[row] = double.NaN;
            }
            else if (price >= 0.0 && double.IsFinite(price))
            {
                prices[row] = price;
            }
            else
            {
                throw new ArgumentOutOfRangeException(paramName, price, $"Row {row}: the {name} price must be a finite number >= 0 (or missing), but is {Guard.Format(price)}.");
            }
        }

        return prices;
    }

    private static void RequireLength(int actual, int expected, string paramName)
    {
        if (actual != expected)
        {
            throw new ArgumentException($"Every column needs one value per respondent: {expected} in the cheap column, but {actual} in {paramName}.", paramName);
        }
    }
}
