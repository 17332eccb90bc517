using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

public sealed class PsmCurveValuesTests
{
    [Fact]
    public void Default_IsPriceZeroWithEveryShareZero()
    {
        Assert.Equal((0.0, 1.0, 1.0), (default(PsmCurveValues).Cheap, default(PsmCurveValues).NotCheap, default(PsmCurveValues).NotExpensive));
        Assert.Null(default(PsmCurveValues).TooCheap);
        Assert.Equal("at 0: too cheap -, cheap 0, expensive 0, too expensive 0", default(PsmCurveValues).ToString());
    }
}
