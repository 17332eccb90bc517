namespace SolutionFit.PriceSensitivity;

/// <summary>
/// The rules one respondent's answers follow, exactly as <see cref="PsmSurvey"/>, <see cref="PsmTally"/> and
/// <see cref="PriceSensitivityMeter"/> apply them: which prices and weights are valid, and whether four answers are
/// consistent (used by the analysis) or excluded, and why. For readers that check a survey row by row as they read it.
/// </summary>
/// <remarks>
/// The answers come in the order of <see cref="PriceThresholds"/>: too cheap, cheap, expensive, too expensive. A
/// respondent is consistent when the answers are all given and strictly increasing; in a three-question survey (one
/// where no respondent answers the too-cheap question, <see cref="PsmTally.IsThreeQuestion"/>) the too-cheap question is
/// not asked, and three strictly increasing answers are consistent.
/// <para>Pure and thread-safe.</para>
/// </remarks>
public static class PsmRespondent
{
    /// <summary>The kind of a respondent that answered all four questions consistently.</summary>
    internal const int Consistent = 0;

    /// <summary>The kind of a respondent without a too-cheap answer whose other three answers are strictly increasing.</summary>
    internal const int WithoutTooCheap = 1;

    /// <summary>The kind of a respondent with a missing answer or answers not strictly increasing (without a too-cheap answer, among the other three).</summary>
    internal const int Inconsistent = 2;

    /// <summary>
    /// Classifies one respondent's answers by the rule the analysis applies: null when they are consistent (the
    /// respondent is used), else why the respondent is excluded (the first missing answer, else the first answer not
    /// above the one before, as <see cref="PsmResult.Excluded"/> reports it).
    /// </summary>
    /// <param name="tooCheap">At which price the product is so cheap that quality is doubted; null = missing.</param>
    /// <param name="cheap">At which price it is a bargain; null = missing.</param>
    /// <param name="expensive">At which price it is getting expensive; null = missing.</param>
    /// <param name="tooExpensive">At which price it is too expensive to consider; null = missing.</param>
    /// <param name="threeQuestion">
    /// Whether the survey is a three-question one (no respondent answers too cheap): then <paramref name="tooCheap"/>
    /// must be null and the other three answers are classified. False (the default) for a four-question survey, where a
    /// missing too-cheap answer is a <see cref="PsmProblem.MissingAnswer"/>.
    /// </param>
    /// <returns>Null for a consistent respondent; otherwise the problem.</returns>
    /// <exception cref="InvalidInputException">
    /// An answer is NaN, infinite or negative (<see cref="ArgumentException.ParamName"/> and
    /// <see cref="InvalidInputException.Field"/> name it, with the wording of <see cref="PsmTally.Add"/>); or
    /// <paramref name="threeQuestion"/> is true and <paramref name="tooCheap"/> is given
    /// (<see cref="ArgumentException.ParamName"/> <c>tooCheap</c>).
    /// </exception>
    public static PsmProblem? Classify(double? tooCheap, double? cheap, double? expensive, double? tooExpensive, bool threeQuestion = false)
    {
        var tc = Answer(tooCheap, PsmQuestions.TooCheap, nameof(tooCheap));
        var c = Answer(cheap, PsmQuestions.Cheap, nameof(cheap));
        var e = Answer(expensive, PsmQuestions.Expensive, nameof(expensive));
        var te = Answer(tooExpensive, PsmQuestions.TooExpensive, nameof(tooExpensive));
        if (threeQuestion && tooCheap.HasValue)
        {
            throw new InvalidInputException(nameof(tooCheap), "A three-question survey has no too-cheap answers, but one is given.", field: nameof(tooCheap));
        }

        return IsUsed(KindOf(tc, c, e, te), threeQuestion) ? null : Describe(0, tc, c, e, te, threeQuestion).Problem;
    }

    /// <summary>Checks one answer by the rule <see cref="PsmSurvey"/> and <see cref="PsmTally.Add"/> apply: a finite price of at least 0.</summary>
    /// <param name="question">The question answered.</param>
    /// <param name="price">The answer.</param>
    /// <returns><paramref name="price"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="question"/> is not defined.</exception>
    /// <exception cref="InvalidInputException">
    /// <paramref name="price"/> is NaN, infinite or negative: <see cref="InvalidInputException.Detail"/> is the wording
    /// <see cref="PsmSurvey"/> and <see cref="PsmTally.Add"/> give, <see cref="ArgumentException.ParamName"/> is
    /// <c>price</c> and <see cref="InvalidInputException.Field"/> the question's column as <see cref="PsmSurvey"/> names it
    /// (<c>tooCheap</c>, <c>cheap</c>, <c>expensive</c> or <c>tooExpensive</c>).
    /// </exception>
    public static double ValidatePrice(PsmQuestion question, double price)
    {
        if (!Enum.IsDefined(question))
        {
            throw new ArgumentOutOfRangeException(nameof(question), (int)question, "The question must be TooCheap, Cheap, Expensive or TooExpensive.");
        }

        var q = (int)question;
        return Guard.NonNegativeFinite(price, nameof(price), $"The {PsmQuestions.Name(q)} price", field: PsmQuestions.ParameterName(q));
    }

    /// <summary>Checks one respondent's weight by the rule <see cref="PsmSurvey"/> and <see cref="PsmTally.Add"/> apply: a finite number of at least 0.</summary>
    /// <param name="weight">The weight.</param>
    /// <returns><paramref name="weight"/>.</returns>
    /// <exception cref="InvalidInputException">
    /// <paramref name="weight"/> is NaN, infinite or negative: <see cref="InvalidInputException.Detail"/> is the wording
    /// <see cref="PsmSurvey"/> and <see cref="PsmTally.Add"/> give, <see cref="ArgumentException.ParamName"/> is
    /// <c>weight</c> and <see cref="InvalidInputException.Field"/> <c>weights</c>.
    /// </exception>
    public static double ValidateWeight(double weight) =>
        Guard.NonNegativeFinite(weight, nameof(weight), "The weight", field: "weights");

    /// <summary>An answer as the tallies hold it (NaN = missing), checked as a price with the wording of <see cref="PsmTally.Add"/>.</summary>
    internal static double Answer(double? value, int question, string paramName, int? row = null) =>
        value is { } price ? Guard.NonNegativeFinite(price, paramName, $"The {PsmQuestions.Name(question)} price", index: row, field: paramName) : double.NaN;

    /// <summary>
    /// Checks one row a tally is given (the tallies' shared rule): each answer (NaN when missing), the weight, intentions
    /// only where the tally has them, and a row below <see cref="int.MaxValue"/>.
    /// </summary>
    internal static (double TooCheap, double Cheap, double Expensive, double TooExpensive) CheckRow(
        double? tooCheap,
        double? cheap,
        double? expensive,
        double? tooExpensive,
        double weight,
        int? purchaseIntentCheap,
        int? purchaseIntentExpensive,
        bool hasPurchaseIntentions,
        int row)
    {
        var answers = (
            Answer(tooCheap, PsmQuestions.TooCheap, nameof(tooCheap), row),
            Answer(cheap, PsmQuestions.Cheap, nameof(cheap), row),
            Answer(expensive, PsmQuestions.Expensive, nameof(expensive), row),
            Answer(tooExpensive, PsmQuestions.TooExpensive, nameof(tooExpensive), row));
        Guard.NonNegativeFinite(weight, nameof(weight), "The weight", index: row, field: "weights");
        if (!hasPurchaseIntentions && (purchaseIntentCheap.HasValue || purchaseIntentExpensive.HasValue))
        {
            var field = purchaseIntentCheap.HasValue ? nameof(purchaseIntentCheap) : nameof(purchaseIntentExpensive);
            throw new InvalidInputException(field, "The tally has no purchase intentions, but an intention is given.", index: row, field: field);
        }

        if (row == int.MaxValue)
        {
            throw new InvalidOperationException($"The tally has reached row {int.MaxValue}, the last row a survey can have.");
        }

        return answers;
    }

    /// <summary>The kind of respondent (NaN = missing): <see cref="Consistent"/>, <see cref="WithoutTooCheap"/> or <see cref="Inconsistent"/>.</summary>
    internal static int KindOf(double tooCheap, double cheap, double expensive, double tooExpensive) =>
        IsConsistent(tooCheap, cheap, expensive, tooExpensive, threeQuestion: false) ? Consistent
        : double.IsNaN(tooCheap) && IsConsistent(tooCheap, cheap, expensive, tooExpensive, threeQuestion: true) ? WithoutTooCheap
        : Inconsistent;

    /// <summary>Whether the analysis uses a respondent of this kind: consistent on four questions, or on three in a three-question survey.</summary>
    internal static bool IsUsed(int kind, bool threeQuestion) => kind == (threeQuestion ? WithoutTooCheap : Consistent);

    /// <summary>Whether the answers (NaN = missing) are strictly increasing, the too-cheap one included unless <paramref name="threeQuestion"/>.</summary>
    internal static bool IsConsistent(double tooCheap, double cheap, double expensive, double tooExpensive, bool threeQuestion)
    {
        var ok = cheap < expensive && expensive < tooExpensive;
        return threeQuestion ? ok : ok && tooCheap < cheap;
    }

    /// <summary>The first problem of an excluded respondent (NaN = missing): the first missing answer, else the first answer not above the one before.</summary>
    internal static PsmExcludedRespondent Describe(int row, double tooCheap, double cheap, double expensive, double tooExpensive, bool threeQuestion)
    {
        Span<double> answers = [tooCheap, cheap, expensive, tooExpensive];
        var first = threeQuestion ? PsmQuestions.Cheap : PsmQuestions.TooCheap;
        for (var q = first; q < PsmQuestions.Count; q++)
        {
            if (double.IsNaN(answers[q]))
            {
                return new PsmExcludedRespondent(row, q);
            }
        }

        for (var q = first + 1; q < PsmQuestions.Count; q++)
        {
            var (below, above) = (answers[q - 1], answers[q]);
            if (!(above > below))
            {
                return new PsmExcludedRespondent(row, q, below, above);
            }
        }

        throw new InvalidOperationException("A consistent respondent has no problem to describe.");
    }
}
