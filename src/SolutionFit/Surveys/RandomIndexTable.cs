namespace SolutionFit.Surveys;

/// <summary>The published tables of the random consistency index RI(n) that the consistency ratio divides by.</summary>
public enum RandomIndexTable
{
    /// <summary>Saaty (1980), n = 1..15: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, ... (most textbooks; pyDecision). The default.</summary>
    Saaty1980 = 0,

    /// <summary>Saaty (2005), n = 3..15: 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, ... (AHPy 'saaty').</summary>
    Saaty2005 = 1,

    /// <summary>Donegan and Dodd (1991), n = 3..20: 0.4914, 0.8286, 1.0591, ... (AHPy's default).</summary>
    DoneganDodd = 2,

    /// <summary>Tummala and Ling (1998), n = 1..15: 0, 0, 0.5799, 0.8921, 1.1159, ... (pymcdm).</summary>
    TummalaLing = 3,
}
