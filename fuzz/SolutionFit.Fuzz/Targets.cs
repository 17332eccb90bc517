namespace SolutionFit.Fuzz;

/// <summary>An input kind: its file extension and the command lines that read it ("{0}" is the file).</summary>
internal sealed record Target(string Name, string Extension, string[][] Commands)
{
    private static readonly Target Customers = new("customers", ".json",
        [["score", "{0}"], ["score", "{0}", "--json"], ["rank", "{0}", "--top", "2"], ["rank", "{0}", "--json"]]);

    private static readonly Target Mcda = new("mcda", ".json",
        [
            ["mcda", "{0}", "--method", "wsm"], ["mcda", "{0}", "--method", "topsis", "--json"], ["mcda", "{0}", "--method", "vikor"],
            ["mcda", "{0}", "--method", "promethee", "--json"], ["mcda", "{0}", "--method", "wsm", "--normalization", "minmax", "--json"],
            ["mcda", "{0}", "--method", "topsis", "--smaa", "20", "--seed", "1", "--json"], ["mcda", "{0}", "--method", "vikor", "--smaa", "20", "--seed", "18446744073709551615"],
        ]);

    private static readonly Target Ahp = new("ahp", ".json",
        [["ahp", "{0}"], ["ahp", "{0}", "--priority", "geometric-mean", "--json"]]);

    private static readonly Target Learn = new("learn", ".json", [["learn", "{0}"], ["learn", "{0}", "--json"]]);

    private static readonly Target Psm = new("psm", ".csv",
        [["psm", "{0}", "--nms"], ["psm", "{0}", "--json", "--weight-column", "weight"], ["psm", "{0}", "--method", "classic", "--interpolate-step", "0.5", "--json"]]);

    private static readonly Target Gauge = new("gauge", ".csv",
        [["gauge", "{0}"], ["gauge", "{0}", "--by", "seller", "--json"]]);

    private static readonly Target Kano = new("kano", ".csv", [["kano", "{0}"], ["kano", "{0}", "--json"]]);

    private static readonly Target Odi = new("odi", ".csv", [["odi", "{0}"], ["odi", "{0}", "--json"]]);

    /// <summary>Every target by name; "json" and "csv" run an input through every reader of that kind (but learn, whose fit is slow).</summary>
    public static IReadOnlyDictionary<string, Target> All { get; } = new[]
    {
        Customers, Mcda, Ahp, Learn, Psm, Gauge, Kano, Odi,
        new Target("json", ".json", [.. Customers.Commands, .. Mcda.Commands, .. Ahp.Commands]),
        new Target("csv", ".csv", [.. Psm.Commands, .. Gauge.Commands, .. Kano.Commands, .. Odi.Commands]),
    }.ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>Runs every command of the target on <paramref name="path"/>, which holds <paramref name="input"/>; null when all keep the contract.</summary>
    public string? Check(string path, string input)
    {
        foreach (var command in Commands)
        {
            var args = command.Select(a => a == "{0}" ? path : a).ToArray();
            if (Contract.Check(args, input) is { } broken)
            {
                return broken;
            }
        }

        return null;
    }
}
