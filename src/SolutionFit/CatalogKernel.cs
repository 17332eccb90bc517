using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SolutionFit;

/// <summary>
/// The hot loop: scores a vector of solutions at a time for a compiled customer, with the operations of
/// <see cref="SolutionFitScorer"/> in the same order, so that every lane is bit-identical to the one-pair path.
/// </summary>
/// <remarks>
/// The best k are found in three steps per block of solutions, each ruling out only what an upper bound of the exact
/// overall puts below the heap's worst: the block's summaries (<see cref="BlockBound"/>), then each lane's bound from the
/// catalog's <see cref="float"/> shadow of its columns (<see cref="Prefilter"/>), then the exact <see cref="double"/>
/// evaluation of the vectors that are left (<see cref="ScoreVectors"/>), whose numbers are the only ones returned.
/// </remarks>
internal static class CatalogKernel
{
    /// <summary>The vectors of solutions scored together; the catalog pads its columns to a whole number of blocks.</summary>
    public const int BlockVectors = 16;

    /// <summary>Customers with up to this many goals of a kind keep the prefilter's weights on the stack.</summary>
    private const int MaxStackTerms = 256;

    /// <summary>
    /// When the prefilter leaves this many of a block's vectors to score, it costs more than it saves (solutions alike,
    /// as in a catalog of near copies): the next <see cref="PausedBlocks"/> blocks are scored without it, so that such a
    /// catalog costs a few percent more than scoring every vector, not a third more.
    /// </summary>
    private const int PauseWhenOpened = BlockVectors * 3 / 4;

    /// <summary>How many blocks are scored without the prefilter after it left most of a block to score.</summary>
    private const int PausedBlocks = 32;

    /// <summary>What <see cref="BlockBound"/> multiplies the ratio of the block's sums by, to cover the ratio's roundings.</summary>
    private const double RatioMargin = 1.0 + (1.0 / (1L << 40));

    /// <summary>Writes every solution's overall (and, when <paramref name="reactions"/> is not empty, reaction) in catalog order.</summary>
    public static void Score(SolutionCatalog catalog, CustomerPlan plan, Span<double> overall, Span<PriceReaction> reactions)
    {
        Span<Vector<double>> scores = stackalloc Vector<double>[BlockVectors];
        Span<Vector<long>> codes = stackalloc Vector<long>[BlockVectors];
        Span<int> every = stackalloc int[BlockVectors];
        OpenEvery(every);

        var count = catalog.Count;
        var width = Vector<double>.Count;
        for (var first = 0; first < count; first += BlockVectors * width)
        {
            ScoreVectors(catalog, plan, first, every, scores, codes);
            var written = Math.Min(BlockVectors * width, count - first);
            MemoryMarshal.Cast<Vector<double>, double>(scores)[..written].CopyTo(overall.Slice(first, written));
            if (!reactions.IsEmpty)
            {
                var laneCodes = MemoryMarshal.Cast<Vector<long>, long>(codes);
                for (var j = 0; j < written; j++)
                {
                    reactions[first + j] = (PriceReaction)laneCodes[j];
                }
            }
        }
    }

    /// <summary>Writes the best <c>min(best.Length, Count)</c> solutions into <paramref name="best"/>, best first; returns how many.</summary>
    public static int Top(SolutionCatalog catalog, CustomerPlan plan, Span<RankedSolution> best) => Top(catalog, plan, best, out _, out _);

    /// <summary>Writes the best <c>min(best.Length, Count)</c> solutions into <paramref name="best"/>, best first; returns how many.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="plan">The compiled customer.</param>
    /// <param name="best">Receives the best solutions.</param>
    /// <param name="skippedBlocks">How many blocks were ruled out by their summaries alone, without reading their columns.</param>
    /// <param name="scoredVectors">How many vectors of solutions were scored exactly.</param>
    /// <remarks>
    /// A min-heap of the best seen so far lives in <paramref name="best"/> itself. Until it is full, every vector is
    /// scored; then a block goes through <see cref="BlockBound"/> and <see cref="Prefilter"/> first, and only the vectors
    /// with a lane whose bound reaches the heap's worst are scored (the prefilter pauses where it rules little out, see
    /// <see cref="PauseWhenOpened"/>). Block bounds are computed four blocks at a time (<see cref="BlockBounds"/>), when
    /// the first of the four is asked for. The heap is sorted in place at the end.
    /// </remarks>
    public static int Top(SolutionCatalog catalog, CustomerPlan plan, Span<RankedSolution> best, out int skippedBlocks, out int scoredVectors)
    {
        skippedBlocks = 0;
        scoredVectors = 0;
        var count = catalog.Count;
        var k = Math.Min(best.Length, count);
        if (k == 0)
        {
            return 0;
        }

        Span<Vector<double>> scores = stackalloc Vector<double>[BlockVectors];
        Span<Vector<long>> codes = stackalloc Vector<long>[BlockVectors];
        Span<int> open = stackalloc int[BlockVectors];
        var terms = new ShadowTerms(
            plan,
            plan.Performance.Count <= MaxStackTerms ? stackalloc float[plan.Performance.Count] : new float[plan.Performance.Count],
            plan.Delighters.Count <= MaxStackTerms ? stackalloc float[plan.Delighters.Count] : new float[plan.Delighters.Count],
            plan.MustHaves.Count <= MaxStackTerms ? stackalloc float[plan.MustHaves.Count] : new float[plan.MustHaves.Count]);
        var heap = best[..k];
        Span<double> bounds = stackalloc double[4]; // BlockBounds of the four blocks before boundsEnd
        var boundsEnd = 0;
        var idRanks = catalog.IdRanks;
        var width = Vector<double>.Count;
        var size = 0;
        var paused = 0;
        for (int first = 0, block = 0; first < count; first += BlockVectors * width, block++)
        {
            int opened;
            if (size < k)
            {
                opened = OpenEvery(open);
            }
            else if (BlockBoundOf(catalog, plan, block, bounds, ref boundsEnd) < heap[0].Overall)
            {
                skippedBlocks++;
                continue;
            }
            else if (heap[0].Overall >= ShadowTerms.SmallestFloor && paused == 0)
            {
                opened = Prefilter(catalog, plan, terms, first, heap[0].Overall, open);
                paused = opened >= PauseWhenOpened ? PausedBlocks : 0;
            }
            else
            {
                paused = Math.Max(paused - 1, 0);
                opened = OpenEvery(open);
            }

            ScoreVectors(catalog, plan, first, open[..opened], scores, codes);
            scoredVectors += opened;
            foreach (var v in open[..opened])
            {
                var start = first + (v * width);
                if (start >= count || (size == k && !Vector.GreaterThanOrEqualAny(scores[v], new Vector<double>(heap[0].Overall))))
                {
                    continue;
                }

                var lanes = Math.Min(width, count - start);
                for (var lane = 0; lane < lanes; lane++)
                {
                    var index = start + lane;
                    var candidate = new RankedSolution(catalog.Solution(index), index, idRanks[index], scores[v][lane], (sbyte)codes[v][lane]);
                    if (size < k)
                    {
                        heap[size] = candidate;
                        SiftUp(heap, size);
                        size++;
                    }
                    else if (heap[0].RanksBelow(candidate))
                    {
                        heap[0] = candidate;
                        SiftDown(heap, 0, k);
                    }
                }
            }
        }

        // Heap sort: move the worst to the end, one at a time, so the best ends up first.
        for (var end = k - 1; end > 0; end--)
        {
            (heap[0], heap[end]) = (heap[end], heap[0]);
            SiftDown(heap, 0, end);
        }

        return k;
    }

    /// <summary>
    /// <see cref="BlockBound"/> of <paramref name="block"/>, from <paramref name="bounds"/> when it holds the bounds of the
    /// four blocks before <paramref name="boundsEnd"/>, else after computing those of its group of four into it.
    /// </summary>
    private static double BlockBoundOf(SolutionCatalog catalog, CustomerPlan plan, int block, Span<double> bounds, ref int boundsEnd)
    {
        if (block >= boundsEnd || block < boundsEnd - 4)
        {
            var from = block & ~3;
            BlockBounds(catalog, plan, from, bounds);
            boundsEnd = from + 4;
        }

        return bounds[block & 3];
    }

    /// <summary>Lists every vector of a block in <paramref name="open"/>; returns how many: <see cref="BlockVectors"/>.</summary>
    private static int OpenEvery(Span<int> open)
    {
        for (var v = 0; v < BlockVectors; v++)
        {
            open[v] = v;
        }

        return BlockVectors;
    }

    /// <summary>
    /// An upper bound of the exact overall of every solution of block <paramref name="block"/>, from the block's summaries
    /// alone (the largest achievement and logarithm of each column, the largest experience factor, the lowest price; see
    /// <see cref="SolutionCatalog.Stride"/>), without reading its columns.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Every rounded sum <c>Σ w·a</c> in the kernel's term order is non-decreasing in each achievement (each product and
    /// each addition rounds monotonically), so the sums at the block's largest achievements bound the sums of each of its
    /// solutions: <c>P &lt;= P̂</c>, <c>D &lt;= D̂</c>, and for the gate's exponent <c>L/W &lt;= L̂/W</c>.
    /// </para>
    /// <para>
    /// The ratio <c>(P + D) / (Wp + D)</c> rises with <c>P</c> and, as <c>P &lt;= Wp</c>, with <c>D</c>; its three
    /// roundings move it by at most a factor <c>((1 + u)/(1 − u))^3</c> between a solution and the block's sums, far below
    /// <see cref="RatioMargin"/>. The gate is bounded by <see cref="GateBound"/>; the value <c>min(M·ratio, 1)·xf</c> is
    /// monotone in each factor, and <see cref="Happiness.Bound"/> lowers the bound by what the block's lowest price
    /// rules out.
    /// </para>
    /// </remarks>
    internal static double BlockBound(SolutionCatalog catalog, CustomerPlan plan, int block)
    {
        var at = catalog.Stride + block;
        var gated = !plan.MustHaveMissing && plan.MustWeight != 0.0;
        return BoundAt(catalog, plan, at, SummarySum(plan.Performance, at), SummarySum(plan.Delighters, at), gated ? SummarySum(plan.MustHaves, at) : 0.0);
    }

    /// <summary>
    /// <see cref="BlockBound"/> of the four blocks from <paramref name="firstBlock"/> (a multiple of 4) into
    /// <paramref name="bounds"/>, each bit-identical to <see cref="BlockBound"/>'s: the four sums of each kind are
    /// computed side by side, in the same order. The summaries are padded to a multiple of four blocks; a bound of a
    /// block past the last is meaningless and never read.
    /// </summary>
    internal static void BlockBounds(SolutionCatalog catalog, CustomerPlan plan, int firstBlock, Span<double> bounds)
    {
        Debug.Assert(firstBlock % 4 == 0 && bounds.Length == 4, "Four blocks from a multiple of four.");
        var at = catalog.Stride + firstBlock;
        var performance = SummarySums(plan.Performance, at);
        var delight = SummarySums(plan.Delighters, at);
        var gated = !plan.MustHaveMissing && plan.MustWeight != 0.0;
        var must = gated ? SummarySums(plan.MustHaves, at) : default;
        bounds[0] = BoundAt(catalog, plan, at, performance.S0, delight.S0, must.S0);
        bounds[1] = BoundAt(catalog, plan, at + 1, performance.S1, delight.S1, must.S1);
        bounds[2] = BoundAt(catalog, plan, at + 2, performance.S2, delight.S2, must.S2);
        bounds[3] = BoundAt(catalog, plan, at + 3, performance.S3, delight.S3, must.S3);
    }

    /// <summary><see cref="BlockBound"/> from the block's sums of performance, delight and must-have logarithms.</summary>
    private static double BoundAt(SolutionCatalog catalog, CustomerPlan plan, int at, double performance, double delight, double must)
    {
        var denominator = plan.PerformanceWeight + delight;
        var ratio = (denominator > 0.0 ? (performance + delight) / denominator : 1.0) * RatioMargin;
        var gate = plan.MustHaveMissing ? 0.0 : plan.MustWeight == 0.0 ? 1.0 : GateBound(new Vector<double>(must / plan.MustWeight))[0];
        var upper = Math.Min(gate * ratio, 1.0) * catalog.ExperienceFactors[at];
        return plan.HasThresholds ? new Happiness(plan).Bound(new Vector<double>(upper), new Vector<double>(catalog.Prices[at]))[0] : upper;
    }

    /// <summary><see cref="SummarySum"/> of four consecutive blocks, as four independent sums.</summary>
    private static (double S0, double S1, double S2, double S3) SummarySums(CustomerPlan.GoalTerms terms, int at)
    {
        double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
        for (var g = 0; g < terms.Count; g++)
        {
            var weight = terms.Weights[g];
            var column = terms.Columns[g];
            s0 += weight * column[at];
            s1 += weight * column[at + 1];
            s2 += weight * column[at + 2];
            s3 += weight * column[at + 3];
        }

        return (s0, s1, s2, s3);
    }

    /// <summary><c>Σ w·column[at]</c> over the terms, in their order: the sum at one block's summaries.</summary>
    private static double SummarySum(CustomerPlan.GoalTerms terms, int at)
    {
        var sum = 0.0;
        for (var g = 0; g < terms.Count; g++)
        {
            sum += terms.Weights[g] * terms.Columns[g][at];
        }

        return sum;
    }

    /// <summary>
    /// An upper bound of <see cref="Exponential.OfNonPositive(Vector{double})"/> at every <c>x' &lt;= x &lt;= 0</c>, with
    /// one division and no exponential: <c>e^x &lt;= 1 / Σ_{i=0..5} t^i / i!</c> for <c>t = −x &gt;= 0</c> (every term of
    /// <c>e^t</c>'s series is non-negative), raised by <c>2^-30</c>, which covers the few units in the last place by which
    /// the exponential and this bound's own roundings may err. 0 at <c>x = −∞</c>; less than 1.1 % above <c>e^x</c> for
    /// <c>x &gt;= −2</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector<double> GateBound(Vector<double> x)
    {
        var t = -x;
        var one = Vector<double>.One;
        var series = (((((((((t * new Vector<double>(1.0 / 120)) + new Vector<double>(1.0 / 24)) * t) + new Vector<double>(1.0 / 6)) * t) + new Vector<double>(0.5)) * t) + one) * t) + one;
        return one / series * new Vector<double>(1.0 + (1.0 / (1 << 30)));
    }

    /// <summary>
    /// Lists in <paramref name="open"/> the vectors of the block at <paramref name="first"/> with a lane whose upper bound,
    /// computed in <see cref="float"/> from the catalog's shadow columns, reaches <paramref name="floor"/>; returns how many.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The shadow holds every achievement, logarithm and experience factor rounded up and every price rounded down, and
    /// <see cref="ShadowTerms"/> the weights rounded up (down for the must-haves, whose logarithms are not positive). So
    /// every term of the shadow's sums bounds the exact term on the safe side before any arithmetic, and what is left is
    /// the rounding of <see cref="float"/> arithmetic on non-negative sums and products: a relative error below
    /// <c>(n + 16)·2^-24</c> for <c>n</c> terms, which <see cref="ShadowTerms.Margin"/>, four times as large, covers
    /// (together with the <see cref="double"/> path's own, 2^29 times smaller).
    /// </para>
    /// <para>
    /// The bound follows <see cref="BlockBound"/>: the ratio <c>(P + D) / (Wp + D)</c> at the shadow's sums (it rises with
    /// both while <c>P &lt;= Wp</c>, and exceeds 1, the exact ratio's ceiling, otherwise), the gate bounded by
    /// <c>1 / Σ t^i/i!</c> at the shadow's exponent (lowered by the margin), the experience factor, then the price: 0 when
    /// the price is at least <c>TE·U</c>, <c>hx·U</c> when at least <c>EX·U</c>, with both thresholds raised by
    /// <c>2^-20</c> so that the <see cref="float"/> products cannot claim a price the exact comparison would not.
    /// </para>
    /// <para>
    /// The error analysis needs normal floats where it matters: the best k call the prefilter only for a floor of at least
    /// <see cref="ShadowTerms.SmallestFloor"/> (so every factor of a bound that reaches it is at least 2^-40), divide only
    /// denominators of at least <see cref="ShadowTerms.SmallestDenominator"/> (the ratio is at most 1 otherwise), and
    /// leave out the gate (bounded by 1) and the price when the must-have weight or the thresholds are outside
    /// <c>[2^-60, 2^60]</c>, where a subnormal float could lose what the margin covers.
    /// </para>
    /// </remarks>
    internal static int Prefilter(SolutionCatalog catalog, CustomerPlan plan, scoped in ShadowTerms terms, int first, double floor, Span<int> open)
    {
        Debug.Assert(floor >= ShadowTerms.SmallestFloor, "Below the smallest floor the float bound is not resolved.");
        var floatWidth = Vector<float>.Count;
        var vectors = BlockVectors / 2;
        Span<Vector<float>> performance = stackalloc Vector<float>[vectors];
        Span<Vector<float>> delight = stackalloc Vector<float>[vectors];
        Span<Vector<float>> logs = stackalloc Vector<float>[vectors];
        ShadowSums(catalog, plan.Performance, terms.Performance, first, performance);
        ShadowSums(catalog, plan.Delighters, terms.Delighters, first, delight);
        ShadowSums(catalog, plan.MustHaves, terms.MustHaves, first, logs);

        var one = Vector<float>.One;
        var performanceWeight = new Vector<float>(terms.PerformanceWeight);
        var exponentScale = new Vector<float>(-terms.InverseMustWeight * MathF.Max(1.0f - terms.Margin, 0.0f));
        var ceiling = new Vector<float>(1.0f + terms.Margin);
        var gate = plan.MustHaveMissing ? Vector<float>.Zero : ceiling;
        var tooExpensive = new Vector<float>(terms.TooExpensive);
        var expensive = new Vector<float>(terms.Expensive);
        var atExpensive = new Vector<float>(terms.AtExpensive);
        var smallestDenominator = new Vector<float>(ShadowTerms.SmallestDenominator);
        var bound = new Vector<double>(floor);
        var opened = 0;
        for (var f = 0; f < vectors; f++)
        {
            var offset = first + (f * floatWidth);

            // 1 / Σ t^i/i! >= e^-t at the lowered exponent t (0 without must-haves: a series of 1), divided with the ratio at once.
            var t = logs[f] * exponentScale;
            var series = Vector.FusedMultiplyAdd(t, new Vector<float>(1.0f / 120), new Vector<float>(1.0f / 24));
            series = Vector.FusedMultiplyAdd(series, t, new Vector<float>(1.0f / 6));
            series = Vector.FusedMultiplyAdd(series, t, new Vector<float>(0.5f));
            series = Vector.FusedMultiplyAdd(series, t, one);
            series = Vector.FusedMultiplyAdd(series, t, one);
            var numerator = performance[f] + delight[f];
            var denominator = performanceWeight + delight[f];
            var normal = Vector.GreaterThanOrEqual(denominator, smallestDenominator);
            var fit = Vector.ConditionalSelect(normal, numerator, one) / (Vector.ConditionalSelect(normal, denominator, one) * series);
            var upper = Vector.MinNative(fit * gate, ceiling) * LoadShadow(catalog, catalog.ExperienceFactors, offset);
            if (terms.PriceBound)
            {
                var price = LoadShadow(catalog, catalog.Prices, offset);
                upper = Vector.ConditionalSelect(
                    Vector.GreaterThanOrEqual(price, tooExpensive * upper),
                    Vector<float>.Zero,
                    Vector.ConditionalSelect(Vector.GreaterThanOrEqual(price, expensive * upper), upper * atExpensive, upper));
            }

            Vector.Widen(upper, out var low, out var high);
            if (Vector.GreaterThanOrEqualAny(low, bound))
            {
                open[opened++] = 2 * f;
            }

            if (Vector.GreaterThanOrEqualAny(high, bound))
            {
                open[opened++] = (2 * f) + 1;
            }
        }

        return opened;
    }

    /// <summary>
    /// <c>Σ w·shadow</c> over the terms for the eight <see cref="float"/> vectors of the block at <paramref name="first"/>
    /// (<see cref="BlockVectors"/> / 2), all eight sums in registers, so each weight and column is fetched once per block.
    /// </summary>
    private static void ShadowSums(SolutionCatalog catalog, CustomerPlan.GoalTerms terms, ReadOnlySpan<float> weights, int first, Span<Vector<float>> sums)
    {
        Debug.Assert(sums.Length == 8, "A block is eight float vectors.");
        var width = Vector<float>.Count;
        var columns = terms.Columns;
        Vector<float> sum0 = default, sum1 = default, sum2 = default, sum3 = default, sum4 = default, sum5 = default, sum6 = default, sum7 = default;
        for (var g = 0; g < weights.Length; g++)
        {
            var weight = new Vector<float>(weights[g]);
            var column = columns[g];
            sum0 = Vector.FusedMultiplyAdd(weight, LoadShadow(catalog, column, first), sum0);
            sum1 = Vector.FusedMultiplyAdd(weight, LoadShadow(catalog, column, first + width), sum1);
            sum2 = Vector.FusedMultiplyAdd(weight, LoadShadow(catalog, column, first + (2 * width)), sum2);
            sum3 = Vector.FusedMultiplyAdd(weight, LoadShadow(catalog, column, first + (3 * width)), sum3);
            sum4 = Vector.FusedMultiplyAdd(weight, LoadShadow(catalog, column, first + (4 * width)), sum4);
            sum5 = Vector.FusedMultiplyAdd(weight, LoadShadow(catalog, column, first + (5 * width)), sum5);
            sum6 = Vector.FusedMultiplyAdd(weight, LoadShadow(catalog, column, first + (6 * width)), sum6);
            sum7 = Vector.FusedMultiplyAdd(weight, LoadShadow(catalog, column, first + (7 * width)), sum7);
        }

        sums[0] = sum0;
        sums[1] = sum1;
        sums[2] = sum2;
        sums[3] = sum3;
        sums[4] = sum4;
        sums[5] = sum5;
        sums[6] = sum6;
        sums[7] = sum7;
    }

    /// <summary>
    /// Scores the vectors <paramref name="open"/> of the block of <see cref="BlockVectors"/> vectors of solutions starting
    /// at <paramref name="first"/>: their overall scores and reaction codes (-1 without thresholds). The other vectors'
    /// entries are left alone.
    /// </summary>
    private static void ScoreVectors(SolutionCatalog catalog, CustomerPlan plan, int first, ReadOnlySpan<int> open, Span<Vector<double>> overall, Span<Vector<long>> codes)
    {
        var width = Vector<double>.Count;
        var stride = catalog.Stride;
        Span<Vector<double>> ratios = stackalloc Vector<double>[BlockVectors];
        Span<Vector<double>> delight = stackalloc Vector<double>[BlockVectors];
        Span<Vector<double>> gates = stackalloc Vector<double>[BlockVectors];
        var every = open.Length == BlockVectors;
        var gated = !plan.MustHaveMissing && plan.MustWeight > 0.0;
        if (every)
        {
            WeightedSums(plan.Performance, first, stride, ratios);
            WeightedSums(plan.Delighters, first, stride, delight);
            if (gated)
            {
                WeightedSums(plan.MustHaves, first, stride, gates);
            }
        }
        else
        {
            WeightedSums(plan.Performance, first, open, stride, ratios);
            WeightedSums(plan.Delighters, first, open, stride, delight);
            if (gated)
            {
                WeightedSums(plan.MustHaves, first, open, stride, gates);
            }
        }

        // GoalTotals.Gate: e^(L / W). An achievement of 0 has the logarithm -∞, so an unmet must-have gives e^-∞ = 0.
        var count = open.Length;
        if (gated)
        {
            var mustWeight = new Vector<double>(plan.MustWeight);
            for (var i = 0; i < count; i++)
            {
                gates[i] /= mustWeight;
            }

            Exponential.OfNonPositive(gates[..count]);
        }
        else
        {
            gates[..count].Fill(new Vector<double>(plan.MustHaveMissing ? 0.0 : 1.0));
        }

        // GoalTotals.Fit and the value, then PriceHappiness.Evaluate.
        var experienceFactors = catalog.ExperienceFactors;
        var prices = catalog.Prices;
        var thresholds = plan.HasThresholds ? new Happiness(plan) : default;
        var one = Vector<double>.One;
        var performanceWeight = new Vector<double>(plan.PerformanceWeight);
        for (var i = 0; i < count; i++)
        {
            var v = open[i];
            var offset = first + (v * width);
            var denominator = performanceWeight + delight[i];
            var ratio = Vector.ConditionalSelect(Vector.GreaterThan(denominator, Vector<double>.Zero), (ratios[i] + delight[i]) / denominator, one);
            var value = Vector.MinNative(gates[i] * ratio, one) * Load(experienceFactors, offset, stride);
            if (plan.HasThresholds)
            {
                overall[v] = thresholds.Overall(value, Load(prices, offset, stride), out codes[v]);
            }
            else
            {
                overall[v] = value;
                codes[v] = new Vector<long>(-1);
            }
        }
    }

    /// <summary>
    /// <c>Σ w·column</c> over the terms, in their order, for the vectors <paramref name="open"/> of the block at
    /// <paramref name="first"/>, into <paramref name="sums"/> (<see cref="BlockVectors"/> long) in the order of
    /// <paramref name="open"/>: four vectors at a time with the sums in registers, so that the four chains of additions
    /// overlap (the last group repeats its last vector where fewer are left).
    /// </summary>
    private static void WeightedSums(CustomerPlan.GoalTerms terms, int first, ReadOnlySpan<int> open, int stride, Span<Vector<double>> sums)
    {
        Debug.Assert(sums.Length == BlockVectors && open.Length <= BlockVectors, "A block's vectors.");
        var width = Vector<double>.Count;
        ref var columns = ref MemoryMarshal.GetArrayDataReference(terms.Columns);
        ref var weights = ref MemoryMarshal.GetArrayDataReference(terms.Weights);
        var last = open.Length - 1;
        for (var i = 0; i < open.Length; i += 4)
        {
            var offset0 = first + (open[i] * width);
            var offset1 = first + (open[Math.Min(i + 1, last)] * width);
            var offset2 = first + (open[Math.Min(i + 2, last)] * width);
            var offset3 = first + (open[Math.Min(i + 3, last)] * width);
            Vector<double> sum0 = default, sum1 = default, sum2 = default, sum3 = default;
            for (var g = 0; g < terms.Count; g++)
            {
                var weight = new Vector<double>(Unsafe.Add(ref weights, g));
                var column = Unsafe.Add(ref columns, g);
                sum0 += weight * Load(column, offset0, stride);
                sum1 += weight * Load(column, offset1, stride);
                sum2 += weight * Load(column, offset2, stride);
                sum3 += weight * Load(column, offset3, stride);
            }

            sums[i] = sum0;
            sums[i + 1] = sum1;
            sums[i + 2] = sum2;
            sums[i + 3] = sum3;
        }
    }

    /// <summary>
    /// <c>Σ w·column</c> over the terms, in their order, for each vector of the block at <paramref name="first"/>, four
    /// vectors at a time with the sums in registers, so each weight and column is fetched once per sixteen lanes.
    /// </summary>
    private static void WeightedSums(CustomerPlan.GoalTerms terms, int first, int stride, Span<Vector<double>> sums)
    {
        var width = Vector<double>.Count;
        ref var columns = ref MemoryMarshal.GetArrayDataReference(terms.Columns);
        ref var weights = ref MemoryMarshal.GetArrayDataReference(terms.Weights);
        for (var v = 0; v < sums.Length; v += 4)
        {
            var offset = first + (v * width);
            Vector<double> sum0 = default, sum1 = default, sum2 = default, sum3 = default;
            for (var g = 0; g < terms.Count; g++)
            {
                var weight = new Vector<double>(Unsafe.Add(ref weights, g));
                var column = Unsafe.Add(ref columns, g);
                sum0 += weight * Load(column, offset, stride);
                sum1 += weight * Load(column, offset + width, stride);
                sum2 += weight * Load(column, offset + (2 * width), stride);
                sum3 += weight * Load(column, offset + (3 * width), stride);
            }

            sums[v] = sum0;
            sums[v + 1] = sum1;
            sums[v + 2] = sum2;
            sums[v + 3] = sum3;
        }
    }

    /// <summary>
    /// The vector of <paramref name="column"/> at <paramref name="offset"/>, which the catalog's padding keeps within the
    /// first <paramref name="length"/> elements (the stride). Unchecked; a build with <c>KERNEL_CHECKED</c> defined (the
    /// Debug configuration, or <c>-p:KernelChecked=true</c>) slices the array instead, so that a read past the stride throws.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Load(double[] column, int offset, int length)
    {
#if KERNEL_CHECKED
        return new Vector<double>(column.AsSpan(0, length).Slice(offset, Vector<double>.Count));
#else
        Debug.Assert((uint)offset + (uint)Vector<double>.Count <= (uint)length && length <= column.Length, "The catalog pads every column to a whole number of blocks.");
        return Vector.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(column), (nuint)offset);
#endif
    }

    /// <summary>
    /// The <see cref="float"/> vector of <paramref name="column"/>'s shadow at solution <paramref name="offset"/>
    /// (<see cref="SolutionCatalog.Shadow"/>), unchecked as <see cref="Load"/> is, and checked in the same builds.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<float> LoadShadow(SolutionCatalog catalog, double[] column, int offset)
    {
#if KERNEL_CHECKED
        return new Vector<float>(SolutionCatalog.Shadow(column, catalog.ShadowStart, catalog.Stride).Slice(offset, Vector<float>.Count));
#else
        Debug.Assert((uint)offset + (uint)Vector<float>.Count <= (uint)catalog.Stride && catalog.ShadowStart + (catalog.Stride / 2) <= column.Length, "The shadow holds Stride floats.");
        ref var shadow = ref Unsafe.As<double, float>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(column), catalog.ShadowStart));
        return Vector.LoadUnsafe(ref shadow, (nuint)offset);
#endif
    }

    /// <summary>
    /// The customer's numbers for <see cref="Prefilter"/>, in <see cref="float"/> and rounded to the safe side: the weights
    /// of each kind of goal in the plan's order, the performance weight, the gate's inverse weight, two thresholds and a
    /// height of the price, and the margin that covers the prefilter's roundings.
    /// </summary>
    internal readonly ref struct ShadowTerms
    {
        public ShadowTerms(CustomerPlan plan, Span<float> performance, Span<float> delighters, Span<float> mustHaves)
        {
            for (var g = 0; g < performance.Length; g++)
            {
                performance[g] = SolutionCatalog.RoundUp(plan.Performance.Weights[g]);
            }

            for (var g = 0; g < delighters.Length; g++)
            {
                delighters[g] = SolutionCatalog.RoundUp(plan.Delighters.Weights[g]);
            }

            // The logarithms are at most 0: a smaller weight makes a term larger. A weight that rounds to 0 leaves a term 0.
            for (var g = 0; g < mustHaves.Length; g++)
            {
                mustHaves[g] = SolutionCatalog.RoundDown(plan.MustHaves.Weights[g]);
            }

            Performance = performance;
            Delighters = delighters;
            MustHaves = mustHaves;
            PerformanceWeight = SolutionCatalog.RoundDown(plan.PerformanceWeight);
            InverseMustWeight = plan.MustWeight >= Normal ? SolutionCatalog.RoundDown(1.0 / plan.MustWeight) : 0.0f;
            const double Raised = 1.0 + (1.0 / (1 << 20));
            PriceBound = plan.HasThresholds && plan.Expensive >= Normal && plan.TooExpensive <= 1.0 / Normal;
            TooExpensive = PriceBound ? SolutionCatalog.RoundUp(plan.TooExpensive * Raised) : 0.0f;
            Expensive = PriceBound ? SolutionCatalog.RoundUp(plan.Expensive * Raised) : 0.0f;
            AtExpensive = SolutionCatalog.RoundUp(plan.HappinessAtExpensive);
            Margin = (performance.Length + delighters.Length + mustHaves.Length + 16) * (4.0f / (1 << 24));
        }

        /// <summary>Gets the floor below which the best k score every vector exactly: 2^-40. At or above it every bound that can reach the floor is a normal float.</summary>
        public const double SmallestFloor = 1.0 / (1L << 40);

        /// <summary>Gets the smallest denominator <c>Wp + D</c> from which the prefilter divides; below it the ratio is bounded by 1.</summary>
        public const float SmallestDenominator = 1.0f / (1L << 40) / (1L << 60);

        /// <summary>Gets the range <c>[2^-60, 2^60]</c> in which a must-have weight and the price thresholds take part in the bound.</summary>
        private const double Normal = 1.0 / (1L << 60);

        public ReadOnlySpan<float> Performance { get; }

        public ReadOnlySpan<float> Delighters { get; }

        public ReadOnlySpan<float> MustHaves { get; }

        public float PerformanceWeight { get; }

        public float InverseMustWeight { get; }

        /// <summary>Gets a value indicating whether the price takes part in the bound: thresholds given, and within <c>[2^-60, 2^60]</c>.</summary>
        public bool PriceBound { get; }

        public float TooExpensive { get; }

        public float Expensive { get; }

        public float AtExpensive { get; }

        /// <summary>Gets the relative margin of the prefilter's bound: four times <c>(n + 16)·2^-24</c> for <c>n</c> terms.</summary>
        public float Margin { get; }
    }

    /// <summary>A customer's thresholds and the policy's happiness heights, broadcast once per block.</summary>
    private readonly struct Happiness(CustomerPlan plan)
    {
        private readonly Vector<double> _tooCheapPrice = new(plan.TooCheap);
        private readonly Vector<double> _cheapPrice = new(plan.Cheap);
        private readonly Vector<double> _expensivePrice = new(plan.Expensive);
        private readonly Vector<double> _tooExpensivePrice = new(plan.TooExpensive);
        private readonly Vector<double> _atZeroPrice = new(plan.HappinessAtZeroPrice);
        private readonly Vector<double> _atExpensive = new(plan.HappinessAtExpensive);

        /// <summary>
        /// An upper bound of the overall of a solution at <paramref name="price"/> whose value is at most
        /// <paramref name="upper"/>: 0 when the price is too expensive even at <c>U</c> (<c>price &gt;= TE·U &gt;= TE·V</c>),
        /// <c>U·hx</c> when it is at least expensive at <c>U</c> (grumble or worse: the quotient is at most 1, so
        /// <c>H &lt;= hx</c>), <c>U</c> otherwise. Every step is a comparison or a product that rounding keeps monotone.
        /// </summary>
        public Vector<double> Bound(Vector<double> upper, Vector<double> price) =>
            Vector.ConditionalSelect(
                Vector.GreaterThanOrEqual(price, _tooExpensivePrice * upper),
                Vector<double>.Zero,
                Vector.ConditionalSelect(Vector.GreaterThanOrEqual(price, _expensivePrice * upper), upper * _atExpensive, upper));

        /// <summary>PriceHappiness.Evaluate, lane by lane: the overall <c>V·H</c> and the reaction code.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector<double> Overall(Vector<double> value, Vector<double> price, out Vector<long> reactions)
        {
            // The reaction is the first threshold (times V) the price is below.
            var tooCheap = _tooCheapPrice * value;
            var cheap = _cheapPrice * value;
            var expensive = _expensivePrice * value;
            var tooExpensive = _tooExpensivePrice * value;
            var isTooCheap = Vector.LessThan(price, tooCheap);
            var isBargain = Vector.LessThan(price, cheap);
            var isFair = Vector.LessThan(price, expensive);
            var isGrumble = Vector.LessThan(price, tooExpensive);

            // Each interval's happiness is linear in one quotient; select its numerator and denominator, then divide once.
            var zero = Vector<double>.Zero;
            var one = Vector<double>.One;
            var numerator = Vector.ConditionalSelect(
                isTooCheap,
                price,
                Vector.ConditionalSelect(isBargain, zero, Vector.ConditionalSelect(isFair, price - cheap, Vector.ConditionalSelect(isGrumble, tooExpensive - price, zero))));
            var denominator = Vector.ConditionalSelect(
                isTooCheap,
                _tooCheapPrice,
                Vector.ConditionalSelect(isBargain, one, Vector.ConditionalSelect(isFair, expensive - cheap, Vector.ConditionalSelect(isGrumble, tooExpensive - expensive, one))));
            var quotient = numerator / denominator;

            var whenTooCheap = Vector.MinNative((_atZeroPrice * value) + ((one - _atZeroPrice) * quotient), value);
            var whenFair = value * Vector.MinNative(Vector.MaxNative(one - ((one - _atExpensive) * quotient), zero), one);
            var whenGrumble = value * Vector.MinNative(Vector.MaxNative(_atExpensive * quotient, zero), one);

            reactions = new Vector<long>((long)PriceReaction.TooExpensive) + isTooCheap + isBargain + isFair + isGrumble;
            return Vector.ConditionalSelect(
                isTooCheap,
                whenTooCheap,
                Vector.ConditionalSelect(isBargain, value, Vector.ConditionalSelect(isFair, whenFair, Vector.ConditionalSelect(isGrumble, whenGrumble, zero))));
        }
    }

    private static void SiftUp(Span<RankedSolution> heap, int index)
    {
        while (index > 0)
        {
            var parent = (index - 1) / 2;
            if (!heap[index].RanksBelow(heap[parent]))
            {
                return;
            }

            (heap[index], heap[parent]) = (heap[parent], heap[index]);
            index = parent;
        }
    }

    private static void SiftDown(Span<RankedSolution> heap, int index, int size)
    {
        while (true)
        {
            var child = (2 * index) + 1;
            if (child >= size)
            {
                return;
            }

            if (child + 1 < size && heap[child + 1].RanksBelow(heap[child]))
            {
                child++;
            }

            if (!heap[child].RanksBelow(heap[index]))
            {
                return;
            }

            (heap[index], heap[child]) = (heap[child], heap[index]);
            index = child;
        }
    }
}
