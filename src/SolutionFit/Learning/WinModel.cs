using System.Globalization;

namespace SolutionFit.Learning;

/// <summary>
/// The chance of winning a deal learned from won and lost ones: a logistic regression of the outcome on the scored
/// pair's goal fit, experience and price happiness, <c>logit P(win) = α + β_G·G + β_X·X + β_H·H</c>, with an optional
/// ridge penalty <c>(λ/2)·(β_G² + β_X² + β_H²)</c> (not on α).
/// </summary>
/// <remarks>
/// <para>
/// The fit is maximum (penalized) likelihood by Newton's method (IRLS) on the exact gradient and Hessian, deterministic,
/// with observation weights; standard errors are the square roots of the diagonal of the inverse (penalized) information.
/// <see cref="Deviance"/> and <see cref="LogLikelihood"/> are those of the data at the estimate, without the penalty.
/// A prediction explains itself from the customer's goals: each factor's contribution to the log-odds against the mean
/// deal the model learned from.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class WinModel
{
    private readonly double[] _coefficients;
    private readonly double[] _means;

    private WinModel(int observations, double ridge, double[] coefficients, double[] covariance, double logLikelihood, double[] means)
    {
        Observations = observations;
        Ridge = ridge;
        _coefficients = coefficients;
        _means = means;
        Coefficients = new WinCoefficients(coefficients[0], coefficients[1], coefficients[2], coefficients[3]);
        StandardErrors = new WinCoefficients(Math.Sqrt(covariance[0]), Math.Sqrt(covariance[5]), Math.Sqrt(covariance[10]), Math.Sqrt(covariance[15]));
        LogLikelihood = logLikelihood;
    }

    /// <summary>Gets the number of observations.</summary>
    public int Observations { get; }

    /// <summary>Gets the ridge penalty λ the model was fitted with (0: plain maximum likelihood).</summary>
    public double Ridge { get; }

    /// <summary>Gets the coefficients α, β_G, β_X and β_H.</summary>
    public WinCoefficients Coefficients { get; }

    /// <summary>Gets the standard errors of <see cref="Coefficients"/>.</summary>
    public WinCoefficients StandardErrors { get; }

    /// <summary>Gets the weighted log-likelihood of the data at the estimate (without the ridge penalty).</summary>
    public double LogLikelihood { get; }

    /// <summary>Gets the residual deviance, <c>−2 · <see cref="LogLikelihood"/></c>.</summary>
    public double Deviance => -2.0 * LogLikelihood;

    /// <summary>Fits the model.</summary>
    /// <param name="observations">The deals, won and lost.</param>
    /// <param name="ridge">The ridge penalty λ ≥ 0 on the three slopes (default 0). A small one (say 1) keeps the estimate
    /// finite when the factors separate won from lost deals, at the price of shrinking the slopes toward 0.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidInputException">An item of <paramref name="observations"/> is <see langword="null"/>; or <paramref name="ridge"/> is negative or not finite; the deals are not both won
    /// and lost; the factors separate won from lost deals (perfect or quasi-complete separation) and there is no ridge; or
    /// the data do not identify the coefficients (a factor that does not vary, without a ridge).</exception>
    public static WinModel Fit(IEnumerable<WinObservation> observations, double ridge = 0.0)
    {
        ArgumentNullException.ThrowIfNull(observations);
        Guard.NonNegativeFinite(ridge, nameof(ridge), "The ridge penalty");
        var all = Guard.NotNullItems(observations, nameof(observations));
        var x = new double[all.Length][];
        var y = new bool[all.Length];
        var w = new double[all.Length];
        var means = new double[3];
        var total = 0.0;
        for (var i = 0; i < all.Length; i++)
        {
            var o = all[i];
            x[i] = [o.GoalFit, o.Experience, o.PriceHappiness];
            y[i] = o.Won;
            w[i] = o.Weight;
            total += o.Weight;
        }

        if (Array.TrueForAll(y, won => won) || Array.TrueForAll(y, won => !won))
        {
            throw new InvalidInputException(nameof(observations), string.Create(CultureInfo.InvariantCulture,
                $"The win model needs both won and lost deals; all {all.Length} were {(all.Length > 0 && y[0] ? "won" : "lost")}."));
        }

        for (var i = 0; i < all.Length; i++)
        {
            for (var k = 0; k < 3; k++)
            {
                means[k] += w[i] / total * x[i][k];
            }
        }

        var estimate = LogisticRegression.Fit(x, y, w, ridge) ?? throw new InvalidInputException(nameof(observations), ridge == 0.0
            ? "The goal fit, experience and price happiness separate won from lost deals (perfect or quasi-complete separation), or one of them does not vary, so the coefficients have no finite estimate; fit with a ridge penalty (for example 1)."
            : "The data do not identify the win model's coefficients even with the ridge penalty.");
        var logLikelihood = LogisticRegression.LogLikelihood(estimate.Parameters, x, y, w);
        return new WinModel(all.Length, ridge, estimate.Parameters, estimate.Covariance, logLikelihood, means);
    }

    /// <summary>Predicts the chance of winning a deal, and why.</summary>
    /// <param name="goalFit">The goal fit <c>G</c> in [0, 1].</param>
    /// <param name="experience">The experience <c>X</c> in [0, 1].</param>
    /// <param name="priceHappiness">The price happiness <c>H</c> in [0, 1] (1 for a customer without price thresholds).</param>
    /// <returns>The probability and each factor's contribution to the log-odds, the largest first.</returns>
    /// <exception cref="InvalidInputException">A factor is outside [0, 1] or NaN.</exception>
    public WinPrediction Predict(double goalFit, double experience, double priceHappiness)
    {
        ReadOnlySpan<double> values =
        [
            Guard.UnitInterval(goalFit, nameof(goalFit), "The goal fit"),
            Guard.UnitInterval(experience, nameof(experience), "The experience"),
            Guard.UnitInterval(priceHappiness, nameof(priceHappiness), "The price happiness"),
        ];
        var eta = _coefficients[0];
        var contributions = new WinContribution[3];
        for (var k = 0; k < 3; k++)
        {
            eta += _coefficients[k + 1] * values[k];
            contributions[k] = new WinContribution((WinFactor)k, values[k], _coefficients[k + 1] * (values[k] - _means[k]));
        }

        // A stable sort: ties keep the factors' order.
        var ordered = contributions.OrderByDescending(c => Math.Abs(c.Contribution)).ToArray();
        return new WinPrediction(Logistic.Sigmoid(eta), ordered);
    }

    /// <summary>Predicts the chance of winning a scored pair, and why.</summary>
    /// <param name="score">The pair as scored at the quoted price.</param>
    /// <returns>The probability and each factor's contribution to the log-odds, the largest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="score"/> is <see langword="null"/>.</exception>
    public WinPrediction Predict(FitScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return Predict(score.GoalFit, score.Experience, score.PriceHappiness ?? 1.0);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"WinModel {{ Observations = {Observations}, Ridge = {Ridge:G6}, Coefficients = {Coefficients} }}");
}
