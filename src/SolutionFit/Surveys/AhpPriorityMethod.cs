namespace SolutionFit.Surveys;

/// <summary>How AHP priorities are derived from a pairwise comparison matrix.</summary>
public enum AhpPriorityMethod
{
    /// <summary>The principal right eigenvector, normalised to sum 1 (Saaty's method; the default); λmax its eigenvalue.</summary>
    Eigenvector = 0,

    /// <summary>The normalised geometric mean of each row (RGMM); λmax estimated as the mean of (Aw)_i / w_i.</summary>
    GeometricMean = 1,

    /// <summary>The mean of each row after normalising every column to sum 1 (the classic approximation); λmax as for the geometric mean.</summary>
    NormalizedColumnMean = 2,
}
