using NetArchTest.Rules;

namespace SolutionFit.Tests;

/// <summary>
/// The arrows between the library's areas: the core (<c>SolutionFit</c>) depends on no side area, and the side areas
/// (<c>PriceSensitivity</c>, <c>Surveys</c>, <c>MultiCriteria</c>, <c>Gauges</c>, <c>Learning</c>) depend on the core only, never on each other.
/// </summary>
public sealed class ArchitectureTests
{
    private const string Core = "SolutionFit";

    private static readonly string[] SideAreas =
    [
        "SolutionFit.PriceSensitivity",
        "SolutionFit.Surveys",
        "SolutionFit.MultiCriteria",
        "SolutionFit.Gauges",
        "SolutionFit.Learning",
    ];

    public static TheoryData<string> Areas() => [.. SideAreas];

    [Fact]
    public void Core_DependsOnNoSideArea()
    {
        var core = Types.InAssembly(typeof(SolutionFitScorer).Assembly).That().ResideInNamespace(Core);
        foreach (var area in SideAreas)
        {
            core = core.And().DoNotResideInNamespace(area);
        }

        var result = core.ShouldNot().HaveDependencyOnAny(SideAreas).GetResult();

        Assert.True(result.IsSuccessful, $"core types that use a side area: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void SideArea_DependsOnNoOtherSideArea(string area)
    {
        var others = SideAreas.Where(a => a != area).ToArray();

        var result = Types.InAssembly(typeof(SolutionFitScorer).Assembly).That().ResideInNamespace(area).ShouldNot().HaveDependencyOnAny(others).GetResult();

        Assert.True(result.IsSuccessful, $"{area} types that use another side area: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void SideArea_HasTypesThatTheRulesSee(string area)
    {
        // The rules above would pass vacuously if an area were empty or dependencies were not seen: each area has public
        // types and uses the core's Guard, so a dependency check against it must fail.
        var types = Types.InAssembly(typeof(SolutionFitScorer).Assembly).That().ResideInNamespace(area);

        Assert.NotEmpty(types.GetTypes());
        Assert.False(types.ShouldNot().HaveDependencyOn("SolutionFit.Guard").GetResult().IsSuccessful);
    }
}
