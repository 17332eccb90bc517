using System.Text.Json.Serialization;

namespace SolutionFit.Formats.Json;

// Input documents. Member names are the JSON names (camelCase) and, by design, the names of the library's constructor
// parameters they feed, so that an argument error's ParamName finds the member it came from (see JsonPaths.Locate).
// The DTOs of customers and solutions have settable properties, [JsonRequired] rather than `required`: the serializer
// then fills each object as it reads it, where required or init-only members make it collect (and box) every value
// first, as for a constructor's arguments: a tenth more time and a quarter more collections on a large file.

/// <summary>The file of <c>score</c>, <c>rank</c> and <c>demo</c>: customers and solutions.</summary>
internal sealed class InputFileDto
{
    [JsonRequired]
    public List<CustomerDto> Customers { get; set; } = null!;

    [JsonRequired]
    public List<SolutionDto> Solutions { get; set; } = null!;
}

/// <summary>A customer: <see cref="CustomerProfile"/>'s arguments.</summary>
internal sealed class CustomerDto
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    [JsonRequired]
    public List<GoalDto> Goals { get; set; } = null!;

    public PriceThresholdsDto? PriceThresholds { get; set; }
}

/// <summary>A goal: <see cref="CustomerGoal"/>'s arguments.</summary>
internal sealed class GoalDto
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    public string? Description { get; set; }

    [JsonRequired]
    public double Importance { get; set; }

    public GoalKind Kind { get; set; } = GoalKind.Performance;

    public double CurrentSatisfaction { get; set; }
}

/// <summary>Price thresholds: <see cref="SolutionFit.PriceThresholds"/>' arguments.</summary>
internal sealed class PriceThresholdsDto
{
    [JsonRequired]
    public double TooCheap { get; set; }

    [JsonRequired]
    public double Cheap { get; set; }

    [JsonRequired]
    public double Expensive { get; set; }

    [JsonRequired]
    public double TooExpensive { get; set; }
}

/// <summary>A solution: <see cref="ProposedSolution"/>'s arguments.</summary>
internal sealed class SolutionDto
{
    [JsonRequired]
    public string Id { get; set; } = null!;

    public string? Name { get; set; }

    [JsonRequired]
    public double Price { get; set; }

    [JsonRequired]
    public double Effort { get; set; }

    [JsonRequired]
    public double Enjoyment { get; set; }

    [JsonRequired]
    public Dictionary<string, double> Achievements { get; set; } = null!;
}

/// <summary>The file of <c>ahp</c>: <see cref="Surveys.Ahp.Analyze"/>'s labels and pairwise comparison matrix.</summary>
internal sealed class AhpInputDto
{
    public required List<string> Labels { get; init; }

    public required List<List<double>> Matrix { get; init; }
}
