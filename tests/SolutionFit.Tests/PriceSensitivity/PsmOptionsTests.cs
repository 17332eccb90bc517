using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary><see cref="PsmOptions"/>: an undefined choice is refused with a message naming the allowed values.</summary>
public sealed class PsmOptionsTests
{
    [Fact]
    public void Initializer_UndefinedChoices_MessagesSayWhatIsAllowed()
    {
        Assert.StartsWith("The method must be Interpolated or Classic.", Assert.Throws<ArgumentOutOfRangeException>("Method", () => new PsmOptions { Method = (PsmMethod)9 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("The acceptable range must be Original or Narrower.", Assert.Throws<ArgumentOutOfRangeException>("AcceptableRange", () => new PsmOptions { AcceptableRange = (PsmAcceptableRange)9 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("The intersection method must be Min, Max, Mean or Med", Assert.Throws<ArgumentOutOfRangeException>("Intersection", () => new PsmOptions { Intersection = (PsmIntersection)9 }).Message, StringComparison.Ordinal);
    }
}
