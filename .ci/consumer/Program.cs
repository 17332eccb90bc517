// A user's program against the packed packages: the options bound from policy.json (section "SolutionFit") with
// AddSolutionFit(IConfiguration), validated at start, one solution scored. .ci/run checks the printed overall and the
// symbols line.
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SolutionFit;

var configuration = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile("policy.json").Build();
using var provider = new ServiceCollection()
    .AddSolutionFit(configuration.GetSection(SolutionFitOptions.SectionName))
    .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
var scorer = provider.GetRequiredService<ISolutionFitScorer>();

var customer = new CustomerProfile("acme",
    [new CustomerGoal("onboard-fast", importance: 0.9, GoalKind.MustHave, currentSatisfaction: 0.2),
     new CustomerGoal("self-serve-reports", importance: 0.6)],
    new PriceThresholds(tooCheap: 50, cheap: 80, expensive: 150, tooExpensive: 220));
var starter = new ProposedSolution("starter", price: 45,
    new Dictionary<string, double> { ["onboard-fast"] = 0.8, ["self-serve-reports"] = 0.5 },
    effort: 0.2, enjoyment: 0.7);

var score = scorer.Score(customer, starter);
Console.WriteLine($"overall {score.Overall.ToString("F6", System.Globalization.CultureInfo.InvariantCulture)} {score.Reaction}");

// The package's DLL carries its PDB and sources, so a debugger can step into the library.
using var pe = new PEReader(File.OpenRead(typeof(ISolutionFitScorer).Assembly.Location));
var embedded = pe.ReadDebugDirectory().Where(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb).ToList();
var sources = 0;
if (embedded.Count == 1)
{
    using var pdb = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded[0]);
    var reader = pdb.GetMetadataReader();
    var embeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
    sources = reader.Documents.Count(d => reader.GetCustomDebugInformation(d)
        .Any(c => reader.GetGuid(reader.GetCustomDebugInformation(c).Kind) == embeddedSource));
}
Console.WriteLine($"symbols: {embedded.Count} embedded PDB, {sources} embedded source files");
