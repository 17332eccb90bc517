using System.Globalization;

namespace SolutionFit.Tests;

/// <summary>Checks cost nothing when they pass: no message is built on the success path.</summary>
public sealed class GuardTests
{
    [Fact]
    public void Checks_Passing_AllocateNothing()
    {
        var id = "onboard-fast";
        Passing(id); // JIT and statics first
        var before = GC.GetAllocatedBytesForCurrentThread();
        Passing(id);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Checks_Failing_FormatTheItemInvariantly()
    {
        var culture = CultureInfo.CurrentCulture;
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ","; // the tests run with invariant globalization: a culture of our own
        CultureInfo.CurrentCulture = comma;
        try
        {
            var ex = Assert.Throws<InvalidInputException>("x", () => Guard.UnitInterval(1.5, "x", $"Item {0.25} of '{"g"}'", 4, "g", "f"));

            Assert.Equal("Item 0.25 of 'g' must be a finite number in [0, 1], but is 1.5.", ex.Detail);
            Assert.Equal((4, "g", "f"), (ex.Index, ex.ItemId, ex.Field));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1e-300)]
    public void NonNegativeFinite_Rejects(double value) =>
        Assert.Throws<InvalidInputException>("x", () => Guard.NonNegativeFinite(value, "x", $"Value {value}"));

    [Theory]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void PositiveFinite_Rejects(double value) =>
        Assert.Throws<InvalidInputException>("x", () => Guard.PositiveFinite(value, "x", "The value"));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Finite_Rejects(double value) =>
        Assert.Throws<InvalidInputException>("x", () => Guard.Finite(value, "x", "The value"));

    private static void Passing(string id)
    {
        Guard.UnitInterval(0.5, "importance", $"Goal '{id}' importance", itemId: id);
        Guard.NonNegativeFinite(12.5, "price", $"Solution '{id}' price", itemId: id);
        Guard.PositiveFinite(3.0, "matrix", $"Entry ('{id}', '{id}')", 1, id, id);
        Guard.Finite(-7.0, "values", $"Alternative '{id}' on criterion '{id}'", 2, id, id);
        Guard.UnitInterval(0.5, "effortWeight", "The effort weight");
    }
}
