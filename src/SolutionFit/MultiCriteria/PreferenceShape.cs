namespace SolutionFit.MultiCriteria;

/// <summary>The shapes of a PROMETHEE preference function.</summary>
public enum PreferenceShape
{
    /// <summary>Any advantage is full preference: P = 1 when d &gt; 0.</summary>
    Usual = 0,

    /// <summary>Full preference beyond an indifference threshold q: P = 1 when d &gt; q.</summary>
    UShape = 1,

    /// <summary>Preference growing linearly up to p: P = d / p, 1 from p on.</summary>
    VShape = 2,

    /// <summary>Half preference between q and p, full beyond p.</summary>
    Level = 3,

    /// <summary>No preference up to q, linear from q to p, full beyond p.</summary>
    Linear = 4,
}
