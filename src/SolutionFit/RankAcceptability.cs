using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace SolutionFit;

/// <summary>
/// How sure a customer's ranking is when the customer's priorities are a little different from what was written down:
/// for each solution of the top k, the share of plausible priorities under which it ranks first and within the top k.
/// </summary>
/// <remarks>
/// <para>
/// Created by <see cref="SolutionCatalog.Acceptability(CustomerProfile, int, double, int, ulong, int)"/>. Sample
/// <c>s</c> (0-based) of customer <c>c</c> gives goal <c>j</c> (0-based, the customer's goal order) the importance
/// <c>clamp(I_j + U·(2u − 1), 0, 1)</c>, <c>u</c> a uniform draw in [0, 1) that depends only on the seed, <c>c</c>,
/// <c>s</c> and <c>j</c>; satisfaction, kinds, thresholds and solutions are unchanged. A sample in which every goal's
/// importance is 0 is skipped (<see cref="SkippedSamples"/>): the model cannot measure a fit without priorities. Within
/// a sample, solutions rank by overall descending, ties by solution id (ordinal, ascending), as every ranking of the
/// library.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class RankAcceptability
{
    internal RankAcceptability(string customerId, double uncertainty, int samples, ulong seed, int top, int skippedSamples, SolutionAcceptability[] solutions)
    {
        CustomerId = customerId;
        Uncertainty = uncertainty;
        Samples = samples;
        Seed = seed;
        Top = top;
        SkippedSamples = skippedSamples;
        var byId = new OrderedDictionary<string, SolutionAcceptability>(solutions.Length, StringComparer.Ordinal);
        foreach (var solution in solutions)
        {
            byId.Add(solution.Place.Solution.Id, solution);
        }

        Solutions = new ReadOnlyDictionary<string, SolutionAcceptability>(byId);
    }

    /// <summary>Gets the customer's id.</summary>
    public string CustomerId { get; }

    /// <summary>Gets the uncertainty <c>U</c> of every importance, in [0, 1]: each is drawn from <c>[I − U, I + U]</c>, clamped to [0, 1].</summary>
    public double Uncertainty { get; }

    /// <summary>Gets the number of samples drawn, skipped ones included.</summary>
    public int Samples { get; }

    /// <summary>Gets the seed of the draws.</summary>
    public ulong Seed { get; }

    /// <summary>Gets <c>k</c>: how many solutions the ranking shows, and within how many places <see cref="SolutionAcceptability.Top"/> counts; at most the catalog's size.</summary>
    public int Top { get; }

    /// <summary>Gets the number of samples skipped because every goal's importance was 0 in them.</summary>
    public int SkippedSamples { get; }

    /// <summary>Gets the number of samples the shares count: <see cref="Samples"/> minus <see cref="SkippedSamples"/>.</summary>
    public int CountedSamples => Samples - SkippedSamples;

    /// <summary>
    /// Gets the top <see cref="Top"/> solutions for the priorities as given, by solution id (ordinal comparison), enumerated
    /// in their ranking's order (best first); a read-only view that cannot be cast back and changed.
    /// </summary>
    /// <remarks>
    /// Over every solution of the catalog (<see cref="Top"/> its size), the <see cref="SolutionAcceptability.First"/>
    /// shares add up to 1; over fewer, the rest is the share of samples won by a solution outside the top k.
    /// </remarks>
    public IReadOnlyDictionary<string, SolutionAcceptability> Solutions { get; }

    /// <summary>
    /// Says in words which solutions are the best fit how often, for a seller: for example
    /// <c>Team is the best fit in 87 % of plausible priorities; Business in 13 %</c>.
    /// </summary>
    /// <returns>
    /// One sentence, the same in every culture: the solutions of the top k that rank first in some counted sample, by
    /// descending share (ties in ranking order), named by <see cref="ProposedSolution.Name"/>, each share in whole percent
    /// (<c>under 1 %</c> and <c>over 99 %</c> where rounding would say 0 or 100 of a share that is not), then the share won
    /// outside the top k, if any.
    /// </returns>
    public string Describe()
    {
        var counted = CountedSamples;
        if (counted == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"No plausible priorities: every one of the {Samples:N0} sample(s) made every goal unimportant");
        }

        if (Top == 0)
        {
            return "No solution to rank: the catalog is empty";
        }

        var text = new StringBuilder();
        var won = 0;
        foreach (var winner in Solutions.Values.Where(s => s.FirstCount > 0).OrderByDescending(s => s.FirstCount))
        {
            var name = winner.Place.Solution.Name;
            var share = Percent(winner.FirstCount, counted);
            text.Append(won == 0 ? $"{name} is the best fit in {share} of plausible priorities" : $"; {name} in {share}");
            won += winner.FirstCount;
        }

        if (won == 0)
        {
            text.Append(string.Create(CultureInfo.InvariantCulture, $"Solutions outside the top {Top} are the best fit in 100 % of plausible priorities"));
        }
        else if (won < counted)
        {
            text.Append(string.Create(CultureInfo.InvariantCulture, $"; solutions outside the top {Top} in {Percent(counted - won, counted)}"));
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{CustomerId}, {Samples} sample(s), {SkippedSamples} skipped: {Describe()}");

    /// <summary>
    /// The importance of a goal in a sample: <c>clamp(I + U·(2u − 1), 0, 1)</c>, evaluated as written in double.
    /// </summary>
    internal static double PerturbedImportance(double importance, double uncertainty, double u) =>
        Math.Clamp(importance + (uncertainty * ((2.0 * u) - 1.0)), 0.0, 1.0);

    /// <summary>The largest k below the whole catalog for which each sample's top k come from the kernel's heap; above it, from every overall.</summary>
    internal const int HeapLimit = 64;

    /// <summary>
    /// The acceptability of <paramref name="customer"/>'s ranking against <paramref name="catalog"/>; the arguments are
    /// checked already. One plan is compiled per sample into the same buffers. For <c>k</c> up to
    /// <paramref name="heapLimit"/> the kernel's heap picks the sample's best k (only the winner when <c>k</c> covers the
    /// catalog, where every solution is within the top k anyway); for a larger k below the catalog's size, every overall is
    /// scored and the k-th place found by selection, in linear time, where a heap of k would cost O(n log k).
    /// </summary>
    internal static RankAcceptability Compute(SolutionCatalog catalog, CustomerProfile customer, int customerIndex, double uncertainty, int samples, ulong seed, int top, int heapLimit = HeapLimit)
    {
        var count = catalog.Count;
        var k = Math.Min(top, count);
        var plan = new CustomerPlan();
        plan.Compile(catalog, customer);
        var printed = new RankedSolution[k];
        CatalogKernel.Top(catalog, plan, printed);

        var position = new int[count];
        Array.Fill(position, -1);
        for (var p = 0; p < k; p++)
        {
            position[printed[p].Index] = p;
        }

        var everyTop = k == count;
        var scores = !everyTop && k > heapLimit ? new Scores(catalog) : null;
        var best = new RankedSolution[everyTop ? Math.Min(k, 1) : scores is null ? k : 0];
        var firstCounts = new int[k];
        var topCounts = new int[k];
        var goals = customer.GoalSpan;
        var importances = new double[goals.Length];
        var skipped = 0;
        for (var s = 0; s < samples; s++)
        {
            var important = false;
            for (var j = 0; j < goals.Length; j++)
            {
                var u = RandomDraws.Perturbation(seed, (ulong)customerIndex, (ulong)s, (ulong)j);
                importances[j] = PerturbedImportance(goals[j].Importance, uncertainty, u);
                important |= importances[j] > 0.0;
            }

            if (!important)
            {
                skipped++;
                continue;
            }

            if (k == 0)
            {
                continue;
            }

            plan.Compile(catalog, customer, importances);
            if (scores is not null)
            {
                scores.Count(plan, k, printed, firstCounts, topCounts);
                continue;
            }

            var ranked = CatalogKernel.Top(catalog, plan, best);
            if (position[best[0].Index] is var winner and >= 0)
            {
                firstCounts[winner]++;
            }

            if (!everyTop)
            {
                foreach (var place in best.AsSpan(0, ranked))
                {
                    if (position[place.Index] is var p and >= 0)
                    {
                        topCounts[p]++;
                    }
                }
            }
        }

        var counted = samples - skipped;
        var solutions = new SolutionAcceptability[k];
        for (var p = 0; p < k; p++)
        {
            solutions[p] = new SolutionAcceptability(printed[p], firstCounts[p], everyTop ? counted : topCounts[p], counted);
        }

        return new RankAcceptability(customer.Id, uncertainty, samples, seed, k, skipped, solutions);
    }

    /// <summary>
    /// The <paramref name="n"/>-th largest (0-based) of <paramref name="values"/>, which it reorders: quickselect with a
    /// median-of-three pivot and a three-way partition, so that runs of equal values (a catalog of near copies) cost
    /// linear time too.
    /// </summary>
    internal static double NthLargest(Span<double> values, int n)
    {
        var (low, high) = (0, values.Length - 1);
        while (true)
        {
            if (low == high)
            {
                return values[low];
            }

            var (a, b, c) = (values[low], values[low + ((high - low) / 2)], values[high]);
            var pivot = Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));

            // [low, above) > pivot, [above, i) == pivot, (below, high] < pivot.
            var (above, i, below) = (low, low, high);
            while (i <= below)
            {
                if (values[i] > pivot)
                {
                    (values[above], values[i]) = (values[i], values[above]);
                    above++;
                    i++;
                }
                else if (values[i] < pivot)
                {
                    (values[i], values[below]) = (values[below], values[i]);
                    below--;
                }
                else
                {
                    i++;
                }
            }

            if (n < above)
            {
                high = above - 1;
            }
            else if (n > below)
            {
                low = below + 1;
            }
            else
            {
                return pivot;
            }
        }
    }

    /// <summary>A count's share of <paramref name="total"/> in whole percent, never rounded to 0 or 100 when it is neither.</summary>
    private static string Percent(int count, int total)
    {
        var percent = Math.Round(100.0 * count / total, MidpointRounding.AwayFromZero);
        return percent == 0.0 && count > 0 ? "under 1 %"
            : percent == 100.0 && count < total ? "over 99 %"
            : string.Create(CultureInfo.InvariantCulture, $"{percent:0} %");
    }

    /// <summary>Buffers for counting a sample from every overall: the overalls, a copy to select in, and the ids' places of the ties.</summary>
    private sealed class Scores(SolutionCatalog catalog)
    {
        private readonly double[] _overall = new double[catalog.Count];
        private readonly double[] _selected = new double[catalog.Count];
        private readonly double[] _ties = new double[catalog.Count];

        /// <summary>
        /// Scores every solution for <paramref name="plan"/> and counts, for each printed solution, whether it ranks first
        /// and within the top <paramref name="k"/> (overall descending, ties by id): it is within them when its overall is
        /// above the k-th largest, or equal to it and its id among the first of the ties that fill the top k.
        /// </summary>
        public void Count(CustomerPlan plan, int k, RankedSolution[] printed, int[] firstCounts, int[] topCounts)
        {
            var count = catalog.Count;
            var overall = _overall.AsSpan(0, count);
            CatalogKernel.Score(catalog, plan, overall, []);
            var idRanks = catalog.IdRanks;
            var winner = 0;
            for (var j = 1; j < count; j++)
            {
                if (overall[j] > overall[winner] || (overall[j] == overall[winner] && idRanks[j] < idRanks[winner]))
                {
                    winner = j;
                }
            }

            overall.CopyTo(_selected);
            var kth = NthLargest(_selected.AsSpan(0, count), k - 1);
            var higher = 0;
            var tied = 0;
            for (var j = 0; j < count; j++)
            {
                if (overall[j] > kth)
                {
                    higher++;
                }
                else if (overall[j] == kth)
                {
                    _ties[tied++] = -idRanks[j];
                }
            }

            // The ties fill the top k's last k − higher places, in id order: the largest −idRank of those places is the cut.
            var cut = -NthLargest(_ties.AsSpan(0, tied), k - higher - 1);
            for (var p = 0; p < printed.Length; p++)
            {
                var j = printed[p].Index;
                if (j == winner)
                {
                    firstCounts[p]++;
                }

                if (overall[j] > kth || (overall[j] == kth && idRanks[j] <= cut))
                {
                    topCounts[p]++;
                }
            }
        }
    }
}
