using SolutionFit.Gauges;
using SolutionFit.MultiCriteria;
using SolutionFit.PriceSensitivity;
using SolutionFit.Surveys;

namespace SolutionFit.Tests.Hardening;

/// <summary>
/// Every analysis, fed values at the edges of <see cref="double"/> that its validation accepts (1.8e308, 1e308, 1e155,
/// 1e-170, 5e-324, −0) and large counts: every public result (walked by <see cref="FiniteWalker"/>, so that new members
/// are covered) is finite and its text says neither NaN nor infinity, or the input is rejected with
/// <see cref="InvalidInputException"/>.
/// </summary>
public sealed class ExtremeInputTests
{
    private static readonly double[] Units = [-0.0, 5e-324, 1e-170, 0.5, 1.0];
    private static readonly double[] Prices = [0.0, -0.0, 5e-324, 1e-170, 1.0, 1e155, 1e308, double.MaxValue];
    private static readonly double[] Anything = [-double.MaxValue, -1e308, -1e155, -1.0, -1e-170, -5e-324, -0.0, 0.0, 5e-324, 1e-170, 1.0, 1e155, 1e308, double.MaxValue];

    private static readonly PriceThresholds?[] Thresholds =
    [
        null,
        new(0.0, 5e-324, 1e-170, 1.0),
        new(1e-170, 1e155, 1e300, double.MaxValue),
        new(5e-324, 1e-300, 1e308, double.MaxValue),
        new(10, 20, 40, 60),
    ];

    private static IEnumerable<ProposedSolution> Solutions() =>
        from price in Prices
        from achievement in Units
        from effort in new[] { -0.0, 5e-324, 1.0 }
        select new ProposedSolution(
            $"s{price:R}/{achievement:R}/{effort:R}",
            price,
            [KeyValuePair.Create("must", achievement), KeyValuePair.Create("perf", 1.0 - achievement), KeyValuePair.Create("delight", achievement)],
            effort,
            1.0 - effort);

    private static IEnumerable<CustomerProfile> Customers() =>
        from thresholds in Thresholds
        from importance in Units
        from satisfaction in new[] { -0.0, 5e-324, 1.0 }
        select new CustomerProfile(
            "c",
            [new CustomerGoal("must", importance, GoalKind.MustHave, satisfaction), new CustomerGoal("perf", 1.0 - importance, GoalKind.Performance, satisfaction), new CustomerGoal("delight", importance, GoalKind.Delighter, 1.0 - satisfaction)],
            thresholds);

    [Fact]
    public void Scorer_Coach_AndCatalog_ExtremeValues_AreFinite()
    {
        var solutions = Solutions().ToArray();
        var policies = new[] { ScoringPolicy.Default, new ScoringPolicy { ExperienceWeight = 5e-324, HappinessAtZeroPrice = 1e-170, HappinessAtExpensive = 5e-324 } };
        foreach (var policy in policies)
        {
            var scorer = new SolutionFitScorer(policy);
            var coach = new SolutionCoach(scorer);
            var catalog = new SolutionCatalog(solutions, policy);
            FiniteWalker.AssertFinite(catalog, "catalog");
            var overall = new double[catalog.Count];
            var best = new RankedSolution[5];
            foreach (var customer in Customers())
            {
                foreach (var solution in solutions.Where((_, i) => i % 7 == 0))
                {
                    FiniteWalker.AssertFinite(scorer.Score(customer, solution), $"Score({solution.Id})");
                    FiniteWalker.AssertFinite(scorer.Evaluate(customer, solution), $"Evaluate({solution.Id})");
                }

                FiniteWalker.AssertFinite(coach.Coach(customer, solutions[^1], solutions.Take(9)), "Coach");
                var compiled = catalog.Compile(customer);
                compiled.Score(overall);
                FiniteWalker.AssertFinite(overall, "CompiledCustomer.Score");
                var count = compiled.Top(best);
                FiniteWalker.AssertFinite(best.Take(count).ToArray(), "CompiledCustomer.Top");
            }

            var top = new RankedSolution[Customers().Count() * 3];
            var written = catalog.Top(Customers().ToArray(), 3, top);
            FiniteWalker.AssertFinite(top.Take(written).ToArray(), "SolutionCatalog.Top");
        }
    }

    public static TheoryData<double[]> GaugeWeights => new()
    {
        { [1e155] },
        { [1e-170] },
        { [5e-324] },
        { [double.MaxValue, double.MaxValue, double.MaxValue, 1.0] },
        { [1e308, 1e308, 5e-324, 0.0] },
        { [5e-324, 1.0, 1e155, 1e-170, 0.0] },
        { [0.0, -0.0, 1e-170] },
        { Enumerable.Repeat(1e308, 50).ToArray() },
    };

    [Theory]
    [MemberData(nameof(GaugeWeights))]
    public void Gauge_ExtremeWeights_AreFinite(double[] weights)
    {
        var reactions = weights.Select((w, i) => new ObservedReaction($"d{i}", (PriceReaction)(i % 5), w)).ToArray();

        var gauge = PriceHappinessGauge.Measure(reactions);
        var groups = PriceHappinessGauge.MeasureBy(reactions, r => r.DealId.Length % 2, r => r);

        FiniteWalker.AssertFinite(gauge);
        FiniteWalker.AssertFinite(groups);
        FiniteWalker.AssertFinite(SmileGauge.Compare(gauge, groups[0]));
    }

    [Fact]
    public void Surveys_HugeCounts_AreFinite()
    {
        const int Respondents = 30_000;
        var kano = Kano.Analyze(Enumerable.Range(0, Respondents).Select(i => new KanoAnswer($"r{i}", $"f{i % 3}", (i % 6) + 0, ((i / 6) % 6) + 0)));
        var odi = Odi.Analyze(Enumerable.Range(0, Respondents).Select(i => new OdiAnswer($"r{i}", $"o{i % 3}", i % 7 == 0 ? null : (i % 6) + 0, (i / 6) % 6)));

        FiniteWalker.AssertFinite(kano);
        FiniteWalker.AssertFinite(odi);
    }

    public static TheoryData<double[][]> AhpMatrices => new()
    {
        { [[1.0, 1e308], [1e-308, 1.0]] },
        { [[1.0, 1e308, 1e-308], [1e-308, 1.0, 1e308], [1e308, 1e-308, 1.0]] },
        { [[1.0, 1e308, 1e308], [1e-308, 1.0, 1e155], [1e-308, 1e-155, 1.0]] },
        { [[1.0, 5e-324, 1e-170, 3.0], [1e308, 1.0, 1e155, 1e300], [1e170, 1e-155, 1.0, 1e-10], [1.0 / 3.0, 1e-300, 1e10, 1.0]] },
    };

    [Theory]
    [MemberData(nameof(AhpMatrices))]
    public void Ahp_ExtremeEntries_AreFiniteOrRejected(double[][] matrix)
    {
        var labels = Enumerable.Range(0, matrix.Length).Select(i => $"l{i}").ToArray();
        foreach (var method in Enum.GetValues<AhpPriorityMethod>())
        {
            try
            {
                var result = Ahp.Analyze(labels, matrix, method, reciprocalTolerance: 1.0);
                FiniteWalker.AssertFinite(result, method.ToString());
                FiniteWalker.AssertFinite(Ahp.Combine(result, Enumerable.Repeat(result, labels.Length).ToArray()), "Combine");
            }
            catch (InvalidInputException error)
            {
                Assert.Equal("matrix", error.ParamName);
            }
        }
    }

    public static TheoryData<double[][], double[], bool> PsmSurveys => new()
    {
        // Rows of (too cheap, cheap, expensive, too expensive), one weight per row, and whether NMS can resolve the answers:
        // not when a respondent's anchors lie some 300 orders of magnitude below the highest price.
        { Rows([0.0, 5e-324, 1e-170, 1.0], [5e-324, 1e-170, 1.0, 1e155], [1e-170, 1.0, 1e155, 1e308]), [1.0, 1.0, 1.0], false },
        { Rows([1.0, 1e155, 1e308, double.MaxValue], [0.0, 1.0, 1e300, double.MaxValue], [1e-300, 1e-170, 1e155, 1.7e308]), [1e308, 1e308, 1e308], false },
        { Rows([1.0, 2.0, 3.0, 4.0], [2.0, 3.0, 4.0, 5.0], [1.5, 2.5, 3.5, 4.5]), [5e-324, 1e-170, double.MaxValue], true },
        { Rows([0.0, -0.0, 5e-324, 1e-320], [5e-324, 1e-320, 1e-310, 1e-300], [0.0, 1e-323, 1e-322, 1e-321]), [1e155, 0.0, 1e-170], true },
        { Rows([1e307, 1e307 * 2, 1e307 * 4, 1e307 * 8], [1e307 * 3, 1e307 * 5, 1e307 * 9, 1e307 * 17], [1e307 * 2, 1e307 * 3, 1e307 * 5, 1e307 * 9]), [1.0, 5e-324, 1.0], true },
    };

    [Theory]
    [MemberData(nameof(PsmSurveys))]
    public void Psm_ExtremePricesAndWeights_AreFiniteOrRejected(double[][] rows, double[] weights, bool nmsFits)
    {
        var intentsCheap = rows.Select((_, i) => (int?)(5 - (i % 5))).ToArray();
        var intentsExpensive = intentsCheap.Select(i => (int?)Math.Max(1, i!.Value - 1)).ToArray();
        PsmSurvey Survey(bool nms) => new(
            rows.Select(r => (double?)r[0]),
            rows.Select(r => (double?)r[1]),
            rows.Select(r => (double?)r[2]),
            rows.Select(r => (double?)r[3]),
            weights,
            nms ? intentsCheap : null,
            nms ? intentsExpensive : null);
        PsmTally Tally(bool nms)
        {
            var tally = new PsmTally(0, nms);
            for (var i = 0; i < rows.Length; i++)
            {
                tally.Add(rows[i][0], rows[i][1], rows[i][2], rows[i][3], weights[i], nms ? intentsCheap[i] : null, nms ? intentsExpensive[i] : null);
            }

            return tally;
        }

        var (survey, nmsSurvey, tally, nmsTally) = (Survey(nms: false), Survey(nms: true), Tally(nms: false), Tally(nms: true));
        var span = rows.Max(r => r[3]) - rows.Min(r => r[0]);
        foreach (var method in Enum.GetValues<PsmMethod>())
        {
            foreach (var intersection in Enum.GetValues<PsmIntersection>())
            {
                foreach (var range in Enum.GetValues<PsmAcceptableRange>())
                {
                    double?[] steps = method == PsmMethod.Interpolated ? [null, span / 10] : [null];
                    foreach (var step in steps)
                    {
                        var options = new PsmOptions { Method = method, Intersection = intersection, AcceptableRange = range, InterpolationStep = step };
                        var name = $"{method} {intersection} {range} step {step:R}";
                        var indexSpace = method == PsmMethod.Classic && step is null; // NMS interpolates between ranks, not prices
                        FiniteWalker.AssertFinite(PriceSensitivityMeter.Analyze(survey, options), name);
                        FiniteWalker.AssertFinite(PriceSensitivityMeter.Analyze(tally, options), $"tally {name}");
                        CheckNms(() => PriceSensitivityMeter.Analyze(nmsSurvey, options), nmsFits || indexSpace, $"NMS {name}");
                        CheckNms(() => PriceSensitivityMeter.Analyze(nmsTally, options), nmsFits || indexSpace, $"NMS tally {name}");
                    }
                }
            }
        }
    }

    /// <summary>Newton–Miller–Smith is finite, or rejects answers too close together for its slopes (documented).</summary>
    private static void CheckNms(Func<PsmResult> analysis, bool fits, string name)
    {
        if (fits)
        {
            FiniteWalker.AssertFinite(analysis(), name);
            return;
        }

        var error = Assert.Throws<InvalidInputException>(analysis);
        Assert.Contains("are too close together, relative to the highest answer price", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Index);
    }

    public static TheoryData<double[][], double[]> DecisionMatrices => new()
    {
        { Rows([1e308, -1e308, 5e-324], [-1e308, 1e308, 0.0], [0.0, -0.0, 1e-170]), [1.0, 1.0, 1.0] },
        { Rows([double.MaxValue, 5e-324, double.MaxValue], [-double.MaxValue, 1e-170, 0.0], [1.0, 1e155, 1e-300]), [1e308, 1e308, 1e308] },
        { Rows([5e-324, 1e-170, 1e308], [1e-320, 1e-171, 1e307], [0.0, 1e-169, 1.7e308]), [5e-324, 1e-170, 1.0] },
        { Rows([1e-170, 1e-170, 1e-170], [2e-170, 3e-170, 1e-170], [3e-170, 1e-170, 2e-170]), [double.MaxValue, double.MaxValue, 5e-324] },
        { Rows([1e155, 2e155, 3e155], [1e-155, 1e155, 1e308], [5e-324, 1e300, 1.0]), [1e155, 1e-170, 1.0] },
    };

    [Theory]
    [MemberData(nameof(DecisionMatrices))]
    public void MultiCriteria_ExtremeValuesAndWeights_AreFiniteOrRejected(double[][] values, double[] weights)
    {
        Criterion[][] criteriaSets =
        [
            [Criterion.Benefit("x"), Criterion.Cost("y"), Criterion.TargetValue("z", -1e308)],
            [Criterion.TargetValue("x", double.MaxValue), Criterion.Benefit("y"), Criterion.Cost("z")],
            [Criterion.Cost("x"), Criterion.TargetValue("y", 5e-324), Criterion.Benefit("z")],
        ];
        var preferences = new[] { PreferenceFunction.Usual, PreferenceFunction.Linear(0, 1e300), PreferenceFunction.VShape(5e-324) };
        foreach (var criteria in criteriaSets)
        {
            var matrix = new DecisionMatrix(["a", "b", "c"], criteria, values, weights);
            FiniteWalker.AssertFinite(matrix, "matrix");
            foreach (var normalization in Enum.GetValues<Normalization>())
            {
                Check(() => MultiCriteriaRanking.WeightedSum(matrix, normalization), $"WeightedSum {normalization}");
                Check(() => MultiCriteriaRanking.Topsis(matrix, normalization), $"Topsis {normalization}");
            }

            Check(() => MultiCriteriaRanking.Vikor(matrix), "Vikor");
            Check(() => MultiCriteriaRanking.Vikor(matrix, v: 5e-324), "Vikor v");
            Check(() => MultiCriteriaRanking.PrometheeII(matrix), "Promethee");
            Check(() => MultiCriteriaRanking.PrometheeII(matrix, preferences), "Promethee with preferences");
            Check(() => MultiCriteriaRanking.WeightSensitivity(matrix, m => MultiCriteriaRanking.Topsis(m, Normalization.MinMax)), "WeightSensitivity");
        }
    }

    [Fact]
    public void MultiCriteria_EveryExtremeValueAgainstEveryOther_IsFinite()
    {
        var criteria = new[] { Criterion.Benefit("b"), Criterion.Cost("c"), Criterion.TargetValue("t", 1e308), Criterion.TargetValue("u", -double.MaxValue) };
        foreach (var first in Anything)
        {
            foreach (var second in Anything)
            {
                var matrix = new DecisionMatrix(["p", "q"], criteria, [[first, first, first, first], [second, second, second, second]], [1e308, 5e-324, 1.0, double.MaxValue]);
                Check(() => MultiCriteriaRanking.WeightedSum(matrix, Normalization.MinMax), "WeightedSum");
                Check(() => MultiCriteriaRanking.Topsis(matrix), "Topsis");
                Check(() => MultiCriteriaRanking.Vikor(matrix), "Vikor");
                Check(() => MultiCriteriaRanking.PrometheeII(matrix), "Promethee");
            }
        }
    }

    private static double[][] Rows(params double[][] rows) => rows;

    private static void Check(Func<object> analysis, string name)
    {
        object result;
        try
        {
            result = analysis();
        }
        catch (InvalidInputException error)
        {
            // Only the documented rejection of a ratio normalisation (a negative value, a cost of 0).
            Assert.Equal("matrix", error.ParamName);
            Assert.Contains("normalisation divides by the values", error.Message, StringComparison.Ordinal);
            return;
        }

        FiniteWalker.AssertFinite(result, name);
    }
}
