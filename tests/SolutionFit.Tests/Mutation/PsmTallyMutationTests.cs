using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.Mutation;

/// <summary>
/// The exact rejections of a tally's state, of merges and additions, and of a survey's columns: each names the field,
/// the position and the rule, where mutation testing found only the exception's type checked.
/// </summary>
public sealed class PsmTallyMutationTests
{
    // Row 0 consistent, row 1 inconsistent (decreasing), row 2 without a too-cheap answer; with intentions.
    private static PsmTallyState Good()
    {
        var tally = new PsmTally(0, hasPurchaseIntentions: true);
        tally.Add(2, 3, 4, 1, 1.0, 5, 4);
        tally.Add(3, 2, 1, 4, 1.0, 5, 4);
        tally.Add(2, 3, 4, null, 1.0, 4, 3);
        return tally.ToState();
    }

    /// <summary>A copy of a tally state with the given parts replaced.</summary>
    internal static PsmTallyState Copy(
        PsmTallyState s,
        bool? intentions = null,
        int? nextRow = null,
        int? exponent = null,
        IReadOnlyList<PsmRowRange>? rows = null,
        IReadOnlyList<PsmRowRange>? withoutTooCheap = null,
        IReadOnlyList<PsmTallyWeight>? weights = null,
        IReadOnlyList<PsmTallyRespondent>? inconsistent = null,
        IReadOnlyList<PsmTallyCombination>? combinations = null) => new()
        {
            HasPurchaseIntentions = intentions ?? s.HasPurchaseIntentions,
            NextRow = nextRow ?? s.NextRow,
            WeightExponent = exponent ?? s.WeightExponent,
            Rows = rows ?? s.Rows,
            WithoutTooCheapRows = withoutTooCheap ?? s.WithoutTooCheapRows,
            Weights = weights ?? s.Weights,
            Inconsistent = inconsistent ?? s.Inconsistent,
            Combinations = combinations ?? s.Combinations,
        };

    private static void Rejected(PsmTallyState state, string field, int? index, string detail)
    {
        var error = Assert.Throws<InvalidInputException>("state", () => PsmTally.FromState(state));
        Assert.Equal(detail, error.Detail);
        Assert.Equal(field, error.Field);
        Assert.Equal(index, error.Index);
    }

    [Fact]
    public void FromState_GoodState_AndItsLimits_AreAccepted()
    {
        var good = Good();

        Assert.Equal(3, PsmTally.FromState(good).Count);
        Assert.Equal(3, PsmTally.FromState(Copy(good, exponent: 1100)).Count);
        Assert.Equal(3, PsmTally.FromState(Copy(good, rows: [new(0, 1), new(1, 2)])).Count); // adjacent ranges join
    }

    [Fact]
    public void FromState_MissingLists_AreNullArguments()
    {
        Assert.Throws<ArgumentNullException>("state", () => PsmTally.FromState(new PsmTallyState { WithoutTooCheapRows = null! }));
        Assert.Throws<ArgumentNullException>("state", () => PsmTally.FromState(new PsmTallyState { Weights = null! }));
        Assert.Throws<ArgumentNullException>("state", () => PsmTally.FromState(new PsmTallyState { Inconsistent = null! }));
        Assert.Throws<ArgumentNullException>("state", () => PsmTally.FromState(new PsmTallyState { Combinations = null! }));
    }

    [Fact]
    public void FromState_BadCounters_AndRanges()
    {
        var good = Good();

        Rejected(Copy(good, nextRow: -1), "NextRow", null, "The next row is -1, but rows start at 0.");
        Rejected(Copy(good, exponent: 1101), "WeightExponent", null, "The weight exponent is 1101, but it must be from 0 to 1100.");
        Rejected(Copy(good, rows: [new(0, 2), new(1, 2)]), "Rows", null, "The rows from 1 overlap others.");
        Rejected(Copy(good, rows: [new(0, 4)]), "Rows", 0, "The rows from 0 (4) are not a range of at least one row from 0 up to the next row 3.");
        Rejected(Copy(good, rows: [new(0, 2)], inconsistent: [], combinations: []), "WithoutTooCheapRows", 0, "The rows from 2 (1) are not all among the rows tallied.");
    }

    [Fact]
    public void FromState_BadWeights()
    {
        var good = Good();
        var w = good.Weights[0];
        PsmTallyState With(PsmTallyWeight bad) => Copy(good, weights: [bad, .. good.Weights.Skip(1)]);

        Rejected(With(w with { Price = -1 }), "Weights", 0, "The price -1 is not a finite number >= 0.");
        Rejected(With(w with { Question = (PsmQuestion)9 }), "Weights", 0, "The question 9 is not defined.");
        Rejected(With(w with { Question = PsmQuestion.TooCheap, WithoutTooCheap = true }), "Weights", 0, "Respondents without a too-cheap answer have no too-cheap weight.");
        Rejected(With(w with { Weight = double.NaN }), "Weights", 0, "The weight NaN (residual 0) is not finite and >= 0.");
        Rejected(Copy(good, weights: [.. good.Weights, w]), "Weights", good.Weights.Count, $"The weight of the {PsmQuestions.Name((int)w.Question)} answers at {Guard.Format(w.Price)} is given twice.");
    }

    [Fact]
    public void FromState_BadRespondents()
    {
        var good = Good();
        var r = good.Inconsistent[0];
        PsmTallyState With(PsmTallyRespondent bad) => Copy(good, inconsistent: [bad]);
        const string NotTallied = "is not tallied, is repeated or is a consistent respondent's.";

        Rejected(With(r with { Row = 7 }), "Inconsistent", 0, $"The row 7 {NotTallied}");
        Rejected(With(r with { Row = 2 }), "Inconsistent", 0, $"The row 2 {NotTallied}");
        Rejected(Copy(good, inconsistent: [r, r]), "Inconsistent", 1, $"The row 1 {NotTallied}");
        Rejected(With(r with { Cheap = -1 }), "Inconsistent", 0, "An answer is not a finite number >= 0.");
        Rejected(With(r with { Weight = -1 }), "Inconsistent", 0, "The weight -1 is not a finite number >= 0.");
        Rejected(With(r with { TooCheap = 1, Cheap = 2, Expensive = 3, TooExpensive = 4 }), "Inconsistent", 0, "The answers of row 1 are consistent.");
    }

    [Fact]
    public void FromState_BadCombinations()
    {
        var good = Good();
        var m = good.Combinations[0];
        PsmTallyState With(PsmTallyCombination bad) => Copy(good, combinations: [bad, .. good.Combinations.Skip(1)]);

        Rejected(Copy(good, intentions: false), "Combinations", 0, "A tally without purchase intentions has no combinations.");
        Rejected(With(m with { FirstRow = 9 }), "Combinations", 0, "The row 9 is not tallied.");
        Rejected(With(m with { Cheap = -1 }), "Combinations", 0, "An answer is not a finite number >= 0.");
        Rejected(With(m with { Weight = double.NaN }), "Combinations", 0, "The weight NaN (residual 0) is not finite and >= 0.");
        Rejected(Copy(good, combinations: [.. good.Combinations, m]), "Combinations", good.Combinations.Count, "The combination is given twice.");
    }

    [Fact]
    public void Merge_AndAdd_Rejections_SayWhy()
    {
        var withIntentions = new PsmTally(0, hasPurchaseIntentions: true);
        var without = new PsmTally(5);
        without.Add(2, 3, 4, 1);

        Assert.Equal(
            "Only tallies that both have purchase intentions, or both have none, merge; this one has.",
            Assert.Throws<InvalidInputException>("other", () => withIntentions.Merge(without)).Detail);
        Assert.Equal(
            "Only tallies that both have purchase intentions, or both have none, merge; this one has none.",
            Assert.Throws<InvalidInputException>("other", () => without.Merge(withIntentions)).Detail);
        Assert.Equal("The tallies share rows from 5: a row can be tallied only once.", Assert.Throws<InvalidInputException>("other", () => without.Merge(without)).Detail);
        var same = new PsmTally(5);
        same.Add(2, 3, 4, 1);
        Assert.Equal("The tallies share rows from 5: a row can be tallied only once.", Assert.Throws<InvalidInputException>("other", () => without.Merge(same)).Detail);

        Assert.Equal("The cheap price must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("cheap", () => without.Add(-1, 3, 4)).Detail);
        Assert.Equal("The too cheap price must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("tooCheap", () => without.Add(2, 3, 4, -1)).Detail);
        Assert.Equal("The expensive price must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("expensive", () => without.Add(2, -1, 4)).Detail);
        Assert.Equal("The too expensive price must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("tooExpensive", () => without.Add(2, 3, -1)).Detail);
        Assert.Equal("The weight must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("weight", () => without.Add(2, 3, 4, 1, -1)).Detail);
        Assert.Equal("The tally has no purchase intentions, but an intention is given.", Assert.Throws<InvalidInputException>("purchaseIntentCheap", () => without.Add(2, 3, 4, 1, 1, 5)).Detail);
        Assert.Throws<ArgumentOutOfRangeException>("firstRow", () => new PsmTally(-1));
    }

    [Fact]
    public void Survey_BadColumns_SayWhy()
    {
        Assert.Equal("A survey needs at least one respondent, but the cheap column is empty.", Assert.Throws<InvalidInputException>("cheap", () => new PsmSurvey([], [], [])).Detail);
        Assert.Equal("The expensive price must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("expensive", () => new PsmSurvey([1.0], [-1.0], [3.0])).Detail);
        Assert.Equal(
            "Purchase intentions need both columns, at the cheap and at the expensive price, or neither.",
            Assert.Throws<InvalidInputException>("purchaseIntentExpensive", () => new PsmSurvey([1.0], [2.0], [3.0], purchaseIntentCheap: [5])).Detail);
        Assert.Equal(
            "Every column needs one value per respondent: 1 in the cheap column, but 2 in purchaseIntentCheap.",
            Assert.Throws<InvalidInputException>("purchaseIntentCheap", () => new PsmSurvey([1.0], [2.0], [3.0], purchaseIntentCheap: [5, 4], purchaseIntentExpensive: [4])).Detail);
        Assert.Equal(
            "Every column needs one value per respondent: 1 in the cheap column, but 2 in tooExpensive.",
            Assert.Throws<InvalidInputException>("tooExpensive", () => new PsmSurvey([1.0], [2.0], [3.0, 4.0])).Detail);
        Assert.Equal("A survey needs at least one respondent.", Assert.Throws<InvalidInputException>("respondents", () => PsmSurvey.FromThresholds([])).Detail);
    }

    [Fact]
    public void Survey_BadAnswerInTheFirstRow_IsRejected_AndTheFirstBadRowNamed()
    {
        // The first row is row 0, for an array column and for a lazy one; with several bad answers the first is named.
        var array = Assert.Throws<InvalidInputException>("expensive", () => new PsmSurvey(new double?[] { 1.0, 1.0 }, new double?[] { -1.0, 2.0 }, new double?[] { 3.0, 3.0 }));
        Assert.Equal(0, Assert.Throws<InvalidInputException>("expensive", () => new PsmSurvey(new List<double?> { 1.0 }, new List<double?> { -1.0 }, new List<double?> { 3.0 })).Index);
        Assert.Equal((0, "expensive"), (array.Index, array.Field));
        var lazy = Assert.Throws<InvalidInputException>("expensive", () => new PsmSurvey([1.0, 1.0, 1.0], Lazy(-1.0, -2.0, 2.0), [3.0, 3.0, 3.0]));
        Assert.Equal((0, "The expensive price must be a finite number >= 0, but is -1."), (lazy.Index, lazy.Detail));
        var later = Assert.Throws<InvalidInputException>("expensive", () => new PsmSurvey([1.0, 1.0, 1.0], Lazy(2.0, double.NaN, -3.0), [3.0, 3.0, 3.0]));
        Assert.Equal(1, later.Index);
        Assert.Equal(
            "Every column needs one value per respondent: 3 in the cheap column, but 2 in purchaseIntentExpensive.",
            Assert.Throws<InvalidInputException>("purchaseIntentExpensive", () => new PsmSurvey([1.0, 1.0, 1.0], [2.0, 2.0, 2.0], [3.0, 3.0, 3.0], purchaseIntentCheap: [5, 4, 3], purchaseIntentExpensive: [4, 3])).Detail);

        static IEnumerable<double?> Lazy(params double[] values)
        {
            foreach (var v in values)
            {
                yield return v;
            }
        }
    }
}
