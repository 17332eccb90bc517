using System.Globalization;

namespace SolutionFit.MultiCriteria;

/// <summary>How far one criterion's weight can move before another alternative wins.</summary>
/// <remarks>Immutable and thread-safe; created by <see cref="MultiCriteriaRanking.WeightSensitivity"/>.</remarks>
public sealed class WeightSensitivity
{
    internal WeightSensitivity(string criterion, double weight, double? decrease, string? winnerBelow, double? increase, string? winnerAbove)
    {
        Criterion = criterion;
        Weight = weight;
        Decrease = decrease;
        WinnerAfterDecrease = winnerBelow;
        Increase = increase;
        WinnerAfterIncrease = winnerAbove;
    }

    /// <summary>Gets the criterion's name.</summary>
    public string Criterion { get; }

    /// <summary>Gets its current (normalised) weight.</summary>
    public double Weight { get; }

    /// <summary>Gets the smallest decrease δ &lt; 0 of the weight that changes the winner; null when none down to 0 does.</summary>
    public double? Decrease { get; }

    /// <summary>Gets the winner after that decrease; null when none.</summary>
    public string? WinnerAfterDecrease { get; }

    /// <summary>Gets the smallest increase δ &gt; 0 of the weight that changes the winner; null when none up to 1 does.</summary>
    public double? Increase { get; }

    /// <summary>Gets the winner after that increase; null when none.</summary>
    public string? WinnerAfterIncrease { get; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Criterion} (weight {Weight:0.###}): {(Decrease is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d:0.###} makes {WinnerAfterDecrease} win") : "no decrease changes the winner")}; {(Increase is { } i ? string.Create(CultureInfo.InvariantCulture, $"+{i:0.###} makes {WinnerAfterIncrease} win") : "no increase changes the winner")}");
}
