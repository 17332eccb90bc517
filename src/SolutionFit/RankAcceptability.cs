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
            return string.Create(CultureInfo.InvariantCulture, $"No plausible priorities: every one of the {Samples:N0} sample(s) made every goal unimportant.");
        }

        if (Top == 0)
        {
            return "No solution to rank: the catalog is empty.";
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

    /// <summary>
    /// The acceptability of <paramref name="customer"/>'s ranking against <paramref name="catalog"/>; the arguments are
    /// checked already. One plan is compiled per sample into the same buffers, and the kernel picks the sample's best
    /// (only the winner when <c>k</c> covers the catalog, where every solution is within the top k anyway).
    /// </summary>
    internal static RankAcceptability Compute(SolutionCatalog catalog, CustomerProfile customer, int customerIndex, double uncertainty, int samples, ulong seed, int top)
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
        var best = new RankedSolution[everyTop ? Math.Min(k, 1) : k];
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

    /// <summary>A count's share of <paramref name="total"/> in whole percent, never rounded to 0 or 100 when it is neither.</summary>
    private static string Percent(int count, int total)
    {
        var percent = Math.Round(100.0 * count / total, MidpointRounding.AwayFromZero);
        return percent == 0.0 && count > 0 ? "under 1 %"
            : percent == 100.0 && count < total ? "over 99 %"
            : string.Create(CultureInfo.InvariantCulture, $"{percent:0} %");
    }
}
