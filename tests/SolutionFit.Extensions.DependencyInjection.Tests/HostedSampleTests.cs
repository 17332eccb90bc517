using Microsoft.Extensions.Options;
using SolutionFit.Samples.Hosting;

namespace SolutionFit.Extensions.DependencyInjection.Tests;

public sealed class HostedSampleTests
{
    [Fact]
    public async Task RunAsync_WithItsAppSettings_RanksTheDemoCatalogWithTheBoundPolicy()
    {
        using var output = new StringWriter();

        await Program.RunAsync([], output);

        var lines = output.ToString().Split(Environment.NewLine);
        var policy = new ScoringPolicy { EffortWeight = 0.4, ExperienceWeight = 0.3 };
        Assert.Equal($"SolutionFit hosted sample: 5 solutions for 3 customers ({policy}).", lines[0]);
        Assert.Equal("acme-logistics:", lines[1]);
        Assert.StartsWith("  1. ", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CommandLineOverridesAppSettings()
    {
        using var output = new StringWriter();

        await Program.RunAsync(["--SolutionFit:OpportunityWeighting=false"], output);

        var policy = new ScoringPolicy { OpportunityWeighting = false, EffortWeight = 0.4, ExperienceWeight = 0.3 };
        Assert.Equal($"SolutionFit hosted sample: 5 solutions for 3 customers ({policy}).", output.ToString().Split(Environment.NewLine)[0]);
    }

    [Fact]
    public async Task RunAsync_InvalidSetting_FailsAtStartNamingTheKey()
    {
        using var output = new StringWriter();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => Program.RunAsync(["--SolutionFit:EffortWeight=2"], output));

        Assert.Equal("SolutionFit:EffortWeight must be a finite number in [0, 1], but is 2.", Assert.Single(error.Failures));
        Assert.Empty(output.ToString());
    }
}
