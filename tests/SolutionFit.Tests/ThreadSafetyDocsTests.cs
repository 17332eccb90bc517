using System.Reflection;
using System.Xml.Linq;

namespace SolutionFit.Tests;

/// <summary>Every public type of the library (enums aside: they are values) says in its documentation whether it is thread-safe.</summary>
public sealed class ThreadSafetyDocsTests
{
    [Fact]
    public void EveryPublicType_DocumentsItsThreadSafety()
    {
        var assembly = typeof(SolutionFitScorer).Assembly;
        var docs = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "SolutionFit.xml"))
            .Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => m.Value);

        var missing = assembly.GetExportedTypes()
            .Where(t => !t.IsEnum && !t.IsSubclassOf(typeof(Delegate)))
            .Select(t => $"T:{t.FullName!.Replace('+', '.')}")
            .Where(id => !docs.TryGetValue(id, out var text) || !text.Contains("thread", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, "Say whether these are thread-safe: " + string.Join(", ", missing));
        Assert.True(assembly.GetExportedTypes().Length > 50, "the check saw the library's types");
    }
}
