using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace SolutionFit.Cli;

/// <summary>A bad input file: one line for stderr that names the file and the problem.</summary>
internal sealed class InputException(string message) : Exception(message)
{
    /// <summary>A library argument error as one line, without the " (Parameter 'x')" and "Actual value was" the BCL appends.</summary>
    public static string Plain(ArgumentException ex) => FirstLine(ex.Message).Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal);

    /// <summary>The first line of a message.</summary>
    public static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}

/// <summary>Customers and solutions read from a JSON file (see the README for the format).</summary>
internal sealed partial class InputFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private InputFile(IReadOnlyList<CustomerProfile> customers, IReadOnlyList<ProposedSolution> solutions)
    {
        Customers = customers;
        Solutions = solutions;
    }

    public IReadOnlyList<CustomerProfile> Customers { get; }

    public IReadOnlyList<ProposedSolution> Solutions { get; }

    /// <summary>Reads and validates a file.</summary>
    /// <exception cref="InputException">The file is missing, not valid JSON, of the wrong shape, or holds invalid values.</exception>
    public static InputFile Load(string path)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException($"{path}: cannot read the file: {ex.Message}");
        }

        using (stream)
        {
            return Parse(stream, path);
        }
    }

    /// <summary>Reads and validates a document; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InputException">The document is not valid JSON, of the wrong shape, or holds invalid values.</exception>
    public static InputFile Parse(Stream json, string source)
    {
        Document document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(json, Options)
                ?? throw new InputException($"{source}: the document is null; expected an object with \"customers\" and \"solutions\".");
        }
        catch (JsonException ex)
        {
            throw new InputException($"{source}: {Describe(ex)}");
        }

        NoNullItems(document.Customers, source, "$.customers");
        NoNullItems(document.Solutions, source, "$.solutions");
        var customers = new List<CustomerProfile>(document.Customers.Count);
        var customerIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Customers.Count; i++)
        {
            var c = document.Customers[i];
            var where = $"$.customers[{i}] (customer '{c.Id}')";
            NoNullItems(c.Goals, source, $"$.customers[{i}].goals");
            var profile = Build(source, where, () => new CustomerProfile(
                c.Id,
                c.Goals.Select(g => new CustomerGoal(g.Id, g.Importance, g.Kind, g.CurrentSatisfaction, g.Description)),
                c.PriceThresholds is { } t ? new PriceThresholds(t.TooCheap, t.Cheap, t.Expensive, t.TooExpensive) : null));
            if (!customerIds.Add(profile.Id))
            {
                throw new InputException($"{source}: {where}: another customer has the same id.");
            }

            customers.Add(profile);
        }

        var solutions = new List<ProposedSolution>(document.Solutions.Count);
        var solutionIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Solutions.Count; i++)
        {
            var s = document.Solutions[i];
            var where = $"$.solutions[{i}] (solution '{s.Id}')";
            var solution = Build(source, where, () => new ProposedSolution(s.Id, s.Price, s.Achievements, s.Effort, s.Enjoyment, s.Name));
            if (!solutionIds.Add(solution.Id))
            {
                throw new InputException($"{source}: {where}: another solution has the same id.");
            }

            solutions.Add(solution);
        }

        return new InputFile(customers, solutions);
    }

    private static void NoNullItems<T>(List<T> items, string source, string path)
        where T : class
    {
        var index = items.FindIndex(item => item is null);
        if (index >= 0)
        {
            throw new InputException($"{source}: {path}[{index}] is null.");
        }
    }

    private static T Build<T>(string source, string where, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            throw new InputException($"{source}: {where}: {InputException.Plain(ex)}");
        }
    }

    /// <summary>A JSON error as "at PATH (line L): what", with the reader's type names made plain.</summary>
    private static string Describe(JsonException ex)
    {
        var what = JsonLocationSuffix().Replace(InputException.FirstLine(ex.Message), string.Empty).Replace(" Consider updating its nullability annotation.", string.Empty, StringComparison.Ordinal);
        what = DocumentTypeName().Replace(what, m => $"a {m.Groups[1].Value.ToLowerInvariant()}");
        what = what.Replace("System.Double", "a number", StringComparison.Ordinal).Replace("SolutionFit.GoalKind", "a goal kind (mustHave, performance or delighter)", StringComparison.Ordinal);
        var line = ex.LineNumber is { } l ? $" (line {l + 1})" : string.Empty;
        return ex.Path is { Length: > 0 } path ? $"at {path}{line}: {what}" : $"{what}{line}";
    }

    [GeneratedRegex(@" ?Path: .*$")]
    private static partial Regex JsonLocationSuffix();

    [GeneratedRegex(@"(?:type )?'SolutionFit\.Cli\.InputFile\+(\w+?)Document'")]
    private static partial Regex DocumentTypeName();


    private sealed class Document
    {
        public required List<CustomerDocument> Customers { get; init; }

        public required List<SolutionDocument> Solutions { get; init; }
    }

    private sealed class CustomerDocument
    {
        public required string Id { get; init; }

        public required List<GoalDocument> Goals { get; init; }

        public ThresholdsDocument? PriceThresholds { get; init; }
    }

    private sealed class GoalDocument
    {
        public required string Id { get; init; }

        public string? Description { get; init; }

        public required double Importance { get; init; }

        public GoalKind Kind { get; init; } = GoalKind.Performance;

        public double CurrentSatisfaction { get; init; }
    }

    private sealed class ThresholdsDocument
    {
        public required double TooCheap { get; init; }

        public required double Cheap { get; init; }

        public required double Expensive { get; init; }

        public required double TooExpensive { get; init; }
    }

    private sealed class SolutionDocument
    {
        public required string Id { get; init; }

        public string? Name { get; init; }

        public required double Price { get; init; }

        public required double Effort { get; init; }

        public required double Enjoyment { get; init; }

        public required Dictionary<string, double> Achievements { get; init; }
    }
}
