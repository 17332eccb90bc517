namespace SolutionFit.PriceSensitivity;

/// <summary>
/// The Van Westendorp Price Sensitivity Meter with the Newton–Miller–Smith extension: from many respondents' four
/// price answers, the curves, the price points PMC, OPP, IPP and PME, the acceptable range, the share of each reaction
/// at any price and, with purchase intentions, the reach- and revenue-optimal prices. Agrees with the R package
/// <c>pricesensitivitymeter</c> (see the README for the few places where it deliberately does not).
/// </summary>
/// <remarks>
/// <para>
/// Linear in the number of respondents n: answers are tallied per distinct price in a hash table, only the d distinct
/// prices are sorted (O(n + d log d)), and the NMS reach is a sweep over each respondent's anchor events, never an
/// n × prices matrix. Pure and thread-safe.
/// </para>
/// </remarks>
public static class PriceSensitivityMeter
{
    /// <summary>Analyses a survey with the default options (<see cref="PsmOptions.Default"/>).</summary>
    /// <param name="survey">The respondents' answers.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="survey"/> is null.</exception>
    /// <exception cref="InvalidInputException">As <see cref="Analyze(PsmSurvey, PsmOptions?)"/>.</exception>
    public static PsmResult Analyze(PsmSurvey survey) => Analyze(survey, null);

    /// <summary>Analyses a survey.</summary>
    /// <param name="survey">The respondents' answers.</param>
    /// <param name="options">The options; <see cref="PsmOptions.Default"/> when null.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="survey"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// With <see cref="ArgumentException.ParamName"/> <c>survey</c>: every respondent is excluded (with <see cref="PsmOptions.ExcludeInconsistent"/>)
    /// (<see cref="InvalidInputException.Index"/> and <see cref="InvalidInputException.Field"/> point at the first excluded
    /// respondent's row and the column of its first problem); the respondents used have a total weight of 0
    /// (<see cref="InvalidInputException.Field"/> <c>weights</c>); a question has no answer at all (the field is its column,
    /// for example <c>cheap</c>); or, with purchase intentions, a respondent used has an intention that is missing or not on
    /// the calibration's scale (the index is the row, the field <c>purchaseIntentCheap</c> or <c>purchaseIntentExpensive</c>),
    /// or two of its answer prices are too close together, relative to the highest answer price, for the purchase probability
    /// between them to be computed (some 290 orders of magnitude below it; the index is the row).
    /// With <see cref="ArgumentException.ParamName"/> <c>options</c> and field <c>InterpolationStep</c>: the step makes a
    /// grid of more than <see cref="PsmOptions.MaxGridPoints"/> prices.
    /// </exception>
    public static PsmResult Analyze(PsmSurvey survey, PsmOptions? options)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return Analyze(PsmTally.FromSurvey(survey), options ?? PsmOptions.Default, nameof(survey));
    }

    /// <summary>Analyses a tally of survey rows with the default options (<see cref="PsmOptions.Default"/>).</summary>
    /// <param name="tally">The tally.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    /// <exception cref="InvalidInputException">As <see cref="Analyze(PsmTally, PsmOptions?)"/>.</exception>
    public static PsmResult Analyze(PsmTally tally) => Analyze(tally, null);

    /// <summary>
    /// Analyses a tally of survey rows (a shard, or shards merged with <see cref="PsmTally.Merge"/>): the same result as
    /// analysing all its rows at once with <see cref="Analyze(PsmSurvey, PsmOptions?)"/>, the excluded respondents listed
    /// with their global rows.
    /// </summary>
    /// <param name="tally">The tally.</param>
    /// <param name="options">The options; <see cref="PsmOptions.Default"/> when null.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// As <see cref="Analyze(PsmSurvey, PsmOptions?)"/>, with <see cref="ArgumentException.ParamName"/> <c>tally</c> and
    /// global rows as indexes; also when the tally has no respondent.
    /// </exception>
    public static PsmResult Analyze(PsmTally tally, PsmOptions? options)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return Analyze(tally, options ?? PsmOptions.Default, nameof(tally));
    }

    /// <summary>
    /// The Poisson bootstrap intervals of a tally's price points: each of its replicates analysed as
    /// <see cref="Analyze(PsmTally, PsmOptions?)"/> analyses a survey, of the rows the replicate keeps under their
    /// replicate weights; each interval the type-7 quantiles of the point's defined values.
    /// </summary>
    /// <param name="tally">The bootstrap tally (a shard, or shards merged with <see cref="PsmBootstrapTally.Merge"/>).</param>
    /// <param name="options">The options of every replicate's analysis; <see cref="PsmOptions.Default"/> when null.</param>
    /// <param name="confidence">The confidence C of the intervals, in (0, 1); the quantiles are at (1 − C)/2 and (1 + C)/2.</param>
    /// <returns>The intervals; a replicate whose analysis fails defines no point.</returns>
    /// <remarks>
    /// Replicates are analysed in parallel, each on its own: the result does not depend on the number of threads. The
    /// work is one analysis of the distinct prices per replicate, never a pass over the rows (with purchase intentions, a
    /// pass over the rows with intentions per replicate).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    /// <exception cref="InvalidInputException">
    /// The tally has no respondent (<see cref="ArgumentException.ParamName"/> <c>tally</c>), or the interpolation step makes
    /// a grid of more than <see cref="PsmOptions.MaxGridPoints"/> prices (<c>options</c>, field <c>InterpolationStep</c>).
    /// </exception>
    public static PsmBootstrapResult Bootstrap(PsmBootstrapTally tally, PsmOptions? options = null, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(tally);
        if (!(confidence > 0.0 && confidence < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence must be strictly between 0 and 1.");
        }

        if (tally.Count == 0)
        {
            throw new InvalidInputException(nameof(tally), "A survey needs at least one respondent, but the tally is empty.");
        }

        options ??= PsmOptions.Default;
        return new PsmBootstrapResult(tally.Seed, tally.Replicates, confidence, options, tally.ReplicateValues(options), tally.HasPurchaseIntentions);
    }

    private static PsmResult Analyze(PsmTally tally, PsmOptions options, string paramName)
    {
        if (tally.Count == 0)
        {
            throw new InvalidInputException(paramName, "A survey needs at least one respondent, but the tally is empty.");
        }

        var excluded = tally.ExcludedRespondents();
        if (options.ExcludeInconsistent && excluded.Length == tally.Count)
        {
            var first = excluded[0];
            throw new InvalidInputException(
                paramName,
                $"All {tally.Count} respondents have missing or not strictly increasing answers (first: {first.Detail}), so nothing is left to analyse.",
                index: first.Row,
                field: PsmQuestions.ParameterName(first.Question));
        }

        var (table, positiveWeight) = tally.UsedWeights(options.ExcludeInconsistent);
        if (!positiveWeight)
        {
            throw new InvalidInputException(paramName, "The respondents used have a total weight of 0, but at least one needs a positive weight.", field: "weights");
        }

        var (prices, weights) = table.Sorted();
        var distributions = new EmpiricalDistributions(prices, weights);
        var threeQuestion = tally.IsThreeQuestion;
        for (var q = threeQuestion ? PsmQuestions.Cheap : PsmQuestions.TooCheap; q < PsmQuestions.Count; q++)
        {
            if (!(distributions.Totals[q] > 0.0))
            {
                throw new InvalidInputException(paramName, $"No respondent used answered the {PsmQuestions.Name(q)} question (or their weights are 0).", field: PsmQuestions.ParameterName(q));
            }
        }

        var (grid, curves, points) = CurvesAndPoints(distributions, threeQuestion, options);
        var classic = options.Method == PsmMethod.Classic;
        var nms = tally.HasPurchaseIntentions
            ? Nms(tally, options, prices, grid, indexSpace: classic && options.InterpolationStep is null, paramName)
            : null;
        return new PsmResult(options, tally.Count, excluded, points, curves, nms, distributions);
    }

    /// <summary>The curves on the grid and the four points (NaN where absent) of distributions whose questions all have answers.</summary>
    /// <exception cref="InvalidInputException">The interpolation step makes a grid larger than the options allow (<see cref="ArgumentException.ParamName"/> <c>options</c>).</exception>
    internal static (double[] Grid, PsmCurves Curves, double[] Points) CurvesAndPoints(EmpiricalDistributions distributions, bool threeQuestion, PsmOptions options)
    {
        var classic = options.Method == PsmMethod.Classic;
        var grid = options.InterpolationStep is { } step ? RegularGrid(new PsmPriceSpan(distributions.Prices[0], distributions.Prices[^1]), step, options.MaxGridPoints, nameof(options)) : distributions.Prices;
        var tooCheap = threeQuestion ? null : Curve(distributions, PsmQuestions.TooCheap, classic, grid, complement: true);
        var cheap = Curve(distributions, PsmQuestions.Cheap, classic, grid, complement: true);
        var expensive = Curve(distributions, PsmQuestions.Expensive, classic, grid, complement: false);
        var tooExpensive = Curve(distributions, PsmQuestions.TooExpensive, classic, grid, complement: false);
        var curves = new PsmCurves(grid, tooCheap, cheap, expensive, tooExpensive);

        var notCheap = curves.NotCheapValues;
        var notExpensive = curves.NotExpensiveValues;
        var narrower = options.AcceptableRange == PsmAcceptableRange.Narrower;
        double[] points =
        [
            tooCheap is null ? double.NaN : Crossing(grid, narrower ? expensive : notCheap, tooCheap, options),
            tooCheap is null ? double.NaN : Crossing(grid, tooExpensive, tooCheap, options),
            Crossing(grid, expensive, cheap, options),
            Crossing(grid, tooExpensive, narrower ? cheap : notExpensive, options),
        ];

        return (grid, curves, points);
    }

    /// <summary>R's <c>seq(min, max, by = step)</c>: <c>min + i·step</c> for i = 0 .. ⌊(max − min)/step + 1e−10⌋, capped at max.</summary>
    private static double[] RegularGrid(PsmPriceSpan span, double step, int maxPoints, string paramName)
    {
        var steps = span.Steps(step);
        if (!(steps < maxPoints))
        {
            throw TooLarge(span, step, maxPoints, paramName);
        }

        var (min, max) = (span.Lowest, span.Highest);
        var grid = new double[(long)steps + 1];
        for (var i = 0; i < grid.Length; i++)
        {
            grid[i] = Math.Min(min + (i * step), max);
        }

        return grid;
    }

    private static InvalidInputException TooLarge(PsmPriceSpan span, double step, int maxPoints, string paramName) =>
        new(
            paramName,
            string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"The interpolation step {Guard.Format(step)} makes a grid of {(span.Steps(step) + 1).ToString("G6", System.Globalization.CultureInfo.InvariantCulture)} prices from {Guard.Format(span.Lowest)} to {Guard.Format(span.Highest)}, but at most {maxPoints:N0} are allowed."),
            field: nameof(PsmOptions.InterpolationStep));

    /// <summary>A question's curve on the grid: 1 − F for too cheap and cheap, F for expensive and too expensive.</summary>
    private static double[] Curve(EmpiricalDistributions distributions, int question, bool classic, double[] grid, bool complement)
    {
        var prices = distributions.Prices;
        var onPrices = new double[prices.Length];
        int lowest = -1, highest = -1;
        var cumulative = distributions.Cumulative[question];
        for (var k = 0; k < prices.Length; k++)
        {
            var atPrice = cumulative[k] - (k > 0 ? cumulative[k - 1] : 0.0);
            if (atPrice > 0.0)
            {
                highest = k;
                lowest = lowest < 0 ? k : lowest;
            }

            onPrices[k] = distributions.Share(question, k);
        }

        if (!classic)
        {
            // 1.3.3's boundary rule: F = 1 from the column's highest answer, then F = 0 up to its lowest (the lowest wins).
            for (var k = highest; k < prices.Length; k++)
            {
                onPrices[k] = 1.0;
            }

            for (var k = 0; k <= lowest; k++)
            {
                onPrices[k] = 0.0;
            }
        }

        if (complement)
        {
            for (var k = 0; k < onPrices.Length; k++)
            {
                onPrices[k] = 1.0 - onPrices[k];
            }
        }

        return ReferenceEquals(grid, prices) ? onPrices : Interpolate(prices, onPrices, grid);
    }

    /// <summary>R's <c>approx(x, y, xout)</c>, linear, for ascending <paramref name="x"/> and <paramref name="xOut"/> inside its range.</summary>
    private static double[] Interpolate(double[] x, double[] y, double[] xOut)
    {
        var result = new double[xOut.Length];
        if (x.Length == 1)
        {
            Array.Fill(result, y[0]);
            return result;
        }

        var i = 0;
        for (var k = 0; k < xOut.Length; k++)
        {
            var v = xOut[k];
            while (i < x.Length - 2 && x[i + 1] <= v)
            {
                i++;
            }

            var j = i + 1;
            result[k] = v == x[j] ? y[j]
                : v == x[i] ? y[i]
                : y[i] + ((y[j] - y[i]) * ((v - x[i]) / (x[j] - x[i])));
        }

        return result;
    }

    /// <summary>Where the rising curve <paramref name="rising"/> meets the falling <paramref name="falling"/>; NaN when they do not.</summary>
    private static double Crossing(double[] grid, double[] rising, double[] falling, PsmOptions options)
    {
        var crossings = new List<double>();
        if (options.Method == PsmMethod.Classic)
        {
            // 1.3.0: the first grid price where rising >= falling, and every grid price where both curves have exactly those values.
            var first = -1;
            for (var k = 0; k < grid.Length && first < 0; k++)
            {
                first = rising[k] >= falling[k] ? k : -1;
            }

            if (first < 0)
            {
                return double.NaN;
            }

            for (var k = 0; k < grid.Length; k++)
            {
                if (rising[k] == rising[first] && falling[k] == falling[first])
                {
                    crossings.Add(grid[k]);
                }
            }
        }
        else
        {
            // 1.3.3: every change of sign of d = rising − falling between adjacent grid prices, linearly interpolated.
            for (var k = 0; k + 1 < grid.Length; k++)
            {
                var (d1, d2) = (rising[k] - falling[k], rising[k + 1] - falling[k + 1]);
                if (Math.Sign(d1) != Math.Sign(d2))
                {
                    crossings.Add(grid[k] - (d1 * (grid[k + 1] - grid[k]) / (d2 - d1)));
                }
            }
        }

        return crossings.Count == 0 ? double.NaN : Aggregate(crossings, options.Intersection);
    }

    private static double Aggregate(List<double> values, PsmIntersection method)
    {
        switch (method)
        {
            case PsmIntersection.Max:
                return values.Max();
            case PsmIntersection.Mean:
                // Prices near double.MaxValue overflow the plain sum; then a running mean, which stays between the
                // lowest and highest (the plain sum otherwise, for the reference's last bit).
                var sum = values.Sum();
                if (double.IsFinite(sum))
                {
                    return sum / values.Count;
                }

                var mean = 0.0;
                for (var k = 0; k < values.Count; k++)
                {
                    mean += (values[k] - mean) / (k + 1);
                }

                return mean;
            case PsmIntersection.Median:
                values.Sort();
                var middle = values.Count / 2;
                return values.Count % 2 == 1 ? values[middle] : Midpoint(values[middle - 1], values[middle]);
            default:
                return values.Min();
        }
    }

    /// <summary>(a + b) / 2 without overflow: halving is exact for the normal numbers a sum can overflow with.</summary>
    private static double Midpoint(double a, double b) => double.IsFinite(a + b) ? (a + b) / 2.0 : (a / 2.0) + (b / 2.0);

    /// <summary>
    /// The Newton–Miller–Smith reach on the grid, by a sweep over anchor events: each respondent's purchase probability is
    /// piecewise linear between their anchors (too cheap, cheap, expensive, too expensive), so the weighted sum of all of
    /// them changes value and slope only at answer prices. A respondent kept with no answer at all (<see cref="PsmOptions.ExcludeInconsistent"/> false) has
    /// no purchase probability and is left out of the reach.
    /// </summary>
    private static PsmNmsResult Nms(PsmTally tally, PsmOptions options, double[] prices, double[] grid, bool indexSpace, string paramName)
    {
        var classic = options.Method == PsmMethod.Classic;
        var events = new AnchorEvents(prices, zeroOutside: classic, indexSpace);
        var calibration = options.Calibration;
        var rankOfSlot = tally.RanksOfSlots(prices);
        Span<int> ranks = stackalloc int[PsmQuestions.Count];
        Span<double> probabilities = stackalloc double[PsmQuestions.Count];
        foreach (var position in tally.UsedCombinations(options.ExcludeInconsistent))
        {
            var (row, tooCheap, cheap, expensive, tooExpensive, intentCheap, intentExpensive, weight) = tally.UsedCombination(position);

            // In price order for a consistent respondent: too cheap, cheap, expensive, too expensive.
            ranks[PsmQuestions.TooCheap] = Rank(rankOfSlot, tooCheap);
            ranks[PsmQuestions.Cheap] = Rank(rankOfSlot, cheap);
            ranks[PsmQuestions.Expensive] = Rank(rankOfSlot, expensive);
            ranks[PsmQuestions.TooExpensive] = Rank(rankOfSlot, tooExpensive);
            probabilities[PsmQuestions.TooCheap] = calibration.TooCheap;
            probabilities[PsmQuestions.Cheap] = Probability(intentCheap, calibration, row, PsmQuestions.Cheap, paramName);
            probabilities[PsmQuestions.Expensive] = Probability(intentExpensive, calibration, row, PsmQuestions.Expensive, paramName);
            probabilities[PsmQuestions.TooExpensive] = calibration.TooExpensive;
            if (!events.TryAdd(ranks, probabilities, weight))
            {
                throw new InvalidInputException(
                    paramName,
                    $"Two of the respondent's answer prices ({string.Join(", ", ((int[])[tooCheap, cheap, expensive, tooExpensive]).Where(slot => slot >= 0).Select(slot => Guard.Format(tally.PriceOfSlot(slot))))}) are too close together, relative to the highest answer price {Guard.Format(prices[^1])}, for the purchase probability between them to be computed in double precision.",
                    index: row);
            }
        }

        var reach = events.Sweep(grid);
        var revenue = new double[grid.Length];
        for (var g = 0; g < grid.Length; g++)
        {
            revenue[g] = grid[g] * reach[g];
        }

        return new PsmNmsResult(grid, reach, revenue, FirstMaximum(reach), FirstMaximum(revenue));
    }

    /// <summary>The rank of an answer's price (by its slot in the tally) among the sorted distinct prices; -1 for a missing answer.</summary>
    private static int Rank(int[] rankOfSlot, int slot) => slot < 0 ? -1 : rankOfSlot[slot];

    /// <summary>The probability of a respondent's intention at their cheap or expensive price, looked up in the scale.</summary>
    /// <exception cref="InvalidInputException">The intention is missing or not on the scale (with the row and the intention column).</exception>
    private static double Probability(int? intent, PurchaseIntentCalibration calibration, int row, int question, string paramName) =>
        intent is { } value && calibration.TryGetProbability(value, out var probability) ? probability : throw NotOnScale(intent, calibration, row, question, paramName);

    private static InvalidInputException NotOnScale(int? intent, PurchaseIntentCalibration calibration, int row, int question, string paramName)
    {
        var field = question == PsmQuestions.Cheap ? "purchaseIntentCheap" : "purchaseIntentExpensive";
        var detail = intent is null
            ? $"The purchase intention at the {PsmQuestions.Name(question)} price is missing."
            : $"The purchase intention at the {PsmQuestions.Name(question)} price is {intent.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}, not on the scale {string.Join(", ", calibration.Scale.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)))}.";
        return new InvalidInputException(paramName, detail, index: row, field: field);
    }

    /// <summary>The first index whose value is within <see cref="Tolerance.RelativeTie"/> (relative) of the maximum.</summary>
    internal static int FirstMaximum(double[] values)
    {
        var max = values.Max();
        return Array.FindIndex(values, v => v >= max - (Tolerance.RelativeTie * Math.Max(max, 1.0)));
    }
}
