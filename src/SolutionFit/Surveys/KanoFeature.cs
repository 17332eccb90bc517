using System.Globalization;

namespace SolutionFit.Surveys;

/// <summary>The Kano classification of one feature.</summary>
/// <remarks>Shares are over the valid answer pairs. Immutable and thread-safe.</remarks>
public sealed class KanoFeature
{
    private static readonly KanoCategory[] TieOrder = [KanoCategory.MustBe, KanoCategory.OneDimensional, KanoCategory.Attractive, KanoCategory.Indifferent, KanoCategory.Reverse, KanoCategory.Questionable];
    private readonly int[] _counts;

    internal KanoFeature(string feature, int[] counts, string[] excluded, KanoCategoryRule rule)
    {
        Feature = feature;
        _counts = counts;
        Excluded = Array.AsReadOnly(excluded);
        ValidAnswers = counts.Sum();
        if (ValidAnswers == 0)
        {
            UndefinedReason = "no valid answer pair";
            return;
        }

        var n = (double)ValidAnswers;
        var mode = TieOrder.OrderByDescending(c => counts[(int)c]).First(); // OrderByDescending is stable: ties keep M > O > A > I > R > Q
        var ranked = TieOrder.Take(5).OrderByDescending(c => counts[(int)c]).ToArray(); // among M, O, A, I, R
        var (a, b) = (counts[(int)ranked[0]], counts[(int)ranked[1]]);
        CategoryStrength = (a - b) / n;
        TotalStrength = (CountOf(KanoCategory.Attractive) + CountOf(KanoCategory.OneDimensional) + CountOf(KanoCategory.MustBe)) / n;
        FongSignificant = a > 0 && Math.Abs(a - b) >= 1.65 * Math.Sqrt((a + b) * ((2.0 * n) - a - b) / (2.0 * n)); // 0 against 0 differs by nothing
        Category = rule == KanoCategoryRule.CategoryStrength && CategoryStrength <= 0.06
            ? TieOrder.Take(4).FirstOrDefault(c => c == ranked[0] || c == ranked[1], mode)
            : mode;

        var satisfaction = CountOf(KanoCategory.Attractive) + CountOf(KanoCategory.OneDimensional) + CountOf(KanoCategory.MustBe) + CountOf(KanoCategory.Indifferent);
        if (satisfaction == 0)
        {
            UndefinedReason = "no A, O, M or I answer: every valid answer is reverse or questionable";
            return;
        }

        Better = (double)(CountOf(KanoCategory.Attractive) + CountOf(KanoCategory.OneDimensional)) / satisfaction;
        Worse = -(double)(CountOf(KanoCategory.OneDimensional) + CountOf(KanoCategory.MustBe)) / satisfaction;
    }

    /// <summary>Gets the feature's name.</summary>
    public string Feature { get; }

    /// <summary>Gets the number of valid answer pairs.</summary>
    public int ValidAnswers { get; }

    /// <summary>Gets the respondents whose pair was missing or out of range, in input order.</summary>
    public IReadOnlyList<string> Excluded { get; }

    /// <summary>Gets the category; null without a valid answer.</summary>
    public KanoCategory? Category { get; }

    /// <summary>Gets the gap between the two largest shares among M, O, A, I, R; null without a valid answer.</summary>
    public double? CategoryStrength { get; }

    /// <summary>Gets the share of A + O + M answers; null without a valid answer.</summary>
    public double? TotalStrength { get; }

    /// <summary>Gets whether the two largest counts a, b (among M, O, A, I, R) differ by Fong's test, <c>|a − b| ≥ 1.65 √((a + b)(2n − a − b) / 2n)</c>; false when both are 0 (every valid answer questionable); null without a valid answer.</summary>
    public bool? FongSignificant { get; }

    /// <summary>Gets Better (satisfaction coefficient), <c>(A + O) / (A + O + M + I)</c> in [0, 1]; null when undefined (<see cref="UndefinedReason"/>).</summary>
    public double? Better { get; }

    /// <summary>Gets Worse (dissatisfaction coefficient), <c>−(O + M) / (A + O + M + I)</c> in [−1, 0]; null when undefined.</summary>
    public double? Worse { get; }

    /// <summary>Gets why Better and Worse (or everything) are undefined; null when they are defined.</summary>
    public string? UndefinedReason { get; }

    /// <summary>Gets the goal kind of the category: M → MustHave, O → Performance, A → Delighter; null for I, R and Q.</summary>
    /// <remarks>
    /// Indifferent features do not matter to the customer, reverse ones are unwanted and questionable answers mean the
    /// question failed: none of them is a goal to score a solution against.
    /// </remarks>
    public GoalKind? GoalKind => Category switch
    {
        KanoCategory.MustBe => SolutionFit.GoalKind.MustHave,
        KanoCategory.OneDimensional => SolutionFit.GoalKind.Performance,
        KanoCategory.Attractive => SolutionFit.GoalKind.Delighter,
        _ => null,
    };

    /// <summary>Gets the number of valid answers in a category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not defined.</exception>
    public int CountOf(KanoCategory category) =>
        Enum.IsDefined(category) ? _counts[(int)category] : throw new ArgumentOutOfRangeException(nameof(category), category, "Not a Kano category.");

    /// <summary>Gets the share of valid answers in a category (0 without valid answers).</summary>
    /// <param name="category">The category.</param>
    /// <returns>The share in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not defined.</exception>
    public double ShareOf(KanoCategory category) => ValidAnswers == 0 ? 0.0 : (double)CountOf(category) / ValidAnswers;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Feature}: {(Category is { } c ? c.ToString() : "undefined")} of {ValidAnswers} valid answer(s), better {Better:0.##}, worse {Worse:0.##}");
}
