using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests.MultiCriteria;

/// <summary>Assertions shared by the multi-criteria tests.</summary>
internal static class McdaAssert
{
    /// <summary>Asserts that <paramref name="actual"/> has the values of <paramref name="expected"/>, each within <paramref name="tolerance"/>.</summary>
    public static void AssertAll(double[] expected, IReadOnlyList<double> actual, double tolerance = 1e-12)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], tolerance);
        }
    }

    /// <summary>Asserts every row as <see cref="AssertAll"/> does.</summary>
    public static void AssertRows(double[][] expected, IReadOnlyList<IReadOnlyList<double>> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            AssertAll(expected[i], actual[i]);
        }
    }

    /// <summary>Asserts an <see cref="InvalidInputException"/> and where it says the problem is.</summary>
    public static InvalidInputException Invalid(string paramName, Func<object?> action, int? index = null, string? itemId = null, string? field = null)
    {
        var ex = Assert.Throws<InvalidInputException>(paramName, action);
        Assert.Equal((index, itemId, field), (ex.Index, ex.ItemId, ex.Field));
        Assert.DoesNotContain('\n', ex.Detail);
        Assert.EndsWith(".", ex.Detail, StringComparison.Ordinal);
        return ex;
    }
}
