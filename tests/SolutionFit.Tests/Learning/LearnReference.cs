using System.Text.Json;
using SolutionFit.Learning;

namespace SolutionFit.Tests.Learning;

/// <summary>
/// The learning reference cases (Reference/learn: customers, solutions, outcomes and choices, with the fits of
/// <c>ordinal::clm</c>, <c>glm(binomial)</c> and <c>survival::clogit</c> on the same observations).
/// </summary>
internal sealed class LearnReference
{
    private LearnReference(JsonElement input, JsonElement expected)
    {
        Expected = expected;
        var customers = input.GetProperty("customers").EnumerateArray().Select(Customer).ToDictionary(c => c.Id);
        var solutions = input.GetProperty("solutions").EnumerateArray().Select(Solution).ToDictionary(s => s.Id);
        var scorer = new SolutionFitScorer();
        ProposedSolution PricedAt(string solution, double? price)
        {
            var s = solutions[solution];
            return price is { } p ? new ProposedSolution(s.Id, p, s.Achievements, s.Effort, s.Enjoyment, s.Name) : s;
        }

        FitScore ScoreAt(string customer, string solution, double? price) => scorer.Score(customers[customer], PricedAt(solution, price));

        foreach (var outcome in input.GetProperty("outcomes").EnumerateArray())
        {
            var customer = customers[outcome.GetProperty("customer").GetString()!];
            var quoted = PricedAt(outcome.GetProperty("solution").GetString()!, outcome.GetProperty("price").GetDouble());
            var score = scorer.Score(customer, quoted);
            var weight = outcome.TryGetProperty("weight", out var w) ? w.GetDouble() : 1.0;
            var reaction = Enum.Parse<PriceReaction>(outcome.GetProperty("reaction").GetString()!, ignoreCase: true);
            var won = outcome.GetProperty("won").GetBoolean();
            Outcomes.Add(new Outcome(customer, quoted, reaction, won));
            Reactions.Add(ReactionObservation.From(score, reaction, weight));
            Wins.Add(WinObservation.From(score, won, weight));
        }

        foreach (var choice in input.GetProperty("choices").EnumerateArray())
        {
            var customer = choice.GetProperty("customer").GetString()!;
            var offered = choice.GetProperty("offered").EnumerateArray()
                .Select(o => (Id: o.GetProperty("solution").GetString()!, Overall: ScoreAt(customer, o.GetProperty("solution").GetString()!, o.TryGetProperty("price", out var p) ? p.GetDouble() : null).Overall))
                .ToArray();
            var chosen = choice.GetProperty("chosen").GetString();
            Choices.Add(new ChoiceSet(offered.Select(o => o.Overall), chosen is null ? null : Array.FindIndex(offered, o => o.Id == chosen)));
        }
    }

    public JsonElement Expected { get; }

    /// <summary>The outcomes as a CRM would hold them: who, what at which price, the reaction and the result.</summary>
    public List<Outcome> Outcomes { get; } = [];

    public List<ReactionObservation> Reactions { get; } = [];

    public List<WinObservation> Wins { get; } = [];

    public List<ChoiceSet> Choices { get; } = [];

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Reference", "learn", name + ".json");

    public static LearnReference Load(string name) => new(
        JsonDocument.Parse(File.ReadAllText(PathOf(name))).RootElement,
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "learn", name + ".expected.json"))).RootElement);

    private static CustomerProfile Customer(JsonElement c)
    {
        var goals = c.GetProperty("goals").EnumerateArray().Select(g => new CustomerGoal(
            g.GetProperty("id").GetString()!,
            g.GetProperty("importance").GetDouble(),
            Enum.Parse<GoalKind>(g.GetProperty("kind").GetString()!, ignoreCase: true),
            g.TryGetProperty("currentSatisfaction", out var s) ? s.GetDouble() : 0.0));
        PriceThresholds? thresholds = c.TryGetProperty("priceThresholds", out var t)
            ? new PriceThresholds(t.GetProperty("tooCheap").GetDouble(), t.GetProperty("cheap").GetDouble(), t.GetProperty("expensive").GetDouble(), t.GetProperty("tooExpensive").GetDouble())
            : null;
        return new CustomerProfile(c.GetProperty("id").GetString()!, goals, thresholds);
    }

    private static ProposedSolution Solution(JsonElement s) => new(
        s.GetProperty("id").GetString()!,
        s.GetProperty("price").GetDouble(),
        s.GetProperty("achievements").EnumerateObject().Select(a => KeyValuePair.Create(a.Name, a.Value.GetDouble())),
        s.GetProperty("effort").GetDouble(),
        s.GetProperty("enjoyment").GetDouble(),
        s.TryGetProperty("name", out var n) ? n.GetString() : null);

    internal sealed record Outcome(CustomerProfile Customer, ProposedSolution Quoted, PriceReaction Reaction, bool Won);
}
