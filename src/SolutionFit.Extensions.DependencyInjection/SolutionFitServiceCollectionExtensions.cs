using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SolutionFit;

/// <summary>Registers SolutionFit with an <see cref="IServiceCollection"/>.</summary>
public static class SolutionFitServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ScoringPolicy.Default"/>, <see cref="ISolutionFitScorer"/> (a <see cref="SolutionFitScorer"/>
    /// with the registered policy) and <see cref="SolutionCoach"/>, all singletons.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <remarks>Registrations already present are kept (TryAdd), so an application can replace any of them first.</remarks>
    public static IServiceCollection AddSolutionFit(this IServiceCollection services) => services.AddSolutionFit(ScoringPolicy.Default);

    /// <summary>
    /// Registers <paramref name="policy"/>, <see cref="ISolutionFitScorer"/> (a <see cref="SolutionFitScorer"/> with the
    /// registered policy) and <see cref="SolutionCoach"/>, all singletons.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="policy">The options of the scoring model, for example <c>new ScoringPolicy { OpportunityWeighting = false }</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="policy"/> is null.</exception>
    /// <remarks>Registrations already present are kept (TryAdd), so an application can replace any of them first.</remarks>
    public static IServiceCollection AddSolutionFit(this IServiceCollection services, ScoringPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(policy);

        services.TryAddSingleton(policy);
        services.TryAddSingleton<ISolutionFitScorer>(sp => new SolutionFitScorer(sp.GetRequiredService<ScoringPolicy>()));
        services.TryAddSingleton(sp => new SolutionCoach(sp.GetRequiredService<ISolutionFitScorer>()));
        return services;
    }
}
