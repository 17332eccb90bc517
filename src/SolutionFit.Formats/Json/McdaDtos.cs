using System.Text.Json;
using System.Text.Json.Serialization;
using SolutionFit.MultiCriteria;

namespace SolutionFit.Formats.Json;

/// <summary>The file of <c>mcda</c>: a decision matrix (alternatives × criteria), the criteria's types and weights.</summary>
internal sealed class McdaInputDto
{
    public required List<string> Alternatives { get; init; }

    public required List<string> Criteria { get; init; }

    public required List<CriterionTypeDto> Types { get; init; }

    public required List<List<double>> Matrix { get; init; }

    public required List<double> Weights { get; init; }
}

/// <summary>A criterion's type: <c>"benefit"</c>, <c>"cost"</c> or <c>{"target": x}</c>.</summary>
[JsonConverter(typeof(CriterionTypeDtoConverter))]
[JsonExpected("\"benefit\", \"cost\" or {\"target\": x}")]
internal sealed record CriterionTypeDto(bool Benefit, double? Target)
{
    public Criterion For(string name) => Target is { } target ? Criterion.TargetValue(name, target) : Benefit ? Criterion.Benefit(name) : Criterion.Cost(name);
}

/// <summary>
/// Reads a <see cref="CriterionTypeDto"/>, one of two JSON shapes (which the serializer's metadata cannot express); any
/// other value is a <see cref="JsonException"/> at the value's path, which <see cref="JsonPaths"/> describes by
/// <see cref="JsonExpectedAttribute"/>.
/// </summary>
internal sealed class CriterionTypeDtoConverter : JsonConverter<CriterionTypeDto>
{
    public override CriterionTypeDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && (reader.ValueTextEquals("benefit"u8) || reader.ValueTextEquals("cost"u8)))
        {
            return new(reader.ValueTextEquals("benefit"u8), null);
        }

        if (reader.TokenType == JsonTokenType.StartObject && reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("target"u8)
            && reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var target) && reader.Read() && reader.TokenType == JsonTokenType.EndObject)
        {
            return new(false, target);
        }

        throw new JsonException();
    }

    public override void Write(Utf8JsonWriter writer, CriterionTypeDto value, JsonSerializerOptions options) => throw new NotSupportedException();
}

/// <summary><c>mcda --json</c>; VIKOR adds <c>s</c>, <c>r</c>, <c>q</c> and <c>compromise</c>, PROMETHEE <c>phiPlus</c> and <c>phiMinus</c>, <c>--smaa</c> <c>smaa</c>.</summary>
internal sealed record McdaDto(
    IReadOnlyList<string> Alternatives,
    IReadOnlyList<double> Scores,
    McdaRanksDto Ranks,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<double>? S,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<double>? R,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<double>? Q,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IEnumerable<string>? Compromise,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<double>? PhiPlus,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<double>? PhiMinus,
    IReadOnlyList<string> Diagnostics,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] McdaSmaaDto? Smaa)
{
    public static McdaDto From(RankingResult ranking, SmaaResult? smaa = null)
    {
        var vikor = ranking as VikorResult;
        var promethee = ranking as PrometheeIIResult;
        return new(
            ranking.Alternatives,
            ranking.Scores,
            new(ranking.Ranks.Dense, ranking.Ranks.Average, ranking.Ranks.Min, ranking.Ranks.Ordinal),
            vikor?.S,
            vikor?.R,
            vikor?.Q,
            vikor?.CompromiseSet.Select(i => ranking.Alternatives[i]),
            promethee?.PositiveFlow,
            promethee?.NegativeFlow,
            ranking.Diagnostics,
            smaa is null ? null : new(smaa.Samples, smaa.Seed, smaa.RankAcceptability, smaa.CentralWeights));
    }
}

/// <summary><c>mcda --smaa N --seed S</c>: the rank acceptability (per alternative, a share per rank) and the central weights (null where never first).</summary>
internal sealed record McdaSmaaDto(int Samples, ulong Seed, IReadOnlyList<IReadOnlyList<double>> RankAcceptability, IReadOnlyList<IReadOnlyList<double>?> CentralWeights);

/// <summary>The four rank conventions, 1 = best.</summary>
internal sealed record McdaRanksDto(IReadOnlyList<int> Dense, IReadOnlyList<double> Average, IReadOnlyList<int> Min, IReadOnlyList<int> Ordinal);
