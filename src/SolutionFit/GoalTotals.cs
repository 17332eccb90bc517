using System.Runtime.CompilerServices;

namespace SolutionFit;

/// <summary>
/// The sums behind the goal fit <c>G</c> of one customer and one solution, kept so that "this goal fully achieved" is
/// an O(1) change rather than a new pass over the goals.
/// </summary>
/// <remarks>
/// The compiled catalog's kernel forms the same sums in the same order, kind by kind in the customer's goal order, and
/// takes the same <see cref="Exponential"/>, so that both paths give bit-identical scores.
/// </remarks>
internal struct GoalTotals
{
    /// <summary>The total weight <c>W</c> of the must-haves of positive weight.</summary>
    public double MustWeight;

    /// <summary>The sum of <c>w·ln a</c> over the achieved must-haves of positive weight.</summary>
    public double MustLogSum;

    /// <summary>How many must-haves of positive weight are not achieved at all.</summary>
    public int UnmetMustHaves;

    /// <summary>The sum of <c>w·a</c> over the performance goals.</summary>
    public double PerformanceAchieved;

    /// <summary>The total weight of the performance goals.</summary>
    public double PerformanceWeight;

    /// <summary>The sum of <c>w·a</c> over the delighters.</summary>
    public double Delight;

    /// <summary>Gets the must-have gate <c>M</c>: 0 with an unmet must-have, 1 without must-haves of positive weight.</summary>
    public readonly double Gate => UnmetMustHaves > 0 ? 0.0 : MustWeight > 0.0 ? Exponential.OfNonPositive(MustLogSum / MustWeight) : 1.0;

    /// <summary>Adds one goal of weight <paramref name="weight"/> achieved to <paramref name="achievement"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(GoalKind kind, double weight, double achievement)
    {
        switch (kind)
        {
            case GoalKind.MustHave when weight > 0.0:
                MustWeight += weight;
                if (achievement > 0.0)
                {
                    MustLogSum += weight * Math.Log(achievement);
                }
                else
                {
                    UnmetMustHaves++;
                }

                break;
            case GoalKind.Performance:
                PerformanceAchieved += weight * achievement;
                PerformanceWeight += weight;
                break;
            case GoalKind.Delighter:
                Delight += weight * achievement;
                break;
        }
    }

    /// <summary>The totals with one goal, added before at <paramref name="achievement"/>, raised to full achievement.</summary>
    public readonly GoalTotals WithFullyAchieved(GoalKind kind, double weight, double achievement)
    {
        var totals = this;
        switch (kind)
        {
            case GoalKind.MustHave when weight > 0.0:
                if (achievement > 0.0)
                {
                    totals.MustLogSum -= weight * Math.Log(achievement);
                }
                else
                {
                    totals.UnmetMustHaves--;
                }

                break;
            case GoalKind.Performance:
                totals.PerformanceAchieved += weight * (1.0 - achievement);
                break;
            case GoalKind.Delighter:
                totals.Delight += weight * (1.0 - achievement);
                break;
        }

        return totals;
    }

    /// <summary>The goal fit <c>G = min(M·(P + D) / (Wp + D), 1)</c> for the gate <paramref name="gate"/>, with 0/0 taken as 1.</summary>
    public readonly double Fit(double gate)
    {
        var denominator = PerformanceWeight + Delight;
        var ratio = denominator > 0.0 ? (PerformanceAchieved + Delight) / denominator : 1.0;
        return Math.Min(gate * ratio, 1.0);
    }
}
