using System.CommandLine;
using System.Globalization;
using SolutionFit.Formats.Json;
using SolutionFit.MultiCriteria;
using SolutionFit.Surveys;

namespace SolutionFit.Cli;

/// <summary><c>mcda</c>, <c>ahp</c>, <c>kano</c> and <c>odi</c>: where goal weights come from, and classic ranking.</summary>
internal static class RankingCommands
{
    public static IEnumerable<Command> Create(TextWriter output, TextWriter error)
    {
        yield return Mcda(output, error);
        yield return AhpCommand(output, error);
        yield return KanoCommand(output, error);
        yield return OdiCommand(output, error);
    }

    private static Command Mcda(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE.json") { Description = """{"alternatives":[...],"criteria":[...],"types":["benefit"|"cost"|{"target":x},...],"matrix":[[...]],"weights":[...]}""" };
        var method = new Option<string>("--method") { Description = "wsm, topsis, vikor or promethee (PROMETHEE II, usual criterion).", Required = true };
        method.AcceptOnlyFromAmong("wsm", "topsis", "vikor", "promethee");
        var normalization = new Option<string?>("--normalization") { Description = "vector, minmax, max or sum (wsm: max by default; topsis: vector by default)." };
        normalization.AcceptOnlyFromAmong("vector", "minmax", "max", "sum");
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var smaa = Cli.WholeNumberOption("--smaa", "N", "Also rank under N weight vectors drawn uniformly (SMAA-2): how often each alternative takes each rank; with --seed.");
        var seed = Cli.SeedOption("The seed of the --smaa draws, 0 to 18446744073709551615.");
        var command = new Command("mcda", "Rank alternatives on several criteria: weighted sum, TOPSIS, VIKOR or PROMETHEE II.") { file, method, normalization, json, smaa, seed };
        var limits = Cli.LimitOptions(command, Limits.FileSize, Limits.JsonDepth, Limits.Alternatives, Limits.Criteria, Limits.Cells, Limits.SmaaAlternatives, Limits.SmaaWork);
        command.SetAction(result => Cli.Guarded(error, () =>
        {
            var path = result.GetRequiredValue(file);
            var (samples, seedValue) = (result.GetValue(smaa), result.GetValue(seed));
            if (samples.HasValue != seedValue.HasValue)
            {
                throw new InputException($"{(samples.HasValue ? "--smaa" : "--seed")} needs {(samples.HasValue ? "--seed" : "--smaa")}: give both, or neither.");
            }

            var max = limits(result);
            var (input, matrix) = ReadMatrix(path, max);
            var norm = result.GetValue(normalization) switch
            {
                "vector" => Normalization.Vector,
                "minmax" => Normalization.MinMax,
                "max" => Normalization.LinearMax,
                "sum" => Normalization.Sum,
                _ => (Normalization?)null,
            };
            var ranking = Cli.Library<RankingResult>(path, () => result.GetValue(method) switch
            {
                "wsm" => MultiCriteriaRanking.WeightedSum(matrix, norm ?? Normalization.LinearMax),
                "topsis" => MultiCriteriaRanking.Topsis(matrix, norm ?? Normalization.Vector),
                "vikor" => MultiCriteriaRanking.Vikor(matrix),
                _ => MultiCriteriaRanking.PrometheeII(matrix),
            }, ex => McdaAt(input, ex));
            var acceptability = samples is { } n && seedValue is { } s ? Smaa(path, input, matrix, ranking, n, s, max) : null;
            if (result.GetValue(json))
            {
                JsonOutput.Write(output, McdaDto.From(ranking, acceptability), CliJsonContext.Instance.McdaDto);
                return;
            }

            WriteMcdaTable(output, ranking);
            if (acceptability is not null)
            {
                WriteSmaaTable(output, acceptability);
            }
        }));
        return command;
    }

    /// <summary>The SMAA of the ranking's method (with the normalisation the ranking used), within the SMAA limits.</summary>
    private static SmaaResult Smaa(string path, McdaInputDto input, DecisionMatrix matrix, RankingResult ranking, int samples, ulong seed, Limits max)
    {
        var (m, n) = (matrix.Alternatives.Count, matrix.Criteria.Count);
        Limits.Check($"{path}: $.alternatives", Limits.SmaaAlternatives, m, max.MaxSmaaAlternatives);
        Limits.Check($"{path}: --smaa {samples.ToString(CultureInfo.InvariantCulture)}", Limits.SmaaWork, (((long)m * n * samples) + 999_999) / 1_000_000, max.MaxSmaaWork);
        var used = ranking switch { WeightedSumResult w => w.Normalization, TopsisResult t => t.Normalization, _ => (Normalization?)null };
        return Cli.Library(path, () => MultiCriteriaRanking.Smaa(matrix, ranking.Method, samples, seed, used), ex => McdaAt(input, ex));
    }

    /// <summary>The rank acceptability (a column per rank, shares of the samples) and the central weights of each alternative, in input order.</summary>
    private static void WriteSmaaTable(TextWriter output, SmaaResult smaa)
    {
        var m = smaa.Alternatives.Count;
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SMAA ({smaa.Samples:N0} samples, seed {smaa.Seed}): share of samples at each rank; central weights ({string.Join(", ", smaa.Criteria.Select(c => c.Name))})"));
        TextOutput.WriteTable(
            output,
            ["alternative", .. Enumerable.Range(1, m).Select(r => Str(r)), "central weights"],
            Enumerable.Range(0, m).Select(i => (string[])
            [
                smaa.Alternatives[i], .. smaa.RankAcceptability[i].Select(TextOutput.Number),
                smaa.CentralWeights[i] is { } w ? string.Join(" ", w.Select(TextOutput.Number)) : "-",
            ]),
            leftColumns: 1);
    }

    private static Command AhpCommand(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE.json") { Description = """{"labels":[...],"matrix":[[...]]}: a reciprocal pairwise comparison matrix on the 1-9 scale.""" };
        var priority = new Option<string>("--priority") { Description = "eigenvector (default) or geometric-mean.", DefaultValueFactory = _ => "eigenvector" };
        priority.AcceptOnlyFromAmong("eigenvector", "geometric-mean");
        var index = new Option<string>("--random-index") { Description = "saaty1980 (default), saaty2005, donegan-dodd or tummala-ling.", DefaultValueFactory = _ => "saaty1980" };
        index.AcceptOnlyFromAmong("saaty1980", "saaty2005", "donegan-dodd", "tummala-ling");
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var command = new Command("ahp", "AHP priorities of a pairwise comparison matrix, with its consistency ratio.") { file, priority, index, json };
        var limits = Cli.LimitOptions(command, Limits.FileSize, Limits.JsonDepth, Limits.MatrixSize);
        command.SetAction(result => Cli.Guarded(error, () =>
        {
            var path = result.GetRequiredValue(file);
            var max = limits(result);
            var input = JsonInput.Load(path, CliJsonContext.Instance.AhpInputDto, max);
            JsonInput.NoNullItems(input.Labels, path, "$.labels");
            JsonInput.NoNullItems(input.Matrix, path, "$.matrix");
            Limits.Check($"{path}: $.labels", Limits.MatrixSize, input.Labels.Count, max.MaxMatrixSize);
            Limits.Check($"{path}: $.matrix", Limits.MatrixSize, input.Matrix.Count, max.MaxMatrixSize);
            for (var i = 0; i < input.Matrix.Count; i++)
            {
                Limits.Check($"{path}: $.matrix[{i.ToString(CultureInfo.InvariantCulture)}]", Limits.MatrixSize, input.Matrix[i].Count, max.MaxMatrixSize);
            }

            var table = result.GetValue(index) switch
            {
                "saaty2005" => RandomIndexTable.Saaty2005,
                "donegan-dodd" => RandomIndexTable.DoneganDodd,
                "tummala-ling" => RandomIndexTable.TummalaLing,
                _ => RandomIndexTable.Saaty1980,
            };
            var method = result.GetValue(priority) == "geometric-mean" ? AhpPriorityMethod.GeometricMean : AhpPriorityMethod.Eigenvector;
            var ahp = Cli.Library(path, () => Ahp.Analyze(input.Labels, input.Matrix, method, table), ex => AhpAt(input, ex));
            if (result.GetValue(json))
            {
                JsonOutput.Write(output, AhpDto.From(ahp), CliJsonContext.Instance.AhpDto);
                return;
            }

            TextOutput.WriteTable(output, ["label", "weight"], ahp.Labels.Select((l, i) => new[] { l, TextOutput.Number(ahp.Priorities[i]) }), leftColumns: 1);
            output.WriteLine($"  lambda max {ahp.LambdaMax.ToString("0.####", CultureInfo.InvariantCulture)}, CI {ahp.ConsistencyIndex.ToString("0.####", CultureInfo.InvariantCulture)}, CR {ahp.ConsistencyRatio.ToString("0.####", CultureInfo.InvariantCulture)} ({ahp.Table}): {(ahp.IsConsistent ? "consistent (CR <= 0.1)" : "inconsistent (CR > 0.1): revisit the judgements")}");
        }));
        return command;
    }

    /// <summary>
    /// Where an AHP error is: the member its ParamName names, the row its Index names, and, for an entry, the column of
    /// the label its Field names (the matrix's columns are in label order).
    /// </summary>
    private static string? AhpAt(AhpInputDto input, ArgumentException ex)
    {
        var at = JsonPaths.At(CliJsonContext.Instance.AhpInputDto, ex);
        return ex.ParamName == "matrix" ? CellAt(at, ex, input.Matrix, input.Labels) : at;
    }

    private static Command KanoCommand(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE.csv") { Description = "Columns respondent, feature, functional, dysfunctional (1 like .. 5 dislike); empty = missing." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var command = new Command("kano", "Kano categories, Better and Worse of features from functional/dysfunctional answers.") { file, json };
        var limits = Cli.LimitOptions(command, Limits.FileSize, Limits.Rows);
        command.SetAction(result => Cli.Guarded(error, () =>
        {
            var table = CsvTable.Load(result.GetRequiredValue(file), limits(result));
            var (respondent, feature, functional, dysfunctional) = (table.Column("respondent"), table.Column("feature"), table.Column("functional"), table.Column("dysfunctional"));
            var answers = table.Rows.Select(row => new KanoAnswer(
                Required(table, row, respondent, "respondent"), Required(table, row, feature, "feature"),
                Integer(table, row, functional, "functional"), Integer(table, row, dysfunctional, "dysfunctional"))).ToList();
            var features = Cli.Library(table.Source, () => Kano.Analyze(answers), ex => table.Locate(ex, "answers"));
            static string Letter(KanoCategory? category) => category is { } c ? KanoFeatureDto.Letter(c) : "-";
            if (result.GetValue(json))
            {
                JsonOutput.Write(output, new KanoDto(features.Select(KanoFeatureDto.From)), CliJsonContext.Instance.KanoDto);
                return;
            }

            TextOutput.WriteTable(
                output,
                ["feature", "valid", "A", "O", "M", "I", "R", "Q", "category", "better", "worse"],
                features.Select(f => new[]
                {
                    f.Feature, Str(f.ValidAnswers), Str(f.CountOf(KanoCategory.Attractive)), Str(f.CountOf(KanoCategory.OneDimensional)), Str(f.CountOf(KanoCategory.MustBe)),
                    Str(f.CountOf(KanoCategory.Indifferent)), Str(f.CountOf(KanoCategory.Reverse)), Str(f.CountOf(KanoCategory.Questionable)),
                    Letter(f.Category), f.Better is { } b ? TextOutput.Number(b) : "-", f.Worse is { } w ? TextOutput.Number(w) : "-",
                }),
                leftColumns: 1);
        }));
        return command;
    }

    private static Command OdiCommand(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE.csv") { Description = "Columns respondent, outcome, importance, satisfaction (1-5); empty = missing." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var command = new Command("odi", "Outcome-Driven Innovation: importance, satisfaction, opportunity and band per outcome.") { file, json };
        var limits = Cli.LimitOptions(command, Limits.FileSize, Limits.Rows);
        command.SetAction(result => Cli.Guarded(error, () =>
        {
            var table = CsvTable.Load(result.GetRequiredValue(file), limits(result));
            var (respondent, outcome, importance, satisfaction) = (table.Column("respondent"), table.Column("outcome"), table.Column("importance"), table.Column("satisfaction"));
            var answers = table.Rows.Select(row => new OdiAnswer(
                Required(table, row, respondent, "respondent"), Required(table, row, outcome, "outcome"),
                Integer(table, row, importance, "importance"), Integer(table, row, satisfaction, "satisfaction"))).ToList();
            var outcomes = Cli.Library(table.Source, () => Odi.Analyze(answers), ex => table.Locate(ex, "answers"));
            if (result.GetValue(json))
            {
                JsonOutput.Write(output, new OdiDto(outcomes.Select(OdiOutcomeDto.From)), CliJsonContext.Instance.OdiDto);
                return;
            }

            static string One(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-";
            TextOutput.WriteTable(
                output,
                ["outcome", "importance", "satisfaction", "opportunity", "band", "excluded"],
                outcomes.Select(o => new[] { o.Outcome, One(o.Importance), One(o.Satisfaction), One(o.Opportunity), OdiOutcomeDto.BandName(o.Band) ?? "-", Str(o.ImportanceExcludedCount + o.SatisfactionExcludedCount) }),
                leftColumns: 1);
        }));
        return command;
    }

    private static (McdaInputDto Input, DecisionMatrix Matrix) ReadMatrix(string path, Limits limits)
    {
        var input = JsonInput.Load(path, CliJsonContext.Instance.McdaInputDto, limits);
        JsonInput.NoNullItems(input.Alternatives, path, "$.alternatives");
        JsonInput.NoNullItems(input.Criteria, path, "$.criteria");
        JsonInput.NoNullItems(input.Types, path, "$.types");
        JsonInput.NoNullItems(input.Matrix, path, "$.matrix");
        Limits.Check($"{path}: $.alternatives", Limits.Alternatives, input.Alternatives.Count, limits.MaxAlternatives);
        Limits.Check($"{path}: $.matrix", Limits.Alternatives, input.Matrix.Count, limits.MaxAlternatives);
        Limits.Check($"{path}: $.criteria", Limits.Criteria, input.Criteria.Count, limits.MaxCriteria);
        Limits.Check($"{path}: $.weights", Limits.Criteria, input.Weights.Count, limits.MaxCriteria);
        var cells = 0L;
        for (var i = 0; i < input.Matrix.Count; i++)
        {
            Limits.Check($"{path}: $.matrix[{i.ToString(CultureInfo.InvariantCulture)}]", Limits.Criteria, input.Matrix[i].Count, limits.MaxCriteria);
            cells += input.Matrix[i].Count;
        }

        Limits.Check($"{path}: $.matrix", Limits.Cells, cells, limits.MaxCells);

        if (input.Types.Count != input.Criteria.Count)
        {
            throw new InputException($"{path}: at $.types: {input.Types.Count} type(s) for {input.Criteria.Count} criteria.");
        }

        var criteria = input.Criteria.Select((name, j) => Cli.Library(path, () => input.Types[j].For(name), ex => ex.ParamName == "name" ? $"at $.criteria[{j}]" : $"at $.types[{j}]")).ToArray();
        return (input, Cli.Library(path, () => new DecisionMatrix(input.Alternatives, criteria, input.Matrix, input.Weights), ex => McdaAt(input, ex)));
    }

    /// <summary>
    /// Where an MCDA error is: the member its ParamName names (the matrix's values for <c>values</c> and <c>matrix</c>), the
    /// row its Index names, and, for a value, the column of the criterion its Field names (columns are in criterion order).
    /// </summary>
    private static string? McdaAt(McdaInputDto input, ArgumentException ex)
    {
        var member = ex.ParamName is "values" or "matrix" ? "matrix" : null;
        var at = JsonPaths.At(CliJsonContext.Instance.McdaInputDto, ex, member);
        return member is not null ? CellAt(at, ex, input.Matrix, input.Criteria) : at;
    }

    /// <summary>
    /// The JSON path of the matrix cell a library error names (its <c>Index</c> is the row, its <c>Field</c> the column's
    /// label), or <paramref name="at"/> when the error names no cell that exists.
    /// </summary>
    private static string? CellAt(string? at, ArgumentException ex, List<List<double>> matrix, List<string> columns) =>
        at is not null
        && ex is InvalidInputException { Index: { } row, Field: { } label }
        && row >= 0 && row < matrix.Count && columns.IndexOf(label) is var column && column >= 0 && column < matrix[row].Count
            ? $"{at}[{column.ToString(CultureInfo.InvariantCulture)}]"
            : at;

    private static void WriteMcdaTable(TextWriter output, RankingResult ranking)
    {
        var what = ranking.Method switch
        {
            RankingMethod.WeightedSum => "weighted sum",
            RankingMethod.Topsis => "closeness",
            RankingMethod.Vikor => "Q (lower is better)",
            _ => "net flow",
        };
        var normalization = ranking switch { WeightedSumResult w => w.Normalization, TopsisResult t => t.Normalization, _ => (Normalization?)null };
        output.WriteLine($"{ranking.Method}{(normalization is { } n ? $" ({n} normalisation)" : string.Empty)}: {what}");
        TextOutput.WriteTable(
            output,
            ["rank", "alternative", "score", .. ranking.Criteria.Select(c => c.Name)],
            Enumerable.Range(0, ranking.Alternatives.Count).OrderBy(i => ranking.Ranks.Ordinal[i]).Select(i => (string[])
            [
                Str(ranking.Ranks.Min[i]), ranking.Alternatives[i], TextOutput.Number(ranking.Scores[i]),
                .. ranking.Contributions[i].Select(TextOutput.Number),
            ]),
            leftColumns: 2);
        output.WriteLine("  (criterion columns: each criterion's weighted contribution)");
        if (ranking is VikorResult vikor)
        {
            output.WriteLine($"  compromise: {string.Join(", ", vikor.CompromiseSet.Select(i => ranking.Alternatives[i]))} (acceptable advantage: {(vikor.AcceptableAdvantage ? "yes" : "no")}, acceptable stability: {(vikor.AcceptableStability ? "yes" : "no")})");
        }

        foreach (var diagnostic in ranking.Diagnostics)
        {
            output.WriteLine($"  note: {diagnostic}");
        }
    }

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Required(CsvTable table, (int Line, string[] Cells) row, int column, string name) =>
        CsvTable.Cell(row.Cells, column) ?? throw new InputException($"{table.Source}: line {row.Line.ToString(CultureInfo.InvariantCulture)}, column '{name}': the value is missing.");

    private static int? Integer(CsvTable table, (int Line, string[] Cells) row, int column, string name) =>
        CsvTable.Cell(row.Cells, column) is not { } cell ? null
        : CsvTable.TryParseInteger(cell, out var value) ? value
        : throw new InputException($"{table.Source}: line {row.Line.ToString(CultureInfo.InvariantCulture)}, column '{name}': {Show.Quoted(cell)} is not a whole number (answers are 1 to 5).");
}
