namespace SolutionFit.PriceSensitivity;

/// <summary>The one binary search of the price sensitivity area: where a value falls among sorted distinct values.</summary>
internal static class Sorted
{
    /// <summary>The position of the last of the ascending, distinct <paramref name="values"/> at or below <paramref name="value"/>; -1 when every one is above it.</summary>
    public static int LastAtOrBelow<T>(ReadOnlySpan<T> values, T value)
        where T : IComparable<T>
    {
        var k = values.BinarySearch(value);
        return k >= 0 ? k : ~k - 1;
    }
}
