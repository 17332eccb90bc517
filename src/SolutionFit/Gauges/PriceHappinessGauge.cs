using System.Collections.ObjectModel;

namespace SolutionFit.Gauges;

/// <summary>Aggregates observed price reactions into <see cref="SmileGauge"/>s: overall, or per seller, period, product or any key.</summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class PriceHappinessGauge
{
    /// <summary>Measures one group of deals.</summary>
    /// <param name="reactions">The observed reactions; deal ids unique.</param>
    /// <returns>The gauge.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reactions"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// There is no reaction; a reaction has no deal id (<c>default</c>) or its deal id appears twice
    /// (<see cref="InvalidInputException.Index"/> is its position, <see cref="InvalidInputException.ItemId"/> the deal's id);
    /// or the weights sum to 0.
    /// </exception>
    public static SmileGauge Measure(IEnumerable<ObservedReaction> reactions)
    {
        ArgumentNullException.ThrowIfNull(reactions);
        var counts = new int[5];

        // Weights are summed in units of the largest weight so far (rescaled when a larger one arrives), so that neither
        // the sums nor the squares overflow or underflow for any finite weights: shares and Kish's size are scale-free.
        var weights = new double[5];
        var squares = 0.0;
        var unit = 0.0;
        var deals = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var observed in reactions)
        {
            if (observed.DealId.Length == 0)
            {
                throw new InvalidInputException(nameof(reactions), "A reaction has no deal id (a default ObservedReaction); record each deal with its id.", index);
            }

            if (!deals.Add(observed.DealId))
            {
                throw new InvalidInputException(nameof(reactions), $"Deal '{observed.DealId}' has more than one reaction; each deal is counted once.", index, observed.DealId);
            }

            index++;

            counts[(int)observed.Reaction]++;
            var weight = observed.Weight;
            if (weight > unit)
            {
                if (unit > 0.0)
                {
                    var shrink = unit / weight;
                    for (var k = 0; k < weights.Length; k++)
                    {
                        weights[k] *= shrink;
                    }

                    squares *= shrink * shrink;
                }

                unit = weight;
            }

            if (weight > 0.0)
            {
                var relative = weight / unit;
                weights[(int)observed.Reaction] += relative;
                squares += relative * relative;
            }
        }

        var total = weights.Sum();
        if (deals.Count == 0)
        {
            throw new InvalidInputException(nameof(reactions), "There is no reaction to measure.");
        }

        if (!(total > 0.0))
        {
            throw new InvalidInputException(nameof(reactions), $"The {deals.Count} reaction(s) all have weight 0; at least one must count.");
        }

        return new SmileGauge(counts, weights, total * total / squares);
    }

    /// <summary>Measures the deals of each group, grouped by <paramref name="key"/> (seller, period, product, ...).</summary>
    /// <typeparam name="TSource">The type of the recorded deals.</typeparam>
    /// <typeparam name="TKey">The type of the grouping key, compared with its default equality.</typeparam>
    /// <param name="source">The recorded deals.</param>
    /// <param name="key">The group of a deal.</param>
    /// <param name="reaction">The observed reaction of a deal.</param>
    /// <returns>
    /// One gauge per group, keyed by the group, enumerated in the order the groups first appear in <paramref name="source"/>;
    /// a read-only view that cannot be cast back and changed.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="key"/> or <paramref name="reaction"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// A deal's key is null (<see cref="ArgumentException.ParamName"/> is <c>key</c>, <see cref="InvalidInputException.Index"/>
    /// the deal's position in <paramref name="source"/>); or a group breaks a rule of <see cref="Measure"/>: then
    /// <see cref="InvalidInputException.ItemId"/> is the group's key, <see cref="InvalidInputException.Field"/> the offending
    /// deal's id when it has one, the message names the group, and the inner exception is the one <see cref="Measure"/> raised
    /// (with the deal's position within the group). An invalid <see cref="ObservedReaction"/> made by <paramref name="reaction"/>
    /// (a blank deal id, a negative weight) is reported the same way; any other exception of <paramref name="key"/> or
    /// <paramref name="reaction"/> propagates unchanged.
    /// </exception>
    /// <remarks>All keys are computed first, then each group's reactions, group by group.</remarks>
    public static IReadOnlyDictionary<TKey, SmileGauge> MeasureBy<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> key, Func<TSource, ObservedReaction> reaction)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(reaction);
        var members = new OrderedDictionary<TKey, List<TSource>>();
        var index = 0;
        foreach (var deal in source)
        {
            var group = key(deal);
            if (group is null)
            {
                throw new InvalidInputException(nameof(key), "A deal has no group: its key is null.", index);
            }

            if (!members.TryGetValue(group, out var list))
            {
                list = [];
                members.Add(group, list);
            }

            list.Add(deal);
            index++;
        }

        var gauges = new OrderedDictionary<TKey, SmileGauge>(members.Count);
        foreach (var (group, deals) in members)
        {
            try
            {
                gauges.Add(group, Measure(deals.Select(reaction)));
            }
            catch (InvalidInputException ex)
            {
                var id = group.ToString();
                throw new InvalidInputException(nameof(source), $"Group '{id}': {ex.Detail}", itemId: id, field: ex.ItemId, innerException: ex);
            }
        }

        return new ReadOnlyDictionary<TKey, SmileGauge>(gauges);
    }
}
