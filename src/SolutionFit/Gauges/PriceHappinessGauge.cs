namespace SolutionFit.Gauges;

/// <summary>Aggregates observed price reactions into <see cref="SmileGauge"/>s: overall, or per seller, period, product or any key.</summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class PriceHappinessGauge
{
    /// <summary>Measures one group of deals.</summary>
    /// <param name="reactions">The observed reactions; deal ids unique.</param>
    /// <returns>The gauge.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reactions"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// There is no reaction; a reaction has no deal id (<c>default</c>); a deal id appears twice; or the weights sum to 0.
    /// </exception>
    public static SmileGauge Measure(IEnumerable<ObservedReaction> reactions)
    {
        ArgumentNullException.ThrowIfNull(reactions);
        var counts = new int[5];
        var weights = new double[5];
        var squares = 0.0;
        var deals = new HashSet<string>(StringComparer.Ordinal);
        foreach (var observed in reactions)
        {
            if (observed.DealId.Length == 0)
            {
                throw new ArgumentException("A reaction has no deal id (a default ObservedReaction); record each deal with its id.", nameof(reactions));
            }

            if (!deals.Add(observed.DealId))
            {
                throw new ArgumentException($"Deal '{observed.DealId}' has more than one reaction; each deal is counted once.", nameof(reactions));
            }

            counts[(int)observed.Reaction]++;
            weights[(int)observed.Reaction] += observed.Weight;
            squares += observed.Weight * observed.Weight;
        }

        var total = weights.Sum();
        if (deals.Count == 0)
        {
            throw new ArgumentException("There is no reaction to measure.", nameof(reactions));
        }

        if (!(total > 0.0))
        {
            throw new ArgumentException($"The {deals.Count} reaction(s) all have weight 0; at least one must count.", nameof(reactions));
        }

        return new SmileGauge(counts, weights, total * total / squares);
    }

    /// <summary>Measures the deals of each group, grouped by <paramref name="key"/> (seller, period, product, ...).</summary>
    /// <typeparam name="TSource">The type of the recorded deals.</typeparam>
    /// <typeparam name="TKey">The type of the grouping key.</typeparam>
    /// <param name="source">The recorded deals.</param>
    /// <param name="key">The group of a deal.</param>
    /// <param name="reaction">The observed reaction of a deal.</param>
    /// <returns>One gauge per group, in the order the groups first appear.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="key"/> or <paramref name="reaction"/> is null.</exception>
    /// <exception cref="ArgumentException">A deal's key is null, or a group breaks a rule of <see cref="Measure"/>; the message names the group.</exception>
    public static IReadOnlyList<KeyValuePair<TKey, SmileGauge>> MeasureBy<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> key, Func<TSource, ObservedReaction> reaction)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(reaction);
        var groups = new List<KeyValuePair<TKey, SmileGauge>>();
        foreach (var group in source.GroupBy(key))
        {
            if (group.Key is null)
            {
                throw new ArgumentException("A deal has no group: its key is null.", nameof(key));
            }

            try
            {
                groups.Add(KeyValuePair.Create(group.Key, Measure(group.Select(reaction))));
            }
            catch (ArgumentException ex) when (ex is not ArgumentNullException)
            {
                throw new ArgumentException($"Group '{group.Key}': {ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal)}", nameof(source), ex);
            }
        }

        return groups;
    }
}
