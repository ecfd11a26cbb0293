using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ReportRules;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the checker in a service collection.</summary>
public static class ReportRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IReportChecker"/> (a singleton <see cref="ReportRulesChecker"/>) with the default options;
    /// it logs through the container's <see cref="ILogger{TCategoryName}"/> when logging is registered.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddReportRules(this IServiceCollection services) =>
        services.AddReportRules(options => options);

    /// <summary>
    /// Registers <see cref="IReportChecker"/> (a singleton <see cref="ReportRulesChecker"/>) with options derived from
    /// the defaults, e.g. <c>o =&gt; o with { Edition = ReportEdition.Gb2021 }</c> or <c>o =&gt; o.WithDocuments()</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Derives the options from <see cref="ReportCheckerOptions.Default"/>.</param>
    /// <returns>The same services, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IServiceCollection AddReportRules(this IServiceCollection services, Func<ReportCheckerOptions, ReportCheckerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = configure(ReportCheckerOptions.Default) ?? throw new InvalidOperationException("The AddReportRules configuration returned no options.");
        services.TryAddSingleton(options);
        services.TryAddSingleton<IReportChecker>(provider =>
            new ReportRulesChecker(provider.GetRequiredService<ReportCheckerOptions>(), provider.GetService<ILogger<ReportRulesChecker>>()));
        return services;
    }
}
