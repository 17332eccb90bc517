using System.Globalization;

namespace SolutionFit.Surveys;

/// <summary>A Kano category.</summary>
public enum KanoCategory
{
    /// <summary>M: must-be; expected, its absence dissatisfies.</summary>
    MustBe = 0,

    /// <summary>O: one-dimensional (performance); the more the better.</summary>
    OneDimensional = 1,

    /// <summary>A: attractive; delights when present, not missed when absent.</summary>
    Attractive = 2,

    /// <summary>I: indifferent; does not matter.</summary>
    Indifferent = 3,

    /// <summary>R: reverse; its presence dissatisfies.</summary>
    Reverse = 4,

    /// <summary>Q: questionable; contradictory answers.</summary>
    Questionable = 5,
}

/// <summary>How a feature's category is chosen from its answers.</summary>
public enum KanoCategoryRule
{
    /// <summary>The most frequent category; ties go M &gt; O &gt; A &gt; I &gt; R &gt; Q (Matzler and Hinterhuber 1998). The default.</summary>
    Mode = 0,

    /// <summary>
    /// The most frequent category when its share leads the runner-up (among M, O, A, I, R) by more than 6 points;
    /// otherwise the first of M, O, A, I among the top two (Lee and Newcomb 1997).
    /// </summary>
    CategoryStrength = 1,
}

/// <summary>One respondent's functional and dysfunctional answer about a feature (1 like, 2 must-be, 3 neutral, 4 live with, 5 dislike).</summary>
/// <remarks>A missing answer (null) or one outside 1..5 excludes the pair; exclusions are counted and reported. An immutable value: safe to share across threads.</remarks>
public readonly record struct KanoAnswer(string Respondent, string Feature, int? Functional, int? Dysfunctional);

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
        ExcludedRespondents = Array.AsReadOnly(excluded);
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
    public IReadOnlyList<string> ExcludedRespondents { get; }

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

/// <summary>The Kano model (Berger et al. 1993): features classified from functional and dysfunctional answers.</summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class Kano
{
    // Rows: functional answer 1..5; columns: dysfunctional answer 1..5.
    private static readonly KanoCategory[,] Table =
    {
        { KanoCategory.Questionable, KanoCategory.Attractive, KanoCategory.Attractive, KanoCategory.Attractive, KanoCategory.OneDimensional },
        { KanoCategory.Reverse, KanoCategory.Indifferent, KanoCategory.Indifferent, KanoCategory.Indifferent, KanoCategory.MustBe },
        { KanoCategory.Reverse, KanoCategory.Indifferent, KanoCategory.Indifferent, KanoCategory.Indifferent, KanoCategory.MustBe },
        { KanoCategory.Reverse, KanoCategory.Indifferent, KanoCategory.Indifferent, KanoCategory.Indifferent, KanoCategory.MustBe },
        { KanoCategory.Reverse, KanoCategory.Reverse, KanoCategory.Reverse, KanoCategory.Reverse, KanoCategory.Questionable },
    };

    /// <summary>The category of one answer pair by the Kano evaluation table.</summary>
    /// <param name="functional">The answer to the functional question, 1..5.</param>
    /// <param name="dysfunctional">The answer to the dysfunctional question, 1..5.</param>
    /// <returns>The category.</returns>
    /// <exception cref="InvalidInputException">An answer is outside 1..5 (<see cref="ArgumentException.ParamName"/> names it).</exception>
    public static KanoCategory Evaluate(int functional, int dysfunctional) =>
        Table[Answer(functional, nameof(functional)) - 1, Answer(dysfunctional, nameof(dysfunctional)) - 1];

    private static int Answer(int answer, string paramName) =>
        answer is >= 1 and <= 5 ? answer : throw new InvalidInputException(paramName, string.Create(CultureInfo.InvariantCulture, $"A Kano answer must be 1..5, but the {paramName} answer is {answer}."));

    /// <summary>Classifies every feature, in the order features first appear.</summary>
    /// <param name="answers">The answer pairs.</param>
    /// <param name="rule">How the category is chosen; <see cref="KanoCategoryRule.Mode"/> by default.</param>
    /// <returns>One classification per feature.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// An answer has no feature or respondent, or a respondent answers a feature twice (<see cref="InvalidInputException.Index"/>
    /// is the answer's position, <see cref="InvalidInputException.ItemId"/> the respondent, <see cref="InvalidInputException.Field"/> the feature).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is not defined.</exception>
    public static IReadOnlyList<KanoFeature> Analyze(IEnumerable<KanoAnswer> answers, KanoCategoryRule rule = KanoCategoryRule.Mode)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (!Enum.IsDefined(rule))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule, "The rule must be Mode or CategoryStrength.");
        }

        var features = SurveyTally.Collect(
            answers,
            "feature",
            static a => a.Respondent,
            static a => a.Feature,
            static () => (Counts: new int[6], Excluded: new List<string>()),
            static (tally, a) =>
            {
                if (a.Functional is >= 1 and <= 5 && a.Dysfunctional is >= 1 and <= 5)
                {
                    tally.Counts[(int)Table[a.Functional.Value - 1, a.Dysfunctional.Value - 1]]++;
                }
                else
                {
                    tally.Excluded.Add(a.Respondent);
                }
            });
        return Array.AsReadOnly(features.Select(f => new KanoFeature(f.Key, f.Value.Counts, [.. f.Value.Excluded], rule)).ToArray());
    }
}
