using OpenQA.Selenium.Chrome;

namespace SolutionFit.Samples.Web.BrowserTests;

/// <summary>
/// A fact that needs headless Chromium and ChromeDriver: skipped, with the reason, where either is missing (never
/// passed without a browser). Paths: SOLUTIONFIT_CHROMIUM and SOLUTIONFIT_CHROMEDRIVER, or Debian's
/// <c>/usr/bin/chromium</c> and <c>/usr/bin/chromedriver</c> (packages chromium and chromium-driver).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        var missing = new[] { Browser.Chromium, Browser.ChromeDriver }.Where(path => !File.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            Skip = $"No browser: {string.Join(" and ", missing)} not found (apt-get install chromium chromium-driver, or set SOLUTIONFIT_CHROMIUM / SOLUTIONFIT_CHROMEDRIVER).";
        }
    }
}

/// <summary>The browser the tests drive.</summary>
internal static class Browser
{
    public static string Chromium { get; } = Environment.GetEnvironmentVariable("SOLUTIONFIT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string ChromeDriver { get; } = Environment.GetEnvironmentVariable("SOLUTIONFIT_CHROMEDRIVER") is { Length: > 0 } path ? path : "/usr/bin/chromedriver";

    /// <summary>Starts headless Chromium with a fresh profile; null where the browser is missing (the tests are skipped).</summary>
    public static ChromeDriver Start()
    {
        if (!File.Exists(Chromium) || !File.Exists(ChromeDriver))
        {
            return null!; // The test is skipped (BrowserFact); nothing to start.
        }

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1400",
            $"--user-data-dir={Directory.CreateTempSubdirectory("solutionfit-chromium-").FullName}");
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}
