namespace SolutionFit;

/// <summary>How a customer meets a price, on the Van Westendorp intervals.</summary>
/// <remarks>
/// For thresholds <c>TC &lt; CH &lt; EX &lt; TE</c> and an effective price <c>q</c>, the intervals are half-open:
/// <c>q &lt; TC</c> too cheap, <c>[TC, CH)</c> bargain, <c>[CH, EX)</c> fair, <c>[EX, TE)</c> grumble, <c>q &gt;= TE</c> too expensive.
/// </remarks>
public enum PriceReaction
{
    /// <summary>The price is so low that the customer doubts the quality.</summary>
    TooCheap = 0,

    /// <summary>A bargain: the customer pays with a smile.</summary>
    Bargain = 1,

    /// <summary>A fair price: the customer pays gladly.</summary>
    Fair = 2,

    /// <summary>Getting expensive: the customer pays, and grumbles.</summary>
    Grumble = 3,

    /// <summary>"The price is too high": the customer would not pay it.</summary>
    TooExpensive = 4,
}
