using System.Collections.ObjectModel;
using System.Globalization;

namespace SolutionFit.Surveys;

/// <summary>The priorities of a pairwise comparison matrix and how consistent it is.</summary>
/// <remarks>Immutable and thread-safe; created by <see cref="Ahp.Analyze"/>.</remarks>
public sealed class AhpResult
{
    internal AhpResult(string[] labels, double[] priorities, double lambdaMax, double ci, double cr, double randomIndex, AhpPriorityMethod method, RandomIndexTable table)
    {
        Labels = Array.AsReadOnly(labels);
        Priorities = Array.AsReadOnly(priorities);
        LambdaMax = lambdaMax;
        ConsistencyIndex = ci;
        ConsistencyRatio = cr;
        RandomIndex = randomIndex;
        Method = method;
        Table = table;
    }

    /// <summary>Gets the labels, in matrix order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Gets the priorities, positive, summing to 1.</summary>
    public IReadOnlyList<double> Priorities { get; }

    /// <summary>Gets λmax (the principal eigenvalue, or its estimate).</summary>
    public double LambdaMax { get; }

    /// <summary>Gets the consistency index <c>CI = (λmax − n) / (n − 1)</c>, at least 0 (0 for n ≤ 2).</summary>
    public double ConsistencyIndex { get; }

    /// <summary>Gets the consistency ratio <c>CR = CI / RI(n)</c>, at least 0 (0 for n ≤ 2).</summary>
    public double ConsistencyRatio { get; }

    /// <summary>Gets RI(n) from the chosen table (0 for n ≤ 2).</summary>
    public double RandomIndex { get; }

    /// <summary>Gets a value indicating whether the judgements are acceptably consistent, CR ≤ 0.1.</summary>
    public bool IsConsistent => ConsistencyRatio <= 0.1;

    /// <summary>Gets the priority method used.</summary>
    public AhpPriorityMethod Method { get; }

    /// <summary>Gets the random-index table used.</summary>
    public RandomIndexTable Table { get; }

    /// <summary>The priorities as goal importances in [0, 1]: each priority divided by the largest, so the top goal has importance 1.</summary>
    /// <returns>
    /// Importance by label (ordinal comparison), enumerated in the order of <see cref="Labels"/>; a read-only view that
    /// cannot be cast back and changed.
    /// </returns>
    /// <remarks>Relative importances are kept exactly; with opportunity weighting off, the scorer's goal fit depends only on them.</remarks>
    public IReadOnlyDictionary<string, double> ToGoalImportance()
    {
        var top = Priorities.Max();
        var importance = new OrderedDictionary<string, double>(Labels.Count, StringComparer.Ordinal);
        for (var i = 0; i < Labels.Count; i++)
        {
            importance.Add(Labels[i], Priorities[i] / top);
        }

        return new ReadOnlyDictionary<string, double>(importance);
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Method}: {string.Join(", ", Labels.Select((l, i) => string.Create(CultureInfo.InvariantCulture, $"{l} {Priorities[i]:0.###}")))}; CR {ConsistencyRatio:0.###}{(IsConsistent ? string.Empty : " (inconsistent)")}");
}
