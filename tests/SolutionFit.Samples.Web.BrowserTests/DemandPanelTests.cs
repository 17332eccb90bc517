using System.Globalization;
using CsvHelper;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Samples.Web.BrowserTests;

/// <summary>The page's demand panel in headless Chromium, checked against <see cref="GaborGranger.Analyze"/>.</summary>
[Collection(SharedWebApp.Name)]
public sealed class DemandPanelTests(WebApp app) : IDisposable
{
    private readonly ChromeDriver _driver = Browser.Start();

    public void Dispose() => _driver.Quit();

    [BrowserFact]
    public void Page_UploadReferenceSurveyBySegment_ShowsTheLibrarysDemandRevenueAndModel()
    {
        var path = TestPaths.Data("demand/segments300.csv");
        var expected = GaborGranger.Analyze(ReadSurvey(path, "segment"));
        Assert.Equal(["all", "Pro", "basic", "enterprise"], expected.Segments.Select(s => s.Segment));

        _driver.Navigate().GoToUrl(app.BaseAddress);
        _driver.FindElement(By.Id("demand-file")).SendKeys(path);
        Wait(d => d.FindElement(By.Id("demand-segments")).GetAttribute("data-source") == "segments300.csv");
        Assert.True(_driver.FindElement(By.Id("demand-error")).GetAttribute("hidden") is not null, _driver.FindElement(By.Id("demand-error")).Text);

        // The segment column is offered (the price columns and id are not) and chosen; no weight column.
        Assert.Equal(["", "segment"], _driver.FindElements(By.CssSelector("#demand-segment option")).Select(o => o.GetAttribute("value")));
        Assert.Equal("segment", _driver.FindElement(By.Id("demand-segments")).GetAttribute("data-segment"));
        Assert.Equal(string.Empty, _driver.FindElement(By.Id("demand-segments")).GetAttribute("data-weight"));

        var respondents = _driver.FindElement(By.CssSelector("#demand-respondents span"));
        Assert.Equal(expected.Respondents.ToString(CultureInfo.InvariantCulture), respondents.GetAttribute("data-in-file"));
        Assert.Equal(expected.Used.ToString(CultureInfo.InvariantCulture), respondents.GetAttribute("data-used"));
        Assert.StartsWith($"{expected.Used} of {expected.Respondents} respondents used", respondents.Text, StringComparison.Ordinal);

        var shown = _driver.FindElements(By.CssSelector("#demand-segments .demand-segment"));
        Assert.Equal(expected.Segments.Select(s => s.Segment), shown.Select(s => s.GetAttribute("data-segment")));
        foreach (var (segment, element) in expected.Segments.Zip(shown))
        {
            AssertShows(segment, element);
        }

        // Each segment's tested curve on both charts, its fitted curve where it has a model, and the optima marked.
        var withModel = expected.Segments.Count(s => s.Model is not null);
        var withOptimum = expected.Segments.Count(s => s.Model?.RevenueOptimalPrice is not null);
        Assert.Equal(expected.Segments.Count, withModel);
        foreach (var kind in new[] { "demand", "revenue" })
        {
            var chart = _driver.FindElement(By.CssSelector($"#demand-charts svg.chart-{kind}"));
            Assert.Equal(expected.Segments.Count, chart.FindElements(By.CssSelector("polyline.tested")).Count);
            Assert.Equal(withModel, chart.FindElements(By.CssSelector("polyline.fitted")).Count);
            var optima = chart.FindElements(By.CssSelector("polygon.model-optimum"));
            Assert.Equal(withOptimum, optima.Count);
            Assert.Equal(
                expected.Segments.Where(s => s.Model?.RevenueOptimalPrice is not null).Select(s => s.Model!.RevenueOptimalPrice!.Value),
                optima.Select(o => double.Parse(o.GetAttribute("data-price")!, CultureInfo.InvariantCulture)));
        }

        var tested = _driver.FindElements(By.CssSelector("#demand-charts svg.chart-revenue circle.tested-optimum"));
        Assert.Equal(
            expected.Segments.Select(s => s.RevenueOptimalPrice!.Value),
            tested.Select(o => double.Parse(o.GetAttribute("data-price")!, CultureInfo.InvariantCulture)));
    }

    [BrowserFact]
    public void Page_UploadSurveyWithBadCell_ShowsTheLineAndColumn()
    {
        var directory = Directory.CreateTempSubdirectory("solutionfit-demand-");
        try
        {
            var path = Path.Combine(directory.FullName, "bad-demand.csv");
            File.WriteAllText(path, "id,10,20,30\n1,1,1,0\n2,1,yes,0\n");
            _driver.Navigate().GoToUrl(app.BaseAddress);
            _driver.FindElement(By.Id("demand-file")).SendKeys(path);
            Wait(d => d.FindElement(By.Id("demand-segments")).GetAttribute("data-source") == "bad-demand.csv");

            var error = _driver.FindElement(By.Id("demand-error"));
            Assert.Null(error.GetAttribute("hidden"));
            Assert.StartsWith("solutionfit: request body: line 3, column '20': 'yes' is not 0, 1 or empty", error.Text, StringComparison.Ordinal);
            Assert.Empty(_driver.FindElements(By.CssSelector("#demand-segments .demand-segment")));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>The segment's element holds the library's values exactly, at each tested price and for the model.</summary>
    private static void AssertShows(GaborGrangerSegment segment, IWebElement element)
    {
        Assert.Equal(segment.Weight, Value(element, "data-weight"));
        Assert.Equal(segment.RevenueOptimalPrice, Value(element, "data-revenue-optimal-price"));
        var rows = element.FindElements(By.CssSelector("table.demand-table tbody tr"));
        Assert.Equal(segment.Prices.Count, rows.Count);
        foreach (var (price, row) in segment.Prices.Zip(rows))
        {
            Assert.Equal(price.Price, Value(row, "data-price"));
            Assert.Equal(price.Demand, Value(row, "data-demand"));
            Assert.Equal(price.DeterminedWeight, Value(row, "data-determined-weight"));
            Assert.Equal(price.Revenue, Value(row, "data-revenue"));
            Assert.Equal(price.Elasticity, Value(row, "data-elasticity"));
            Assert.Equal(price.ArcElasticity, Value(row, "data-arc-elasticity"));
            Assert.Equal(price.Demand is { } d ? $"{(100 * d).ToString("0.0", CultureInfo.InvariantCulture)} %" : "–", row.FindElement(By.CssSelector("td.demand")).Text);
        }

        var model = element.FindElement(By.CssSelector("p.model"));
        if (segment.Model is not { } m)
        {
            Assert.Equal("none", model.GetAttribute("data-model"));
            return;
        }

        Assert.Equal(m.MedianWtp, Value(model, "data-median-wtp"));
        Assert.Equal(m.Shape, Value(model, "data-shape"));
        Assert.Equal(m.MedianWtpSe, Value(model, "data-median-wtp-se"));
        Assert.Equal(m.ShapeSe, Value(model, "data-shape-se"));
        Assert.Equal(m.RevenueOptimalPrice, Value(model, "data-revenue-optimal-price"));
        Assert.Equal(m.DemandAtOptimum, Value(model, "data-demand-at-optimum"));
        Assert.Equal(m.RevenueAtOptimum, Value(model, "data-revenue-at-optimum"));
        Assert.StartsWith("Model: median willingness to pay ", model.Text, StringComparison.Ordinal);
    }

    /// <summary>A number the page holds in an attribute as JavaScript writes it (the shortest text that reads back exactly), null as "null".</summary>
    private static double? Value(IWebElement element, string attribute) =>
        element.GetAttribute(attribute) is "null" ? null : double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>The survey through the library's own API: CsvHelper reads the cells, the test adds each respondent to a tally.</summary>
    private static GaborGrangerTally ReadSurvey(string path, string segmentColumn)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var prices = csv.HeaderRecord!.Select((name, i) => (Name: name, Index: i)).Where(c => c.Name != "id" && c.Name != segmentColumn).ToList();
        var tally = new GaborGrangerTally(prices.Select(c => double.Parse(c.Name, CultureInfo.InvariantCulture)));
        while (csv.Read())
        {
            var answers = prices.Select(c => csv.GetField(c.Index) switch { "1" => true, "0" => false, _ => (bool?)null }).ToArray();
            tally.Add(answers, 1.0, csv.GetField(segmentColumn));
        }

        return tally;
    }

    private void Wait(Func<IWebDriver, bool> condition) => new WebDriverWait(_driver, TimeSpan.FromSeconds(20)).Until(condition);
}
