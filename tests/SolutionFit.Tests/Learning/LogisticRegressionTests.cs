using SolutionFit.Learning;

namespace SolutionFit.Tests.Learning;

/// <summary>The logistic regression behind <see cref="WinModel"/>, against R's <c>glm</c> on a published data set.</summary>
public sealed class LogisticRegressionTests
{
    // mtcars (R datasets): transmission am (1 = manual), horsepower hp and weight wt (1000 lb) of 32 cars.
    private static readonly (bool Am, double Hp, double Wt)[] Mtcars =
    [
        (true, 110, 2.620), (true, 110, 2.875), (true, 93, 2.320), (false, 110, 3.215), (false, 175, 3.440), (false, 105, 3.460),
        (false, 245, 3.570), (false, 62, 3.190), (false, 95, 3.150), (false, 123, 3.440), (false, 123, 3.440), (false, 180, 4.070),
        (false, 180, 3.730), (false, 180, 3.780), (false, 205, 5.250), (false, 215, 5.424), (false, 230, 5.345), (true, 66, 2.200),
        (true, 52, 1.615), (true, 65, 1.835), (false, 97, 2.465), (false, 150, 3.520), (false, 150, 3.435), (false, 245, 3.840),
        (false, 175, 3.845), (true, 66, 1.935), (true, 91, 2.140), (true, 113, 1.513), (true, 264, 3.170), (true, 175, 2.770),
        (true, 335, 3.570), (true, 109, 2.780),
    ];

    [Fact]
    public void Fit_Mtcars_AgreesWithGlm()
    {
        // glm(am ~ hp + wt, binomial, mtcars): intercept 18.86630, hp 0.03626, wt -8.08348, residual deviance 10.059.
        var x = Mtcars.Select(c => new[] { c.Hp, c.Wt }).ToArray();
        var y = Mtcars.Select(c => c.Am).ToArray();
        var w = Enumerable.Repeat(1.0, Mtcars.Length).ToArray();

        var estimate = LogisticRegression.Fit(x, y, w, ridge: 0.0)!.Value;

        Assert.Equal(18.86630, estimate.Parameters[0], 5);
        Assert.Equal(0.03626, estimate.Parameters[1], 5);
        Assert.Equal(-8.08348, estimate.Parameters[2], 5);
        Assert.Equal(10.059, -2.0 * LogisticRegression.LogLikelihood(estimate.Parameters, x, y, w), 3);
    }
}
