namespace SolutionFit.Surveys;

/// <summary>Outcome-Driven Innovation (Ulwick 2005): importance, satisfaction and opportunity of desired outcomes from 1–5 ratings.</summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class Odi
{
    /// <summary>Scores every outcome, in the order outcomes first appear.</summary>
    /// <param name="answers">The ratings.</param>
    /// <returns>One result per outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// An answer has no outcome or respondent, or a respondent rates an outcome twice (<see cref="InvalidInputException.Index"/>
    /// is the answer's position, <see cref="InvalidInputException.ItemId"/> the respondent, <see cref="InvalidInputException.Field"/> the outcome).
    /// </exception>
    public static IReadOnlyList<OdiOutcome> Analyze(IEnumerable<OdiAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var tallies = SurveyTally.Collect(
            answers,
            "outcome",
            static a => a.Respondent,
            static a => a.Outcome,
            static () => new int[6],
            static (tally, a) =>
            {
                Count(a.Importance, tally, 0);
                Count(a.Satisfaction, tally, 3);
            });
        return Array.AsReadOnly(tallies.Select(static o => new OdiOutcome(o.Key, o.Value[0], o.Value[1], o.Value[2], o.Value[3], o.Value[4], o.Value[5])).ToArray());
    }

    private static void Count(int? rating, int[] tally, int at)
    {
        if (rating is >= 1 and <= 5)
        {
            tally[at] += rating >= 4 ? 1 : 0;
            tally[at + 1]++;
        }
        else
        {
            tally[at + 2]++;
        }
    }
}
