using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using SolutionFit.Formats.Json;

namespace SolutionFit.Formats;

/// <summary>A bad input file: one line for stderr that names the file and the problem.</summary>
internal sealed class InputException(string message) : Exception(message)
{
    /// <summary>
    /// What a library argument error says, as one line: <see cref="InvalidInputException.Detail"/> (the library's
    /// sentence, without the parameter), or for another <see cref="ArgumentException"/> the first line of its message as
    /// the BCL words it (naming the parameter). Never an edit of a message.
    /// </summary>
    public static string Plain(ArgumentException ex) => ex is InvalidInputException invalid
        ? invalid.Detail
        : FirstLine(ex.Message);

    /// <summary>The first line of a message.</summary>
    public static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}

/// <summary>Customers and solutions read from a JSON file (see the README for the format).</summary>
internal sealed class InputFile
{
    private InputFile(IReadOnlyList<CustomerProfile> customers, IReadOnlyList<ProposedSolution> solutions)
    {
        Customers = customers;
        Solutions = solutions;
    }

    public IReadOnlyList<CustomerProfile> Customers { get; }

    public IReadOnlyList<ProposedSolution> Solutions { get; }

    /// <summary>Reads and validates a file.</summary>
    /// <exception cref="InputException">The file is missing, not valid JSON, of the wrong shape, or holds invalid values.</exception>
    public static InputFile Load(string path, Limits? limits = null)
    {
        limits ??= Limits.Default;
        var document = JsonInput.Load(path, CliJsonContext.Instance.InputFileDto, limits);
        return Build(document.Customers, document.Solutions, path, limits);
    }

    /// <summary>Reads and validates a document; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InputException">The document is not valid JSON, of the wrong shape, or holds invalid values.</exception>
    public static InputFile Parse(Stream json, string source)
    {
        var document = JsonInput.Read(json, source, CliJsonContext.Instance.InputFileDto);
        return Build(document.Customers, document.Solutions, source);
    }

    /// <summary>
    /// Builds the library's types from the DTOs, one item at a time, so that an argument error is reported at the JSON path
    /// of the item, member and entry it names.
    /// </summary>
    /// <exception cref="InputException">An item is null or invalid, or a count is past its limit in <paramref name="limits"/> (by default <see cref="Limits.Default"/>).</exception>
    internal static InputFile Build(List<CustomerDto> customerDtos, List<SolutionDto> solutionDtos, string source, Limits? limits = null)
    {
        limits ??= Limits.Default;
        var json = CliJsonContext.Instance;
        JsonInput.NoNullItems(customerDtos, source, "$.customers");
        JsonInput.NoNullItems(solutionDtos, source, "$.solutions");
        Limits.Check(source, Limits.Customers, customerDtos.Count, limits.MaxCustomers);
        Limits.Check(source, Limits.Solutions, solutionDtos.Count, limits.MaxSolutions);
        for (var i = 0; i < customerDtos.Count; i++)
        {
            Limits.Check($"{source}: $.customers[{i.ToString(CultureInfo.InvariantCulture)}].goals", Limits.Goals, customerDtos[i].Goals?.Count ?? 0, limits.MaxGoals);
        }

        for (var i = 0; i < solutionDtos.Count; i++)
        {
            Limits.Check($"{source}: $.solutions[{i.ToString(CultureInfo.InvariantCulture)}].achievements", Limits.Goals, solutionDtos[i].Achievements?.Count ?? 0, limits.MaxGoals);
        }

        var customers = new List<CustomerProfile>(customerDtos.Count);
        var customerIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < customerDtos.Count; i++)
        {
            var c = customerDtos[i];
            var at = $"$.customers[{i}]";
            var who = $"customer {Show.Quoted(c.Id)}";
            JsonInput.NoNullItems(c.Goals, source, $"{at}.goals");
            var goals = new CustomerGoal[c.Goals.Count];
            for (var j = 0; j < goals.Length; j++)
            {
                var g = c.Goals[j];
                goals[j] = Create(source, $"{at}.goals[{j}]", json.GoalDto, who, () => new CustomerGoal(g.Id, g.Importance, g.Kind, g.CurrentSatisfaction, g.Description));
            }

            var thresholds = c.PriceThresholds is { } t
                ? Create(source, $"{at}.priceThresholds", json.PriceThresholdsDto, who, () => new PriceThresholds(t.TooCheap, t.Cheap, t.Expensive, t.TooExpensive))
                : (PriceThresholds?)null;
            var profile = Create(source, at, json.CustomerDto, who, () => new CustomerProfile(c.Id, goals, thresholds));
            if (!customerIds.Add(profile.Id))
            {
                throw new InputException($"{source}: {at} ({who}): another customer has the same id.");
            }

            customers.Add(profile);
        }

        var solutions = new List<ProposedSolution>(solutionDtos.Count);
        var solutionIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < solutionDtos.Count; i++)
        {
            var s = solutionDtos[i];
            var at = $"$.solutions[{i}]";
            var who = $"solution {Show.Quoted(s.Id)}";
            var solution = Create(source, at, json.SolutionDto, who, () => new ProposedSolution(s.Id, s.Price, s.Achievements, s.Effort, s.Enjoyment, s.Name));
            if (!solutionIds.Add(solution.Id))
            {
                throw new InputException($"{source}: {at} ({who}): another solution has the same id.");
            }

            solutions.Add(solution);
        }

        return new InputFile(customers, solutions);
    }

    /// <summary>Calls a library constructor with a DTO's values; an argument error is reported at the path it names.</summary>
    internal static T Create<T>(string source, string at, JsonTypeInfo dto, string who, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            throw new InputException($"{source}: {JsonPaths.Locate(at, dto, ex)} ({who}): {InputException.Plain(ex)}");
        }
    }
}
