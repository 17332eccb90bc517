using System.Collections.ObjectModel;
using FsCheck.Xunit;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

[Properties(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 200)]
public sealed class PsmSurveyPropertyTests
{
    /// <summary>Every way a column reaches the constructor: copied from an array or a list, or enumerated with or without a known length.</summary>
    private static readonly Func<double?[], IEnumerable<double?>>[] Shapes =
    [
        column => column,
        column => column.ToList(),
        column => new ReadOnlyCollection<double?>(column),
        column => column.Select(price => price),
        PsmSurveyTests.Lazy,
    ];

    [Property]
    public void Constructor_ColumnsOfEveryShape_HoldTheAnswers(PsmCase c)
    {
        foreach (var shape in Shapes)
        {
            var survey = new PsmSurvey(
                c.TooCheap is null ? null : shape(c.TooCheap),
                shape(c.Cheap),
                shape(c.Expensive),
                shape(c.TooExpensive),
                c.Weights,
                c.IntentCheap,
                c.IntentExpensive);

            Assert.Equal(c.Cheap.Length, survey.Count);
            Assert.Equal(Answers(c.Cheap), survey.Cheap);
            Assert.Equal(Answers(c.Expensive), survey.Expensive);
            Assert.Equal(Answers(c.TooExpensive), survey.TooExpensive);
            Assert.Equal(c.TooCheap is null || c.TooCheap.All(a => a is null) ? null : Answers(c.TooCheap), survey.TooCheap);
            Assert.Equal(c.Weights, survey.Weights);
            Assert.Equal(c.IntentCheap, survey.IntentCheap);
            Assert.Equal(c.IntentExpensive, survey.IntentExpensive);
        }
    }

    /// <summary>The definition: a missing answer is NaN.</summary>
    private static double[] Answers(double?[] column) => [.. column.Select(a => a ?? double.NaN)];
}
