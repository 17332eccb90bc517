using System.Globalization;

namespace SolutionFit;

/// <summary>
/// How one solution of a customer's ranking fares when the customer's priorities are perturbed: its place in the ranking
/// as given, and the share of plausible priorities under which it ranks first and within the top k.
/// </summary>
/// <remarks>
/// <para>Part of a <see cref="RankAcceptability"/>; the shares count the samples that were not skipped.</para>
/// <para>
/// <c>default</c> is an empty entry: no solution (<see cref="Place"/> is empty), no sample counted, both shares null.
/// An immutable value: safe to share across threads.
/// </para>
/// </remarks>
public readonly struct SolutionAcceptability
{
    private readonly int _counted;

    internal SolutionAcceptability(RankedSolution place, int firstCount, int topCount, int counted)
    {
        Place = place;
        FirstCount = firstCount;
        TopCount = topCount;
        _counted = counted;
    }

    /// <summary>Gets the solution's place in the ranking for the priorities as given: the solution, its overall score and the predicted reaction.</summary>
    public RankedSolution Place { get; }

    /// <summary>Gets the number of counted samples in which the solution ranks first.</summary>
    public int FirstCount { get; }

    /// <summary>Gets the number of counted samples in which the solution ranks within the top k.</summary>
    public int TopCount { get; }

    /// <summary>Gets the share of the counted samples in which the solution ranks first, in [0, 1]; null when every sample was skipped.</summary>
    public double? First => _counted > 0 ? (double)FirstCount / _counted : null;

    /// <summary>Gets the share of the counted samples in which the solution ranks within the top k, in [0, 1]; null when every sample was skipped.</summary>
    /// <remarks>At least <see cref="First"/>; 1 for every solution when k covers the whole catalog.</remarks>
    public double? Top => _counted > 0 ? (double)TopCount / _counted : null;

    /// <inheritdoc />
    public override string ToString() => Place.Solution is null
        ? "(none)"
        : _counted == 0
            ? $"{Place.Solution.Id}: no sample counted"
            : string.Create(CultureInfo.InvariantCulture, $"{Place.Solution.Id}: first {First:0.###}, top {Top:0.###}");
}
