namespace SolutionFit.Surveys;

/// <summary>How a feature's category is chosen from its answers.</summary>
public enum KanoCategoryRule
{
    /// <summary>The most frequent category; ties go M &gt; O &gt; A &gt; I &gt; R &gt; Q (Matzler and Hinterhuber 1998). The default.</summary>
    Mode = 0,

    /// <summary>
    /// The most frequent category when its share leads the runner-up (among M, O, A, I, R) by more than 6 points;
    /// otherwise the first of M, O, A, I among the top two (Lee and Newcomb 1997).
    /// </summary>
    CategoryStrength = 1,
}
