using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Spotnet.Client;

/// <summary>Registers Spotnet clients with <c>Microsoft.Extensions.DependencyInjection</c>.</summary>
public static class SpotServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the REST client gets from <see cref="IHttpClientFactory"/>.</summary>
    public const string HttpClientName = "Spotnet.Rest";

    /// <summary>Registers one shared <see cref="SpotRestClient"/> configured by <paramref name="configure"/>, sending through <see cref="IHttpClientFactory"/>.</summary>
    /// <remarks>The client is a singleton so its time offset and rate-limit state are shared; its connections are recycled every five minutes to follow DNS changes.</remarks>
    public static IHttpClientBuilder AddSpotRestClient(this IServiceCollection services, Action<SpotClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SpotClientOptions>().Configure(configure).Validate(options =>
        {
            options.Validate();
            return true;
        });
        services.AddSingleton(provider => new SpotRestClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            provider.GetRequiredService<IOptions<SpotClientOptions>>().Value,
            provider.GetService<ILogger<SpotRestClient>>(),
            provider.GetService<TimeProvider>()));
        return services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
    }
}
