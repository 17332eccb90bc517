using System.Text.RegularExpressions;

namespace SolutionFit.Workloads;

/// <summary>Selects workloads by name: a filter with <c>*</c> or <c>?</c> is a glob over the whole name, any other a substring; case is ignored.</summary>
internal static class Filter
{
    public static bool Matches(string name, IReadOnlyCollection<string> filters) =>
        filters.Count == 0 || filters.Any(filter => filter.AsSpan().IndexOfAny('*', '?') >= 0
            ? Regex.IsMatch(name, "^" + Regex.Escape(filter).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            : name.Contains(filter, StringComparison.OrdinalIgnoreCase));
}
