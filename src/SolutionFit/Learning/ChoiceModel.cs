using System.Globalization;

namespace SolutionFit.Learning;

/// <summary>
/// How customers choose among the solutions offered to them, doing nothing included, learned from their decisions: a
/// conditional logit <c>P(i) ∝ exp(λ·Overall_i)</c> for an offered solution and <c>P(none) ∝ exp(δ)</c>.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Scale"/> (λ) says how sharply customers follow the overall score; <see cref="NoChoice"/> (δ) is the pull of
/// the status quo. The fit is maximum likelihood by Newton's method on the exact gradient and Hessian, deterministic, with
/// decision weights; standard errors are the square roots of the diagonal of the inverse information.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ChoiceModel
{
    private ChoiceModel(int sets, double[] parameters, double[] covariance, double logLikelihood)
    {
        Sets = sets;
        Scale = parameters[0];
        NoChoice = parameters[1];
        ScaleStandardError = Math.Sqrt(covariance[0]);
        NoChoiceStandardError = Math.Sqrt(covariance[3]);
        LogLikelihood = logLikelihood;
    }

    /// <summary>Gets the number of decisions.</summary>
    public int Sets { get; }

    /// <summary>Gets the scale λ: how sharply customers follow the overall score.</summary>
    public double Scale { get; }

    /// <summary>Gets the standard error of <see cref="Scale"/>.</summary>
    public double ScaleStandardError { get; }

    /// <summary>Gets δ, the utility of doing nothing: the pull of the status quo.</summary>
    public double NoChoice { get; }

    /// <summary>Gets the standard error of <see cref="NoChoice"/>.</summary>
    public double NoChoiceStandardError { get; }

    /// <summary>Gets the weighted log-likelihood at the estimate.</summary>
    public double LogLikelihood { get; }

    /// <summary>Fits the model.</summary>
    /// <param name="sets">The decisions.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sets"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidInputException">An item of <paramref name="sets"/> is <see langword="null"/>; or the decisions do not identify the model: customers never or always did
    /// nothing, the overall scores never differ within a decision, or the chosen solution is always the best (or always the
    /// worst) offered, so the scale has no finite estimate.</exception>
    public static ChoiceModel Fit(IEnumerable<ChoiceSet> sets)
    {
        var all = Guard.NotNullItems(sets, nameof(sets));
        var none = Array.FindAll(all, s => s.Chosen is null).Length;
        if (none == 0 || none == all.Length)
        {
            throw new InvalidInputException(nameof(sets), string.Create(CultureInfo.InvariantCulture,
                $"The choice model needs decisions where the customer chose a solution and decisions where they did nothing; {none} of {all.Length} chose nothing."));
        }

        var estimate = Newton.Maximize([0.0, 0.0], (p, out ll, g, h) => Evaluate(p, all, out ll, g, h))
            ?? throw new InvalidInputException(nameof(sets),
                "The decisions do not identify the scale: the overall scores do not differ within a decision, or the chosen solution is always the best (or always the worst) offered, so the scale has no finite estimate.");
        return new ChoiceModel(all.Length, estimate.Parameters, estimate.Covariance, estimate.LogLikelihood);
    }

    /// <summary>Predicts the share of customers choosing each offered solution, and doing nothing.</summary>
    /// <param name="overalls">The overall score of each offered solution, in [0, 1].</param>
    /// <returns>The shares: one per offered solution, in order, then doing nothing last; they sum to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="overalls"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidInputException">An overall is outside [0, 1] or NaN.</exception>
    public IReadOnlyList<double> Predict(IEnumerable<double> overalls)
    {
        ArgumentNullException.ThrowIfNull(overalls);
        var utilities = overalls.ToArray();
        for (var i = 0; i < utilities.Length; i++)
        {
            utilities[i] = Scale * Guard.UnitInterval(utilities[i], nameof(overalls), $"The overall of offer {i}", index: i);
        }

        var shares = new double[utilities.Length + 1];
        var max = Math.Max(NoChoice, utilities.Length > 0 ? utilities.Max() : NoChoice);
        var sum = 0.0;
        for (var i = 0; i < utilities.Length; i++)
        {
            sum += shares[i] = Math.Exp(utilities[i] - max);
        }

        sum += shares[^1] = Math.Exp(NoChoice - max);
        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] /= sum;
        }

        return Array.AsReadOnly(shares);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"ChoiceModel {{ Sets = {Sets}, Scale = {Scale:G6}, NoChoice = {NoChoice:G6} }}");

    private static bool Evaluate(ReadOnlySpan<double> p, ChoiceSet[] sets, out double logLikelihood, Span<double> gradient, Span<double> information)
    {
        var (scale, noChoice) = (p[0], p[1]);
        gradient.Clear();
        information.Clear();
        logLikelihood = 0.0;
        foreach (var set in sets)
        {
            var overalls = set.OverallSpan;

            // Shares relative to the largest utility, so that exp cannot overflow.
            var max = noChoice;
            foreach (var o in overalls)
            {
                max = Math.Max(max, scale * o);
            }

            var eNone = Math.Exp(noChoice - max);
            var sum = eNone;
            var sumO = 0.0;
            var sumOO = 0.0;
            foreach (var o in overalls)
            {
                var e = Math.Exp((scale * o) - max);
                sum += e;
                sumO += e * o;
                sumOO += e * o * o;
            }

            // Expected (overall, none) indicator under the model, and its covariance.
            var meanO = sumO / sum;
            var pNone = eNone / sum;
            var chosenUtility = set.Chosen is { } c ? scale * overalls[c] : noChoice;
            var w = set.Weight;
            logLikelihood += w * (chosenUtility - max - Math.Log(sum));
            gradient[0] += w * ((set.Chosen is { } k ? overalls[k] : 0.0) - meanO);
            gradient[1] += w * ((set.Chosen is null ? 1.0 : 0.0) - pNone);
            var varO = (sumOO / sum) - (meanO * meanO);
            var covONone = -meanO * pNone;
            information[0] += w * varO;
            information[2] += w * covONone; // the lower triangle only: Newton reads no more
            information[3] += w * pNone * (1.0 - pNone);
        }

        return double.IsFinite(logLikelihood);
    }
}
