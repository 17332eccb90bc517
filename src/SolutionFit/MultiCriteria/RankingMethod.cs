namespace SolutionFit.MultiCriteria;

/// <summary>The multi-criteria methods.</summary>
public enum RankingMethod
{
    /// <summary>Weighted sum of normalised values (SAW).</summary>
    WeightedSum = 0,

    /// <summary>TOPSIS: closeness to the ideal and distance from the anti-ideal (Hwang and Yoon 1981).</summary>
    Topsis = 1,

    /// <summary>VIKOR: compromise ranking by group utility S and individual regret R (Opricovic and Tzeng 2004).</summary>
    Vikor = 2,

    /// <summary>PROMETHEE II: net outranking flow from pairwise preferences (Brans and Vincke 1985).</summary>
    PrometheeII = 3,
}
