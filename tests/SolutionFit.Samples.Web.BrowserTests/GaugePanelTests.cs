using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using SolutionFit.Gauges;

namespace SolutionFit.Samples.Web.BrowserTests;

/// <summary>The page's smile gauge panel in headless Chromium, checked against <see cref="PriceHappinessGauge"/>.</summary>
[Collection(SharedWebApp.Name)]
public sealed class GaugePanelTests(WebApp app) : IDisposable
{
    private static readonly string[] Sellers = ["ana", "ben", "chloe"];

    private readonly ChromeDriver _driver = Browser.Start();

    private readonly DirectoryInfo _files = Directory.CreateTempSubdirectory("solutionfit-gauge-");

    public void Dispose()
    {
        _driver.Quit();
        _files.Delete(recursive: true);
    }

    [BrowserFact]
    public void Page_UploadDealsGroupedBySellerAndWeighted_ShowsTheLibrarysGaugesAndIntervals()
    {
        var deals = Deals();
        var path = Path.Combine(_files.FullName, "observed-deals.csv");
        File.WriteAllText(path, Csv(deals));
        ObservedReaction Weighted((string Deal, string Seller, PriceReaction Reaction, double Value) d) => new(d.Deal, d.Reaction, d.Value);
        var overall = PriceHappinessGauge.Measure(deals.Select(Weighted));
        var bySeller = PriceHappinessGauge.MeasureBy(deals, d => d.Seller, Weighted);

        // The weights move every gauge: a page that ignored the weight column would not show these numbers.
        Assert.NotEqual(PriceHappinessGauge.Measure(deals.Select(d => new ObservedReaction(d.Deal, d.Reaction))).SmileIndex, overall.SmileIndex);

        _driver.Navigate().GoToUrl(app.BaseAddress);
        Wait(d => d.FindElement(By.Id("gauge-table")).GetAttribute("data-source") == "built-in deals");
        _driver.FindElement(By.Id("gauge-file")).SendKeys(path);
        Wait(d => d.FindElement(By.Id("gauge-table")).GetAttribute("data-source") == "observed-deals.csv");

        // Offered as the file's columns; grouped by seller as loaded, then weighted by value.
        Assert.Equal("seller", _driver.FindElement(By.Id("gauge-by")).GetAttribute("value"));
        Assert.Equal(["", "seller", "value"], _driver.FindElements(By.CssSelector("#gauge-by option")).Select(o => o.GetAttribute("value")));
        _driver.FindElement(By.CssSelector("#gauge-weight option[value='value']")).Click();
        Wait(d => d.FindElement(By.Id("gauge-table")).GetAttribute("data-weight") == "value");
        Assert.True(_driver.FindElement(By.Id("gauge-error")).GetAttribute("hidden") is not null, _driver.FindElement(By.Id("gauge-error")).Text);

        var rows = _driver.FindElements(By.CssSelector("#gauge-table tbody tr"));
        Assert.Equal(1 + Sellers.Length, rows.Count);
        AssertShows(rows[0], "overall", overall);
        Assert.Equal("overall", rows[0].GetAttribute("class"));
        Assert.Equal(bySeller.Keys, rows.Skip(1).Select(r => r.GetAttribute("data-key")));
        foreach (var (row, (seller, gauge)) in rows.Skip(1).Zip(bySeller))
        {
            AssertShows(row, seller, gauge);
        }

        Assert.Equal(1 + Sellers.Length, _driver.FindElements(By.CssSelector("#gauge-chart svg line.interval")).Count);
        Assert.Equal(1 + Sellers.Length, _driver.FindElements(By.CssSelector("#gauge-chart svg circle.smile")).Count);

        // No group column: the overall gauge alone.
        _driver.FindElement(By.CssSelector("#gauge-by option[value='']")).Click();
        Wait(d => d.FindElement(By.Id("gauge-table")).GetAttribute("data-by") == string.Empty);
        var alone = _driver.FindElements(By.CssSelector("#gauge-table tbody tr"));
        AssertShows(Assert.Single(alone), "overall", overall);
    }

    [BrowserFact]
    public void Page_UploadDealsWithUnknownReaction_ShowsTheLineAndColumn()
    {
        var path = Path.Combine(_files.FullName, "bad-deals.csv");
        File.WriteAllText(path, "deal,reaction,seller\nD1,fair,ana\nD2,delighted,ben\n");

        _driver.Navigate().GoToUrl(app.BaseAddress);
        Wait(d => d.FindElement(By.Id("gauge-table")).GetAttribute("data-source") == "built-in deals");
        _driver.FindElement(By.Id("gauge-file")).SendKeys(path);
        Wait(d => d.FindElement(By.Id("gauge-table")).GetAttribute("data-source") == "bad-deals.csv");

        var error = _driver.FindElement(By.Id("gauge-error"));
        Assert.Null(error.GetAttribute("hidden"));
        Assert.StartsWith("solutionfit: request body: line 3, column 'reaction': 'delighted' is not one of", error.Text, StringComparison.Ordinal);
        Assert.Empty(_driver.FindElements(By.CssSelector("#gauge-table tbody tr")));
    }

    /// <summary>90 deals of three sellers, every reaction, weights from 100 to 600; each seller's mix differs.</summary>
    private static List<(string Deal, string Seller, PriceReaction Reaction, double Value)> Deals() =>
        Enumerable.Range(0, 90).Select(i => (
            $"D{i:000}",
            Sellers[i % 3],
            (PriceReaction)(((i * 7) + (i / 3) + (i % 3 * (i % 2))) % 5),
            100.0 + (i * 37 % 11 * 50))).ToList();

    private static string Csv(List<(string Deal, string Seller, PriceReaction Reaction, double Value)> deals)
    {
        var csv = new StringBuilder("deal,reaction,seller,value\n");
        foreach (var (deal, seller, reaction, value) in deals)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{deal},{JsonNamingPolicy.CamelCase.ConvertName(reaction.ToString())},{seller},{value}\n");
        }

        return csv.ToString();
    }

    /// <summary>The row holds the gauge's exact values and shows them to one decimal.</summary>
    private static void AssertShows(IWebElement row, string label, SmileGauge gauge)
    {
        double Data(string name) => double.Parse(row.GetAttribute($"data-{name}")!, CultureInfo.InvariantCulture);
        Assert.Equal(label, row.FindElement(By.CssSelector("td")).Text);
        Assert.Equal(gauge.Count.ToString(CultureInfo.InvariantCulture), row.FindElement(By.CssSelector("td.count")).Text);
        Assert.Equal(gauge.SmileIndex, Data("smile-index"));
        Assert.Equal(gauge.SmileIndexInterval.Lower, Data("lower"));
        Assert.Equal(gauge.SmileIndexInterval.Upper, Data("upper"));
        Assert.Equal(OneDecimal(gauge.SmileIndex), row.FindElement(By.CssSelector("td.smile")).Text);
        Assert.Equal($"[{OneDecimal(gauge.SmileIndexInterval.Lower)}, {OneDecimal(gauge.SmileIndexInterval.Upper)}]", row.FindElement(By.CssSelector("td.interval")).Text);
    }

    private static string OneDecimal(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private void Wait(Func<IWebDriver, bool> condition) => new WebDriverWait(_driver, TimeSpan.FromSeconds(20)).Until(condition);
}
