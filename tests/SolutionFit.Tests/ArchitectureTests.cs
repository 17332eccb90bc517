using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace SolutionFit.Tests;

/// <summary>
/// The library's shape: folders are namespaces (the core, <c>SolutionFit</c>, at the root of <c>src/SolutionFit/</c>;
/// each side area in the folder its namespace names), one public type per file, named after it, and the arrows
/// between the areas: the core depends on no side
/// area, and the side areas (<c>PriceSensitivity</c>, <c>Surveys</c>, <c>MultiCriteria</c>, <c>Gauges</c>,
/// <c>Learning</c>) depend on the core only, never on each other.
/// </summary>
public sealed partial class ArchitectureTests
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

    [Fact]
    public void SourceFiles_DeclareTheNamespaceTheirFolderNames()
    {
        var library = Path.Combine(RepositoryRoot(), "src", "SolutionFit");
        var files = SourceFiles(library).ToList();
        var wrong = new List<string>();
        foreach (var file in files)
        {
            var folder = Path.GetRelativePath(library, Path.GetDirectoryName(file)!);
            var expected = folder == "." ? Core : $"{Core}.{folder.Replace(Path.DirectorySeparatorChar, '.')}";
            var declared = NamespaceDeclaration().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).ToList();
            if (declared is not [var only] || only != expected)
            {
                wrong.Add($"{Path.GetRelativePath(library, file)} declares [{string.Join(", ", declared)}], its folder names {expected}");
            }
        }

        // The rule is not vacuous: the core's files are at the root, and every side area's folder holds files.
        Assert.Contains(files, f => Path.GetDirectoryName(f) == library && Path.GetFileName(f) == "SolutionFitScorer.cs");
        Assert.All(SideAreas, area => Assert.Contains(files, f => Path.GetDirectoryName(f) == Path.Combine(library, area[(Core.Length + 1)..])));
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public void SourceFiles_HoldAtMostOnePublicTypeNamedAfterTheFile()
    {
        var library = Path.Combine(RepositoryRoot(), "src", "SolutionFit");
        var wrong = new List<string>();
        var named = 0;
        foreach (var file in SourceFiles(library))
        {
            // Top-level types start at the line's first column (file-scoped namespaces); a partial type's other files
            // are named Type.Part.cs.
            var types = PublicTypeDeclaration().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).ToList();
            var name = Path.GetFileNameWithoutExtension(file);
            if (types.Count > 1 || (types is [var type] && name != type && !name.StartsWith(type + ".", StringComparison.Ordinal)))
            {
                wrong.Add($"{Path.GetRelativePath(library, file)} declares public [{string.Join(", ", types)}]");
            }

            named += types.Count;
        }

        // Not vacuous: the declarations are seen (the library has some ninety public types).
        Assert.True(named > 50, $"only {named} public type declarations found");
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public void Namespaces_AreTheCoreAndTheSideAreas()
    {
        // A namespace outside the list would escape the dependency rules above.
        var namespaces = typeof(SolutionFitScorer).Assembly.GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && (n == Core || n.StartsWith(Core + ".", StringComparison.Ordinal)))
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(SideAreas.Prepend(Core).Order(StringComparer.Ordinal), namespaces);
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

    /// <summary>The repository's root: the first folder above the test's binaries that holds <c>SolutionFit.sln</c>.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SolutionFit.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No SolutionFit.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The C# files of a project's folder, less its build output.</summary>
    private static IEnumerable<string> SourceFiles(string project) =>
        Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(project, f).Split(Path.DirectorySeparatorChar) is not ["bin" or "obj", ..]);

    /// <summary>A public top-level type's declaration at the start of a line; group 1 is its name.</summary>
    [GeneratedRegex(@"^public (?:(?:sealed|static|abstract|readonly|partial|ref) )*(?:class|struct|interface|enum|record(?: struct| class)?) (\w+)", RegexOptions.Multiline)]
    private static partial Regex PublicTypeDeclaration();

    /// <summary>A namespace declaration at the start of a line, file-scoped or block.</summary>
    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*[;{]?\s*$", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();
}
