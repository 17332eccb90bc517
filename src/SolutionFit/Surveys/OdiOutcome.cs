using System.Globalization;

namespace SolutionFit.Surveys;

/// <summary>The ODI scores of one desired outcome.</summary>
/// <remarks>
/// Importance and satisfaction are <c>10 × (ratings of 4 or 5) / (valid ratings)</c> in [0, 10]; opportunity is
/// <c>importance + max(importance − satisfaction, 0)</c> in [0, 20]. Everything is computed from the integer counts, so a
/// band edge (10, 12, 15) is met exactly. Null where an outcome has no valid rating. Immutable.
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class OdiOutcome
{
    internal OdiOutcome(string outcome, int importanceTop, int importanceValid, int importanceExcluded, int satisfactionTop, int satisfactionValid, int satisfactionExcluded)
    {
        Outcome = outcome;
        (ImportanceTopTwo, ImportanceValid, ImportanceExcludedCount) = (importanceTop, importanceValid, importanceExcluded);
        (SatisfactionTopTwo, SatisfactionValid, SatisfactionExcludedCount) = (satisfactionTop, satisfactionValid, satisfactionExcluded);
        if (importanceValid == 0 || satisfactionValid == 0)
        {
            Importance = importanceValid == 0 ? null : 10.0 * importanceTop / importanceValid;
            Satisfaction = satisfactionValid == 0 ? null : 10.0 * satisfactionTop / satisfactionValid;
            return;
        }

        Importance = 10.0 * importanceTop / importanceValid;
        Satisfaction = 10.0 * satisfactionTop / satisfactionValid;

        // importance − satisfaction = 10 (ti·ns − ts·ni) / (ni·ns): exact in integers.
        long gap = ((long)importanceTop * satisfactionValid) - ((long)satisfactionTop * importanceValid);
        long denominator = (long)importanceValid * satisfactionValid;
        long opportunity = (10L * importanceTop * satisfactionValid) + (gap > 0 ? 10L * gap : 0L); // opportunity × denominator
        Opportunity = (double)opportunity / denominator;
        Band = gap < 0 ? OdiBand.Overserved
            : opportunity <= 10L * denominator ? OdiBand.Limited
            : opportunity <= 12L * denominator ? OdiBand.Good
            : opportunity <= 15L * denominator ? OdiBand.VeryGood
            : OdiBand.Excellent;
    }

    /// <summary>Gets the outcome's name.</summary>
    public string Outcome { get; }

    /// <summary>Gets the number of importance ratings of 4 or 5.</summary>
    public int ImportanceTopTwo { get; }

    /// <summary>Gets the number of valid importance ratings.</summary>
    public int ImportanceValid { get; }

    /// <summary>Gets the number of importance ratings missing or outside 1..5.</summary>
    public int ImportanceExcludedCount { get; }

    /// <summary>Gets the number of satisfaction ratings of 4 or 5.</summary>
    public int SatisfactionTopTwo { get; }

    /// <summary>Gets the number of valid satisfaction ratings.</summary>
    public int SatisfactionValid { get; }

    /// <summary>Gets the number of satisfaction ratings missing or outside 1..5.</summary>
    public int SatisfactionExcludedCount { get; }

    /// <summary>Gets the importance in [0, 10]; null without a valid rating.</summary>
    public double? Importance { get; }

    /// <summary>Gets the satisfaction in [0, 10]; null without a valid rating.</summary>
    public double? Satisfaction { get; }

    /// <summary>Gets the opportunity in [0, 20]; null unless both importance and satisfaction exist.</summary>
    public double? Opportunity { get; }

    /// <summary>Gets the band; null unless the opportunity exists.</summary>
    public OdiBand? Band { get; }

    /// <summary>A customer goal from these scores: importance / 10 and current satisfaction / 10 (the top-two-box shares, from the counts).</summary>
    /// <param name="kind">The goal's Kano kind (from a Kano survey, for example).</param>
    /// <returns>The goal, with the outcome as its id.</returns>
    /// <exception cref="InvalidOperationException">Importance or satisfaction does not exist (no valid rating).</exception>
    public CustomerGoal ToGoal(GoalKind kind = GoalKind.Performance) =>
        ImportanceValid > 0 && SatisfactionValid > 0
            ? new CustomerGoal(Outcome, (double)ImportanceTopTwo / ImportanceValid, kind, (double)SatisfactionTopTwo / SatisfactionValid)
            : throw new InvalidOperationException($"Outcome '{Guard.Quote(Outcome)}' has no valid {(Importance is null ? "importance" : "satisfaction")} rating, so it cannot become a goal.");

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Outcome}: importance {Importance:0.#}, satisfaction {Satisfaction:0.#}, opportunity {Opportunity:0.#}{(Band is { } b ? $" ({b})" : string.Empty)}");
}
