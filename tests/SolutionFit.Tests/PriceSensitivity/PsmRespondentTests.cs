using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

public sealed class PsmRespondentTests
{
    [Theory]
    [InlineData(1.0, 2.0, 3.0, 4.0, false, null)]
    [InlineData(0.0, 2.0, 3.0, 4.0, false, null)]
    [InlineData(null, 2.0, 3.0, 4.0, true, null)]
    [InlineData(null, 2.0, 3.0, 4.0, false, PsmProblem.MissingAnswer)]
    [InlineData(null, 3.0, 2.0, 4.0, false, PsmProblem.MissingAnswer)]
    [InlineData(null, 3.0, 2.0, 4.0, true, PsmProblem.NotIncreasing)]
    [InlineData(1.0, null, 0.5, 4.0, false, PsmProblem.MissingAnswer)]
    [InlineData(1.0, 2.0, 3.0, null, false, PsmProblem.MissingAnswer)]
    [InlineData(null, 2.0, 3.0, null, true, PsmProblem.MissingAnswer)]
    [InlineData(2.0, 2.0, 3.0, 4.0, false, PsmProblem.NotIncreasing)]
    [InlineData(1.0, 2.0, 2.0, 4.0, false, PsmProblem.NotIncreasing)]
    [InlineData(1.0, 2.0, 3.0, 3.0, false, PsmProblem.NotIncreasing)]
    [InlineData(4.0, 3.0, 2.0, 1.0, false, PsmProblem.NotIncreasing)]
    public void Classify_Answers_ConsistentOrTheProblem(double? tooCheap, double? cheap, double? expensive, double? tooExpensive, bool threeQuestion, PsmProblem? expected) =>
        Assert.Equal(expected, PsmRespondent.Classify(tooCheap, cheap, expensive, tooExpensive, threeQuestion));

    [Fact]
    public void Classify_NegativeZero_IsThePriceZero() =>
        Assert.Null(PsmRespondent.Classify(-0.0, 1.0, 2.0, 3.0));

    [Theory]
    [InlineData(double.NaN, 2.0, 3.0, 4.0, "tooCheap")]
    [InlineData(1.0, -2.0, 3.0, 4.0, "cheap")]
    [InlineData(1.0, 2.0, double.PositiveInfinity, 4.0, "expensive")]
    [InlineData(1.0, 2.0, 3.0, -0.5, "tooExpensive")]
    public void Classify_AnswerNotAPrice_ThrowsNamingIt(double tooCheap, double cheap, double expensive, double tooExpensive, string name)
    {
        var ex = Assert.Throws<InvalidInputException>(name, () => PsmRespondent.Classify(tooCheap, cheap, expensive, tooExpensive));
        Assert.Equal(name, ex.Field);
    }

    [Fact]
    public void Classify_TooCheapInAThreeQuestionSurvey_Throws()
    {
        var ex = Assert.Throws<InvalidInputException>("tooCheap", () => PsmRespondent.Classify(1.0, 2.0, 3.0, 4.0, threeQuestion: true));
        Assert.Equal("tooCheap", ex.Field);
        Assert.Equal("A three-question survey has no too-cheap answers, but one is given.", ex.Detail);
    }

    [Theory]
    [InlineData(PsmQuestion.TooCheap, "tooCheap")]
    [InlineData(PsmQuestion.Cheap, "cheap")]
    [InlineData(PsmQuestion.Expensive, "expensive")]
    [InlineData(PsmQuestion.TooExpensive, "tooExpensive")]
    public void ValidatePrice_Negative_ThrowsWithTheTallysWording(PsmQuestion question, string column)
    {
        var ex = Assert.Throws<InvalidInputException>("price", () => PsmRespondent.ValidatePrice(question, -3.5));
        Assert.Equal(column, ex.Field);
        Assert.Null(ex.Index);
        var tally = Assert.Throws<InvalidInputException>(column, () => new PsmTally().Add(
            question == PsmQuestion.TooCheap ? -3.5 : null,
            question == PsmQuestion.Cheap ? -3.5 : null,
            question == PsmQuestion.Expensive ? -3.5 : null,
            question == PsmQuestion.TooExpensive ? -3.5 : null));
        Assert.Equal(tally.Detail, ex.Detail);
        var survey = Assert.Throws<InvalidInputException>(column, () => new PsmSurvey(
            [question == PsmQuestion.TooCheap ? -3.5 : 1.0],
            [question == PsmQuestion.Cheap ? -3.5 : 2.0],
            [question == PsmQuestion.Expensive ? -3.5 : 3.0],
            [question == PsmQuestion.TooExpensive ? -3.5 : 4.0]));
        Assert.Equal(survey.Detail, ex.Detail);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(12.5)]
    [InlineData(double.MaxValue)]
    public void ValidatePrice_Price_ReturnsIt(double price) =>
        Assert.Equal(price, PsmRespondent.ValidatePrice(PsmQuestion.Expensive, price));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-1e-300)]
    public void ValidatePrice_NotAPrice_Throws(double price) =>
        Assert.Throws<InvalidInputException>("price", () => PsmRespondent.ValidatePrice(PsmQuestion.Cheap, price));

    [Fact]
    public void ValidatePrice_UndefinedQuestion_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("question", () => PsmRespondent.ValidatePrice((PsmQuestion)4, 1.0));

    [Theory]
    [InlineData(0.0)]
    [InlineData(2.5)]
    public void ValidateWeight_Weight_ReturnsIt(double weight) =>
        Assert.Equal(weight, PsmRespondent.ValidateWeight(weight));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ValidateWeight_NotAWeight_ThrowsWithTheTallysWording(double weight)
    {
        var ex = Assert.Throws<InvalidInputException>("weight", () => PsmRespondent.ValidateWeight(weight));
        Assert.Equal("weights", ex.Field);
        var tally = Assert.Throws<InvalidInputException>("weight", () => new PsmTally().Add(null, 2, 3, 4, weight: weight));
        Assert.Equal(tally.Detail, ex.Detail);
        var survey = Assert.Throws<InvalidInputException>("weights", () => new PsmSurvey(null, [2.0], [3.0], [4.0], weights: [weight]));
        Assert.Equal(survey.Detail, ex.Detail);
    }
}
