using System.CommandLine;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Cli;

/// <summary>
/// The argument and options of <c>psm</c> (the tool's, and every command that takes the same survey and analysis, such
/// as a cluster's): <c>FILE.csv</c>, the analysis options, <c>--weight-column</c>, <c>--nms</c>, <c>--json</c>,
/// <c>--chart</c>, <c>--bootstrap B --seed S [--confidence C]</c> and the size limits.
/// </summary>
internal sealed class PsmCommandOptions
{
    private readonly Option<string> _method = new("--method") { Description = "interpolated (pricesensitivitymeter 1.3.3, default) or classic (1.3.0).", DefaultValueFactory = _ => "interpolated" };
    private readonly Option<string> _range = new("--range") { Description = "Acceptable range: original (default) or narrower.", DefaultValueFactory = _ => "original" };
    private readonly Option<string> _intersection = new("--intersection") { Description = "Crossing on a plateau: min (default), max, mean or median.", DefaultValueFactory = _ => "min" };
    private readonly Option<double?> _step = Cli.NumberOption("--interpolate-step", "X", "Interpolate the curves onto a regular grid of step X (> 0).");
    private readonly Option<bool> _noValidate = new("--no-validate") { Description = "Keep respondents whose answers are missing or not increasing (they are still reported)." };
    private readonly Option<string?> _weightColumn = new("--weight-column") { HelpName = "NAME", Description = "Weigh respondents by this column." };
    private readonly Option<bool> _nms = new("--nms") { Description = "Newton–Miller–Smith: reach and revenue from columns pi_cheap and pi_expensive (5 = very likely ... 1)." };
    private readonly Option<string?> _calibrated = new("--pi-calibrated") { HelpName = "a,b,c,d,e", Description = "Probabilities of intentions 5,4,3,2,1 (default 0.7,0.5,0.3,0.1,0)." };
    private readonly Option<double?> _piTooCheap = Cli.NumberOption("--pi-toocheap", "X", "Probability at the too-cheap price (default 0).");
    private readonly Option<double?> _piTooExpensive = Cli.NumberOption("--pi-tooexpensive", "X", "Probability at the too-expensive price (default 0).");
    private readonly Option<bool> _json = new("--json") { Description = "Print JSON instead of a summary." };
    private readonly Option<string?> _chart = new("--chart") { HelpName = "FILE.svg|FILE.png", Description = "Draw the PSM chart to an SVG or PNG file; with --nms also FILE-nms.svg|png, reach and revenue over price." };
    private readonly Option<int?> _bootstrap = Cli.WholeNumberOption("--bootstrap", "B", "Poisson bootstrap intervals of the points from B replicates (1 to 100,000); needs --seed.", maximum: PsmCommand.MaxReplicates);
    private readonly Option<ulong?> _seed = Cli.SeedOption("Seed of the bootstrap replicate weights: a whole number from 0 to 18446744073709551615; needs --bootstrap.");
    private readonly Option<double?> _confidence = Cli.NumberOption("--confidence", "C", "Confidence of the bootstrap intervals, between 0 and 1 (default 0.95).");
    private readonly Func<ParseResult, Limits> _limits;

    /// <summary>Adds the argument and options to <paramref name="command"/>.</summary>
    public PsmCommandOptions(Command command)
    {
        _method.AcceptOnlyFromAmong("interpolated", "classic");
        _range.AcceptOnlyFromAmong("original", "narrower");
        _intersection.AcceptOnlyFromAmong("min", "max", "mean", "median");
        command.Arguments.Add(File);
        foreach (Option option in (Option[])[_method, _range, _intersection, _step, _noValidate, _weightColumn, _nms, _calibrated, _piTooCheap, _piTooExpensive, _json, _chart, _bootstrap, _seed, _confidence])
        {
            command.Options.Add(option);
        }

        _limits = PsmCommand.AddLimits(command);
    }

    /// <summary>Gets the survey file argument.</summary>
    public Argument<string> File { get; } = new("FILE.csv") { Description = "Columns too_cheap (optional), cheap, expensive, too_expensive[, pi_cheap, pi_expensive][, id][, weight]; empty cell = missing." };

    /// <summary>The size limits of a parse (the defaults where an option is not given).</summary>
    public Limits Limits(ParseResult result) => _limits(result);

    /// <summary>The <c>--weight-column</c> of a parse.</summary>
    public string? WeightColumn(ParseResult result) => result.GetValue(_weightColumn);

    /// <summary>Whether a parse asks for <c>--nms</c>.</summary>
    public bool Nms(ParseResult result) => result.GetValue(_nms);

    /// <summary>Whether a parse asks for <c>--json</c>.</summary>
    public bool Json(ParseResult result) => result.GetValue(_json);

    /// <summary>The <c>--chart</c> file of a parse.</summary>
    public string? Chart(ParseResult result) => result.GetValue(_chart);

    /// <summary>The analysis options of a parse.</summary>
    /// <exception cref="InputException">The purchase-intention calibration is not valid.</exception>
    public PsmOptions Analysis(ParseResult result) => new()
    {
        Method = result.GetValue(_method) == "classic" ? PsmMethod.Classic : PsmMethod.Interpolated,
        AcceptableRange = result.GetValue(_range) == "narrower" ? PsmAcceptableRange.Narrower : PsmAcceptableRange.Original,
        Intersection = Enum.Parse<PsmIntersection>(result.GetValue(_intersection)!, ignoreCase: true),
        InterpolationStep = result.GetValue(_step),
        ExcludeInconsistent = !result.GetValue(_noValidate),
        Calibration = PsmSurveyReader.Calibration(result.GetValue(_calibrated), result.GetValue(_piTooCheap), result.GetValue(_piTooExpensive)),
        MaxGridPoints = Limits(result).MaxGridPoints,
    };

    /// <summary>The bootstrap's replicates, seed and confidence of a parse; null without <c>--bootstrap</c>.</summary>
    /// <exception cref="InputException">As <see cref="PsmCommand.BootstrapArguments"/>.</exception>
    public (int Replicates, ulong Seed, double Confidence)? Bootstrap(ParseResult result) =>
        PsmCommand.BootstrapArguments(result.GetValue(_bootstrap), result.GetValue(_seed), result.GetValue(_confidence));
}
