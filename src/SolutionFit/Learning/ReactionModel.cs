using System.Globalization;

namespace SolutionFit.Learning;

/// <summary>
/// Customers' price reactions learned from observed ones: a proportional-odds (ordinal) logistic regression of the
/// reaction, ordered <see cref="PriceReaction.TooCheap"/> &lt; … &lt; <see cref="PriceReaction.TooExpensive"/>, on the log
/// of the effective price: <c>logit P(Y ≤ j) = θ_j − β·ln q</c>.
/// </summary>
/// <remarks>
/// <para>
/// The fit is maximum likelihood by Newton's method on the exact gradient and Hessian, deterministic, with observation
/// weights; standard errors are the square roots of the diagonal of the inverse observed information. The categories used
/// run from the lowest to the highest observed reaction. The learned thresholds are the effective prices where a reaction
/// and the next are equally likely, <c>exp(θ_j / β)</c>; when all four exist, <see cref="Thresholds"/> gives them as
/// <see cref="PriceThresholds"/> for customers who never answered a price survey.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ReactionModel
{
    private readonly PriceReaction[] _categories;
    private readonly double[] _cutpoints;
    private readonly double[] _cutpointErrors;
    private readonly double?[] _boundaries = new double?[4];

    private ReactionModel(int observations, int excludedCount, PriceReaction[] categories, double[] parameters, double[] covariance, double logLikelihood)
    {
        Observations = observations;
        ExcludedCount = excludedCount;
        _categories = categories;
        var cuts = categories.Length - 1;
        var n = parameters.Length;
        _cutpoints = parameters[..cuts];
        _cutpointErrors = new double[cuts];
        for (var j = 0; j < cuts; j++)
        {
            _cutpointErrors[j] = Math.Sqrt(covariance[(j * n) + j]);
        }

        Slope = parameters[cuts];
        SlopeStandardError = Math.Sqrt(covariance[(cuts * n) + cuts]);
        LogLikelihood = logLikelihood;
        if (Slope > 0.0)
        {
            for (var j = 0; j < cuts; j++)
            {
                var boundary = Math.Exp(_cutpoints[j] / Slope);
                _boundaries[(int)categories[j]] = double.IsFinite(boundary) && boundary > 0.0 ? boundary : null;
            }
        }

        Thresholds = _boundaries.All(b => b.HasValue)
            ? new PriceThresholds(_boundaries[0]!.Value, _boundaries[1]!.Value, _boundaries[2]!.Value, _boundaries[3]!.Value)
            : null;
    }

    /// <summary>Gets the number of observations used (those with an effective price above 0 and finite).</summary>
    public int Observations { get; }

    /// <summary>Gets the number of observations left out because their effective price was 0 (price 0) or infinite (no value).</summary>
    public int ExcludedCount { get; }

    /// <summary>Gets the reactions the model distinguishes, in order: the lowest to the highest observed.</summary>
    public IReadOnlyList<PriceReaction> Categories => Array.AsReadOnly(_categories);

    /// <summary>Gets the slope β on <c>ln q</c>: how strongly a higher effective price moves reactions up the scale.</summary>
    public double Slope { get; }

    /// <summary>Gets the standard error of <see cref="Slope"/>.</summary>
    public double SlopeStandardError { get; }

    /// <summary>Gets the cutpoints θ_j, one between each pair of neighbouring <see cref="Categories"/>, increasing.</summary>
    public IReadOnlyList<double> Cutpoints => Array.AsReadOnly(_cutpoints);

    /// <summary>Gets the standard errors of <see cref="Cutpoints"/>.</summary>
    public IReadOnlyList<double> CutpointStandardErrors => Array.AsReadOnly(_cutpointErrors);

    /// <summary>Gets the weighted log-likelihood at the estimate.</summary>
    public double LogLikelihood { get; }

    /// <summary>Gets the learned effective price between too cheap and a bargain, or <see langword="null"/> when the model has not both.</summary>
    public double? TooCheap => _boundaries[0];

    /// <summary>Gets the learned effective price between a bargain and fair, or <see langword="null"/> when the model has not both.</summary>
    public double? Cheap => _boundaries[1];

    /// <summary>Gets the learned effective price between fair and a grumble, or <see langword="null"/> when the model has not both.</summary>
    public double? Expensive => _boundaries[2];

    /// <summary>Gets the learned effective price between a grumble and too expensive, or <see langword="null"/> when the model has not both.</summary>
    public double? TooExpensive => _boundaries[3];

    /// <summary>
    /// Gets the four learned thresholds as <see cref="PriceThresholds"/> (on the effective-price scale, as
    /// <see cref="CustomerProfile.PriceThresholds"/> are), or <see langword="null"/> unless all five reactions were observed
    /// and the slope is positive.
    /// </summary>
    public PriceThresholds? Thresholds { get; }

    /// <summary>Fits the model.</summary>
    /// <param name="observations">The observed reactions.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidInputException">An item of <paramref name="observations"/> is <see langword="null"/>; fewer than two reactions were observed (at an effective price above 0 and
    /// finite), a reaction between the lowest and the highest observed is missing (it is named), or the data do not
    /// identify the model (every observation is at the same effective price, or the reactions are separated by price).</exception>
    public static ReactionModel Fit(IEnumerable<ReactionObservation> observations)
    {
        var all = Guard.NotNullItems(observations, nameof(observations));
        var used = Array.FindAll(all, o => o.EffectivePrice > 0.0 && double.IsFinite(o.EffectivePrice));
        var seen = new double[5];
        foreach (var o in used)
        {
            seen[(int)o.Reaction] += o.Weight;
        }

        var lowest = Array.FindIndex(seen, w => w > 0.0);
        var highest = Array.FindLastIndex(seen, w => w > 0.0);
        if (lowest < 0 || lowest == highest)
        {
            throw new InvalidInputException(nameof(observations), string.Create(CultureInfo.InvariantCulture,
                $"At least two different reactions are needed at an effective price above 0 and finite; {used.Length} observations of {all.Length} qualify{(lowest < 0 ? "" : $", all '{(PriceReaction)lowest}'")}."));
        }

        for (var c = lowest + 1; c < highest; c++)
        {
            if (seen[c] == 0.0)
            {
                throw new InvalidInputException(nameof(observations),
                    $"No observation is '{(PriceReaction)c}', but reactions from '{(PriceReaction)lowest}' to '{(PriceReaction)highest}' are; every reaction between the lowest and the highest observed must occur.",
                    itemId: ((PriceReaction)c).ToString());
            }
        }

        var categories = new PriceReaction[highest - lowest + 1];
        for (var c = 0; c < categories.Length; c++)
        {
            categories[c] = (PriceReaction)(lowest + c);
        }

        var x = new double[used.Length];
        var y = new int[used.Length];
        var w = new double[used.Length];
        for (var i = 0; i < used.Length; i++)
        {
            x[i] = Math.Log(used[i].EffectivePrice);
            y[i] = (int)used[i].Reaction - lowest;
            w[i] = used[i].Weight;
        }

        if (Array.TrueForAll(x, v => v == x[0]))
        {
            throw new InvalidInputException(nameof(observations), string.Create(CultureInfo.InvariantCulture,
                $"Every observation is at the same effective price ({Guard.Format(used[0].EffectivePrice)}), so the reactions say nothing about how price moves them; observations at different prices are needed."));
        }

        var start = new double[categories.Length];
        var total = seen.Sum();
        var cumulative = 0.0;
        for (var j = 0; j < categories.Length - 1; j++)
        {
            cumulative += seen[lowest + j];
            var share = cumulative / total;
            start[j] = Math.Log(share / (1.0 - share));
        }

        var estimate = Newton.Maximize(start, (p, out ll, g, h) => Evaluate(p, x, y, w, out ll, g, h))
            ?? throw new InvalidInputException(nameof(observations),
                "The reactions are separated by the effective price (each reaction keeps to its own price band), so the model has no finite estimate; more varied observations are needed.");
        return new ReactionModel(used.Length, all.Length - used.Length, categories, estimate.Parameters, estimate.Covariance, estimate.LogLikelihood);
    }

    /// <summary>Predicts the probability of each reaction at an effective price.</summary>
    /// <param name="effectivePrice">The effective price <c>q = price / V</c>, above 0 and finite.</param>
    /// <returns>The probabilities, one per item of <see cref="Categories"/> and in its order; they sum to 1.</returns>
    /// <exception cref="InvalidInputException"><paramref name="effectivePrice"/> is not a finite number above 0.</exception>
    public IReadOnlyList<double> Predict(double effectivePrice)
    {
        var x = Math.Log(Guard.PositiveFinite(effectivePrice, nameof(effectivePrice), "The effective price"));
        var probabilities = new double[_categories.Length];
        for (var k = 0; k < probabilities.Length; k++)
        {
            probabilities[k] = Probability(_cutpoints, Slope, k, x);
        }

        return Array.AsReadOnly(probabilities);
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var thresholds = Thresholds is null ? "none" : string.Create(CultureInfo.InvariantCulture, $"{TooCheap:G6}/{Cheap:G6}/{Expensive:G6}/{TooExpensive:G6}");
        return string.Create(CultureInfo.InvariantCulture, $"ReactionModel {{ Observations = {Observations}, ExcludedCount = {ExcludedCount}, Slope = {Slope:G6}, Thresholds = {thresholds} }}");
    }

    /// <summary>The probability of category <paramref name="k"/> (0-based) at <paramref name="x"/> = ln q.</summary>
    private static double Probability(double[] cutpoints, double slope, int k, double x)
    {
        var shift = slope * x;
        var upper = k < cutpoints.Length ? cutpoints[k] - shift : double.PositiveInfinity;
        var lower = k > 0 ? cutpoints[k - 1] - shift : double.NegativeInfinity;
        return Interval(upper, lower);
    }

    /// <summary><c>F(upper) − F(lower)</c>, taken from the nearer tail so that it keeps its digits.</summary>
    private static double Interval(double upper, double lower) =>
        lower > 0.0
            ? Logistic.Sigmoid(-lower) - Logistic.Sigmoid(-upper)
            : Logistic.Sigmoid(upper) - Logistic.Sigmoid(lower);

    private static bool Evaluate(ReadOnlySpan<double> p, double[] x, int[] y, double[] w, out double logLikelihood, Span<double> gradient, Span<double> information)
    {
        logLikelihood = 0.0;
        var cuts = p.Length - 1;
        for (var j = 1; j < cuts; j++)
        {
            if (!(p[j] > p[j - 1]))
            {
                return false;
            }
        }

        gradient.Clear();
        information.Clear();
        var n = p.Length;
        var beta = p[cuts];
        for (var i = 0; i < x.Length; i++)
        {
            var k = y[i];
            var shift = beta * x[i];
            var hasUpper = k < cuts;
            var hasLower = k > 0;
            var a = hasUpper ? p[k] - shift : double.PositiveInfinity;
            var b = hasLower ? p[k - 1] - shift : double.NegativeInfinity;
            var weight = w[i];
            var xi = x[i];

            // The derivatives of ln p need f/p and f'/p at both ends (density f = F(1 − F), f' = f(1 − 2F); 0 at an infinite
            // end). For an end category they have closed forms that stay exact when p itself underflows (an observation far
            // in the tail): for p = F(a), f(a)/p = F(−a); for p = 1 − F(b), f(b)/p = F(b).
            double ru, su, rl, sl;
            if (hasUpper && hasLower)
            {
                var probability = Interval(a, b);
                if (!(probability > 0.0))
                {
                    return false;
                }

                logLikelihood += weight * Math.Log(probability);
                var (fa, fna, fb, fnb) = (Logistic.Sigmoid(a), Logistic.Sigmoid(-a), Logistic.Sigmoid(b), Logistic.Sigmoid(-b));
                var inv = 1.0 / probability;
                (ru, su) = (fa * fna * inv, fa * fna * (fna - fa) * inv);
                (rl, sl) = (fb * fnb * inv, fb * fnb * (fnb - fb) * inv);
            }
            else if (hasUpper)
            {
                logLikelihood += weight * Logistic.LogSigmoid(a);
                var (fa, fna) = (Logistic.Sigmoid(a), Logistic.Sigmoid(-a));
                (ru, su, rl, sl) = (fna, fna * (fna - fa), 0.0, 0.0);
            }
            else
            {
                logLikelihood += weight * Logistic.LogSigmoid(-b);
                var (fb, fnb) = (Logistic.Sigmoid(b), Logistic.Sigmoid(-b));
                (ru, su, rl, sl) = (0.0, 0.0, fb, fb * (fnb - fb));
            }

            var dBeta = -xi * (ru - rl);
            gradient[cuts] += weight * dBeta;
            // Information = −Hessian of ln p; see the derivation in the model's documentation (first and second derivatives
            // of ln(F(a) − F(b)) in θ_k, θ_{k−1} and β).
            var hBetaBeta = (xi * xi * (su - sl)) - (dBeta * dBeta);
            information[(cuts * n) + cuts] -= weight * hBetaBeta;
            if (hasUpper)
            {
                var dUpper = ru;
                gradient[k] += weight * dUpper;
                var hUU = su - (dUpper * dUpper);
                var hUB = (-xi * su) - (dUpper * dBeta);
                information[(k * n) + k] -= weight * hUU;
                information[(cuts * n) + k] -= weight * hUB;
            }

            if (hasLower)
            {
                var dLower = -rl;
                gradient[k - 1] += weight * dLower;
                var hLL = -sl - (dLower * dLower);
                var hLB = (xi * sl) - (dLower * dBeta);
                information[((k - 1) * n) + k - 1] -= weight * hLL;
                information[(cuts * n) + k - 1] -= weight * hLB;
                if (hasUpper)
                {
                    var hUL = -ru * dLower;
                    information[(k * n) + k - 1] -= weight * hUL;
                }
            }
        }

        return double.IsFinite(logLikelihood);
    }
}
