namespace SolutionFit.Learning;

/// <summary>A factor of <see cref="WinModel"/>.</summary>
public enum WinFactor
{
    /// <summary>The goal fit <c>G</c>.</summary>
    GoalFit,

    /// <summary>The experience <c>X</c>.</summary>
    Experience,

    /// <summary>The price happiness <c>H</c>.</summary>
    PriceHappiness,
}
