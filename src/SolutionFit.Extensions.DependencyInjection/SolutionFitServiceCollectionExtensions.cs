using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SolutionFit;
using OptionsDefaults = Microsoft.Extensions.Options.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers SolutionFit with an <see cref="IServiceCollection"/> in the options pattern: <see cref="SolutionFitOptions"/>
/// (configured in code or bound from configuration, validated at start) becomes the <see cref="ScoringPolicy"/> of the
/// registered <see cref="ISolutionFitScorer"/> and <see cref="SolutionCoach"/>.
/// </summary>
/// <remarks>
/// <para>
/// Services are registered with TryAdd: a <see cref="ScoringPolicy"/>, <see cref="SolutionFitScorer"/>,
/// <see cref="ISolutionFitScorer"/> or <see cref="SolutionCoach"/> the application registered first is kept, so an
/// application can replace any of them. Options are not: each call adds its configuration, and, as with every options
/// type, the last configuration of a value wins.
/// </para>
/// <para>
/// The options are validated when they are first created and, in a host, at start (<c>ValidateOnStart</c>): an
/// <see cref="OptionsValidationException"/> lists each bad value with its configuration key and the rule, for example
/// <c>SolutionFit:EffortWeight must be a finite number in [0, 1], but is 2.</c> The key is the path of the section given
/// to <see cref="AddSolutionFit(IServiceCollection, IConfiguration)"/>, otherwise <see cref="SolutionFitOptions.SectionName"/>
/// (<c>SolutionFit:{name}</c> for a keyed registration).
/// </para>
/// <para>
/// All services are singletons, immutable and thread-safe; the policy is built once, at its first resolution, so a
/// configuration reload does not change it.
/// </para>
/// </remarks>
public static class SolutionFitServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SolutionFitOptions"/> with their defaults (<see cref="ScoringPolicy.Default"/>), validated at
    /// start, and the <see cref="ScoringPolicy"/>, <see cref="SolutionFitScorer"/>, <see cref="ISolutionFitScorer"/> and
    /// <see cref="SolutionCoach"/> built from them, all singletons.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <remarks>
    /// Configure the options afterwards with <c>services.Configure&lt;SolutionFitOptions&gt;(...)</c> or
    /// <c>services.AddOptions&lt;SolutionFitOptions&gt;().BindConfiguration("SolutionFit")</c>; services already present
    /// are kept (TryAdd).
    /// </remarks>
    public static IServiceCollection AddSolutionFit(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddCore(services, OptionsDefaults.DefaultName, sectionPath: null);
        return services;
    }

    /// <summary>
    /// Registers SolutionFit as <see cref="AddSolutionFit(IServiceCollection)"/> does and configures its
    /// <see cref="SolutionFitOptions"/> with <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options, for example <c>o =&gt; o.OpportunityWeighting = false</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    /// <remarks>Runs after the configurations added before this call, so its values win over theirs.</remarks>
    public static IServiceCollection AddSolutionFit(this IServiceCollection services, Action<SolutionFitOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        AddCore(services, OptionsDefaults.DefaultName, sectionPath: null).Configure(configure);
        return services;
    }

    /// <summary>
    /// Registers SolutionFit as <see cref="AddSolutionFit(IServiceCollection)"/> does and binds its
    /// <see cref="SolutionFitOptions"/> to <paramref name="configuration"/>, typically
    /// <c>builder.Configuration.GetSection("SolutionFit")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section whose keys (<c>EffortWeight</c>, ...) are the option names.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
    /// <remarks>
    /// Keys missing from the section keep their earlier values. A value that is not a number raises
    /// <see cref="InvalidOperationException"/> naming its key when the options are created; a number out of range
    /// fails validation with its key, the section's path and the property name (<c>SolutionFit:EffortWeight</c>).
    /// </remarks>
    public static IServiceCollection AddSolutionFit(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddCore(services, OptionsDefaults.DefaultName, PathOf(configuration)).Bind(configuration);
        return services;
    }

    /// <summary>
    /// Registers, under the service key <paramref name="name"/>, a <see cref="ScoringPolicy"/>, <see cref="SolutionFitScorer"/>,
    /// <see cref="ISolutionFitScorer"/> and <see cref="SolutionCoach"/> built from the <see cref="SolutionFitOptions"/>
    /// named <paramref name="name"/> (defaults, validated at start), all keyed singletons.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The service key and options name, for example <c>"enterprise"</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <remarks>
    /// Resolve with <c>[FromKeyedServices("enterprise")] ISolutionFitScorer scorer</c> or
    /// <c>GetRequiredKeyedService&lt;ISolutionFitScorer&gt;("enterprise")</c>; configure with
    /// <c>services.Configure&lt;SolutionFitOptions&gt;("enterprise", ...)</c>. The unkeyed registration of
    /// <see cref="AddSolutionFit(IServiceCollection)"/> is independent of the keyed ones.
    /// </remarks>
    public static IServiceCollection AddKeyedSolutionFit(this IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        AddCore(services, name, sectionPath: null);
        return services;
    }

    /// <summary>
    /// Registers keyed SolutionFit services as <see cref="AddKeyedSolutionFit(IServiceCollection, string)"/> does and
    /// configures the <see cref="SolutionFitOptions"/> named <paramref name="name"/> with <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The service key and options name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/>, <paramref name="name"/> or <paramref name="configure"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static IServiceCollection AddKeyedSolutionFit(this IServiceCollection services, string name, Action<SolutionFitOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        AddCore(services, name, sectionPath: null).Configure(configure);
        return services;
    }

    /// <summary>
    /// Registers keyed SolutionFit services as <see cref="AddKeyedSolutionFit(IServiceCollection, string)"/> does and
    /// binds the <see cref="SolutionFitOptions"/> named <paramref name="name"/> to <paramref name="configuration"/>,
    /// for example <c>builder.Configuration.GetSection("SolutionFit:Enterprise")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The service key and options name.</param>
    /// <param name="configuration">The configuration section whose keys are the option names.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/>, <paramref name="name"/> or <paramref name="configuration"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static IServiceCollection AddKeyedSolutionFit(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configuration);
        AddCore(services, name, PathOf(configuration)).Bind(configuration);
        return services;
    }

    private static string PathOf(IConfiguration configuration) => (configuration as IConfigurationSection)?.Path ?? string.Empty;

    /// <summary>Registers the validated options of <paramref name="name"/> and the services built from them (keyed unless the default name).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The options name and service key; empty for the unkeyed registration.</param>
    /// <param name="sectionPath">The path the options are bound from, or null when they are set in code (the conventional path is then used, unless a section was given before).</param>
    private static OptionsBuilder<SolutionFitOptions> AddCore(IServiceCollection services, string name, string? sectionPath)
    {
        var builder = services.AddOptions<SolutionFitOptions>(name).ValidateOnStart();
        SetValidator(services, name, sectionPath);

        if (name.Length == 0)
        {
            services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<SolutionFitOptions>>().Value.ToPolicy());
            services.TryAddSingleton(sp => new SolutionFitScorer(sp.GetRequiredService<ScoringPolicy>()));
            services.TryAddSingleton<ISolutionFitScorer>(sp => sp.GetRequiredService<SolutionFitScorer>());
            services.TryAddSingleton(sp => new SolutionCoach(sp.GetRequiredService<ISolutionFitScorer>()));
        }
        else
        {
            services.TryAddKeyedSingleton(name, (sp, key) => sp.GetRequiredService<IOptionsMonitor<SolutionFitOptions>>().Get((string)key!).ToPolicy());
            services.TryAddKeyedSingleton(name, (sp, key) => new SolutionFitScorer(sp.GetRequiredKeyedService<ScoringPolicy>(key)));
            services.TryAddKeyedSingleton<ISolutionFitScorer>(name, (sp, key) => sp.GetRequiredKeyedService<SolutionFitScorer>(key));
            services.TryAddKeyedSingleton(name, (sp, key) => new SolutionCoach(sp.GetRequiredKeyedService<ISolutionFitScorer>(key)));
        }

        return builder;
    }

    /// <summary>
    /// Keeps one validator per options name: a section path replaces the validator's path (the last section wins, as
    /// its values do); a call without one adds the conventional path only when the name has no validator yet.
    /// </summary>
    private static void SetValidator(IServiceCollection services, string name, string? sectionPath)
    {
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i] is { ServiceType: var type, IsKeyedService: false, ImplementationInstance: SolutionFitOptionsValidator validator }
                && type == typeof(IValidateOptions<SolutionFitOptions>)
                && string.Equals(validator.Name, name, StringComparison.Ordinal))
            {
                if (sectionPath is null)
                {
                    return;
                }

                services.RemoveAt(i);
            }
        }

        sectionPath ??= name.Length == 0 ? SolutionFitOptions.SectionName : $"{SolutionFitOptions.SectionName}:{name}";
        services.AddSingleton<IValidateOptions<SolutionFitOptions>>(new SolutionFitOptionsValidator(name, sectionPath));
    }
}
