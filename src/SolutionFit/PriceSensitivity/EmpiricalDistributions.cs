namespace SolutionFit.PriceSensitivity;

/// <summary>The weighted empirical distribution of each question's answers over the sorted distinct prices.</summary>
internal sealed class EmpiricalDistributions
{
    /// <summary>Creates the distributions from the weight of each question's answers at each sorted price.</summary>
    public EmpiricalDistributions(double[] prices, double[][] weights)
    {
        Prices = prices;
        Cumulative = new double[PsmQuestions.Count][];
        Totals = new double[PsmQuestions.Count];
        for (var q = 0; q < PsmQuestions.Count; q++)
        {
            var cumulative = new double[prices.Length];
            var sum = 0.0;
            for (var k = 0; k < prices.Length; k++)
            {
                sum += weights[q][k];
                cumulative[k] = sum;
            }

            Cumulative[q] = cumulative;
            Totals[q] = sum;
        }
    }

    /// <summary>Gets the sorted distinct prices.</summary>
    public double[] Prices { get; }

    /// <summary>Gets, per question, the weight of the answers at or below each price.</summary>
    public double[][] Cumulative { get; }

    /// <summary>Gets, per question, the weight of all its answers (0 for a question nobody answered).</summary>
    public double[] Totals { get; }

    /// <summary>The share of <paramref name="question"/>'s answers at or below the price at index <paramref name="k"/>.</summary>
    public double Share(int question, int k) => Cumulative[question][k] / Totals[question];

    /// <summary>The share of <paramref name="question"/>'s answers at or below any price; 0 for a question nobody answered.</summary>
    public double ShareAtOrBelow(int question, double price)
    {
        if (Totals[question] == 0.0)
        {
            return 0.0;
        }

        var k = Sorted.LastAtOrBelow<double>(Prices, price);
        return k < 0 ? 0.0 : Share(question, k);
    }

    /// <summary>The reaction shares at a price, for consistent respondents (see <see cref="PsmResult.ReactionSharesAt"/>).</summary>
    public PriceReactionShares SharesAt(double price)
    {
        var tooCheapF = Totals[PsmQuestions.TooCheap] == 0.0 ? 1.0 : ShareAtOrBelow(PsmQuestions.TooCheap, price);
        var cheapF = ShareAtOrBelow(PsmQuestions.Cheap, price);
        var expensiveF = ShareAtOrBelow(PsmQuestions.Expensive, price);
        var tooExpensiveF = ShareAtOrBelow(PsmQuestions.TooExpensive, price);
        return new PriceReactionShares(
            price,
            Math.Max(1.0 - tooCheapF, 0.0),
            Math.Max(tooCheapF - cheapF, 0.0),
            Math.Max(cheapF - expensiveF, 0.0),
            Math.Max(expensiveF - tooExpensiveF, 0.0),
            tooExpensiveF);
    }

    /// <summary>The lowest answer price at which bargain + fair (too-cheap share at or below minus expensive share at or below) is largest.</summary>
    public double SmileOptimalPrice()
    {
        var smiles = new double[Prices.Length];
        for (var k = 0; k < Prices.Length; k++)
        {
            smiles[k] = (Totals[PsmQuestions.TooCheap] == 0.0 ? 1.0 : Share(PsmQuestions.TooCheap, k)) - Share(PsmQuestions.Expensive, k);
        }

        return Prices[PriceSensitivityMeter.FirstMaximum(smiles)];
    }
}
