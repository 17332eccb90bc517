using System.Globalization;

namespace SolutionFit.Surveys;

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
