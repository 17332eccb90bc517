using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary>The survey's price table: one entry per distinct price whatever the capacity it starts with, -0 and +0 one price.</summary>
public sealed class PriceTableTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(5000)]
    public void ManyPrices_FromAnyCapacity_KeepEveryWeight(int capacity)
    {
        // 3,000 distinct prices force the key table to grow several times from a small capacity; each price gets weight on
        // two questions, added twice, in a scrambled order.
        const int Distinct = 3000;
        var table = new PriceTable(capacity);
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < Distinct; i++)
            {
                var k = (i * 1237) % Distinct;
                table.Add(k * 0.25, k % PsmQuestions.Count, 1.0 + k);
                table.Add(k * 0.25, PsmQuestions.TooExpensive, 0.5);
            }
        }

        Assert.Equal(Distinct, table.Count);
        var (prices, weights) = table.Sorted();
        Assert.Equal(Enumerable.Range(0, Distinct).Select(k => k * 0.25), prices);
        for (var k = 0; k < Distinct; k++)
        {
            for (var q = 0; q < PsmQuestions.Count; q++)
            {
                var expected = (q == k % PsmQuestions.Count ? 2.0 * (1.0 + k) : 0.0) + (q == PsmQuestions.TooExpensive ? 1.0 : 0.0);
                Assert.Equal(expected, weights[q][k]);
            }
        }
    }

    [Fact]
    public void NegativeZero_IsZero_AndMissingAnswersAreNotTallied()
    {
        var table = new PriceTable(16);
        table.Add(-0.0, PsmQuestions.Cheap, 1);
        table.Add(0.0, PsmQuestions.Cheap, 2);
        table.Add(double.NaN, PsmQuestions.Cheap, 4);
        table.Add(3, PsmQuestions.Expensive, 8);

        Assert.Equal(2, table.Count);
        var (prices, weights) = table.Sorted();
        Assert.Equal([0.0, 3.0], prices);
        Assert.False(double.IsNegative(prices[0]));
        Assert.Equal([0.0, 0.0], weights[PsmQuestions.TooCheap]);
        Assert.Equal([3.0, 0.0], weights[PsmQuestions.Cheap]);
        Assert.Equal([0.0, 8.0], weights[PsmQuestions.Expensive]);
    }
}
