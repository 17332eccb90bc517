using System.Globalization;
using SolutionFit;
using SolutionFit.Samples.Web;

// The sales coach: the page in wwwroot and the API it calls. Bound to loopback only; the port comes from configuration:
// `Urls` (appsettings.json: http://127.0.0.1:5080, or --urls on the command line) or `SolutionFit:Port`, which wins and
// always binds 127.0.0.1 (--SolutionFit:Port=5081, or the environment variable SolutionFit__Port=5081).
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
if (builder.Configuration.GetValue<int?>("SolutionFit:Port") is { } port)
{
    builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
}

builder.Services.AddSolutionFit();

var app = builder.Build();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapSalesCoachApi();
app.Run();
