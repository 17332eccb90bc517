using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SolutionFit.Extensions.DependencyInjection.Tests;

public sealed class SolutionFitServiceCollectionExtensionsTests
{
    private static readonly ServiceProviderOptions Strict = new() { ValidateOnBuild = true, ValidateScopes = true };

    private static ServiceProvider Build(IServiceCollection services) => services.BuildServiceProvider(Strict);

    private static IConfiguration Configuration(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value))).Build();

    private static void AssertPolicy(ScoringPolicy expected, ScoringPolicy actual) =>
        Assert.Equal(expected.ToString(), actual.ToString());

    [Fact]
    public void SolutionFitOptions_Defaults_EqualScoringPolicyDefault()
    {
        var options = new SolutionFitOptions();

        Assert.Equal(ScoringPolicy.Default.OpportunityWeighting, options.OpportunityWeighting);
        Assert.Equal(ScoringPolicy.Default.EffortWeight, options.EffortWeight);
        Assert.Equal(ScoringPolicy.Default.ExperienceWeight, options.ExperienceWeight);
        Assert.Equal(ScoringPolicy.Default.HappinessAtZeroPrice, options.HappinessAtZeroPrice);
        Assert.Equal(ScoringPolicy.Default.HappinessAtExpensive, options.HappinessAtExpensive);
    }

    [Fact]
    public void AddSolutionFit_RegistersScorerCoachAndDefaultPolicyAsSingletons()
    {
        using var provider = Build(new ServiceCollection().AddSolutionFit());

        var scorer = provider.GetRequiredService<ISolutionFitScorer>();
        Assert.IsType<SolutionFitScorer>(scorer);
        Assert.Same(scorer, provider.GetRequiredService<SolutionFitScorer>());
        Assert.Same(provider.GetRequiredService<ScoringPolicy>(), scorer.Policy);
        AssertPolicy(ScoringPolicy.Default, scorer.Policy);
        Assert.Same(scorer, provider.GetRequiredService<ISolutionFitScorer>());
        Assert.Same(provider.GetRequiredService<SolutionCoach>(), provider.GetRequiredService<SolutionCoach>());
    }

    [Fact]
    public void AddSolutionFit_WithConfigure_ScoresWithThatPolicy()
    {
        using var provider = Build(new ServiceCollection().AddSolutionFit(o => o.OpportunityWeighting = false));
        var customer = new CustomerProfile("c", [new CustomerGoal("a", 0.8, currentSatisfaction: 0.2), new CustomerGoal("b", 0.5, currentSatisfaction: 0.9)]);
        var solution = new ProposedSolution("s", 10, new Dictionary<string, double> { ["a"] = 0.5, ["b"] = 1.0 }, 0, 1);

        var score = provider.GetRequiredService<ISolutionFitScorer>().Score(customer, solution);

        Assert.False(provider.GetRequiredService<ScoringPolicy>().OpportunityWeighting);
        Assert.Equal(new SolutionFitScorer(new ScoringPolicy { OpportunityWeighting = false }).Score(customer, solution).Overall, score.Overall);
        Assert.NotEqual(new SolutionFitScorer().Score(customer, solution).Overall, score.Overall);
    }

    [Fact]
    public void AddSolutionFit_CalledTwice_LastConfigurationWins()
    {
        var services = new ServiceCollection()
            .AddSolutionFit(o => { o.EffortWeight = 0.1; o.ExperienceWeight = 0.2; })
            .AddSolutionFit(o => o.EffortWeight = 0.9);
        using var provider = Build(services);

        var policy = provider.GetRequiredService<ISolutionFitScorer>().Policy;

        Assert.Equal(0.9, policy.EffortWeight);
        Assert.Equal(0.2, policy.ExperienceWeight);
        Assert.Single(services, d => d.ServiceType == typeof(ISolutionFitScorer));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<SolutionFitOptions>));
    }

    [Fact]
    public void AddSolutionFit_ThenConfigure_ConfigureWins()
    {
        var services = new ServiceCollection().AddSolutionFit(o => o.EffortWeight = 0.1);
        services.Configure<SolutionFitOptions>(o => o.EffortWeight = 0.3);
        using var provider = Build(services);

        Assert.Equal(0.3, provider.GetRequiredService<ScoringPolicy>().EffortWeight);
    }

    [Fact]
    public void AddSolutionFit_ScorerRegisteredFirst_KeepsItAndCoachUsesIt()
    {
        var own = new SolutionFitScorer(new ScoringPolicy { ExperienceWeight = 0 });
        var services = new ServiceCollection();
        services.AddSingleton<ISolutionFitScorer>(own);
        using var provider = Build(services.AddSolutionFit(o => o.ExperienceWeight = 1));

        Assert.Same(own, provider.GetRequiredService<ISolutionFitScorer>());
        Assert.Single(services, d => d.ServiceType == typeof(ISolutionFitScorer));
        var customer = new CustomerProfile("c", [new CustomerGoal("a", 1)]);
        var solution = new ProposedSolution("s", 10, new Dictionary<string, double> { ["a"] = 0.5 }, 0.5, 0.5);
        Assert.Equal(own.Score(customer, solution).Overall, provider.GetRequiredService<SolutionCoach>().Coach(customer, solution).Score.Overall);
    }

    [Fact]
    public void AddSolutionFit_PolicyRegisteredFirst_ScorerUsesIt()
    {
        var policy = new ScoringPolicy { ExperienceWeight = 0 };
        using var provider = Build(new ServiceCollection().AddSingleton(policy).AddSolutionFit());

        Assert.Same(policy, provider.GetRequiredService<ISolutionFitScorer>().Policy);
    }

    [Fact]
    public void AddSolutionFit_FromConfiguration_BindsSection()
    {
        var configuration = Configuration(("SolutionFit:OpportunityWeighting", "false"), ("SolutionFit:EffortWeight", "0.3"), ("SolutionFit:HappinessAtExpensive", "0.6"));
        using var provider = Build(new ServiceCollection().AddSolutionFit(configuration.GetSection("SolutionFit")));

        var policy = provider.GetRequiredService<ScoringPolicy>();

        AssertPolicy(new ScoringPolicy { OpportunityWeighting = false, EffortWeight = 0.3, HappinessAtExpensive = 0.6 }, policy);
    }

    [Fact]
    public void AddSolutionFit_BindConfigurationAfterwards_IsUsed()
    {
        var services = new ServiceCollection().AddSingleton(Configuration(("SolutionFit:ExperienceWeight", "0.4"))).AddSolutionFit();
        services.AddOptions<SolutionFitOptions>().BindConfiguration(SolutionFitOptions.SectionName);
        using var provider = Build(services);

        Assert.Equal(0.4, provider.GetRequiredService<ScoringPolicy>().ExperienceWeight);
    }

    [Fact]
    public void AddSolutionFit_ConfigurationThenCode_CodeWins()
    {
        var configuration = Configuration(("SolutionFit:EffortWeight", "0.3"), ("SolutionFit:ExperienceWeight", "0.4"));
        using var provider = Build(new ServiceCollection().AddSolutionFit(configuration.GetSection("SolutionFit")).AddSolutionFit(o => o.EffortWeight = 0.7));

        var policy = provider.GetRequiredService<ScoringPolicy>();

        Assert.Equal(0.7, policy.EffortWeight);
        Assert.Equal(0.4, policy.ExperienceWeight);
    }

    [Fact]
    public void AddSolutionFit_InvalidValueInConfiguration_NamesKeyAndRule()
    {
        var configuration = Configuration(("Scoring:Fit:EffortWeight", "2"), ("Scoring:Fit:HappinessAtZeroPrice", "-0.5"));
        using var provider = Build(new ServiceCollection().AddSolutionFit(configuration.GetSection("Scoring:Fit")));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISolutionFitScorer>());

        Assert.Equal(typeof(SolutionFitOptions), error.OptionsType);
        Assert.Equal(
            ["Scoring:Fit:EffortWeight must be a finite number in [0, 1], but is 2.", "Scoring:Fit:HappinessAtZeroPrice must be a finite number in [0, 1], but is -0.5."],
            error.Failures);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(1.5, "1.5")]
    public void AddSolutionFit_InvalidValueInCode_NamesConventionalKeyAndRule(double value, string shown)
    {
        using var provider = Build(new ServiceCollection().AddSolutionFit(o => o.ExperienceWeight = value));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ScoringPolicy>());

        Assert.Equal($"SolutionFit:ExperienceWeight must be a finite number in [0, 1], but is {shown}.", Assert.Single(error.Failures));
    }

    [Fact]
    public void AddSolutionFit_NotANumberInConfiguration_NamesKey()
    {
        var configuration = Configuration(("SolutionFit:EffortWeight", "heavy"));
        using var provider = Build(new ServiceCollection().AddSolutionFit(configuration.GetSection("SolutionFit")));

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ScoringPolicy>());

        Assert.Contains("SolutionFit:EffortWeight", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSolutionFit_InvalidOptions_HostFailsAtStart()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([KeyValuePair.Create("SolutionFit:EffortWeight", (string?)"2")]);
        builder.Services.AddSolutionFit(builder.Configuration.GetSection("SolutionFit"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal("SolutionFit:EffortWeight must be a finite number in [0, 1], but is 2.", Assert.Single(error.Failures));
    }

    [Fact]
    public async Task AddSolutionFit_ValidOptions_HostStarts()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSolutionFit(o => o.EffortWeight = 1);
        using var host = builder.Build();

        await host.StartAsync();

        Assert.Equal(1, host.Services.GetRequiredService<ScoringPolicy>().EffortWeight);
        await host.StopAsync();
    }

    [Fact]
    public void AddKeyedSolutionFit_TwoNames_ResolveTwoPolicies()
    {
        var configuration = Configuration(("SolutionFit:Enterprise:ExperienceWeight", "0.1"));
        var services = new ServiceCollection()
            .AddKeyedSolutionFit("smb", o => o.OpportunityWeighting = false)
            .AddKeyedSolutionFit("enterprise", configuration.GetSection("SolutionFit:Enterprise"));
        using var provider = Build(services);

        var smb = provider.GetRequiredKeyedService<ISolutionFitScorer>("smb");
        var enterprise = provider.GetRequiredKeyedService<ISolutionFitScorer>("enterprise");

        AssertPolicy(new ScoringPolicy { OpportunityWeighting = false }, smb.Policy);
        AssertPolicy(new ScoringPolicy { ExperienceWeight = 0.1 }, enterprise.Policy);
        Assert.Same(smb.Policy, provider.GetRequiredKeyedService<ScoringPolicy>("smb"));
        Assert.Same(enterprise, provider.GetRequiredKeyedService<SolutionFitScorer>("enterprise"));
        Assert.NotSame(provider.GetRequiredKeyedService<SolutionCoach>("smb"), provider.GetRequiredKeyedService<SolutionCoach>("enterprise"));
        Assert.Null(provider.GetService<ISolutionFitScorer>());
    }

    [Fact]
    public void AddKeyedSolutionFit_BesideUnkeyed_AreIndependent()
    {
        using var provider = Build(new ServiceCollection().AddSolutionFit().AddKeyedSolutionFit("lean", o => o.ExperienceWeight = 0));

        AssertPolicy(ScoringPolicy.Default, provider.GetRequiredService<ISolutionFitScorer>().Policy);
        Assert.Equal(0, provider.GetRequiredKeyedService<ISolutionFitScorer>("lean").Policy.ExperienceWeight);
    }

    [Fact]
    public void AddKeyedSolutionFit_CalledTwice_LastConfigurationWins()
    {
        using var provider = Build(new ServiceCollection().AddKeyedSolutionFit("a", o => o.EffortWeight = 0.1).AddKeyedSolutionFit("a", o => o.EffortWeight = 0.2));

        Assert.Equal(0.2, provider.GetRequiredKeyedService<ScoringPolicy>("a").EffortWeight);
    }

    [Fact]
    public void AddKeyedSolutionFit_InvalidOptions_NamesKeyedKey()
    {
        using var provider = Build(new ServiceCollection().AddKeyedSolutionFit("a", o => o.HappinessAtExpensive = 7).AddKeyedSolutionFit("b"));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredKeyedService<ISolutionFitScorer>("a"));

        Assert.Equal("SolutionFit:a:HappinessAtExpensive must be a finite number in [0, 1], but is 7.", Assert.Single(error.Failures));
        Assert.NotNull(provider.GetRequiredKeyedService<ISolutionFitScorer>("b"));
    }

    [Fact]
    public void AddKeyedSolutionFit_ScorerRegisteredFirst_KeepsIt()
    {
        var own = new SolutionFitScorer();
        var services = new ServiceCollection();
        services.TryAddKeyedSingleton<ISolutionFitScorer>("a", own);
        using var provider = Build(services.AddKeyedSolutionFit("a"));

        Assert.Same(own, provider.GetRequiredKeyedService<ISolutionFitScorer>("a"));
    }

    [Fact]
    public void AddSolutionFit_NullServices_Throws()
    {
        Assert.Throws<ArgumentNullException>("services", () => SolutionFitServiceCollectionExtensions.AddSolutionFit(null!));
        Assert.Throws<ArgumentNullException>("services", () => SolutionFitServiceCollectionExtensions.AddSolutionFit(null!, o => { }));
        Assert.Throws<ArgumentNullException>("services", () => SolutionFitServiceCollectionExtensions.AddSolutionFit(null!, Configuration()));
        Assert.Throws<ArgumentNullException>("services", () => SolutionFitServiceCollectionExtensions.AddKeyedSolutionFit(null!, "a"));
        Assert.Throws<ArgumentNullException>("services", () => SolutionFitServiceCollectionExtensions.AddKeyedSolutionFit(null!, "a", o => { }));
        Assert.Throws<ArgumentNullException>("services", () => SolutionFitServiceCollectionExtensions.AddKeyedSolutionFit(null!, "a", Configuration()));
    }

    [Fact]
    public void AddSolutionFit_NullConfigureOrConfiguration_Throws()
    {
        Assert.Throws<ArgumentNullException>("configure", () => new ServiceCollection().AddSolutionFit((Action<SolutionFitOptions>)null!));
        Assert.Throws<ArgumentNullException>("configuration", () => new ServiceCollection().AddSolutionFit((IConfiguration)null!));
        Assert.Throws<ArgumentNullException>("configure", () => new ServiceCollection().AddKeyedSolutionFit("a", (Action<SolutionFitOptions>)null!));
        Assert.Throws<ArgumentNullException>("configuration", () => new ServiceCollection().AddKeyedSolutionFit("a", (IConfiguration)null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void AddKeyedSolutionFit_BlankName_Throws(string name) =>
        Assert.Throws<ArgumentException>("name", () => new ServiceCollection().AddKeyedSolutionFit(name));

    [Fact]
    public void AddKeyedSolutionFit_NullName_Throws() =>
        Assert.Throws<ArgumentNullException>("name", () => new ServiceCollection().AddKeyedSolutionFit(null!));
}
