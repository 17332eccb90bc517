namespace SolutionFit;

/// <summary>Scores how well proposed solutions fit a customer, and ranks them.</summary>
/// <remarks>Implementations are pure and thread-safe: the same inputs always give the same scores.</remarks>
public interface ISolutionFitScorer
{
    /// <summary>Gets the options of the scoring model this scorer applies.</summary>
    ScoringPolicy Policy { get; }

    /// <summary>Scores one solution for one customer.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="solution">The proposed solution.</param>
    /// <returns>The explained score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> or <paramref name="solution"/> is null.</exception>
    FitScore Score(CustomerProfile customer, ProposedSolution solution);

    /// <summary>Scores one solution for one customer without the per-goal breakdown.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="solution">The proposed solution.</param>
    /// <returns>The numbers of <see cref="Score(CustomerProfile, ProposedSolution)"/> for the same pair, bit-identical.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> or <paramref name="solution"/> is null.</exception>
    /// <remarks>For callers that need only the numbers (an overall to compare, a reaction): no breakdown is built.</remarks>
    FitEvaluation Evaluate(CustomerProfile customer, ProposedSolution solution);

    /// <summary>Scores every solution for a customer and ranks them, best first.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="solutions">The alternatives; ids must be unique.</param>
    /// <returns>The scores by descending <see cref="FitScore.Overall"/>, ties broken by solution id (ordinal, ascending).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> or <paramref name="solutions"/> is null.</exception>
    /// <exception cref="InvalidInputException">A solution is null, or two solutions share an id (<see cref="InvalidInputException.Index"/> is its position).</exception>
    IReadOnlyList<FitScore> Rank(CustomerProfile customer, IEnumerable<ProposedSolution> solutions);
}
