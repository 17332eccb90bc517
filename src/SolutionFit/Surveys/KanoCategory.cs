namespace SolutionFit.Surveys;

/// <summary>A Kano category.</summary>
public enum KanoCategory
{
    /// <summary>M: must-be; expected, its absence dissatisfies.</summary>
    MustBe = 0,

    /// <summary>O: one-dimensional (performance); the more the better.</summary>
    OneDimensional = 1,

    /// <summary>A: attractive; delights when present, not missed when absent.</summary>
    Attractive = 2,

    /// <summary>I: indifferent; does not matter.</summary>
    Indifferent = 3,

    /// <summary>R: reverse; its presence dissatisfies.</summary>
    Reverse = 4,

    /// <summary>Q: questionable; contradictory answers.</summary>
    Questionable = 5,
}
