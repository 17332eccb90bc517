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
    private const int Unused = int.MinValue;

    /// <summary>Analyses a survey.</summary>
    /// <param name="survey">The respondents' answers.</param>
    /// <param name="options">The options; <see cref="PsmOptions.Default"/> when null.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="survey"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// With <see cref="ArgumentException.ParamName"/> <c>survey</c>: every respondent is invalid, with validation on
    /// (<see cref="InvalidInputException.Index"/> and <see cref="InvalidInputException.Field"/> point at the first invalid
    /// respondent's row and the column of its first problem); the respondents used have a total weight of 0
    /// (<see cref="InvalidInputException.Field"/> <c>weights</c>); a question has no answer at all (the field is its column,
    /// for example <c>cheap</c>); or, with purchase intentions, a respondent used has an intention that is missing or not on
    /// the calibration's scale (the index is the row, the field <c>purchaseIntentCheap</c> or <c>purchaseIntentExpensive</c>).
    /// With <see cref="ArgumentException.ParamName"/> <c>options</c> and field <c>InterpolationStep</c>: the step makes a
    /// grid of more than 10,000,000 prices.
    /// </exception>
    public static PsmResult Analyze(PsmSurvey survey, PsmOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        options ??= PsmOptions.Default;

        var invalid = FindInvalid(survey);
        if (options.Validate && invalid.Length == survey.Count)
        {
            var first = invalid[0];
            throw new InvalidInputException(
                nameof(survey),
                $"All {survey.Count} respondents have missing or not strictly increasing answers (first: {first.Detail}), so nothing is left to analyse.",
                index: first.Row,
                field: PsmQuestions.ParameterName(first.Question));
        }

        var slots = survey.HasPurchaseIntentions ? new int[survey.Count * PsmQuestions.Count] : null;
        var (table, usedWeight) = Tally(survey, options.Validate, slots);
        if (!(usedWeight > 0.0))
        {
            throw new InvalidInputException(nameof(survey), "The respondents used have a total weight of 0, but at least one needs a positive weight.", field: "weights");
        }

        var (prices, weights, rankOfSlot) = table.Sorted();
        var distributions = new EmpiricalDistributions(prices, weights);
        for (var q = survey.IsThreeQuestion ? PsmQuestions.Cheap : PsmQuestions.TooCheap; q < PsmQuestions.Count; q++)
        {
            if (!(distributions.Totals[q] > 0.0))
            {
                throw new InvalidInputException(nameof(survey), $"No respondent used answered the {PsmQuestions.Name(q)} question (or their weights are 0).", field: PsmQuestions.ParameterName(q));
            }
        }

        var classic = options.Method == PsmMethod.Classic;
        var grid = options.InterpolationStep is { } step ? RegularGrid(prices[0], prices[^1], step, nameof(options)) : prices;
        var tooCheap = survey.IsThreeQuestion ? null : Curve(distributions, PsmQuestions.TooCheap, classic, grid, complement: true);
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

        var nms = survey.HasPurchaseIntentions
            ? Nms(survey, options, slots!, rankOfSlot, prices, grid, indexSpace: classic && options.InterpolationStep is null)
            : null;
        return new PsmResult(options, survey.Count, invalid, points, curves, nms, distributions);
    }

    private static double[]? Column(PsmSurvey survey, int question) => question switch
    {
        PsmQuestions.TooCheap => survey.TooCheap,
        PsmQuestions.Cheap => survey.Cheap,
        PsmQuestions.Expensive => survey.Expensive,
        _ => survey.TooExpensive,
    };

    private static bool IsValid(PsmSurvey survey, int i)
    {
        var cheap = survey.Cheap[i];
        var ok = cheap < survey.Expensive[i] && survey.Expensive[i] < survey.TooExpensive[i];
        return survey.TooCheap is { } tooCheap ? ok && tooCheap[i] < cheap : ok;
    }

    /// <summary>Every respondent with a missing answer or answers not strictly increasing, with the first problem found.</summary>
    private static PsmInvalidRespondent[] FindInvalid(PsmSurvey survey)
    {
        var invalid = new List<PsmInvalidRespondent>();
        var first = survey.IsThreeQuestion ? PsmQuestions.Cheap : PsmQuestions.TooCheap;
        for (var i = 0; i < survey.Count; i++)
        {
            if (IsValid(survey, i))
            {
                continue;
            }

            PsmInvalidRespondent? problem = null;
            for (var q = first; q < PsmQuestions.Count && problem is null; q++)
            {
                if (double.IsNaN(Column(survey, q)![i]))
                {
                    problem = new PsmInvalidRespondent(i, PsmProblem.MissingAnswer, q, $"the {PsmQuestions.Name(q)} answer is missing");
                }
            }

            for (var q = first + 1; q < PsmQuestions.Count && problem is null; q++)
            {
                var (below, above) = (Column(survey, q - 1)![i], Column(survey, q)![i]);
                if (!(above > below))
                {
                    problem = new PsmInvalidRespondent(
                        i,
                        PsmProblem.NotIncreasing,
                        q,
                        $"{PsmQuestions.Name(q)} {Guard.Format(above)} is not above {PsmQuestions.Name(q - 1)} {Guard.Format(below)}");
                }
            }

            invalid.Add(problem!.Value);
        }

        return [.. invalid];
    }

    /// <summary>
    /// Tallies the weight of each question's answers per distinct price over the respondents used; with
    /// <paramref name="slots"/>, also records the slot of each answer (-1 missing; <see cref="Unused"/> for a row not used).
    /// </summary>
    private static (PriceTable Table, double UsedWeight) Tally(PsmSurvey survey, bool validate, int[]? slots)
    {
        var table = new PriceTable();
        var (tooCheap, cheap, expensive, tooExpensive, weights) = (survey.TooCheap, survey.Cheap, survey.Expensive, survey.TooExpensive, survey.Weights);
        var usedWeight = 0.0;
        for (var i = 0; i < cheap.Length; i++)
        {
            if (validate && !IsValid(survey, i))
            {
                if (slots is not null)
                {
                    slots[i * PsmQuestions.Count] = Unused;
                }

                continue;
            }

            var w = weights is null ? 1.0 : weights[i];
            usedWeight += w;
            var tooCheapSlot = tooCheap is null ? -1 : table.Add(tooCheap[i], PsmQuestions.TooCheap, w);
            var cheapSlot = table.Add(cheap[i], PsmQuestions.Cheap, w);
            var expensiveSlot = table.Add(expensive[i], PsmQuestions.Expensive, w);
            var tooExpensiveSlot = table.Add(tooExpensive[i], PsmQuestions.TooExpensive, w);
            if (slots is not null)
            {
                var at = i * PsmQuestions.Count;
                slots[at + PsmQuestions.TooCheap] = tooCheapSlot;
                slots[at + PsmQuestions.Cheap] = cheapSlot;
                slots[at + PsmQuestions.Expensive] = expensiveSlot;
                slots[at + PsmQuestions.TooExpensive] = tooExpensiveSlot;
            }
        }

        return (table, usedWeight);
    }

    /// <summary>R's <c>seq(min, max, by = step)</c>: <c>min + i·step</c> for i = 0 .. ⌊(max − min)/step + 1e−10⌋, capped at max.</summary>
    private static double[] RegularGrid(double min, double max, double step, string paramName)
    {
        var count = (long)(((max - min) / step) + 1e-10) + 1;
        if (count > 10_000_000)
        {
            throw new InvalidInputException(
                paramName,
                $"The interpolation step {Guard.Format(step)} makes a grid of {count} prices from {Guard.Format(min)} to {Guard.Format(max)}, but at most 10,000,000 are allowed.",
                field: nameof(PsmOptions.InterpolationStep));
        }

        var grid = new double[count];
        for (var i = 0; i < grid.Length; i++)
        {
            grid[i] = Math.Min(min + (i * step), max);
        }

        return grid;
    }

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
                return values.Sum() / values.Count;
            case PsmIntersection.Median:
                values.Sort();
                var middle = values.Count / 2;
                return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
            default:
                return values.Min();
        }
    }

    /// <summary>
    /// The Newton–Miller–Smith reach on the grid, by a sweep over anchor events: each respondent's purchase probability is
    /// piecewise linear between their anchors (too cheap, cheap, expensive, too expensive), so the weighted sum of all of
    /// them changes value and slope only at answer prices. A respondent kept with no answer at all (validation off) has
    /// no purchase probability and is left out of the reach.
    /// </summary>
    private static PsmNmsResult Nms(
        PsmSurvey survey,
        PsmOptions options,
        int[] slots,
        int[] rankOfSlot,
        double[] prices,
        double[] grid,
        bool indexSpace)
    {
        var classic = options.Method == PsmMethod.Classic;
        var events = new AnchorEvents(prices, zeroOutside: classic, indexSpace);
        var (byIntent, lowestIntent) = IntentProbabilities(options.Calibration);
        var (tooCheapProbability, tooExpensiveProbability) = (options.Calibration.TooCheap, options.Calibration.TooExpensive);
        Span<int> ranks = stackalloc int[PsmQuestions.Count];
        Span<double> probabilities = stackalloc double[PsmQuestions.Count];
        for (var i = 0; i < survey.Count; i++)
        {
            var at = i * PsmQuestions.Count;
            if (slots[at] == Unused)
            {
                continue;
            }

            // In price order for a consistent respondent: too cheap, cheap, expensive, too expensive.
            for (var q = 0; q < PsmQuestions.Count; q++)
            {
                ranks[q] = slots[at + q] < 0 ? -1 : rankOfSlot[slots[at + q]];
            }

            probabilities[PsmQuestions.TooCheap] = tooCheapProbability;
            probabilities[PsmQuestions.Cheap] = Probability(survey.IntentCheap![i], byIntent, lowestIntent, options.Calibration, i, PsmQuestions.Cheap, nameof(survey));
            probabilities[PsmQuestions.Expensive] = Probability(survey.IntentExpensive![i], byIntent, lowestIntent, options.Calibration, i, PsmQuestions.Expensive, nameof(survey));
            probabilities[PsmQuestions.TooExpensive] = tooExpensiveProbability;
            events.Add(ranks, probabilities, survey.Weights?[i] ?? 1.0);
        }

        var reach = events.Sweep(grid);
        var revenue = new double[grid.Length];
        for (var g = 0; g < grid.Length; g++)
        {
            revenue[g] = grid[g] * reach[g];
        }

        return new PsmNmsResult(grid, reach, revenue, FirstMaximum(reach), FirstMaximum(revenue));
    }

    /// <summary>The probability of each intention from the lowest to the highest point of the scale; NaN off the scale.</summary>
    private static (double[] ByIntent, int Lowest) IntentProbabilities(PurchaseIntentCalibration calibration)
    {
        var (low, high) = (calibration.Scale.Min(), calibration.Scale.Max());
        var byIntent = new double[(long)high - low + 1];
        Array.Fill(byIntent, double.NaN);
        for (var k = 0; k < calibration.Scale.Count; k++)
        {
            byIntent[calibration.Scale[k] - low] = calibration.Probabilities[k];
        }

        return (byIntent, low);
    }

    /// <summary>The probability of a respondent's intention at their cheap or expensive price.</summary>
    /// <exception cref="InvalidInputException">The intention is missing or not on the scale (with the row and the intention column).</exception>
    private static double Probability(int? intent, double[] byIntent, int lowestIntent, PurchaseIntentCalibration calibration, int row, int question, string paramName)
    {
        var index = intent is { } value ? (long)value - lowestIntent : -1;
        if (index >= 0 && index < byIntent.Length && !double.IsNaN(byIntent[index]))
        {
            return byIntent[index];
        }

        var field = question == PsmQuestions.Cheap ? "purchaseIntentCheap" : "purchaseIntentExpensive";
        var detail = intent is null
            ? $"The purchase intention at the {PsmQuestions.Name(question)} price is missing."
            : $"The purchase intention at the {PsmQuestions.Name(question)} price is {intent.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}, not on the scale {string.Join(", ", calibration.Scale)}.";
        throw new InvalidInputException(paramName, detail, index: row, field: field);
    }

    /// <summary>The first index whose value is within <see cref="Tolerance.RelativeTie"/> (relative) of the maximum.</summary>
    internal static int FirstMaximum(double[] values)
    {
        var max = values.Max();
        return Array.FindIndex(values, v => v >= max - (Tolerance.RelativeTie * Math.Max(max, 1.0)));
    }
}
