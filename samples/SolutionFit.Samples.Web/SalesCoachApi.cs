using System.Globalization;
using System.Text;
using SolutionFit.Formats.Json;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Samples.Web;

/// <summary>
/// The API: <c>/api/score</c>, <c>/api/rank</c>, <c>/api/psm</c>, <c>/api/demand</c> and <c>/api/gauge</c> take the bodies
/// of the CLI's files and answer with the CLI's <c>--json</c> output, byte for byte (the same DTOs, readers and writer,
/// from the tool's formats); <c>/api/coach</c>, <c>/api/psm/chart</c>, <c>/api/demand/chart</c> and <c>/api/columns</c>
/// add what the page needs beyond that;
/// <c>/api/demo</c> serves the CLI's demo data.
/// </summary>
internal static class SalesCoachApi
{
    private const string Json = "application/json; charset=utf-8";

    /// <summary>The most bootstrap replicates, as the CLI's <c>--bootstrap</c>.</summary>
    private const int MaxReplicates = 100_000;

    /// <summary>How an input error is named in messages (where the CLI names the file).</summary>
    private const string Source = "request body";

    public static void MapSalesCoachApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/demo", () => Resource("demo.json", Json));
        api.MapGet("/demo/survey", () => Resource("survey.csv", "text/csv; charset=utf-8"));
        api.MapGet("/demo/deals", () => Resource("deals.csv", "text/csv; charset=utf-8"));
        api.MapPost("/score", Score);
        api.MapPost("/rank", Rank);
        api.MapPost("/coach", Coach);
        api.MapPost("/psm", Psm);
        api.MapPost("/psm/chart", PsmChart);
        api.MapPost("/demand", Demand);
        api.MapPost("/demand/chart", DemandChart);
        api.MapPost("/gauge", Gauge);
        api.MapPost("/columns", Columns);
    }

    /// <summary><c>solutionfit score FILE.json --json</c>: every customer × solution pair, in input order.</summary>
    private static async Task<IResult> Score(HttpRequest request, ISolutionFitScorer scorer) => await Guarded(request, body =>
    {
        var input = InputFile.Parse(body, Source);
        return Write(output => JsonOutput.WriteScores(output, input.Customers.SelectMany(c => input.Solutions.Select(s => scorer.Score(c, s))).ToList()));
    }).ConfigureAwait(false);

    /// <summary><c>solutionfit rank FILE.json --json [--top K]</c>: each customer's solutions, best first.</summary>
    private static async Task<IResult> Rank(HttpRequest request, ISolutionFitScorer scorer, int? top) => await Guarded(request, body =>
    {
        if (top is < 1)
        {
            throw new InputException("top takes one whole number of at least 1.");
        }

        var input = InputFile.Parse(body, Source);
        var rankings = input.Customers.Select(c => (c.Id, (IReadOnlyList<FitScore>)scorer.Rank(c, input.Solutions).Take(top ?? int.MaxValue).ToList()));
        return Write(output => JsonOutput.WriteRankings(output, rankings));
    }).ConfigureAwait(false);

    /// <summary>
    /// The coaching of each customer's best solution: what would raise its overall most, best first. With
    /// <c>importanceUncertainty</c> U (in [0, 1]) also how sure the recommendation is: the rank acceptability of every
    /// solution over <c>samples</c> (default 1000) perturbed priorities drawn with <c>seed</c> (default 0), each customer
    /// drawn as the customer of its place in the body.
    /// </summary>
    private static async Task<IResult> Coach(HttpRequest request, ISolutionFitScorer scorer, SolutionCoach coach, ScoringPolicy policy, int? top) => await Guarded(request, body =>
    {
        var uncertainty = QueryNumber<double>(request, "importanceUncertainty", "a number from 0 to 1");
        var samples = QueryNumber<int>(request, "samples", "a whole number from 1 to 100000") ?? 1000;
        var seed = QueryNumber<ulong>(request, "seed", "a whole number from 0 to 18446744073709551615") ?? 0;
        if (uncertainty is { } u && !(u >= 0.0 && u <= 1.0))
        {
            throw new InputException($"importanceUncertainty takes a number from 0 to 1, not {u.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (samples is < 1 or > 100_000)
        {
            throw new InputException($"samples takes a whole number from 1 to 100000, not {samples.ToString(CultureInfo.InvariantCulture)}.");
        }

        var input = InputFile.Parse(body, Source);
        var catalog = uncertainty is null ? null : new SolutionCatalog(input.Solutions, policy);
        var reports = new List<CoachingDto>(input.Customers.Count);
        for (var i = 0; i < input.Customers.Count; i++)
        {
            var customer = input.Customers[i];
            var best = scorer.Rank(customer, input.Solutions) is [var first, ..] ? input.Solutions.First(s => s.Id == first.SolutionId) : null;
            if (best is null)
            {
                reports.Add(new CoachingDto(customer.Id, null, null, null, [], null));
                continue;
            }

            var acceptability = catalog is null ? null : Library(() => catalog.Acceptability(customer, i, uncertainty!.Value, samples, seed, catalog.Count));
            reports.Add(CoachingDto.From(customer.Id, coach.Coach(customer, best, input.Solutions), top ?? 3, acceptability));
        }

        return Write(output => JsonOutput.Write(output, new CoachingsDto(reports), WebJsonContext.Instance.CoachingsDto));
    }).ConfigureAwait(false);

    /// <summary>A number query parameter as the invariant culture writes it; null when absent.</summary>
    /// <exception cref="InputException">The parameter is not such a number.</exception>
    private static T? QueryNumber<T>(HttpRequest request, string name, string what)
        where T : struct, IParsable<T>
    {
        var text = request.Query[name].ToString();
        return text.Length == 0 ? null
            : T.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value
            : throw new InputException($"{name} takes {what}, not {Show.Quoted(text)}.");
    }

    /// <summary>
    /// <c>solutionfit psm FILE.csv --json</c> with the options as query parameters named as the CLI's options:
    /// <c>method</c>, <c>range</c>, <c>intersection</c>, <c>interpolateStep</c>, <c>weightColumn</c>, <c>nms</c>, and the
    /// bootstrap's <c>bootstrap</c> (replicates), <c>seed</c> and <c>confidence</c>.
    /// </summary>
    private static async Task<IResult> Psm(HttpRequest request) => await Guarded(request, body =>
    {
        var (analysis, intervals) = AnalyzeSurvey(request, body);
        return Write(output => JsonOutput.WritePsm(output, analysis, intervals));
    }).ConfigureAwait(false);

    /// <summary>The curves of <see cref="Psm"/>'s analysis and its price points, for the page to draw.</summary>
    private static async Task<IResult> PsmChart(HttpRequest request) => await Guarded(request, body =>
    {
        var (analysis, intervals) = AnalyzeSurvey(request, body);
        return Write(output => JsonOutput.Write(output, PsmChartDto.From(analysis, intervals), WebJsonContext.Instance.PsmChartDto));
    }).ConfigureAwait(false);

    /// <summary>
    /// <c>solutionfit demand FILE.csv --json</c> with the options as query parameters named as the CLI's options:
    /// <c>weightColumn</c> and <c>segmentColumn</c>.
    /// </summary>
    private static async Task<IResult> Demand(HttpRequest request, string? weightColumn, string? segmentColumn) => await Guarded(request, body =>
    {
        var result = AnalyzeDemand(body, weightColumn, segmentColumn);
        return Write(output => JsonOutput.WriteDemand(output, result));
    }).ConfigureAwait(false);

    /// <summary><see cref="Demand"/>'s document and each segment's fitted demand and revenue curves, for the page to draw.</summary>
    private static async Task<IResult> DemandChart(HttpRequest request, string? weightColumn, string? segmentColumn) => await Guarded(request, body =>
    {
        var result = AnalyzeDemand(body, weightColumn, segmentColumn);
        return Write(output => JsonOutput.Write(output, DemandChartDto.From(result), WebJsonContext.Instance.DemandChartDto));
    }).ConfigureAwait(false);

    private static GaborGrangerResult AnalyzeDemand(Stream body, string? weightColumn, string? segmentColumn)
    {
        using var reader = new StreamReader(body);
        var file = GaborGrangerSurveyReader.Read(reader, Source, weightColumn is { Length: > 0 } ? weightColumn : null, segmentColumn is { Length: > 0 } ? segmentColumn : null);
        return Library(() => GaborGranger.Analyze(file.Tally));
    }

    /// <summary>
    /// <c>solutionfit gauge FILE.csv --json</c> with the options as query parameters named as the CLI's options:
    /// <c>by</c> (the group column; without it one group "all") and <c>weightColumn</c>.
    /// </summary>
    private static async Task<IResult> Gauge(HttpRequest request, string? by, string? weightColumn) => await Guarded(request, body =>
    {
        using var reader = new StreamReader(body);
        var table = CsvTable.Read(reader, Source);
        var groups = ObservedReactionsReader.Measure(table, by is { Length: > 0 } ? by : null, weightColumn is { Length: > 0 } ? weightColumn : null);
        return Write(output => JsonOutput.WriteGauges(output, groups, comparison: null));
    }).ConfigureAwait(false);

    /// <summary>The header of a CSV body, for the page to offer its columns (group, weight, segment).</summary>
    private static async Task<IResult> Columns(HttpRequest request) => await Guarded(request, body =>
    {
        using var reader = new StreamReader(body);
        var header = CsvTable.Read(reader, Source, stream: static (_, _) => { }).Header;
        return Write(output => JsonOutput.Write(output, new ColumnsDto(header), WebJsonContext.Instance.ColumnsDto));
    }).ConfigureAwait(false);

    private static (PsmResult Analysis, PsmBootstrapResult? Intervals) AnalyzeSurvey(HttpRequest request, Stream body)
    {
        var query = request.Query;
        string Choice(string name, string fallback, params string[] allowed)
        {
            var value = query[name].ToString();
            return value.Length == 0 ? fallback
                : allowed.Contains(value, StringComparer.Ordinal) ? value
                : throw new InputException($"{name} takes one of {string.Join(", ", allowed)}, not '{value}'.");
        }

        double? step = null;
        if (query["interpolateStep"].ToString() is { Length: > 0 } text)
        {
            step = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw new InputException($"interpolateStep takes a number, not '{text}'.");
        }

        var weightColumn = query["weightColumn"].ToString() is { Length: > 0 } w ? w : null;
        var nms = Choice("nms", "false", "true", "false") == "true";
        var options = new PsmOptions
        {
            Method = Choice("method", "interpolated", "interpolated", "classic") == "classic" ? PsmMethod.Classic : PsmMethod.Interpolated,
            AcceptableRange = Choice("range", "original", "original", "narrower") == "narrower" ? PsmAcceptableRange.Narrower : PsmAcceptableRange.Original,
            Intersection = Enum.Parse<PsmIntersection>(Choice("intersection", "min", "min", "max", "mean", "median"), ignoreCase: true),
            InterpolationStep = step,
            Calibration = PsmSurveyReader.Calibration(null, null, null),
        };
        var bootstrap = BootstrapArguments(request);
        var bootstrapTally = bootstrap is var (replicates, seed, _) ? new PsmBootstrapTally(seed, replicates, 0, nms) : null;
        using var reader = new StreamReader(body);
        var (tally, rows) = PsmSurveyReader.ReadTally(reader, Source, weightColumn, nms, bootstrapTally);
        var analysis = Library(() => PsmSurveyReader.Analyze(tally, options, Source, rows, weightColumn));
        return (analysis, bootstrapTally is null ? null : Library(() => PriceSensitivityMeter.Bootstrap(bootstrapTally, options, bootstrap!.Value.Confidence)));
    }

    /// <summary>
    /// The bootstrap's replicates (<c>bootstrap</c>, 1 to 100,000), seed (<c>seed</c>) and confidence (<c>confidence</c>,
    /// default 0.95), as the CLI's <c>--bootstrap</c>, <c>--seed</c> and <c>--confidence</c> take them; null without them.
    /// </summary>
    /// <exception cref="InputException">A value is out of range or not a number, or only one of <c>bootstrap</c> and <c>seed</c> is given, or <c>confidence</c> without them.</exception>
    private static (int Replicates, ulong Seed, double Confidence)? BootstrapArguments(HttpRequest request)
    {
        var replicates = QueryNumber<int>(request, "bootstrap", "a whole number from 1 to 100000");
        var seed = QueryNumber<ulong>(request, "seed", "a whole number from 0 to 18446744073709551615");
        var confidence = QueryNumber<double>(request, "confidence", "a number strictly between 0 and 1");
        if (replicates is null != seed is null)
        {
            throw new InputException(replicates is null ? "seed needs bootstrap (the number of replicates)." : "bootstrap needs seed (the seed of the replicate weights).");
        }

        if (replicates is not { } b)
        {
            return confidence is null ? null : throw new InputException("confidence needs bootstrap and seed.");
        }

        if (b is < 1 or > MaxReplicates)
        {
            throw new InputException($"bootstrap takes a whole number from 1 to 100000, not {b.ToString(CultureInfo.InvariantCulture)}.");
        }

        var c = confidence ?? 0.95;
        return c is > 0.0 and < 1.0 ? (b, seed!.Value, c) : throw new InputException($"confidence takes a number strictly between 0 and 1, not {c.ToString(CultureInfo.InvariantCulture)}.");
    }

    /// <summary>Reads the whole body (the readers are synchronous), runs <paramref name="handle"/>, and turns a bad input into 400 with the CLI's one-line message.</summary>
    private static async Task<IResult> Guarded(HttpRequest request, Func<Stream, IResult> handle)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted).ConfigureAwait(false);
        body.Position = 0;
        try
        {
            return handle(body);
        }
        catch (InputException ex)
        {
            return Results.Text($"solutionfit: {ex.Message}{Environment.NewLine}", "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status400BadRequest);
        }
    }

    private static T Library<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (ArgumentException ex)
        {
            throw new InputException($"{Source}: {InputException.Plain(ex)}");
        }
    }

    /// <summary>The JSON as the CLI writes it to its output: the document, then a newline.</summary>
    private static IResult Write(Action<TextWriter> write)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        write(output);
        return Results.Text(output.ToString(), Json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static IResult Resource(string name, string contentType)
    {
        var stream = typeof(SalesCoachApi).Assembly.GetManifestResourceStream($"SolutionFit.Samples.Web.{name}")
            ?? throw new InvalidOperationException($"The built-in {name} is missing from the assembly.");
        return Results.Stream(stream, contentType);
    }
}
