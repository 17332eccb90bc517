// The library moved its areas out of the root namespace into these. Declaring them here lets the workloads' using
// directives compile against a commit from before a move, where the same type names live in SolutionFit itself.
namespace SolutionFit.Gauges
{
}

namespace SolutionFit.Learning
{
}

namespace SolutionFit.MultiCriteria
{
}

namespace SolutionFit.PriceSensitivity
{
}

namespace SolutionFit.Surveys
{
}
