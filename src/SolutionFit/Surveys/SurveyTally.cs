namespace SolutionFit.Surveys;

/// <summary>The one tally of survey answers shared by <see cref="Odi"/> and <see cref="Kano"/>.</summary>
internal static class SurveyTally
{
    /// <summary>
    /// Groups answers by the item they are about (an outcome, a feature), in the order items first appear, adding each
    /// answer to its item's tally; rejects an answer without a respondent or item and a respondent answering an item twice.
    /// </summary>
    /// <typeparam name="TAnswer">The answer type.</typeparam>
    /// <typeparam name="TTally">The tally of one item.</typeparam>
    /// <param name="answers">The answers (the parameter <c>answers</c> of the caller).</param>
    /// <param name="itemName">What an item is, for messages: <c>outcome</c> or <c>feature</c>.</param>
    /// <param name="respondent">The respondent of an answer.</param>
    /// <param name="item">The item of an answer.</param>
    /// <param name="create">A new, empty tally.</param>
    /// <param name="add">Adds an answer to its item's tally.</param>
    /// <returns>Each item with its tally, in order of first appearance.</returns>
    /// <exception cref="InvalidInputException">
    /// An answer has no respondent or item, or a respondent answers an item twice (<see cref="InvalidInputException.Index"/>
    /// is the answer's position, <see cref="InvalidInputException.ItemId"/> the respondent, <see cref="InvalidInputException.Field"/> the item).
    /// </exception>
    public static List<KeyValuePair<string, TTally>> Collect<TAnswer, TTally>(
        IEnumerable<TAnswer> answers,
        string itemName,
        Func<TAnswer, string> respondent,
        Func<TAnswer, string> item,
        Func<TTally> create,
        Action<TTally, TAnswer> add)
    {
        var tallies = new Dictionary<string, TTally>(StringComparer.Ordinal);
        var order = new List<KeyValuePair<string, TTally>>();
        var seen = new HashSet<(string, string)>();
        var index = 0;
        foreach (var answer in answers)
        {
            var who = respondent(answer);
            var what = item(answer);
            if (string.IsNullOrWhiteSpace(what) || string.IsNullOrWhiteSpace(who))
            {
                throw new InvalidInputException(nameof(answers), $"Every answer needs a respondent and the {itemName} it is about; one is missing.", index, who, what);
            }

            if (!seen.Add((who, what)))
            {
                throw new InvalidInputException(nameof(answers), $"Respondent '{who}' answers {itemName} '{what}' more than once.", index, who, what);
            }

            if (!tallies.TryGetValue(what, out var tally))
            {
                tallies[what] = tally = create();
                order.Add(KeyValuePair.Create(what, tally));
            }

            add(tally, answer);
            index++;
        }

        return order;
    }
}
