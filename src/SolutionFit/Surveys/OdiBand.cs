namespace SolutionFit.Surveys;

/// <summary>An Outcome-Driven Innovation opportunity band.</summary>
public enum OdiBand
{
    /// <summary>Satisfaction above importance: the outcome is served more than it matters.</summary>
    Overserved = 0,

    /// <summary>Opportunity at most 10.</summary>
    Limited = 1,

    /// <summary>Opportunity above 10, at most 12.</summary>
    Good = 2,

    /// <summary>Opportunity above 12, at most 15.</summary>
    VeryGood = 3,

    /// <summary>Opportunity above 15.</summary>
    Excellent = 4,
}
