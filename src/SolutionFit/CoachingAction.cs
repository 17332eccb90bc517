namespace SolutionFit;

/// <summary>What a coaching step suggests doing.</summary>
public enum CoachingAction
{
    /// <summary>Achieve one goal fully (<see cref="CoachingStep.GoalId"/>), everything else equal.</summary>
    AchieveGoal = 0,

    /// <summary>Set the price within the range where this customer smiles (<see cref="CoachingStep.PriceRange"/>).</summary>
    PriceInSmileRange = 1,

    /// <summary>Offer another solution that fits better (<see cref="CoachingStep.SolutionId"/>).</summary>
    SwitchSolution = 2,
}
