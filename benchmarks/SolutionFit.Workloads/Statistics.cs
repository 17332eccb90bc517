namespace SolutionFit.Workloads;

internal static class Statistics
{
    /// <summary>The median of the values (the mean of the middle two for an even count); sorts them in place.</summary>
    public static double Median(Span<double> values)
    {
        values.Sort();
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
