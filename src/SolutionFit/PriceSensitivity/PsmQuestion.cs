namespace SolutionFit.PriceSensitivity;

/// <summary>The four Van Westendorp questions, in price order for a consistent respondent.</summary>
public enum PsmQuestion
{
    /// <summary>"At which price is it so cheap that you would doubt its quality?"</summary>
    TooCheap = 0,

    /// <summary>"At which price is it a bargain?"</summary>
    Cheap = 1,

    /// <summary>"At which price is it getting expensive?"</summary>
    Expensive = 2,

    /// <summary>"At which price is it too expensive to consider?"</summary>
    TooExpensive = 3,
}
