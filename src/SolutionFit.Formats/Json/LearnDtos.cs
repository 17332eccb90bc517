using System.Text.Json.Serialization;

namespace SolutionFit.Formats.Json;

/// <summary>The file of <c>learn</c>: customers and solutions as for <c>rank</c>, plus outcomes and choices.</summary>
internal sealed class LearnInputDto
{
    public required List<CustomerDto> Customers { get; init; }

    public required List<SolutionDto> Solutions { get; init; }

    public List<OutcomeDto>? Outcomes { get; init; }

    public List<ChoiceDto>? Choices { get; init; }
}

/// <summary>One quote's outcome: the reaction, whether the deal was won, or both.</summary>
internal sealed class OutcomeDto
{
    public required string Customer { get; init; }

    public required string Solution { get; init; }

    /// <summary>The quoted price; the solution's price when absent.</summary>
    public double? Price { get; init; }

    public PriceReaction? Reaction { get; init; }

    public bool? Won { get; init; }

    /// <summary>The weight; 1 when absent.</summary>
    public double? Weight { get; init; }
}

/// <summary>One decision among offers; <see cref="Chosen"/> null means the customer did nothing.</summary>
internal sealed class ChoiceDto
{
    public required string Customer { get; init; }

    public required List<OfferDto> Offered { get; init; }

    public required string? Chosen { get; init; }

    /// <summary>The weight; 1 when absent.</summary>
    public double? Weight { get; init; }
}

/// <summary>One offer of a decision: a solution at a price (its own price when absent).</summary>
internal sealed class OfferDto
{
    public required string Solution { get; init; }

    public double? Price { get; init; }
}

/// <summary><c>learn --json</c>: a section for each model the file has data for.</summary>
internal sealed record LearnDto(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ReactionsDto? Reactions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] WinsDto? Wins,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChoicesDto? Choices);

/// <summary>The reaction model.</summary>
internal sealed record ReactionsDto(
    int Observations,
    int Excluded,
    IEnumerable<string?> Categories,
    double Slope,
    IEnumerable<double> Cutpoints,
    LearnedThresholdsDto Thresholds,
    ReactionErrorsDto StandardErrors,
    double LogLikelihood);

/// <summary>The learned thresholds; null where the model has no boundary.</summary>
internal sealed record LearnedThresholdsDto(double? TooCheap, double? Cheap, double? Expensive, double? TooExpensive);

/// <summary>The reaction model's standard errors.</summary>
internal sealed record ReactionErrorsDto(double Slope, IEnumerable<double> Cutpoints);

/// <summary>The win model.</summary>
internal sealed record WinsDto(int Observations, double Ridge, WinCoefficientsDto Coefficients, WinCoefficientsDto StandardErrors, double Deviance, double LogLikelihood);

/// <summary>The win model's coefficients or their standard errors.</summary>
internal sealed record WinCoefficientsDto(double Intercept, double GoalFit, double Experience, double PriceHappiness);

/// <summary>The choice model.</summary>
internal sealed record ChoicesDto(int Sets, double Scale, double NoChoice, ChoiceErrorsDto StandardErrors, double LogLikelihood);

/// <summary>The choice model's standard errors.</summary>
internal sealed record ChoiceErrorsDto(double Scale, double NoChoice);
