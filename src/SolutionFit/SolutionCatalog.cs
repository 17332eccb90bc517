using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.InteropServices;

namespace SolutionFit;

/// <summary>
/// A catalog of proposed solutions compiled once for ranking at volume: every solution scored for a customer, or the
/// best k, with SIMD and without allocating, for one customer or many on all cores.
/// </summary>
/// <remarks>
/// <para>
/// The catalog interns every goal id its solutions mention to a column and stores the achievements column by column
/// (structure of arrays, <see cref="double"/>, padded to a whole number of blocks of <see cref="Vector{T}"/>), with each
/// solution's price and experience factor beside them and, on first use by a must-have, the column's logarithms.
/// A customer is compiled against it once (<see cref="Compile(CustomerProfile)"/>): weights, columns, kinds,
/// thresholds. Scoring then reads only the columns of the customer's goals, a vector of solutions at a time.
/// </para>
/// <para>
/// The kernel forms the same sums in the same order as <see cref="SolutionFitScorer"/>, so every overall and reaction
/// is bit-identical to <see cref="SolutionFitScorer.Evaluate(CustomerProfile, ProposedSolution)"/> with the catalog's
/// <see cref="Scorer"/>, and the top k equal <see cref="SolutionFitScorer.Rank(CustomerProfile, IEnumerable{ProposedSolution})"/>
/// truncated to k: best overall first, ties broken by solution id (ordinal, ascending).
/// </para>
/// <para>
/// Memory: 12 bytes per solution and distinct goal id (twice for the goal ids some customer has as a must-have): each
/// value as a <see cref="double"/> and as a <see cref="float"/> shadow that bounds it, plus a summary per block of
/// solutions (1/64 more on 4-lane vectors), with which the best k skip blocks and solutions that cannot enter them.
/// Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class SolutionCatalog
{
    private readonly ProposedSolution[] _solutions;
    private readonly FrozenDictionary<string, int> _columnByGoal;
    private readonly double[][] _achievements;
    private readonly double[]?[] _logAchievements;

    /// <summary>Compiles a catalog.</summary>
    /// <param name="solutions">The solutions, in the order their <see cref="RankedSolution.Index"/> refers to; ids must be unique.</param>
    /// <param name="policy">The options of the scoring model; <see cref="ScoringPolicy.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="solutions"/> is null.</exception>
    /// <exception cref="InvalidInputException">A solution is null, or two solutions share an id (<see cref="InvalidInputException.Index"/> is its position).</exception>
    /// <remarks>O(total achievements + solutions × distinct goal ids) time and memory; sorts the ids once for the tie-break.</remarks>
    public SolutionCatalog(IEnumerable<ProposedSolution> solutions, ScoringPolicy? policy = null)
    {
        _solutions = ProposedSolution.CopyAlternatives(solutions, nameof(solutions));
        Solutions = Array.AsReadOnly(_solutions);
        Scorer = new SolutionFitScorer(policy ?? ScoringPolicy.Default);
        var count = _solutions.Length;
        var block = CatalogKernel.BlockVectors * Vector<double>.Count;
        Stride = (count + block - 1) / block * block;
        Blocks = Stride / block;
        ShadowStart = Stride + ((Blocks + 3) / 4 * 4);
        var length = ShadowStart + (Stride / 2);

        var columnByGoal = new Dictionary<string, int>(StringComparer.Ordinal);
        var achievements = new List<double[]>();
        Prices = new double[length];
        ExperienceFactors = new double[length];
        for (var j = 0; j < count; j++)
        {
            var solution = _solutions[j];
            Prices[j] = solution.Price;
            ExperienceFactors[j] = Scorer.ExperienceFactor(Scorer.Experience(solution));
            foreach (var (goalId, achievement) in solution.Achievements)
            {
                if (!columnByGoal.TryGetValue(goalId, out var column))
                {
                    column = achievements.Count;
                    columnByGoal.Add(goalId, column);
                    achievements.Add(new double[length]);
                }

                achievements[column][j] = achievement;
            }
        }

        _columnByGoal = columnByGoal.ToFrozenDictionary(StringComparer.Ordinal);
        _achievements = [.. achievements];
        foreach (var column in _achievements)
        {
            SummariseBlocks(column, Stride, Blocks);
            WriteShadow(column, up: true);
        }

        SummariseBlocks(ExperienceFactors, Stride, Blocks);
        WriteShadow(ExperienceFactors, up: true);
        WriteShadow(Prices, up: false);
        for (var b = 0; b < Blocks; b++)
        {
            // The lowest price of the block's solutions; the padding's 0 would only weaken the bound.
            var lowest = double.PositiveInfinity;
            for (var j = b * block; j < Math.Min((b + 1) * block, count); j++)
            {
                lowest = Math.Min(lowest, Prices[j]);
            }

            Prices[Stride + b] = lowest;
        }

        _logAchievements = new double[]?[_achievements.Length];

        var ids = Array.ConvertAll(_solutions, s => s.Id);
        var order = new int[count];
        for (var j = 0; j < count; j++)
        {
            order[j] = j;
        }

        Array.Sort(ids, order, StringComparer.Ordinal);
        IdRanks = new int[count];
        for (var rank = 0; rank < count; rank++)
        {
            IdRanks[order[rank]] = rank;
        }
    }

    /// <summary>Gets the scorer whose model the catalog applies; score a <see cref="RankedSolution"/> with it to get its full explanation.</summary>
    public SolutionFitScorer Scorer { get; }

    /// <summary>Gets the number of solutions.</summary>
    public int Count => _solutions.Length;

    /// <summary>Gets the solutions, in the order given.</summary>
    public IReadOnlyList<ProposedSolution> Solutions { get; }

    /// <summary>Gets the number of solutions a column holds, padding included: the count rounded up to a whole number of the kernel's blocks.</summary>
    /// <remarks>
    /// Every column (achievements, their logarithms, prices, experience factors) holds, in one array: a value per
    /// solution and the padding, <see cref="Stride"/> in all; one summary per block at <c>Stride + b</c>, a bound of the
    /// block's values (the largest; the lowest price) that lets the kernel rule a block out without reading it; and from
    /// <see cref="ShadowStart"/> the column's <see cref="float"/> shadow (<see cref="Shadow"/>), from which the kernel
    /// bounds each solution at half the bytes before it scores the ones that may enter the best k exactly.
    /// </remarks>
    internal int Stride { get; }

    /// <summary>Gets the number of the kernel's blocks: <see cref="Stride"/> divided by the block's solutions.</summary>
    internal int Blocks { get; }

    /// <summary>Gets where each column's <see cref="float"/> shadow starts, in <see cref="double"/> elements: after the summaries, rounded up to a multiple of four (whole 32-byte vectors from the array's start).</summary>
    internal int ShadowStart { get; }

    /// <summary>Gets each solution's price (padding: 0), then each block's lowest price.</summary>
    internal double[] Prices { get; }

    /// <summary>Gets each solution's experience factor <c>(1 - k) + k·X</c> (padding: 0, so padding lanes have no value), then each block's largest.</summary>
    internal double[] ExperienceFactors { get; }

    /// <summary>Gets each solution's place among the ids in ordinal order, the tie-break of every ranking.</summary>
    internal int[] IdRanks { get; }

    /// <summary>Compiles a customer against this catalog, ready to score every solution or pick the best.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>The compiled customer; immutable and thread-safe.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is null.</exception>
    /// <remarks>O(goals of the customer); goals no solution mentions count as not achieved by any.</remarks>
    public CompiledCustomer Compile(CustomerProfile customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var plan = new CustomerPlan();
        plan.Compile(this, customer);
        return new CompiledCustomer(this, plan);
    }

    /// <summary>Ranks the catalog for many customers on all cores and keeps the best <paramref name="top"/> of each.</summary>
    /// <param name="customers">The customers.</param>
    /// <param name="top">How many solutions to keep per customer; at least 1. Fewer are kept when the catalog is smaller.</param>
    /// <param name="destination">
    /// Where the rankings go: customer <c>i</c>'s best <c>k = min(top, Count)</c>, best first, in
    /// <c>[i·k, (i + 1)·k)</c>. At least <c>customers.Count · k</c> long.
    /// </param>
    /// <param name="cancellationToken">Stops the work between customers.</param>
    /// <returns>The number <c>k</c> of solutions ranked per customer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is null.</exception>
    /// <exception cref="InvalidInputException">A customer is null (<see cref="InvalidInputException.Index"/> is its position).</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>
    /// Partitioned by customer with <see cref="Parallel"/>; each worker compiles its customers into buffers it reuses,
    /// so the work allocates nothing per customer. The result is the same as ranking each customer alone.
    /// </remarks>
    public int Top(IReadOnlyList<CustomerProfile> customers, int top, Memory<RankedSolution> destination, CancellationToken cancellationToken = default)
    {
        Guard.NoNullItems(customers, nameof(customers));
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);

        var k = Math.Min(top, Count);
        if ((long)customers.Count * k > destination.Length)
        {
            throw new ArgumentException(
                $"The destination holds {destination.Length} ranked solutions, but {customers.Count} customer(s) × {k} need {(long)customers.Count * k}.",
                nameof(destination));
        }

        if (k == 0)
        {
            return 0;
        }

        Parallel.For(
            0,
            customers.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            static () => new CustomerPlan(),
            (i, _, plan) =>
            {
                plan.Compile(this, customers[i]);
                CatalogKernel.Top(this, plan, destination.Span.Slice(i * k, k));
                return plan;
            },
            static _ => { });
        return k;
    }

    /// <summary>
    /// Ranks the catalog for many customers and yields each customer's best <paramref name="top"/> solutions scored in
    /// full, customer by customer, as they are enumerated.
    /// </summary>
    /// <param name="customers">The customers.</param>
    /// <param name="top">How many solutions to keep per customer; at least 1. Fewer are kept when the catalog is smaller.</param>
    /// <param name="cancellationToken">Stops the work between customers.</param>
    /// <returns>
    /// One list per customer, in the order of <paramref name="customers"/>: the customer's best <c>min(top, Count)</c>
    /// solutions as <see cref="Scorer"/> scores them, equal to <see cref="SolutionFitScorer.Rank(CustomerProfile, IEnumerable{ProposedSolution})"/>
    /// over <see cref="Solutions"/> truncated to <paramref name="top"/>. Each list is read-only.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is null.</exception>
    /// <exception cref="InvalidInputException">A customer is null (<see cref="InvalidInputException.Index"/> is its position).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (thrown during enumeration).</exception>
    /// <remarks>
    /// The arguments are checked at once; the work is done as the result is enumerated. Customers are taken in batches:
    /// <see cref="Top(IReadOnlyList{CustomerProfile}, int, Memory{RankedSolution}, CancellationToken)"/> picks a batch's
    /// winners on all cores, and only the winners are scored in full (with their per-goal breakdown built on first
    /// read). At most 65,536 ranked solutions (or one customer's <c>k</c>) are held at a time, whatever the number of
    /// customers.
    /// </remarks>
    public IEnumerable<IReadOnlyList<FitScore>> TopScores(IReadOnlyList<CustomerProfile> customers, int top, CancellationToken cancellationToken = default)
    {
        Guard.NoNullItems(customers, nameof(customers));
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        return TopScores(customers, top, TopScoresHeld, cancellationToken);
    }

    /// <summary>
    /// Rank acceptability: how sure the customer's ranking is when each goal's importance may be up to
    /// <paramref name="uncertainty"/> off. For each of the best <paramref name="top"/> solutions for the priorities as
    /// given, the share of <paramref name="samples"/> perturbed priorities under which it ranks first and within the top
    /// <paramref name="top"/>.
    /// </summary>
    /// <param name="customer">The customer.</param>
    /// <param name="customerIndex">
    /// The customer's index among the customers analysed together (0-based, for example its place in a file): a coordinate
    /// of the draws, so that each customer gets its own, and a customer gets the same ones wherever it is analysed.
    /// </param>
    /// <param name="uncertainty">
    /// How far each importance <c>I</c> may move, <c>U</c> in [0, 1]: sample <c>s</c> gives goal <c>j</c> the importance
    /// <c>clamp(I_j + U·(2u − 1), 0, 1)</c>, <c>u</c> uniform in [0, 1) drawn from (<paramref name="seed"/>,
    /// <paramref name="customerIndex"/>, <c>s</c>, <c>j</c>) alone.
    /// </param>
    /// <param name="samples">How many perturbed priorities to draw; at least 1.</param>
    /// <param name="seed">The seed of the draws: the same seed gives the same result.</param>
    /// <param name="top">How many solutions the ranking shows, <c>k</c>; at least 1. Fewer are shown when the catalog is smaller.</param>
    /// <returns>The shares for the best <c>min(top, Count)</c> solutions as <see cref="CompiledCustomer.Top(Span{RankedSolution})"/> ranks them, and the sample counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customerIndex"/> is negative, or <paramref name="samples"/> or <paramref name="top"/> is less than 1.</exception>
    /// <exception cref="InvalidInputException"><paramref name="uncertainty"/> is NaN, infinite or outside [0, 1].</exception>
    /// <remarks>
    /// <para>
    /// Satisfaction, kinds, price thresholds and solutions stay as they are. A sample in which every importance is 0 is
    /// skipped and counted (<see cref="RankAcceptability.SkippedSamples"/>); the shares are over the other samples, and
    /// null if every sample is skipped. Within a sample, solutions rank by overall descending, ties by solution id
    /// (ordinal, ascending). With <paramref name="uncertainty"/> 0 every sample is the ranking as given.
    /// </para>
    /// <para>
    /// Each sample compiles the perturbed customer into the same buffers (O(goals)) and lets the kernel pick the sample's
    /// best k, so every sample's ranking is the one <see cref="SolutionFitScorer.Rank(CustomerProfile, IEnumerable{ProposedSolution})"/>
    /// gives for the perturbed customer, bit for bit. When k covers the catalog only each sample's winner is needed.
    /// Nothing is allocated per sample; the call allocates O(Count + goals).
    /// </para>
    /// </remarks>
    public RankAcceptability Acceptability(CustomerProfile customer, int customerIndex, double uncertainty, int samples, ulong seed, int top)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentOutOfRangeException.ThrowIfNegative(customerIndex);
        Guard.UnitInterval(uncertainty, nameof(uncertainty), "The importance uncertainty");
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        return RankAcceptability.Compute(this, customer, customerIndex, uncertainty, samples, seed, top);
    }

    /// <summary>How many ranked solutions <see cref="TopScores(IReadOnlyList{CustomerProfile}, int, CancellationToken)"/> holds at a time.</summary>
    internal const int TopScoresHeld = 1 << 16;

    /// <summary>
    /// <see cref="TopScores(IReadOnlyList{CustomerProfile}, int, CancellationToken)"/> holding at most <paramref name="held"/>
    /// ranked solutions at a time (at least one customer's); the arguments are checked already.
    /// </summary>
    internal IEnumerable<IReadOnlyList<FitScore>> TopScores(IReadOnlyList<CustomerProfile> customers, int top, int held, CancellationToken cancellationToken)
    {
        var k = Math.Min(top, Count);
        var batch = Math.Min(Math.Max(held / Math.Max(k, 1), 1), customers.Count);
        var slice = new CustomerProfile[batch];
        var winners = new RankedSolution[batch * k];
        for (var start = 0; start < customers.Count; start += batch)
        {
            var length = Math.Min(batch, customers.Count - start);
            for (var i = 0; i < length; i++)
            {
                slice[i] = customers[start + i];
            }

            Top(new ArraySegment<CustomerProfile>(slice, 0, length), top, winners, cancellationToken);
            for (var i = 0; i < length; i++)
            {
                var ranked = new FitScore[k];
                for (var r = 0; r < k; r++)
                {
                    ranked[r] = Scorer.Score(slice[i], winners[(i * k) + r].Solution);
                }

                yield return Array.AsReadOnly(ranked);
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Count} solution(s), {_achievements.Length} goal id(s)";

    /// <summary>Finds the column of a goal id; false when no solution mentions it.</summary>
    internal bool TryGetColumn(string goalId, out int column) => _columnByGoal.TryGetValue(goalId, out column);

    /// <summary>Gets a column of achievements (padding: 0), then each block's largest.</summary>
    internal double[] AchievementColumn(int column) => _achievements[column];

    /// <summary>Gets a column of <c>ln a</c> (negative infinity where <c>a = 0</c>), then each block's largest, computed on first use.</summary>
    internal double[] LogAchievementColumn(int column)
    {
        var logs = Volatile.Read(ref _logAchievements[column]);
        if (logs is null)
        {
            var achievements = _achievements[column];
            logs = new double[achievements.Length];
            for (var j = 0; j < Stride; j++)
            {
                logs[j] = achievements[j] > 0.0 ? Math.Log(achievements[j]) : double.NegativeInfinity;
            }

            SummariseBlocks(logs, Stride, Blocks);
            WriteShadow(logs, up: true);

            logs = Interlocked.CompareExchange(ref _logAchievements[column], logs, null) ?? logs;
        }

        return logs;
    }

    /// <summary>
    /// The <see cref="float"/> shadow of a column: its <c>stride</c> values, each rounded to the side that keeps the kernel's
    /// bounds upper bounds (achievements, logarithms and experience factors up, the logarithm −∞ to <c>−float.MaxValue</c>
    /// so that a weight of 0 times it is 0, prices down), stored as floats in the column's tail.
    /// </summary>
    internal static Span<float> Shadow(double[] column, int shadowStart, int stride) =>
        MemoryMarshal.Cast<double, float>(column.AsSpan(shadowStart, stride / 2));

    /// <summary><paramref name="x"/> rounded to the nearest <see cref="float"/> at or above it.</summary>
    internal static float RoundUp(double x)
    {
        var rounded = (float)x;
        return rounded < x ? MathF.BitIncrement(rounded) : rounded;
    }

    /// <summary><paramref name="x"/> rounded to the nearest <see cref="float"/> at or below it.</summary>
    internal static float RoundDown(double x)
    {
        var rounded = (float)x;
        return rounded > x ? MathF.BitDecrement(rounded) : rounded;
    }

    /// <summary>Writes the shadow of <c>values[..Stride]</c>, rounded up (<paramref name="up"/>) or down.</summary>
    private void WriteShadow(double[] values, bool up)
    {
        var shadow = Shadow(values, ShadowStart, Stride);
        for (var j = 0; j < Stride; j++)
        {
            shadow[j] = up ? MathF.Max(RoundUp(values[j]), -float.MaxValue) : RoundDown(values[j]);
        }
    }

    /// <summary>Writes each block's largest value of <c>values[..stride]</c> at <c>values[stride + b]</c>.</summary>
    private static void SummariseBlocks(double[] values, int stride, int blocks)
    {
        var block = CatalogKernel.BlockVectors * Vector<double>.Count;
        for (var b = 0; b < blocks; b++)
        {
            var largest = double.NegativeInfinity;
            for (var j = b * block; j < (b + 1) * block; j++)
            {
                largest = Math.Max(largest, values[j]);
            }

            values[stride + b] = largest;
        }
    }

    /// <summary>Gets the solution at an index.</summary>
    internal ProposedSolution Solution(int index) => _solutions[index];
}
