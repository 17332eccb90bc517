using SolutionFit.Gauges;
using SolutionFit.Surveys;

namespace SolutionFit.Tests;

/// <summary>Invalid data says where it is: parameter, position, item id and field, without reading the message.</summary>
public sealed class InvalidInputExceptionTests
{
    [Fact]
    public void Constructor_KeepsTheLocationAndTheDetail()
    {
        var inner = new InvalidOperationException("inner");
        var ex = new InvalidInputException("rows", "Row 3 is wrong.", 3, "r-3", "cheap", inner);

        Assert.Equal("rows", ex.ParamName);
        Assert.Equal("Row 3 is wrong.", ex.Detail);
        Assert.Equal("Row 3 is wrong. (Parameter 'rows', index 3, item 'r-3', field 'cheap')", ex.Message);
        Assert.Equal("Nothing to do.", new InvalidInputException(null, "Nothing to do.").Message);
        Assert.Equal("Bad. (Parameter 'x', field 'f')", new InvalidInputException("x", "Bad.", field: "f").Message);
        Assert.Equal((3, "r-3", "cheap"), (ex.Index, ex.ItemId, ex.Field));
        Assert.Same(inner, ex.InnerException);
        Assert.IsAssignableFrom<ArgumentException>(ex);
    }

    [Fact]
    public void CustomerGoal_BadImportance_NamesTheGoal()
    {
        var ex = Assert.Throws<InvalidInputException>("importance", () => new CustomerGoal("onboard", 2));

        Assert.Equal("Goal 'onboard' importance must be a finite number in [0, 1], but is 2.", ex.Detail);
        Assert.Equal(("onboard", (int?)null, (string?)null), (ex.ItemId, ex.Index, ex.Field));
    }

    [Fact]
    public void CustomerProfile_DuplicateGoal_GivesItsPositionAndId()
    {
        var ex = Assert.Throws<InvalidInputException>("goals", () => new CustomerProfile("acme", [new CustomerGoal("a", 1), new CustomerGoal("b", 1), new CustomerGoal("a", 1)]));

        Assert.Equal((2, "a", (string?)null), (ex.Index, ex.ItemId, ex.Field));
    }

    [Fact]
    public void CustomerProfile_NullGoal_GivesItsPosition()
    {
        var ex = Assert.Throws<InvalidInputException>("goals", () => new CustomerProfile("acme", [new CustomerGoal("a", 1), null!]));

        Assert.Equal(1, ex.Index);
    }

    [Fact]
    public void ProposedSolution_BadAchievement_GivesItsPositionSolutionAndGoal()
    {
        var ex = Assert.Throws<InvalidInputException>(
            "achievements",
            () => new ProposedSolution("pro", 10, [KeyValuePair.Create("a", 0.5), KeyValuePair.Create("b", 1.5)], 0, 0));

        Assert.Equal((1, "pro", "b"), (ex.Index, ex.ItemId, ex.Field));
    }

    [Fact]
    public void ProposedSolution_BadPrice_NamesTheSolution()
    {
        var ex = Assert.Throws<InvalidInputException>("price", () => new ProposedSolution("pro", -1, [], 0, 0));

        Assert.Equal("pro", ex.ItemId);
    }

    [Fact]
    public void Rank_DuplicateSolution_GivesItsPosition()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("a", 1)]);
        var s = new ProposedSolution("s", 1, [], 0, 0);

        var ex = Assert.Throws<InvalidInputException>("solutions", () => new SolutionFitScorer().Rank(customer, [s, new ProposedSolution("t", 1, [], 0, 0), s]));

        Assert.Equal((2, "s"), (ex.Index, ex.ItemId));
    }

    [Fact]
    public void Gauge_DuplicateDeal_GivesItsPositionAndId()
    {
        var ex = Assert.Throws<InvalidInputException>("reactions", () => PriceHappinessGauge.Measure([new("d1", PriceReaction.Fair), new("d2", PriceReaction.Fair), new("d1", PriceReaction.Bargain)]));

        Assert.Equal((2, "d1"), (ex.Index, ex.ItemId));
    }

    [Fact]
    public void GaugeBy_BadGroup_NamesTheGroupAndKeepsTheInnerError()
    {
        ObservedReaction[] deals = [new("d1", PriceReaction.Fair), new("d2", PriceReaction.Fair), new("d2", PriceReaction.Bargain)];

        var ex = Assert.Throws<InvalidInputException>("source", () => PriceHappinessGauge.MeasureBy(deals, d => d.DealId == "d1" ? "ana" : "bo", d => d));

        var inner = Assert.IsType<InvalidInputException>(ex.InnerException);
        Assert.Equal(("bo", "d2"), (ex.ItemId, ex.Field));
        Assert.Equal($"Group 'bo': {inner.Detail}", ex.Detail);
        Assert.Equal((1, "d2"), (inner.Index, inner.ItemId));
    }

    [Fact]
    public void Odi_RepeatedAnswer_GivesItsPositionRespondentAndOutcome()
    {
        var ex = Assert.Throws<InvalidInputException>("answers", () => Odi.Analyze([new("r1", "o", 5, 1), new("r2", "o", 5, 1), new("r1", "o", 4, 2)]));

        Assert.Equal((2, "r1", "o"), (ex.Index, ex.ItemId, ex.Field));
        Assert.Equal("Respondent 'r1' answers outcome 'o' more than once.", ex.Detail);
    }

    [Fact]
    public void Kano_MissingFeature_GivesItsPosition()
    {
        var ex = Assert.Throws<InvalidInputException>("answers", () => Kano.Analyze([new("r1", "f", 1, 5), new("r2", " ", 1, 5)]));

        Assert.Equal((1, "r2"), (ex.Index, ex.ItemId));
        Assert.Equal("Every answer needs a respondent and the feature it is about; one is missing.", ex.Detail);
    }

    [Fact]
    public void Ahp_BadEntry_GivesRowLabelAndColumnLabel()
    {
        var ex = Assert.Throws<InvalidInputException>("matrix", () => Ahp.Analyze(["a", "b", "c"], [[1, 2, 3], [0.5, 1, double.NaN], [1.0 / 3, 1, 1]]));

        Assert.Equal((1, "b", "c"), (ex.Index, ex.ItemId, ex.Field));
    }

    [Fact]
    public void PriceThresholds_OutOfOrder_NamesTheHigherPrice()
    {
        var ex = Assert.Throws<InvalidInputException>("expensive", () => new PriceThresholds(1, 3, 2, 4));

        Assert.Contains("the expensive price 2 is not above the cheap price 3", ex.Detail, StringComparison.Ordinal);
    }
}
