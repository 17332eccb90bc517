using System.Globalization;

namespace SolutionFit.Formats;

/// <summary>One size limit: its option, default, what it bounds and why (the README's limits table lists these).</summary>
/// <param name="Option">The option that sets it, e.g. <c>--max-rows</c>.</param>
/// <param name="HelpName">The option's value in the help.</param>
/// <param name="Default">The default.</param>
/// <param name="What">What it bounds, as the help and the errors say it.</param>
/// <param name="Why">Why it is there, for the README.</param>
internal sealed record Limit(string Option, string HelpName, int Default, string What, string Why)
{
    /// <summary>The error past the limit: one line naming the source, the count, the limit and the option that raises it.</summary>
    public InputException Exceeded(string source, long count, int limit) => new(string.Create(
        CultureInfo.InvariantCulture,
        $"{source}: {What}: {count:N0} is more than the limit of {limit:N0}; raise it with {Option} {HelpName} if this is intended."));
}

/// <summary>
/// The CLI's size limits, all in one place: every command reads untrusted files, and each limit keeps the memory and time
/// of one run bounded. Each has an option of the commands it applies to; past it, the input is rejected with one line
/// on stderr and exit code 2 (chart points are the exception: curves are drawn downsampled, not rejected).
/// </summary>
internal sealed record Limits
{
    /// <summary>Input file size, in MiB (every command that reads a file).</summary>
    public static readonly Limit FileSize = new("--max-file-mb", "MB", 256, "the file size in MiB", "everything read is held in memory; 256 MiB is about 2 million respondent rows or 1 million solutions");

    /// <summary>Nesting depth of a JSON document (score, rank, mcda, ahp).</summary>
    public static readonly Limit JsonDepth = new("--max-json-depth", "N", 32, "the JSON nesting depth", "the deepest valid document nests 5 levels; a deeply nested document costs stack and time before the shape is checked");

    /// <summary>Customers of a score or rank file.</summary>
    public static readonly Limit Customers = new("--max-customers", "N", 100_000, "the number of customers", "score prints customers × solutions rows; rank holds a batch of rankings");

    /// <summary>Solutions of a score or rank file.</summary>
    public static readonly Limit Solutions = new("--max-solutions", "N", 1_000_000, "the number of solutions", "the catalog compiles every solution into memory");

    /// <summary>Goals of one customer, and achievements of one solution.</summary>
    public static readonly Limit Goals = new("--max-goals", "N", 1_000, "the number of goals of one customer or achievements of one solution", "scoring is linear in goals per pair; real profiles have a few dozen");

    /// <summary>Data rows of a CSV file: respondents (psm), deals (gauge), answers (kano, odi).</summary>
    public static readonly Limit Rows = new("--max-rows", "N", 1_000_000, "the number of data rows", "the rows are held in memory and sorted");

    /// <summary>Alternatives of an MCDA matrix.</summary>
    public static readonly Limit Alternatives = new("--max-alternatives", "N", 1_000_000, "the number of alternatives", "each alternative is a named row of the output; no method compares every pair (PROMETHEE's flows come from sorted columns), so the work is bounded by the cells");

    /// <summary>Cells (alternatives × criteria) of an MCDA matrix.</summary>
    public static readonly Limit Cells = new("--max-cells", "N", 4_000_000, "the number of matrix cells (alternatives × criteria)", "the matrix is held in memory as read, as numbers and as each criterion's contribution for the output; every method's work grows with the cells (PROMETHEE's with their logarithm too)");

    /// <summary>Criteria of an MCDA matrix.</summary>
    public static readonly Limit Criteria = new("--max-criteria", "N", 1_000, "the number of criteria", "the matrix is alternatives × criteria; real decisions have a few dozen");

    /// <summary>Alternatives of an MCDA matrix analysed with <c>--smaa</c>.</summary>
    public static readonly Limit SmaaAlternatives = new("--max-smaa-alternatives", "N", 1_000, "the number of alternatives of an SMAA", "the rank acceptability table is alternatives × alternatives, in memory and in the output");

    /// <summary>SMAA samples × matrix cells, in millions.</summary>
    public static readonly Limit SmaaWork = new("--max-smaa-work", "MILLIONS", 1_000, "the SMAA samples × matrix cells, in millions", "each sample is a weighted pass over every cell and a sort of the scores: 10,000 samples of 100 × 10 are 10 million, about 0.1 s");

    /// <summary>Labels (rows and columns) of an AHP matrix.</summary>
    public static readonly Limit MatrixSize = new("--max-matrix-size", "N", 100, "the AHP matrix size", "pairwise judgements are meaningful up to about 9 items (Saaty); the eigenvector iteration is quadratic per step");

    /// <summary>Prices of the PSM interpolation grid (<c>--interpolate-step</c>).</summary>
    public static readonly Limit GridPoints = new("--max-grid-points", "N", 1_000_000, "the number of prices on the interpolation grid", "every curve is computed and held on the grid (the library's own bound is 10,000,000)");

    /// <summary>Points drawn per chart curve; longer curves are downsampled to this many, keeping each stretch's extremes.</summary>
    public static readonly Limit ChartPoints = new("--max-chart-points", "N", 2_000, "the points drawn per chart curve", "a chart is 960 px wide: more points only make the file bigger (a 10-million-point grid once made a 567 MB SVG)");

    /// <summary>Every limit, in the README's order.</summary>
    public static IReadOnlyList<Limit> All { get; } = [FileSize, JsonDepth, Customers, Solutions, Goals, Rows, Alternatives, Criteria, Cells, SmaaAlternatives, SmaaWork, MatrixSize, GridPoints, ChartPoints];

    /// <summary>Gets the defaults.</summary>
    public static Limits Default { get; } = new();

    public int MaxFileMegabytes { get; init; } = FileSize.Default;

    public int MaxJsonDepth { get; init; } = JsonDepth.Default;

    public int MaxCustomers { get; init; } = Customers.Default;

    public int MaxSolutions { get; init; } = Solutions.Default;

    public int MaxGoals { get; init; } = Goals.Default;

    public int MaxRows { get; init; } = Rows.Default;

    public int MaxAlternatives { get; init; } = Alternatives.Default;

    public int MaxCriteria { get; init; } = Criteria.Default;

    public int MaxCells { get; init; } = Cells.Default;

    public int MaxSmaaAlternatives { get; init; } = SmaaAlternatives.Default;

    public int MaxSmaaWork { get; init; } = SmaaWork.Default;

    public int MaxMatrixSize { get; init; } = MatrixSize.Default;

    public int MaxGridPoints { get; init; } = GridPoints.Default;

    public int MaxChartPoints { get; init; } = ChartPoints.Default;

    /// <summary>The file size limit in bytes.</summary>
    public long MaxFileBytes => (long)MaxFileMegabytes << 20;

    /// <summary>These limits with <paramref name="limit"/> set to <paramref name="value"/>.</summary>
    public Limits With(Limit limit, int value) => limit switch
    {
        _ when limit == FileSize => this with { MaxFileMegabytes = value },
        _ when limit == JsonDepth => this with { MaxJsonDepth = value },
        _ when limit == Customers => this with { MaxCustomers = value },
        _ when limit == Solutions => this with { MaxSolutions = value },
        _ when limit == Goals => this with { MaxGoals = value },
        _ when limit == Rows => this with { MaxRows = value },
        _ when limit == Alternatives => this with { MaxAlternatives = value },
        _ when limit == Criteria => this with { MaxCriteria = value },
        _ when limit == Cells => this with { MaxCells = value },
        _ when limit == SmaaAlternatives => this with { MaxSmaaAlternatives = value },
        _ when limit == SmaaWork => this with { MaxSmaaWork = value },
        _ when limit == MatrixSize => this with { MaxMatrixSize = value },
        _ when limit == GridPoints => this with { MaxGridPoints = value },
        _ when limit == ChartPoints => this with { MaxChartPoints = value },
        _ => throw new ArgumentOutOfRangeException(nameof(limit)),
    };

    /// <summary>Rejects a count past a limit.</summary>
    /// <exception cref="InputException">The count is more than the limit.</exception>
    public static void Check(string source, Limit limit, long count, int max)
    {
        if (count > max)
        {
            throw limit.Exceeded(source, count, max);
        }
    }

    /// <summary>Rejects a file larger than <see cref="MaxFileBytes"/> before it is read.</summary>
    /// <exception cref="InputException">The file is larger (a missing file is left to the reader to report).</exception>
    public void CheckFileSize(string path)
    {
        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return;
        }

        if (length > MaxFileBytes)
        {
            throw new InputException(string.Create(
                CultureInfo.InvariantCulture,
                $"{path}: {FileSize.What}: the file is {length:N0} bytes, more than the limit of {MaxFileMegabytes:N0} MiB; raise it with {FileSize.Option} {FileSize.HelpName} if this is intended."));
        }
    }
}
