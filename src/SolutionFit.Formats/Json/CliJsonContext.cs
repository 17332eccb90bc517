using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SolutionFit.Formats.Json;

/// <summary>
/// The CLI's JSON: every document it reads or writes is a DTO of this folder, serialized by this generated context.
/// Output is indented camelCase with relaxed escaping and nulls written; input rejects unknown properties, nulls where
/// the DTO does not allow them, missing required properties and enum values as numbers.
/// </summary>
/// <remarks>
/// Metadata mode (no fast path), so that <see cref="JsonSerializer.Serialize{TValue}(Stream, TValue, System.Text.Json.Serialization.Metadata.JsonTypeInfo{TValue})"/>
/// streams: it flushes to the stream as the buffer fills and enumerates lazy sequences as it goes.
/// </remarks>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = [typeof(CamelCaseEnumConverter<GoalKind>), typeof(CamelCaseEnumConverter<PriceReaction>)])]
[JsonSerializable(typeof(InputFileDto))]
[JsonSerializable(typeof(AhpInputDto))]
[JsonSerializable(typeof(McdaInputDto))]
[JsonSerializable(typeof(ScoresDto))]
[JsonSerializable(typeof(RankingsDto))]
[JsonSerializable(typeof(GaugesDto))]
[JsonSerializable(typeof(AhpDto))]
[JsonSerializable(typeof(KanoDto))]
[JsonSerializable(typeof(OdiDto))]
[JsonSerializable(typeof(PsmDto))]
[JsonSerializable(typeof(DemandDto))]
[JsonSerializable(typeof(McdaDto))]
[JsonSerializable(typeof(LearnInputDto))]
[JsonSerializable(typeof(LearnDto))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context the CLI uses: the generated options plus relaxed escaping (which an attribute cannot set).</summary>
    /// <remarks>Created on first use: static initializers of the partial class's files run in no set order.</remarks>
    public static CliJsonContext Instance => field ??= WithMaxDepth(Limits.JsonDepth.Default);

    /// <summary>
    /// The context with <see cref="Instance"/>'s options and at most <paramref name="maxDepth"/> levels of nesting in what
    /// it reads. Input rejects a property name twice in one object (the serializer otherwise keeps the last one).
    /// </summary>
    public static CliJsonContext WithMaxDepth(int maxDepth) =>
        new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, AllowDuplicateProperties = false, MaxDepth = maxDepth });
}

/// <summary>An enum as its camelCase name (<c>mustHave</c>); numbers are rejected.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;

/// <summary>
/// What a DTO with a converter of its own expects, in words, for error messages (the serializer's metadata cannot say).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class JsonExpectedAttribute(string expected) : Attribute
{
    public string Expected { get; } = expected;
}
