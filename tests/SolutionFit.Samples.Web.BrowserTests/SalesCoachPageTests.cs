using System.Globalization;
using System.Text.Json.Nodes;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Samples.Web.BrowserTests;

/// <summary>The sales coach page in headless Chromium, checked against the library.</summary>
[Collection(SharedWebApp.Name)]
public sealed class SalesCoachPageTests(WebApp app) : IDisposable
{
    /// <summary>Team's live tracking from as given (0.6) down to where Business overtakes it (0.1).</summary>
    private static readonly double[] NearTieCandidates = [0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2];

    private readonly ChromeDriver _driver = Browser.Start();

    public void Dispose() => _driver.Quit();

    [BrowserFact]
    public void Page_EditAchievementAndImportance_RanksAsTheScorer()
    {
        var scorer = new SolutionFitScorer();
        var document = DemoData.Load();
        Open();

        // As loaded: the demo's first customer, ranked as the library ranks it.
        var before = Expected(scorer, document);
        Assert.Equal(before, Ranking());

        // Team's live tracking drops from 0.6 to 0.1: Business overtakes Team.
        Type(Achievement("team", "live-tracking"), "0.1");
        document["solutions"]![1]!["achievements"]!["live-tracking"] = 0.1;
        var afterAchievement = Expected(scorer, document);
        Assert.NotEqual(before.Select(r => r.SolutionId), afterAchievement.Select(r => r.SolutionId));
        Assert.Equal(afterAchievement, Ranking());

        // Live tracking matters less (importance 0.8 to 0.2): the overalls move, as the scorer says.
        Type(_driver.FindElement(By.Id("goal-1-importance")), "0.2");
        document["customers"]![0]!["goals"]![1]!["importance"] = 0.2;
        var afterImportance = Expected(scorer, document);
        Assert.NotEqual(afterAchievement, afterImportance);
        Assert.Equal(afterImportance, Ranking());

        // The coaching is for the new best solution.
        Assert.Contains(SolutionName(document, afterImportance[0].SolutionId), _driver.FindElement(By.Id("coaching-title")).Text, StringComparison.Ordinal);
        Assert.NotEmpty(_driver.FindElements(By.CssSelector("#coaching li")));
    }

    [BrowserFact]
    public void Page_ImportanceUncertainty_ShowsTheRecommendationsAcceptabilityAsTheCatalog()
    {
        var document = DemoData.Load();
        RankAcceptability Expected(double uncertainty)
        {
            var catalog = new SolutionCatalog(DemoData.Solutions(document));
            return catalog.Acceptability(DemoData.Customer(document, 0), 0, uncertainty, 1000, 1, catalog.Count);
        }

        Open();

        // As loaded (importances ± 0.2, 1000 samples, seed 1, the customer drawn as the first, the only one posted).
        AssertShowsAcceptability(Expected(0.2), "0.2");

        // Team's live tracking made a near tie with Business (the first value, from 0.6 down, where Team is not the best
        // fit under every plausible priority): the recommendation is less sure, as the library says.
        var liveTracking = NearTieCandidates.First(value =>
        {
            document["solutions"]![1]!["achievements"]!["live-tracking"] = value;
            return Expected(0.2).Solutions.Values.First().First is < 0.9;
        });
        Type(Achievement("team", "live-tracking"), liveTracking.ToString(CultureInfo.InvariantCulture));
        var narrow = Expected(0.2);
        AssertShowsAcceptability(narrow, "0.2");

        // Wider: the shares move as the library's do.
        Type(_driver.FindElement(By.Id("uncertainty")), "0.6");
        var wide = Expected(0.6);
        Assert.NotEqual(narrow.Describe(), wide.Describe());
        AssertShowsAcceptability(wide, "0.6");
    }

    [BrowserFact]
    public void Page_UploadReferenceSurvey_ShowsTheLibrarysPricePointsIntervalsAndChart()
    {
        var survey = TestPaths.Data("psm/realistic500.csv");
        var expected = PriceSensitivityMeter.Analyze(ReadSurvey(survey));
        var bootstrap = PriceSensitivityMeter.Bootstrap(PsmBootstrapTally.FromSurvey(ReadSurvey(survey), 20261206, 200));
        Open();
        Wait(d => d.FindElement(By.Id("psm-points")).GetAttribute("data-source") == "built-in survey");

        _driver.FindElement(By.Id("psm-file")).SendKeys(survey);
        Wait(d => d.FindElement(By.Id("psm-points")).GetAttribute("data-source") == "realistic500.csv");

        Assert.Equal(string.Empty, _driver.FindElement(By.Id("psm-weight")).GetAttribute("value"));
        Assert.False(_driver.FindElement(By.Id("psm-nms")).Selected);
        var shown = _driver.FindElements(By.CssSelector("#psm-points tr[data-value]"))
            .ToDictionary(row => row.GetAttribute("data-key")!, row => (Value: double.Parse(row.GetAttribute("data-value")!, CultureInfo.InvariantCulture), Text: row.FindElement(By.CssSelector("td.value")).Text));
        var points = new Dictionary<string, double?>
        {
            ["pointOfMarginalCheapness"] = expected.PointOfMarginalCheapness,
            ["optimalPricePoint"] = expected.OptimalPricePoint,
            ["indifferencePricePoint"] = expected.IndifferencePricePoint,
            ["pointOfMarginalExpensiveness"] = expected.PointOfMarginalExpensiveness,
        };
        Assert.All(points.Values, p => Assert.NotNull(p));
        Assert.Equal(points.Keys.Order(), shown.Keys.Order());
        foreach (var (key, value) in points)
        {
            Assert.Equal(value!.Value, shown[key].Value);
            Assert.Equal(value.Value.ToString("0.00", CultureInfo.InvariantCulture), shown[key].Text);
        }

        Assert.Contains($"{expected.RespondentsUsed} of {expected.TotalRespondents}", _driver.FindElement(By.CssSelector("#psm-points tr[data-key='respondents']")).Text, StringComparison.Ordinal);
        Assert.Equal(6, _driver.FindElements(By.CssSelector("#psm-chart svg polyline.curve")).Count);
        Assert.Equal(4, _driver.FindElements(By.CssSelector("#psm-chart svg line.point")).Count);

        // The 95 % intervals of a 200-replicate bootstrap with seed 20261206, as the page states, beside each point.
        var note = _driver.FindElement(By.Id("psm-bootstrap"));
        Assert.Equal("200", note.GetAttribute("data-replicates"));
        Assert.Equal("20261206", note.GetAttribute("data-seed"));
        Assert.Contains("95 % Poisson bootstrap of the respondents, 200 replicates, seed 20261206", note.Text, StringComparison.Ordinal);
        var intervals = new Dictionary<string, PsmBootstrapInterval>
        {
            ["pointOfMarginalCheapness"] = bootstrap.PointOfMarginalCheapness,
            ["optimalPricePoint"] = bootstrap.OptimalPricePoint,
            ["indifferencePricePoint"] = bootstrap.IndifferencePricePoint,
            ["pointOfMarginalExpensiveness"] = bootstrap.PointOfMarginalExpensiveness,
        };
        Assert.True(bootstrap.OptimalPricePoint.Lower < bootstrap.OptimalPricePoint.Upper && bootstrap.IndifferencePricePoint.Lower < bootstrap.IndifferencePricePoint.Upper);
        foreach (var (key, interval) in intervals)
        {
            var row = _driver.FindElement(By.CssSelector($"#psm-points tr[data-key='{key}']"));
            Assert.Equal(interval.Lower!.Value, double.Parse(row.GetAttribute("data-lower")!, CultureInfo.InvariantCulture));
            Assert.Equal(interval.Upper!.Value, double.Parse(row.GetAttribute("data-upper")!, CultureInfo.InvariantCulture));
            Assert.Equal(interval.Defined.ToString(CultureInfo.InvariantCulture), row.GetAttribute("data-defined"));
            Assert.Equal(
                $"[{interval.Lower.Value.ToString("0.00", CultureInfo.InvariantCulture)}, {interval.Upper.Value.ToString("0.00", CultureInfo.InvariantCulture)}]",
                row.FindElement(By.CssSelector("td.interval")).Text);
        }

        Assert.Equal(4, _driver.FindElements(By.CssSelector("#psm-chart svg rect.interval-band")).Count);
        Screenshot();
    }

    private void AssertShowsAcceptability(RankAcceptability expected, string uncertainty)
    {
        var best = Ranking()[0].SolutionId;
        var shown = _driver.FindElement(By.Id("acceptability"));
        Assert.Equal($"{expected.Describe()} (importances ± {uncertainty}).", shown.Text);
        Assert.Equal(expected.Solutions[best].First, double.Parse(shown.GetAttribute("data-first")!, CultureInfo.InvariantCulture));
        Assert.Equal("1000", shown.GetAttribute("data-samples"));
        Assert.Equal(expected.SkippedSamples.ToString(CultureInfo.InvariantCulture), shown.GetAttribute("data-skipped-samples"));
    }

    /// <summary>The library's ranking of the first customer, as the page shows it: solution id and exact overall.</summary>
    private static List<(string SolutionId, double Overall)> Expected(SolutionFitScorer scorer, JsonObject document) =>
        scorer.Rank(DemoData.Customer(document, 0), DemoData.Solutions(document)).Select(s => (s.SolutionId, s.Overall)).ToList();

    private static string SolutionName(JsonObject document, string id) =>
        (string)document["solutions"]!.AsArray().Single(s => (string)s!["id"]! == id)!["name"]!;

    /// <summary>Reads a reference survey (a header row, then numbers; an empty cell is a missing answer).</summary>
    private static PsmSurvey ReadSurvey(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split(',').Select(h => h.Trim('"')).ToList();
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        double?[] Column(string name) => rows.Select(r => r[header.IndexOf(name)] is { Length: > 0 } cell ? double.Parse(cell, CultureInfo.InvariantCulture) : (double?)null).ToArray();
        return new PsmSurvey(tooCheap: Column("too_cheap"), cheap: Column("cheap"), expensive: Column("expensive"), tooExpensive: Column("too_expensive"));
    }

    private void Open()
    {
        _driver.Navigate().GoToUrl(app.BaseAddress);
        WaitForRanking();
    }

    /// <summary>Waits until the ranking shown is that of the last edit.</summary>
    private void WaitForRanking() => Wait(d =>
        d.FindElement(By.TagName("body")).GetAttribute("data-rev") is { } rev && rev != "0"
        && d.FindElement(By.Id("ranking")).GetAttribute("data-rev") == rev
        && d.FindElement(By.Id("status")).Text.Length == 0);

    private List<(string SolutionId, double Overall)> Ranking()
    {
        Assert.True(_driver.FindElement(By.Id("error")).GetAttribute("hidden") is not null, _driver.FindElement(By.Id("error")).Text);
        return _driver.FindElements(By.CssSelector("#ranking tbody tr"))
            .Select(row => (row.GetAttribute("data-solution-id")!, double.Parse(row.GetAttribute("data-overall")!, CultureInfo.InvariantCulture)))
            .ToList();
    }

    private IWebElement Achievement(string solutionId, string goalId) =>
        _driver.FindElement(By.CssSelector($"input.achievement[data-solution-id='{solutionId}'][data-goal-id='{goalId}']"));

    private void Type(IWebElement input, string value)
    {
        input.SendKeys(Keys.Control + "a");
        input.SendKeys(value);
        Assert.Equal(value, input.GetAttribute("value"));
        WaitForRanking();
    }

    private void Wait(Func<IWebDriver, bool> condition) => new WebDriverWait(_driver, TimeSpan.FromSeconds(20)).Until(condition);

    /// <summary>
    /// Saves the page to the test results folder; with SOLUTIONFIT_UPDATE_SCREENSHOT=1, also to docs/web-sales-coach.png
    /// (the README's picture), which a plain test run leaves alone.
    /// </summary>
    private void Screenshot()
    {
        var shot = _driver.GetScreenshot();
        Directory.CreateDirectory(TestPaths.Results);
        var path = Path.Combine(TestPaths.Results, "web-sales-coach.png");
        shot.SaveAsFile(path);
        if (Environment.GetEnvironmentVariable("SOLUTIONFIT_UPDATE_SCREENSHOT") == "1")
        {
            File.Copy(path, Path.Combine(TestPaths.RepositoryRoot, "docs", "web-sales-coach.png"), overwrite: true);
        }
    }
}
