namespace SolutionFit;

/// <summary>What a coaching step suggests doing; each action has its own step type.</summary>
public enum CoachingAction
{
    /// <summary>Achieve one goal fully, everything else equal (<see cref="AchieveGoalStep"/>).</summary>
    AchieveGoal = 0,

    /// <summary>Set the price within the range where this customer smiles (<see cref="PriceInSmileRangeStep"/>).</summary>
    PriceInSmileRange = 1,

    /// <summary>Offer another solution that fits better (<see cref="SwitchSolutionStep"/>).</summary>
    SwitchSolution = 2,
}
