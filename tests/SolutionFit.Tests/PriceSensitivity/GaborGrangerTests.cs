using System.Text.Json;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary>Gabor–Granger analysis against the reference cases and on small surveys whose results follow from the rules by hand.</summary>
public sealed class GaborGrangerTests
{
    public static TheoryData<string> Cases => new() { "dart54", "segments300", "dirty120" };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyze_ReferenceCase_AgreesWithinTheTolerances(string name)
    {
        var expected = GaborGrangerReference.Expected(name);
        var result = Analyze(name, expected);

        var respondents = expected.GetProperty("respondents");
        Assert.Equal(respondents.GetProperty("inFile").GetInt64(), result.Respondents);
        Assert.Equal(respondents.GetProperty("used").GetInt64(), result.Used);
        Assert.Equal(respondents.GetProperty("inconsistent").GetInt64(), result.Inconsistent);
        Assert.Equal(respondents.GetProperty("noAnswer").GetInt64(), result.NoAnswer);

        var segments = expected.GetProperty("segments").EnumerateArray().ToArray();
        Assert.Equal(segments.Select(s => s.GetProperty("segment").GetString()), result.Segments.Select(s => s.Segment));
        foreach (var (e, actual) in segments.Zip(result.Segments))
        {
            var at = e.GetProperty("segment").GetString()!;
            Close(e.GetProperty("weight"), actual.Weight, 1e-9, at + " weight");
            Close(e.GetProperty("revenueOptimalPrice"), actual.RevenueOptimalPrice, 1e-9, at + " optimum");
            var prices = e.GetProperty("prices").EnumerateArray().ToArray();
            Assert.Equal(prices.Length, actual.Prices.Count);
            foreach (var (p, a) in prices.Zip(actual.Prices))
            {
                var where = $"{at} at {a.Price}";
                Close(p.GetProperty("price"), a.Price, 1e-9, where);
                Close(p.GetProperty("demand"), a.Demand, 1e-9, where + " demand");
                Close(p.GetProperty("determinedWeight"), a.DeterminedWeight, 1e-9, where + " determined weight");
                Close(p.GetProperty("revenue"), a.Revenue, 1e-9, where + " revenue");
                Close(p.GetProperty("elasticity"), a.Elasticity, 1e-9, where + " elasticity");
                Close(p.GetProperty("arcElasticity"), a.ArcElasticity, 1e-9, where + " arc elasticity");
            }

            var model = e.GetProperty("model");
            Assert.Equal(model.ValueKind == JsonValueKind.Null, actual.Model is null);
            if (actual.Model is { } m)
            {
                Close(model.GetProperty("medianWtp"), m.MedianWtp, 1e-6, at + " median");
                Close(model.GetProperty("shape"), m.Shape, 1e-6, at + " shape");
                Close(model.GetProperty("logLikelihood"), m.LogLikelihood, 1e-6, at + " log-likelihood");
                Close(model.GetProperty("revenueOptimalPrice"), m.RevenueOptimalPrice, 1e-6, at + " model optimum");
                Close(model.GetProperty("demandAtOptimum"), m.DemandAtOptimum, 1e-6, at + " demand at optimum");
                Close(model.GetProperty("revenueAtOptimum"), m.RevenueAtOptimum, 1e-6, at + " revenue at optimum");
                Close(model.GetProperty("medianWtpSe"), m.MedianWtpSe, 1e-4, at + " median SE");
                Close(model.GetProperty("shapeSe"), m.ShapeSe, 1e-4, at + " shape SE");
            }
        }
    }

    internal static GaborGrangerResult Analyze(string name, JsonElement expected)
    {
        var (weight, segment) = GaborGrangerReference.Options(expected);
        var (prices, rows) = GaborGrangerReference.Read(name, weight, segment);
        var tally = new GaborGrangerTally(prices);
        foreach (var (answers, w, s) in rows)
        {
            tally.Add(answers, w, s);
        }

        return GaborGranger.Analyze(tally);
    }

    [Fact]
    public void Analyze_ReferencePriceColumnTwice_IsRejectedByTheTally()
    {
        Assert.Equal(2, GaborGrangerReference.Expected("bad_dup_price").GetProperty("error").GetProperty("exitCode").GetInt32());
        var (prices, _) = GaborGrangerReference.Read("bad_dup_price", null, null);
        var e = Assert.Throws<InvalidInputException>("prices", () => new GaborGrangerTally(prices));
        Assert.Equal(2, e.Index);
    }

    [Fact]
    public void Analyze_Null_Throws() =>
        Assert.Throws<ArgumentNullException>("tally", () => GaborGranger.Analyze(null!));

    [Fact]
    public void Analyze_PriceNobodyIsDeterminedAt_HasNullDemandRevenueAndElasticities()
    {
        var result = Analyze([10.0, 20.0, 30.0], ([true, null, null], 1.0, null));
        var s = result.Segments.Single();
        Assert.Equal([1.0, 0.0, 0.0], s.Prices.Select(p => p.DeterminedWeight));
        Assert.Equal([1.0, null, null], s.Prices.Select(p => p.Demand));
        Assert.Equal([10.0, null, null], s.Prices.Select(p => p.Revenue));
        Assert.All(s.Prices, p => Assert.Null(p.Elasticity));
        Assert.All(s.Prices, p => Assert.Null(p.ArcElasticity));
        Assert.Equal(10.0, s.RevenueOptimalPrice);
        Assert.Null(s.Model); // everyone right-censored
    }

    [Fact]
    public void Analyze_RevenueTie_TakesTheLowestPrice()
    {
        var s = Analyze([20.0, 10.0], ([true, true], 1.0, null), ([false, true], 1.0, null)).Segments[0];
        Assert.Equal([10.0, 10.0], s.Prices.Select(p => p.Revenue!.Value));
        Assert.Equal(10.0, s.RevenueOptimalPrice);
        Assert.Equal(0.5, s.Prices[0].Elasticity); // −((0.5 − 1) / 1) / ((20 − 10) / 10)
        Assert.Equal(2.0 / 3.0 * 1.5, s.Prices[0].ArcElasticity!.Value, 15); // −(−0.5 / 0.75) / (10 / 15)
    }

    [Fact]
    public void Analyze_SmallestDemandAtPricesOneUlpApart_ElasticitiesAreFinite()
    {
        // Demand falls from the smallest subnormal to 0: the mean of the two demands rounds to 0, and the price step is one ulp.
        var p1 = Math.BitIncrement(1.0);
        var s = Analyze([1.0, p1], ([true, false], double.Epsilon, null), ([false, false], 1.0, null)).Segments[0];
        Assert.Equal([double.Epsilon, 0.0], s.Prices.Select(p => p.Demand!.Value));
        Assert.Equal(1.0 / (p1 - 1.0), s.Prices[0].Elasticity);
        Assert.Equal(2.0 / ((p1 - 1.0) / ((1.0 + p1) / 2.0)), s.Prices[0].ArcElasticity);
        Assert.All(s.Prices, p => Assert.True(double.IsFinite(p.Revenue!.Value)));
    }

    [Fact]
    public void Analyze_PricesWhoseSumOverflows_ArcElasticityUsesTheirMidpoint()
    {
        var s = Analyze([1e308, 1.7e308], ([true, false], 1.0, null), ([true, true], 1.0, null)).Segments[0];
        Assert.Equal([1.0, 0.5], s.Prices.Select(p => p.Demand!.Value));
        Assert.Equal(0.5 / (0.7e308 / 1e308), s.Prices[0].Elasticity!.Value, 12);
        Assert.Equal((2.0 * 0.5 / 1.5) / (0.7e308 / 1.35e308), s.Prices[0].ArcElasticity!.Value, 12);
    }

    [Fact]
    public void Analyze_ZeroDemand_HasNullElasticities()
    {
        var s = Analyze([10.0, 20.0], ([false, false], 1.0, null)).Segments[0];
        Assert.Equal([0.0, 0.0], s.Prices.Select(p => p.Demand!.Value));
        Assert.Null(s.Prices[0].Elasticity);
        Assert.Null(s.Prices[0].ArcElasticity);
        Assert.Equal(10.0, s.RevenueOptimalPrice);
        Assert.Null(s.Model); // everyone left-censored
    }

    [Fact]
    public void Analyze_OnePriceAgreesWithEveryAnswer_HasNoModel()
    {
        // [10, 20) and [20, 30): the largest lower end 20 is the smallest upper end.
        var s = Analyze([10.0, 20.0, 30.0], ([true, false, false], 1.0, null), ([true, true, false], 1.0, null)).Segments[0];
        Assert.Null(s.Model);
    }

    [Fact]
    public void Analyze_OnlyCensoredWithTheLeftBelowTheRight_HasNoModel()
    {
        // WTP < 10 and WTP ≥ 20 only: the scale can shrink to 0.
        var s = Analyze([10.0, 20.0], ([false, null], 1.0, null), ([null, true], 1.0, null)).Segments[0];
        Assert.Null(s.Model);
    }

    [Fact]
    public void Analyze_OnlyCensoredOverlapping_HasAModel()
    {
        // WTP < 30 (weight 3), WTP < 10, WTP ≥ 20: the mean log upper end of the left-censored is above log 20.
        var s = Analyze([10.0, 20.0, 30.0], ([null, null, false], 3.0, null), ([false, null, null], 1.0, null), ([null, true, null], 1.0, null)).Segments[0];
        Assert.NotNull(s.Model);
        Assert.True(s.Model.MedianWtp is > 0.0 && double.IsFinite(s.Model.MedianWtp));
    }

    [Fact]
    public void Analyze_WidelySpreadWillingness_HasShapeBelowOneAndNoContinuousOptimum()
    {
        var s = Analyze(
            [1.0, 10.0, 100.0, 1000.0],
            ([false, false, false, false], 10.0, null),
            ([true, true, true, true], 10.0, null),
            ([true, false, false, false], 1.0, null),
            ([true, true, true, false], 1.0, null)).Segments[0];
        var m = s.Model!;
        Assert.True(m.Shape < 1.0, $"shape {m.Shape}");
        Assert.Null(m.RevenueOptimalPrice);
        Assert.Null(m.DemandAtOptimum);
        Assert.Null(m.RevenueAtOptimum);
        Assert.Equal(0.5, m.DemandAt(m.MedianWtp), 12);
        Assert.Equal(1.0, m.DemandAt(0.0));
    }

    [Fact]
    public void DemandAt_NegativePrice_Throws()
    {
        var m = Analyze("dart54", GaborGrangerReference.Expected("dart54")).Segments[0].Model!;
        Assert.Throws<InvalidInputException>("price", () => m.DemandAt(-1.0));
        Assert.Equal(m.DemandAtOptimum!.Value, m.DemandAt(m.RevenueOptimalPrice!.Value), 15);
    }

    private static GaborGrangerResult Analyze(double[] prices, params (bool?[] Answers, double Weight, string? Segment)[] rows)
    {
        var tally = new GaborGrangerTally(prices);
        foreach (var (answers, weight, segment) in rows)
        {
            tally.Add(answers, weight, segment);
        }

        return GaborGranger.Analyze(tally);
    }

    private static void Close(JsonElement expected, double? actual, double tolerance, string what)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.True(actual is null, $"{what}: expected null, got {actual}");
            return;
        }

        Assert.True(actual.HasValue, $"{what}: expected {expected.GetDouble()}, got null");
        var e = expected.GetDouble();
        var error = Math.Abs(actual!.Value - e) / Math.Max(Math.Abs(e), double.Epsilon);
        Assert.True(error <= tolerance || actual.Value == e, $"{what}: expected {e:R}, got {actual.Value:R} (relative error {error:E2})");
    }
}
