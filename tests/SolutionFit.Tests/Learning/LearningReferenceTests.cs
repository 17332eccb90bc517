using System.Text.Json;
using SolutionFit.Learning;

namespace SolutionFit.Tests.Learning;

/// <summary>
/// The three models against R on the reference cases: coefficients, cutpoints and thresholds to 1e-6 relative,
/// log-likelihoods to 1e-8, standard errors to 1e-4.
/// </summary>
public sealed class LearningReferenceTests
{
    public static TheoryData<string> Cases => new() { "learn_basic", "learn_weighted" };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReactionModelFit_ReferenceCase_AgreesWithOrdinalClm(string name)
    {
        var reference = LearnReference.Load(name);
        var expected = reference.Expected.GetProperty("reactions");
        var model = ReactionModel.Fit(reference.Reactions);

        Assert.Equal(expected.GetProperty("observations").GetInt32(), model.Observations);
        Assert.Equal(expected.GetProperty("excluded").GetInt32(), model.ExcludedCount);
        Assert.Equal(
            expected.GetProperty("categories").EnumerateArray().Select(c => Enum.Parse<PriceReaction>(c.GetString()!, ignoreCase: true)),
            model.Categories);
        Close(expected.GetProperty("slope"), model.Slope, 1e-6);
        Close(expected.GetProperty("cutpoints"), model.Cutpoints, 1e-6);
        var thresholds = expected.GetProperty("thresholds");
        Close(thresholds.GetProperty("tooCheap"), model.TooCheap!.Value, 1e-6);
        Close(thresholds.GetProperty("cheap"), model.Cheap!.Value, 1e-6);
        Close(thresholds.GetProperty("expensive"), model.Expensive!.Value, 1e-6);
        Close(thresholds.GetProperty("tooExpensive"), model.TooExpensive!.Value, 1e-6);
        Assert.Equal(new PriceThresholds(model.TooCheap.Value, model.Cheap.Value, model.Expensive.Value, model.TooExpensive.Value), model.Thresholds);
        Close(expected.GetProperty("standardErrors").GetProperty("slope"), model.SlopeStandardError, 1e-4);
        Close(expected.GetProperty("standardErrors").GetProperty("cutpoints"), model.CutpointStandardErrors, 1e-4);
        Close(expected.GetProperty("logLikelihood"), model.LogLikelihood, 1e-8);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WinModelFit_ReferenceCase_AgreesWithGlm(string name)
    {
        var reference = LearnReference.Load(name);
        var expected = reference.Expected.GetProperty("wins");
        var model = WinModel.Fit(reference.Wins);

        Assert.Equal(expected.GetProperty("observations").GetInt32(), model.Observations);
        Close(expected.GetProperty("coefficients"), model.Coefficients, 1e-6);
        Close(expected.GetProperty("standardErrors"), model.StandardErrors, 1e-4);
        Close(expected.GetProperty("deviance"), model.Deviance, 1e-8);
        Close(expected.GetProperty("logLikelihood"), model.LogLikelihood, 1e-8);
        Assert.Equal(0.0, model.Ridge);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ChoiceModelFit_ReferenceCase_AgreesWithClogit(string name)
    {
        var reference = LearnReference.Load(name);
        var expected = reference.Expected.GetProperty("choices");
        var model = ChoiceModel.Fit(reference.Choices);

        Assert.Equal(expected.GetProperty("sets").GetInt32(), model.Sets);
        Close(expected.GetProperty("scale"), model.Scale, 1e-6);
        Close(expected.GetProperty("noChoice"), model.NoChoice, 1e-6);
        Close(expected.GetProperty("standardErrors").GetProperty("scale"), model.ScaleStandardError, 1e-4);
        Close(expected.GetProperty("standardErrors").GetProperty("noChoice"), model.NoChoiceStandardError, 1e-4);
        Close(expected.GetProperty("logLikelihood"), model.LogLikelihood, 1e-8);
    }

    internal static void Close(JsonElement expected, double actual, double relative)
    {
        var e = expected.GetDouble();
        Assert.True(Math.Abs(actual - e) <= relative * Math.Abs(e), $"expected {e:R}, got {actual:R} (relative error {Math.Abs(actual - e) / Math.Abs(e):E2}, allowed {relative:E0})");
    }

    private static void Close(JsonElement expected, IReadOnlyList<double> actual, double relative)
    {
        var e = expected.EnumerateArray().ToArray();
        Assert.Equal(e.Length, actual.Count);
        for (var i = 0; i < e.Length; i++)
        {
            Close(e[i], actual[i], relative);
        }
    }

    private static void Close(JsonElement expected, WinCoefficients actual, double relative)
    {
        Close(expected.GetProperty("intercept"), actual.Intercept, relative);
        Close(expected.GetProperty("goalFit"), actual.GoalFit, relative);
        Close(expected.GetProperty("experience"), actual.Experience, relative);
        Close(expected.GetProperty("priceHappiness"), actual.PriceHappiness, relative);
    }
}
