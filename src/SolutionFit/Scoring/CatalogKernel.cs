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
    /// <summary>Writes every solution's overall (and, when <paramref name="reactions"/> is not empty, reaction) in catalog order.</summary>
    public static void Score(SolutionCatalog catalog, CustomerPlan plan, Span<double> overall, Span<PriceReaction> reactions)
    {
        var count = catalog.Count;
        var width = Vector<double>.Count;
        for (var first = 0; first < count; first += width)
        {
            var scores = Overall(catalog, plan, first, out var codes);
            var lanes = Math.Min(width, count - first);
            if (lanes == width)
            {
                scores.CopyTo(overall[first..]);
            }
            else
            {
                for (var lane = 0; lane < lanes; lane++)
                {
                    overall[first + lane] = scores[lane];
                }
            }

            if (!reactions.IsEmpty)
            {
                for (var lane = 0; lane < lanes; lane++)
                {
                    reactions[first + lane] = (PriceReaction)codes[lane];
                }
            }
        }
    }

    /// <summary>Writes the best <c>min(best.Length, Count)</c> solutions into <paramref name="best"/>, best first; returns how many.</summary>
    /// <remarks>
    /// A min-heap of the best seen so far lives in <paramref name="best"/> itself; a vector whose lanes all score below
    /// the heap's worst is skipped with one comparison. The heap is sorted in place at the end.
    /// </remarks>
    public static int Top(SolutionCatalog catalog, CustomerPlan plan, Span<RankedSolution> best)
    {
        var count = catalog.Count;
        var k = Math.Min(best.Length, count);
        if (k == 0)
        {
            return 0;
        }

        var heap = best[..k];
        var idRanks = catalog.IdRanks;
        var width = Vector<double>.Count;
        var size = 0;
        for (var first = 0; first < count; first += width)
        {
            var scores = Overall(catalog, plan, first, out var codes);
            if (size == k && !Vector.GreaterThanOrEqualAny(scores, new Vector<double>(heap[0].Overall)))
            {
                continue;
            }

            var lanes = Math.Min(width, count - first);
            for (var lane = 0; lane < lanes; lane++)
            {
                var index = first + lane;
                var score = scores[lane];
                if (size < k)
                {
                    heap[size] = new RankedSolution(catalog.Solution(index), index, idRanks[index], score, (sbyte)codes[lane]);
                    SiftUp(heap, size);
                    size++;
                }
                else if (score > heap[0].Overall || (score == heap[0].Overall && idRanks[index] < heap[0].IdRank))
                {
                    heap[0] = new RankedSolution(catalog.Solution(index), index, idRanks[index], score, (sbyte)codes[lane]);
                    SiftDown(heap, 0, k);
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

    /// <summary>The overall scores of the solutions <c>[first, first + width)</c>, and their reaction codes (-1 without thresholds).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Overall(SolutionCatalog catalog, CustomerPlan plan, int first, out Vector<long> reactions)
    {
        var value = Value(catalog, plan, (nuint)first);
        if (!plan.HasThresholds)
        {
            reactions = new Vector<long>(-1);
            return value;
        }

        // PriceHappiness.Evaluate, lane by lane: the reaction is the first threshold (times V) the price is below.
        var price = Vector.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(catalog.Prices), (nuint)first);
        var tooCheap = new Vector<double>(plan.TooCheap) * value;
        var cheap = new Vector<double>(plan.Cheap) * value;
        var expensive = new Vector<double>(plan.Expensive) * value;
        var tooExpensive = new Vector<double>(plan.TooExpensive) * value;
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
            new Vector<double>(plan.TooCheap),
            Vector.ConditionalSelect(isBargain, one, Vector.ConditionalSelect(isFair, expensive - cheap, Vector.ConditionalSelect(isGrumble, tooExpensive - expensive, one))));
        var quotient = numerator / denominator;

        var atZeroPrice = new Vector<double>(plan.HappinessAtZeroPrice);
        var atExpensive = new Vector<double>(plan.HappinessAtExpensive);
        var whenTooCheap = Vector.Min((atZeroPrice * value) + ((one - atZeroPrice) * quotient), value);
        var whenFair = value * Vector.Min(Vector.Max(one - ((one - atExpensive) * quotient), zero), one);
        var whenGrumble = value * Vector.Min(Vector.Max(atExpensive * quotient, zero), one);

        reactions = new Vector<long>((long)PriceReaction.TooExpensive) + isTooCheap + isBargain + isFair + isGrumble;
        return Vector.ConditionalSelect(
            isTooCheap,
            whenTooCheap,
            Vector.ConditionalSelect(isBargain, value, Vector.ConditionalSelect(isFair, whenFair, Vector.ConditionalSelect(isGrumble, whenGrumble, zero))));
    }

    /// <summary>The value <c>V = G·((1 - k) + k·X)</c> of the solutions <c>[first, first + width)</c>, as <see cref="GoalTotals"/> computes it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Value(SolutionCatalog catalog, CustomerPlan plan, nuint first)
    {
        var performance = WeightedSum(plan.Performance, first);
        var delight = WeightedSum(plan.Delighters, first);
        var one = Vector<double>.One;

        // An achievement of 0 has the logarithm -∞, so an unmet must-have makes the gate e^-∞ = 0 with no branch.
        var gate = plan.MustHaveMissing ? Vector<double>.Zero
            : plan.MustWeight > 0.0 ? Exponential.OfNonPositive(WeightedSum(plan.MustHaves, first) / new Vector<double>(plan.MustWeight))
            : one;
        var denominator = new Vector<double>(plan.PerformanceWeight) + delight;
        var ratio = Vector.ConditionalSelect(Vector.GreaterThan(denominator, Vector<double>.Zero), (performance + delight) / denominator, one);
        var fit = Vector.Min(gate * ratio, one);
        return fit * Vector.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(catalog.ExperienceFactors), first);
    }

    /// <summary><c>Σ w·column</c> over the terms, in their order, for the solutions <c>[first, first + width)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> WeightedSum(CustomerPlan.GoalTerms terms, nuint first)
    {
        var sum = Vector<double>.Zero;
        var columns = terms.Columns;
        var weights = terms.Weights;
        for (var g = 0; g < terms.Count; g++)
        {
            sum += new Vector<double>(weights[g]) * Vector.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(columns[g]), first);
        }

        return sum;
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
