namespace SolutionFit.Tests;

/// <summary>A solution's achievements: a read-only dictionary in the order given, found by id and hash.</summary>
public sealed class AchievementTableTests
{
    /// <summary>Achievements given without a count, so that the table grows and rehashes as they come.</summary>
    private static IEnumerable<KeyValuePair<string, double>> Many(int count)
    {
        for (var g = 0; g < count; g++)
        {
            yield return KeyValuePair.Create($"goal-{(g * 37) % count}", g / (double)count);
        }
    }

    [Fact]
    public void Achievements_GivenWithoutACount_KeepTheirOrderAndAreAllFound()
    {
        var solution = new ProposedSolution("s", 1, Many(300), 0, 0);

        Assert.Equal(Many(300), solution.Achievements);
        Assert.Equal(Many(300).Select(a => a.Key), solution.Achievements.Keys);
        Assert.Equal(Many(300).Select(a => a.Value), solution.Achievements.Values);
        Assert.All(Many(300), a => Assert.Equal(a.Value, solution.GetAchievement(a.Key)));
        Assert.All(Many(300), a => Assert.Equal(a.Value, solution.AchievementOf(new CustomerGoal(a.Key, 0.5))));
        Assert.Equal(0.0, solution.GetAchievement("goal-300"));
        Assert.Equal(300, solution.Achievements.Count);
    }

    [Fact]
    public void Achievements_IdsEqualButNotTheSameInstance_AreFound()
    {
        var solution = new ProposedSolution("s", 1, [KeyValuePair.Create("speed", 0.25), KeyValuePair.Create("a-much-longer-goal-id", 0.5)], 0, 0);

        Assert.Equal(0.25, solution.GetAchievement(new string("speed".ToCharArray())));
        Assert.Equal(0.5, solution.GetAchievement(new string("a-much-longer-goal-id".ToCharArray())));
        Assert.Equal(0.0, solution.GetAchievement("spees"));
        Assert.Equal(0.0, solution.GetAchievement("a-much-longer-goal-iD"));
    }

    [Fact]
    public void Achievements_ReadLikeADictionary()
    {
        var achievements = new ProposedSolution("s", 1, [KeyValuePair.Create("a", 0.25), KeyValuePair.Create("b", 0.0)], 0, 0).Achievements;

        Assert.Equal(0.25, achievements["a"]);
        Assert.Throws<KeyNotFoundException>(() => achievements["c"]);
        Assert.True(achievements.ContainsKey("b"));
        Assert.False(achievements.ContainsKey("c"));
        Assert.True(achievements.TryGetValue("b", out var b) && b == 0.0);
        Assert.False(achievements.TryGetValue("c", out _));
        Assert.Throws<ArgumentNullException>("key", () => achievements.ContainsKey(null!));
        Assert.Throws<ArgumentNullException>("key", () => achievements.TryGetValue(null!, out _));

        var collection = (ICollection<KeyValuePair<string, double>>)achievements;
        Assert.True(collection.IsReadOnly);
        Assert.Contains(KeyValuePair.Create("a", 0.25), collection);
        Assert.DoesNotContain(KeyValuePair.Create("a", 0.5), collection);
        var copy = new KeyValuePair<string, double>[3];
        collection.CopyTo(copy, 1);
        Assert.Equal([default, KeyValuePair.Create("a", 0.25), KeyValuePair.Create("b", 0.0)], copy);
        Assert.Throws<ArgumentOutOfRangeException>("array", () => collection.CopyTo(copy, 2));
    }

    [Fact]
    public void Achievements_CannotBeChanged()
    {
        var achievements = (IDictionary<string, double>)new ProposedSolution("s", 1, [KeyValuePair.Create("a", 0.25)], 0, 0).Achievements;

        Assert.Throws<NotSupportedException>(() => achievements.Add("b", 1.0));
        Assert.Throws<NotSupportedException>(() => achievements.Remove("a"));
        Assert.Throws<NotSupportedException>(() => achievements.Add(KeyValuePair.Create("b", 1.0)));
        Assert.Throws<NotSupportedException>(() => achievements.Remove(KeyValuePair.Create("a", 0.25)));
        Assert.Throws<NotSupportedException>(achievements.Clear);
        Assert.Throws<NotSupportedException>(() => achievements.Keys.Add("b"));
        Assert.Equal(0.25, achievements["a"]);
    }
}
