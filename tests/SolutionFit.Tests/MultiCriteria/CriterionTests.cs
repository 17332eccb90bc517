using SolutionFit.MultiCriteria;
using static SolutionFit.Tests.MultiCriteria.McdaAssert;

namespace SolutionFit.Tests.MultiCriteria;

/// <summary>The criterion factories' guards and messages, value equality and text.</summary>
public sealed class CriterionTests
{
    [Fact]
    public void Factories_BadNameOrTarget_ThrowNamingTheParameter()
    {
        Assert.Throws<InvalidInputException>("name", () => Criterion.Benefit(" "));
        Assert.Throws<ArgumentNullException>("name", () => Criterion.Cost(null!));
        Assert.Throws<InvalidInputException>("name", () => Criterion.TargetValue("", 1));
        var target = Invalid("target", () => Criterion.TargetValue("t", double.NaN), itemId: "t");
        Assert.Equal("Criterion 't' target must be a finite number, but is NaN.", target.Detail);
    }

    [Fact]
    public void Factories_BlankNameOrNaNTarget_MessageSaysWhatIsWrong()
    {
        const string Blank = "A criterion needs an id (or name) that is not empty or white space, but is ' '.";
        Assert.Equal(Blank, Assert.Throws<InvalidInputException>("name", () => Criterion.Benefit(" ")).Detail);
        Assert.Equal(Blank, Assert.Throws<InvalidInputException>("name", () => Criterion.Cost(" ")).Detail);
        Assert.Equal(Blank, Assert.Throws<InvalidInputException>("name", () => Criterion.TargetValue(" ", 1)).Detail);
        var target = Assert.Throws<InvalidInputException>("target", () => Criterion.TargetValue("t", double.NaN));
        Assert.Equal(("Criterion 't' target must be a finite number, but is NaN.", "t"), (target.Detail, target.ItemId));
        Assert.Equal("t (target 2.5)", Criterion.TargetValue("t", 2.5).ToString());
        Assert.Equal("c (Cost)", Criterion.Cost("c").ToString());
    }

    [Fact]
    public void Equality_SameNameTypeAndTarget_IsOneValue()
    {
        // Two criteria built apart are one value: Equals and GetHashCode agree (a set keeps one of them).
        Assert.Single(new HashSet<Criterion> { Criterion.Cost("price"), Criterion.Cost(new string("price".ToCharArray())) });
        Assert.True(Criterion.TargetValue("seats", 40) == Criterion.TargetValue("seats", 40));
        Assert.True(Criterion.TargetValue("seats", 40) != Criterion.TargetValue("seats", 41));
        Assert.NotEqual(Criterion.Cost("price"), Criterion.Benefit("price"));
        Assert.Equal(string.Empty, default(Criterion).Name);
    }

    [Fact]
    public void ToString_TargetOrType_SaysWhichIsBetter()
    {
        Assert.Equal("seats (target 40)", Criterion.TargetValue("seats", 40).ToString());
        Assert.Equal("price (Cost)", Criterion.Cost("price").ToString());
    }
}
