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
    /// <remarks>
    /// A min-heap of the best seen so far lives in <paramref name="best"/> itself. Once it is full, a vector whose bound
    /// is below the heap's worst is not finished (no gate, no price), and one whose lanes all score below it is skipped
    /// with one comparison. The heap is sorted in place at the end.
    /// </remarks>
    public static int Top(SolutionCatalog catalog, CustomerPlan plan, Span<RankedSolution> best)
    {
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
        for (var first = 0; first < count; first += BlockVectors * width)
        {
            ScoreBlock(catalog, plan, first, size == k ? heap[0].Overall : double.NegativeInfinity, scores, codes);
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

    /// <summary>
    /// Scores the block of <see cref="BlockVectors"/> vectors of solutions starting at <paramref name="first"/>: overall
    /// scores and reaction codes (-1 without thresholds).
    /// </summary>
    /// <remarks>
    /// Vectors whose every lane is certain to score below <paramref name="floor"/> are not finished: their overall is set
    /// to -1. The bound starts from the value without the must-have gate, <c>U = min(ratio, 1)·xf &gt;= V</c> (the gate is
    /// at most 1 and rounding is monotone), then <see cref="Happiness.Bound"/> lowers it by what the price alone rules
    /// out. A floor of negative infinity scores every vector.
    /// </remarks>
    private static void ScoreBlock(SolutionCatalog catalog, CustomerPlan plan, int first, double floor, Span<Vector<double>> overall, Span<Vector<long>> codes)
    {
        var width = Vector<double>.Count;
        Span<Vector<double>> performance = stackalloc Vector<double>[BlockVectors];
        Span<Vector<double>> delight = stackalloc Vector<double>[BlockVectors];
        Span<Vector<double>> gate = stackalloc Vector<double>[BlockVectors];
        Span<int> open = stackalloc int[BlockVectors];
        WeightedSums(plan.Performance, first, performance);
        WeightedSums(plan.Delighters, first, delight);

        // GoalTotals.Fit without the gate, and the bound it gives.
        ref var experienceFactors = ref MemoryMarshal.GetArrayDataReference(catalog.ExperienceFactors);
        ref var prices = ref MemoryMarshal.GetArrayDataReference(catalog.Prices);
        var thresholds = plan.HasThresholds ? new Happiness(plan) : default;
        var one = Vector<double>.One;
        var performanceWeight = new Vector<double>(plan.PerformanceWeight);
        var bound = new Vector<double>(floor);
        var opened = 0;
        for (var v = 0; v < BlockVectors; v++)
        {
            var offset = (nuint)(first + (v * width));
            var denominator = performanceWeight + delight[v];
            var ratio = Vector.ConditionalSelect(Vector.GreaterThan(denominator, Vector<double>.Zero), (performance[v] + delight[v]) / denominator, one);
            performance[v] = ratio;
            var upper = Vector.MinNative(ratio, one) * Vector.LoadUnsafe(ref experienceFactors, offset);
            if (plan.HasThresholds && floor > double.NegativeInfinity)
            {
                upper = thresholds.Bound(upper, Vector.LoadUnsafe(ref prices, offset));
            }

            if (Vector.GreaterThanOrEqualAny(upper, bound))
            {
                open[opened++] = v;
            }
            else
            {
                overall[v] = new Vector<double>(-1.0);
            }
        }

        // GoalTotals.Gate: e^(L / W). An achievement of 0 has the logarithm -∞, so an unmet must-have gives e^-∞ = 0.
        if (plan.MustHaveMissing || plan.MustWeight == 0.0)
        {
            gate.Fill(plan.MustHaveMissing ? Vector<double>.Zero : one);
        }
        else
        {
            if (opened == BlockVectors)
            {
                WeightedSums(plan.MustHaves, first, gate);
            }
            else
            {
                for (var i = 0; i < opened; i++)
                {
                    gate[open[i]] = WeightedSum(plan.MustHaves, first + (open[i] * width));
                }
            }

            var mustWeight = new Vector<double>(plan.MustWeight);
            for (var i = 0; i < opened; i++)
            {
                gate[i] = gate[open[i]] / mustWeight;
            }

            Exponential.OfNonPositive(gate[..opened]);
            for (var i = opened - 1; i >= 0; i--)
            {
                gate[open[i]] = gate[i];
            }
        }

        for (var i = 0; i < opened; i++)
        {
            var v = open[i];
            var offset = (nuint)(first + (v * width));
            var value = Vector.MinNative(gate[v] * performance[v], one) * Vector.LoadUnsafe(ref experienceFactors, offset);
            if (plan.HasThresholds)
            {
                overall[v] = thresholds.Overall(value, Vector.LoadUnsafe(ref prices, offset), out codes[v]);
            }
            else
            {
                overall[v] = value;
                codes[v] = new Vector<long>(-1);
            }
        }
    }

    /// <summary><c>Σ w·column</c> over the terms, in their order, for the one vector of solutions at <paramref name="first"/>.</summary>
    private static Vector<double> WeightedSum(CustomerPlan.GoalTerms terms, int first)
    {
        ref var columns = ref MemoryMarshal.GetArrayDataReference(terms.Columns);
        ref var weights = ref MemoryMarshal.GetArrayDataReference(terms.Weights);
        var sum = Vector<double>.Zero;
        for (var g = 0; g < terms.Count; g++)
        {
            sum += new Vector<double>(Unsafe.Add(ref weights, g)) * Vector.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(Unsafe.Add(ref columns, g)), (nuint)first);
        }

        return sum;
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
    private static void WeightedSums(CustomerPlan.GoalTerms terms, int first, Span<Vector<double>> sums)
    {
        var width = Vector<double>.Count;
        ref var columns = ref MemoryMarshal.GetArrayDataReference(terms.Columns);
        ref var weights = ref MemoryMarshal.GetArrayDataReference(terms.Weights);
        for (var v = 0; v < sums.Length; v += 4)
        {
            var offset = (nuint)(first + (v * width));
            Vector<double> sum0 = default, sum1 = default, sum2 = default, sum3 = default;
            for (var g = 0; g < terms.Count; g++)
            {
                var weight = new Vector<double>(Unsafe.Add(ref weights, g));
                ref var column = ref MemoryMarshal.GetArrayDataReference(Unsafe.Add(ref columns, g));
                sum0 += weight * Vector.LoadUnsafe(ref column, offset);
                sum1 += weight * Vector.LoadUnsafe(ref column, offset + (nuint)width);
                sum2 += weight * Vector.LoadUnsafe(ref column, offset + (nuint)(2 * width));
                sum3 += weight * Vector.LoadUnsafe(ref column, offset + (nuint)(3 * width));
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
