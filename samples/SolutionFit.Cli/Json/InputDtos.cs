namespace SolutionFit.Cli.Json;

// Input documents. Member names are the JSON names (camelCase) and, by design, the names of the library's constructor
// parameters they feed, so that an argument error's ParamName finds the member it came from (see JsonPaths.Locate).

/// <summary>The file of <c>score</c>, <c>rank</c> and <c>demo</c>: customers and solutions.</summary>
internal sealed class InputFileDto
{
    public required List<CustomerDto> Customers { get; init; }

    public required List<SolutionDto> Solutions { get; init; }
}

/// <summary>A customer: <see cref="CustomerProfile"/>'s arguments.</summary>
internal sealed class CustomerDto
{
    public required string Id { get; init; }

    public required List<GoalDto> Goals { get; init; }

    public PriceThresholdsDto? PriceThresholds { get; init; }
}

/// <summary>A goal: <see cref="CustomerGoal"/>'s arguments.</summary>
internal sealed class GoalDto
{
    public required string Id { get; init; }

    public string? Description { get; init; }

    public required double Importance { get; init; }

    public GoalKind Kind { get; init; } = GoalKind.Performance;

    public double CurrentSatisfaction { get; init; }
}

/// <summary>Price thresholds: <see cref="SolutionFit.PriceThresholds"/>' arguments.</summary>
internal sealed class PriceThresholdsDto
{
    public required double TooCheap { get; init; }

    public required double Cheap { get; init; }

    public required double Expensive { get; init; }

    public required double TooExpensive { get; init; }
}

/// <summary>A solution: <see cref="ProposedSolution"/>'s arguments.</summary>
internal sealed class SolutionDto
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public required double Price { get; init; }

    public required double Effort { get; init; }

    public required double Enjoyment { get; init; }

    public required Dictionary<string, double> Achievements { get; init; }
}

/// <summary>The file of <c>ahp</c>: <see cref="Surveys.Ahp.Analyze"/>'s labels and pairwise comparison matrix.</summary>
internal sealed class AhpInputDto
{
    public required List<string> Labels { get; init; }

    public required List<List<double>> Matrix { get; init; }
}
