namespace SolutionFit.PriceSensitivity;

/// <summary>
/// The distinct prices of a survey with, for each, the weight of the answers of each of the four questions (<see cref="PsmQuestions"/>) at that
/// price: the prices are found in a hash table (<see cref="PriceSlots"/>), so that a survey of n respondents with d distinct
/// prices is tallied in O(n) and only the d distinct prices are sorted.
/// </summary>
internal sealed class PriceTable
{
    private readonly PriceSlots _slots;
    private double[] _weights;

    public PriceTable(int capacity)
    {
        _slots = new PriceSlots(capacity);
        _weights = new double[Math.Max(16, capacity) * PsmQuestions.Count];
    }

    /// <summary>Gets the number of distinct prices.</summary>
    public int Count => _slots.Count;

    /// <summary>
    /// Adds <paramref name="weight"/> to the answers of <paramref name="question"/> at <paramref name="price"/>; a missing
    /// answer (NaN) is not tallied.
    /// </summary>
    public void Add(double price, int question, double weight)
    {
        if (!double.IsNaN(price))
        {
            var slot = _slots.SlotOf(price);
            if (slot * PsmQuestions.Count == _weights.Length)
            {
                Array.Resize(ref _weights, _weights.Length * 2);
            }

            _weights[(slot * PsmQuestions.Count) + question] += weight;
        }
    }

    /// <summary>Sorts the distinct prices and returns them with each question's weight per sorted price.</summary>
    public (double[] Prices, double[][] Weights) Sorted()
    {
        var prices = new double[Count];
        var order = new int[Count];
        for (var i = 0; i < order.Length; i++)
        {
            (prices[i], order[i]) = (_slots[i], i);
        }

        Array.Sort(prices, order);
        var weights = new double[PsmQuestions.Count][];
        for (var q = 0; q < PsmQuestions.Count; q++)
        {
            weights[q] = new double[Count];
        }

        for (var k = 0; k < order.Length; k++)
        {
            for (var q = 0; q < PsmQuestions.Count; q++)
            {
                weights[q][k] = _weights[(order[k] * PsmQuestions.Count) + q];
            }
        }

        return (prices, weights);
    }
}
