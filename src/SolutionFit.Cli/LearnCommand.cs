using System.CommandLine;
using System.Globalization;
using SolutionFit.Formats.Json;
using SolutionFit.Learning;

namespace SolutionFit.Cli;

/// <summary><c>learn</c>: the reaction, win and choice models learned from a file's outcomes and choices.</summary>
internal static class LearnCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE.json")
        {
            Description = """Customers and solutions as for rank, plus "outcomes": [{"customer","solution","price"?,"reaction"?,"won"?,"weight"?}] and/or "choices": [{"customer","offered":[{"solution","price"?}],"chosen":id|null,"weight"?}].""",
        };
        var ridge = Cli.NumberOption("--ridge", "L", "Ridge penalty L >= 0 on the win model's slopes (default 0); use one when the factors separate won from lost deals.", minimum: 0.0);
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a summary." };
        var command = new Command("learn", "Learn price reactions, the chance of winning and how customers choose from observed outcomes.") { file, ridge, json };
        command.SetAction(result => Cli.Guarded(error, () =>
        {
            var path = result.GetRequiredValue(file);
            var learned = Learn(path, JsonInput.Load(path, CliJsonContext.Instance.LearnInputDto), result.GetValue(ridge) ?? 0.0);
            if (result.GetValue(json))
            {
                JsonOutput.Write(output, learned.ToDto(), CliJsonContext.Instance.LearnDto);
            }
            else
            {
                learned.WriteText(output);
            }
        }));
        return command;
    }

    /// <summary>Scores every observation with the default policy and fits the models the file has data for.</summary>
    /// <exception cref="InputException">The file is invalid, names an unknown customer or solution, or a model cannot be fitted.</exception>
    internal static Learned Learn(string path, LearnInputDto document, double ridge)
    {
        var input = InputFile.Build(document.Customers, document.Solutions, path);
        var customers = input.Customers.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var solutions = input.Solutions.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var scorer = new SolutionFitScorer();
        var json = CliJsonContext.Instance;
        if (document.Outcomes is not { Count: > 0 } && document.Choices is not { Count: > 0 })
        {
            throw new InputException($"{path}: nothing to learn from: the file has neither \"outcomes\" nor \"choices\" (or both are empty).");
        }

        T Find<T>(Dictionary<string, T> items, string id, string at, string what) => items.TryGetValue(id, out var item)
            ? item
            : throw new InputException($"{path}: {at}: no {what} '{id}' in the file.");

        FitScore Score(CustomerProfile customer, ProposedSolution solution, double? price, string at, System.Text.Json.Serialization.Metadata.JsonTypeInfo dto)
        {
            var priced = price is { } p
                ? InputFile.Create(path, at, dto, $"solution '{solution.Id}'", () => solution.WithPrice(p))
                : solution;
            return scorer.Score(customer, priced);
        }

        var reactions = new List<ReactionObservation>();
        var wins = new List<WinObservation>();
        var outcomes = document.Outcomes ?? [];
        JsonInput.NoNullItems(outcomes, path, "$.outcomes");
        for (var i = 0; i < outcomes.Count; i++)
        {
            var o = outcomes[i];
            var at = $"$.outcomes[{i}]";
            if (o.Reaction is null && o.Won is null)
            {
                throw new InputException($"{path}: {at}: the outcome has neither \"reaction\" nor \"won\".");
            }

            var customer = Find(customers, o.Customer, $"{at}.customer", "customer");
            var score = Score(customer, Find(solutions, o.Solution, $"{at}.solution", "solution"), o.Price, at, json.OutcomeDto);
            var who = $"customer '{o.Customer}', solution '{o.Solution}'";
            if (o.Reaction is { } reaction)
            {
                reactions.Add(InputFile.Create(path, at, json.OutcomeDto, who, () => ReactionObservation.From(score, reaction, o.Weight ?? 1.0)));
            }

            if (o.Won is { } won)
            {
                wins.Add(InputFile.Create(path, at, json.OutcomeDto, who, () => WinObservation.From(score, won, o.Weight ?? 1.0)));
            }
        }

        var sets = new List<ChoiceSet>();
        var choices = document.Choices ?? [];
        JsonInput.NoNullItems(choices, path, "$.choices");
        for (var i = 0; i < choices.Count; i++)
        {
            var c = choices[i];
            var at = $"$.choices[{i}]";
            var customer = Find(customers, c.Customer, $"{at}.customer", "customer");
            JsonInput.NoNullItems(c.Offered, path, $"{at}.offered");
            var overalls = new double[c.Offered.Count];
            for (var j = 0; j < overalls.Length; j++)
            {
                var offer = c.Offered[j];
                var offerAt = $"{at}.offered[{j}]";
                if (c.Offered.FindIndex(other => other.Solution == offer.Solution) < j)
                {
                    throw new InputException($"{path}: {offerAt}.solution: '{offer.Solution}' is offered more than once in this decision; each solution is offered once.");
                }

                overalls[j] = Score(customer, Find(solutions, offer.Solution, $"{offerAt}.solution", "solution"), offer.Price, offerAt, json.OfferDto).Overall;
            }

            int? chosen = null;
            if (c.Chosen is { } id)
            {
                chosen = c.Offered.FindIndex(offer => offer.Solution == id);
                if (chosen < 0)
                {
                    throw new InputException($"{path}: {at}.chosen: '{id}' is not one of the solutions offered.");
                }
            }

            sets.Add(InputFile.Create(path, at, json.ChoiceDto, $"customer '{c.Customer}'", () => new ChoiceSet(overalls, chosen, c.Weight ?? 1.0)));
        }

        return new Learned(
            reactions.Count > 0 ? Cli.Library(path, () => ReactionModel.Fit(reactions), _ => "$.outcomes (reactions)") : null,
            wins.Count > 0 ? Cli.Library(path, () => WinModel.Fit(wins, ridge), _ => "$.outcomes (won)") : null,
            sets.Count > 0 ? Cli.Library(path, () => ChoiceModel.Fit(sets), _ => "$.choices") : null,
            input.Customers.Select(c => c.PriceThresholds).OfType<PriceThresholds>().ToList());
    }

    /// <summary>The fitted models, and the survey thresholds of the file's customers to show beside the learned ones.</summary>
    internal sealed record Learned(ReactionModel? Reactions, WinModel? Wins, ChoiceModel? Choices, IReadOnlyList<PriceThresholds> Surveyed)
    {
        public LearnDto ToDto() => new(
            Reactions is { } r
                ? new ReactionsDto(
                    r.Observations,
                    r.ExcludedCount,
                    r.Categories.Select(c => JsonOutput.ReactionName(c)),
                    r.Slope,
                    r.Cutpoints,
                    new LearnedThresholdsDto(r.TooCheap, r.Cheap, r.Expensive, r.TooExpensive),
                    new ReactionErrorsDto(r.SlopeStandardError, r.CutpointStandardErrors),
                    r.LogLikelihood)
                : null,
            Wins is { } w
                ? new WinsDto(w.Observations, w.Ridge, Coefficients(w.Coefficients), Coefficients(w.StandardErrors), w.Deviance, w.LogLikelihood)
                : null,
            Choices is { } c
                ? new ChoicesDto(c.Sets, c.Scale, c.NoChoice, new ChoiceErrorsDto(c.ScaleStandardError, c.NoChoiceStandardError), c.LogLikelihood)
                : null);

        public void WriteText(TextWriter output)
        {
            var first = true;
            void Section(string title)
            {
                if (!first)
                {
                    output.WriteLine();
                }

                first = false;
                output.WriteLine(title);
            }

            if (Reactions is { } r)
            {
                Section(Invariant($"Price reactions: {r.Observations} observations ({r.ExcludedCount} left out: no value or a price of 0), {string.Join(" < ", r.Categories.Select(c => JsonOutput.ReactionName(c)))}"));
                output.WriteLine(Invariant($"  slope {r.Slope:0.000} ± {r.SlopeStandardError:0.000} on ln(effective price); log-likelihood {r.LogLikelihood:0.000}"));
                var surveyed = Surveyed.Count > 0;
                output.WriteLine(surveyed
                    ? Invariant($"  threshold (effective price)  learned   survey median of {Surveyed.Count} customers")
                    : "  threshold (effective price)  learned");
                (string Name, double? Learned, Func<PriceThresholds, double> Survey)[] rows =
                [
                    ("too cheap", r.TooCheap, t => t.TooCheap), ("cheap", r.Cheap, t => t.Cheap),
                    ("expensive", r.Expensive, t => t.Expensive), ("too expensive", r.TooExpensive, t => t.TooExpensive),
                ];
                foreach (var (name, learned, survey) in rows)
                {
                    var learnedText = learned is { } l ? TextOutput.Price(l) : "-";
                    output.WriteLine(surveyed
                        ? Invariant($"  {name,-27}  {learnedText,7}   {TextOutput.Price(Median(Surveyed.Select(survey))),7}")
                        : Invariant($"  {name,-27}  {learnedText,7}"));
                }

                output.WriteLine(r.Thresholds is null
                    ? "  (not every reaction was observed, so there is no full set of thresholds to give customers without a survey)"
                    : "  customers without a survey can be given the learned thresholds");
            }

            if (Wins is { } w)
            {
                Section(Invariant($"Wins: {w.Observations} deals, ridge {w.Ridge}; deviance {w.Deviance:0.000}, log-likelihood {w.LogLikelihood:0.000}"));
                output.WriteLine("  factor             coefficient  std. error");
                (string Name, double Coefficient, double Error)[] rows =
                [
                    ("intercept", w.Coefficients.Intercept, w.StandardErrors.Intercept), ("goal fit", w.Coefficients.GoalFit, w.StandardErrors.GoalFit),
                    ("experience", w.Coefficients.Experience, w.StandardErrors.Experience), ("price happiness", w.Coefficients.PriceHappiness, w.StandardErrors.PriceHappiness),
                ];
                foreach (var (name, coefficient, standardError) in rows)
                {
                    output.WriteLine(Invariant($"  {name,-17}  {coefficient,11:0.000}  {standardError,10:0.000}"));
                }
            }

            if (Choices is { } c)
            {
                Section(Invariant($"Choices: {c.Sets} decisions; log-likelihood {c.LogLikelihood:0.000}"));
                output.WriteLine(Invariant($"  scale       {c.Scale,8:0.000} ± {c.ScaleStandardError:0.000}  (how sharply customers follow the overall score)"));
                output.WriteLine(Invariant($"  do nothing  {c.NoChoice,8:0.000} ± {c.NoChoiceStandardError:0.000}  (the pull of the status quo)"));
            }
        }

        private static WinCoefficientsDto Coefficients(WinCoefficients c) => new(c.Intercept, c.GoalFit, c.Experience, c.PriceHappiness);

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2.0;
        }
    }
}
