using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SolutionFit;

/// <summary>
/// The hot loop: scores a vector of solutions at a time for a compiled customer, with the operations of
/// <see cref="SolutionFitScorer"/> in the same order, so that every lane is bit-identical to the one-pair path.
/// </summary>
internal static class CatalogKernel
{
    /// <summary>The vectors of solutions scored together; the catalog pads its columns to a whole number of blocks.</summary>
    public const int BlockVectors = 16;

    /// <summary>Writes every solution's overall (and, when <paramref name="reactions"/> is not empty, reaction) in catalog order.</summary>
    public static void Score(SolutionCatalog catalog, CustomerPlan plan, Span<double> overall, Span<PriceReaction> reactions)
    {
        Span<Vector<double>> scores = stackalloc Vector<double>[BlockVectors];
        Span<Vector<long>> codes = stackalloc Vector<long>[BlockVectors];
        var count = catalog.Count;
        var width = Vector<double>.Count;
        for (var first = 0; first < count; first += BlockVectors * width)
        {
            ScoreBlock(catalog, plan, first, double.NegativeInfinity, scores, codes);
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
    public static int Top(SolutionCatalog catalog, CustomerPlan plan, Span<RankedSolution> best) => Top(catalog, plan, best, out _);

    /// <summary>Writes the best <c>min(best.Length, Count)</c> solutions into <paramref name="best"/>, best first; returns how many.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="plan">The compiled customer.</param>
    /// <param name="best">Receives the best solutions.</param>
    /// <param name="skippedBlocks">How many blocks were skipped on their bound alone, without reading their columns.</param>
    /// <remarks>
    /// A min-heap of the best seen so far lives in <paramref name="best"/> itself. Once it is full, three tests rule
    /// solutions out before they are finished, each with an upper bound of the exact overall: a block whose
    /// <see cref="BlockBound"/> is below the heap's worst is skipped without reading its columns; a vector whose bound
    /// from its own sums is below it is not finished (no gate, no price; see <see cref="ScoreBlock"/>); and a finished
    /// vector whose lanes all score below it is passed over with one comparison. The heap is sorted in place at the end.
    /// </remarks>
    public static int Top(SolutionCatalog catalog, CustomerPlan plan, Span<RankedSolution> best, out int skippedBlocks)
    {
        skippedBlocks = 0;
        var count = catalog.Count;
        var k = Math.Min(best.Length, count);
        if (k == 0)
        {
            return 0;
        }

        Span<Vector<double>> scores = stackalloc Vector<double>[BlockVectors];
        Span<Vector<long>> codes = stackalloc Vector<long>[BlockVectors];
        var heap = best[..k];
        var idRanks = catalog.IdRanks;
        var width = Vector<double>.Count;
        var size = 0;
        for (int first = 0, block = 0; first < count; first += BlockVectors * width, block++)
        {
            var floor = size == k ? heap[0].Overall : double.NegativeInfinity;
            if (size == k && BlockBound(catalog, plan, block) < floor)
            {
                skippedBlocks++;
                continue;
            }

            ScoreBlock(catalog, plan, first, floor, scores, codes);
            for (var v = 0; v < BlockVectors && first + (v * width) < count; v++)
            {
                if (size == k && !Vector.GreaterThanOrEqualAny(scores[v], new Vector<double>(heap[0].Overall)))
                {
                    continue;
                }

                var start = first + (v * width);
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

    /// <summary>What <see cref="BlockBound"/> multiplies the ratio of the block's sums by, to cover the ratio's roundings.</summary>
    private const double RatioMargin = 1.0 + (1.0 / (1L << 40));

    /// <summary>
    /// An upper bound of the exact overall of every solution of block <paramref name="block"/>, from the block's summaries
    /// alone (<see cref="SolutionCatalog.AchievementColumn"/>: the largest achievement and logarithm of each column, the
    /// largest experience factor, the lowest price), without reading its columns.
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
    private static double BlockBound(SolutionCatalog catalog, CustomerPlan plan, int block)
    {
        var at = catalog.Stride + block;
        var performance = SummarySum(plan.Performance, at);
        var delight = SummarySum(plan.Delighters, at);
        var denominator = plan.PerformanceWeight + delight;
        var ratio = (denominator > 0.0 ? (performance + delight) / denominator : 1.0) * RatioMargin;
        var gate = plan.MustHaveMissing ? 0.0 : plan.MustWeight == 0.0 ? 1.0 : GateBound(new Vector<double>(SummarySum(plan.MustHaves, at) / plan.MustWeight))[0];
        var upper = Math.Min(gate * ratio, 1.0) * catalog.ExperienceFactors[at];
        return plan.HasThresholds ? new Happiness(plan).Bound(new Vector<double>(upper), new Vector<double>(catalog.Prices[at]))[0] : upper;
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
    private static Vector<double> GateBound(Vector<double> x)
    {
        var t = -x;
        var one = Vector<double>.One;
        var series = (((((((((t * new Vector<double>(1.0 / 120)) + new Vector<double>(1.0 / 24)) * t) + new Vector<double>(1.0 / 6)) * t) + new Vector<double>(0.5)) * t) + one) * t) + one;
        return one / series * new Vector<double>(1.0 + (1.0 / (1 << 30)));
    }

    /// <summary>
    /// Scores the block of <see cref="BlockVectors"/> vectors of solutions starting at <paramref name="first"/>: overall
    /// scores and reaction codes (-1 without thresholds).
    /// </summary>
    /// <remarks>
    /// Vectors whose every lane is certain to score below <paramref name="floor"/> are not finished: their overall is set
    /// to -1. The bound is the value with the gate replaced by <see cref="GateBound"/> of the lane's own exponent,
    /// <c>min(M⁺·ratio, 1)·xf &gt;= V</c> (rounding is monotone), which <see cref="Happiness.Bound"/> then lowers by what
    /// the price alone rules out. A floor of negative infinity scores every vector.
    /// </remarks>
    private static void ScoreBlock(SolutionCatalog catalog, CustomerPlan plan, int first, double floor, Span<Vector<double>> overall, Span<Vector<long>> codes)
    {
        var width = Vector<double>.Count;
        var stride = catalog.Stride;
        Span<Vector<double>> ratios = stackalloc Vector<double>[BlockVectors];
        Span<Vector<double>> delight = stackalloc Vector<double>[BlockVectors];
        Span<Vector<double>> exponents = stackalloc Vector<double>[BlockVectors];
        Span<Vector<double>> gates = stackalloc Vector<double>[BlockVectors];
        Span<int> open = stackalloc int[BlockVectors];
        WeightedSums(plan.Performance, first, stride, ratios);
        WeightedSums(plan.Delighters, first, stride, delight);

        // GoalTotals.Gate's exponent L / W. An achievement of 0 has the logarithm -∞, so an unmet must-have gives e^-∞ = 0.
        var gated = !plan.MustHaveMissing && plan.MustWeight > 0.0;
        if (gated)
        {
            WeightedSums(plan.MustHaves, first, stride, exponents);
            var mustWeight = new Vector<double>(plan.MustWeight);
            for (var v = 0; v < BlockVectors; v++)
            {
                exponents[v] /= mustWeight;
            }
        }

        // GoalTotals.Fit's ratio, and the bound it gives with the gate's bound.
        var experienceFactors = catalog.ExperienceFactors;
        var prices = catalog.Prices;
        var thresholds = plan.HasThresholds ? new Happiness(plan) : default;
        var one = Vector<double>.One;
        var constantGate = new Vector<double>(plan.MustHaveMissing ? 0.0 : 1.0);
        var performanceWeight = new Vector<double>(plan.PerformanceWeight);
        var bound = new Vector<double>(floor);
        var prune = floor > double.NegativeInfinity;
        var opened = 0;
        for (var v = 0; v < BlockVectors; v++)
        {
            var denominator = performanceWeight + delight[v];
            var ratio = Vector.ConditionalSelect(Vector.GreaterThan(denominator, Vector<double>.Zero), (ratios[v] + delight[v]) / denominator, one);
            ratios[v] = ratio;
            if (prune)
            {
                var offset = first + (v * width);
                var gate = gated ? GateBound(exponents[v]) : constantGate;
                var upper = Vector.MinNative(gate * ratio, one) * Load(experienceFactors, offset, stride);
                if (plan.HasThresholds)
                {
                    upper = thresholds.Bound(upper, Load(prices, offset, stride));
                }

                if (!Vector.GreaterThanOrEqualAny(upper, bound))
                {
                    overall[v] = new Vector<double>(-1.0);
                    continue;
                }
            }

            open[opened++] = v;
        }

        if (gated)
        {
            for (var i = 0; i < opened; i++)
            {
                gates[i] = exponents[open[i]];
            }

            Exponential.OfNonPositive(gates[..opened]);
        }
        else
        {
            gates[..opened].Fill(constantGate);
        }

        for (var i = 0; i < opened; i++)
        {
            var v = open[i];
            var offset = first + (v * width);
            var value = Vector.MinNative(gates[i] * ratios[v], one) * Load(experienceFactors, offset, stride);
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
    /// The vector of <paramref name="array"/> at <paramref name="offset"/>, which the catalog's padding keeps within the
    /// first <paramref name="length"/> elements (the stride). Unchecked; a build with <c>KERNEL_CHECKED</c> defined (the
    /// Debug configuration, or <c>-p:KernelChecked=true</c>) slices the array instead, so that a read past the stride throws.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Load(double[] array, int offset, int length)
    {
#if KERNEL_CHECKED
        return new Vector<double>(array.AsSpan(0, length).Slice(offset, Vector<double>.Count));
#else
        Debug.Assert((uint)offset + (uint)Vector<double>.Count <= (uint)length && length <= array.Length, "The catalog pads every column to a whole number of blocks.");
        return Vector.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(array), (nuint)offset);
#endif
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
