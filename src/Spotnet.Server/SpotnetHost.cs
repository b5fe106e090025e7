using System.Net;
using System.Text.Json;
using Spotnet.Protocol.Signing;
using Spotnet.Server.Accounts;
using Spotnet.Server.Admin;
using Spotnet.Server.Api;
using Spotnet.Server.Configuration;
using Spotnet.Server.Endpoints;
using Spotnet.Server.Exchange;
using Spotnet.Server.Market;
using Spotnet.Server.Resets;
using Spotnet.Server.Security;
using Spotnet.Server.Storage;

namespace Spotnet.Server;

/// <summary>Builds the Spotnet server: settings, data folder, store, keys, operator API and the REST pipeline.</summary>
public static class SpotnetHost
{
    /// <summary>Environment variable prefix that overrides settings (<c>SPOTNET_RateLimits__Enabled=false</c>).</summary>
    public const string EnvironmentPrefix = "SPOTNET_";

    /// <summary>
    /// Builds the application; <paramref name="time"/> replaces the system clock (tests use a fake one) and
    /// <paramref name="openJournal"/> opens the journal store for the journal file's path and <paramref name="openStore"/>
    /// the account/key/audit store for the database file's path (tests inject disk faults).
    /// </summary>
    public static WebApplication Build(
        string[] args, TimeProvider? time = null, Func<string, IJournalStore>? openJournal = null, Func<string, ISpotStore>? openStore = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        var dataDirectory = Path.GetFullPath(builder.Configuration["data-dir"] ?? builder.Configuration["DATA_DIR"] ?? DataFolder.DefaultPath);
        DataFolder.Create(dataDirectory);
        var folderLock = DataFolder.Lock(dataDirectory);
        try
        {
            return Build(builder, args, dataDirectory, folderLock, time, openJournal, openStore);
        }
        catch
        {
            // A refused start leaves the folder to the next one (tests start again in the same process).
            folderLock.Dispose();
            throw;
        }
    }

    private static WebApplication Build(
        WebApplicationBuilder builder,
        string[] args,
        string dataDirectory,
        DataFolderLock folderLock,
        TimeProvider? time,
        Func<string, IJournalStore>? openJournal,
        Func<string, ISpotStore>? openStore)
    {
        var settingsPath = builder.Configuration["settings"] ?? Path.Combine(dataDirectory, DataFolder.SettingsFile);
        // Order of precedence: built-in defaults < settings file < SPOTNET_ environment variables < command line.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
        {
            Path = Path.GetFileName(settingsPath),
            Optional = true,
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(Path.GetDirectoryName(Path.GetFullPath(settingsPath))!),
        });
        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        builder.Configuration.AddCommandLine(args);

        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // While this category is enabled at any level, hosting starts an Activity and a log scope for every request;
        // it only logs request start and finish (filtered out above) and errors Kestrel and the pipeline log anyway.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        var settings = new ServerSettings();
        builder.Configuration.Bind(settings);
        settings.WithDefaults();

        var urls = builder.Configuration["urls"] ?? NetworkSettings.DefaultUrl;
        CheckBindings(urls, settings.Network);
        builder.WebHost.UseUrls(urls);
        var connectionLimiter = new ConnectionLimiter(settings.Network);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Set explicitly rather than inherited, so a Kestrel upgrade cannot loosen them (S-27).
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 100;
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(130);
            kestrel.Limits.MinRequestBodyDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(240, TimeSpan.FromSeconds(5));
            kestrel.ConfigureEndpointDefaults(listen => listen.Use(connectionLimiter.Middleware));
            kestrel.Limits.MaxRequestBodySize = Math.Max(settings.Network.MaxRequestBodyBytes, 1024 * 1024);
            if (settings.Network.CertificatePath is { } certificate)
            {
                kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate =
                    System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(certificate, settings.Network.CertificatePassword));
            }
        });

        // Before anything is opened: a journal file means state written under the stored catalog, whose assets keep
        // their ids; a new folder just records the catalog.
        var storedCatalog = settings.Journal.Enabled
            ? CatalogManifest.Stored(dataDirectory, File.Exists(Path.Combine(dataDirectory, DataFolder.JournalFile)))
            : null;
        var exchangeCatalog = new ExchangeCatalog(settings, storedCatalog?.Assets);
        if (settings.Journal.Enabled)
        {
            CatalogManifest.CheckAndWrite(dataDirectory, storedCatalog, CatalogManifest.Of(exchangeCatalog, settings));
        }

        var databasePath = Path.Combine(dataDirectory, DataFolder.DatabaseFile);
        var store = openStore is null ? new SqliteSpotStore(databasePath) : openStore(databasePath);
        var protector = SecretProtector.LoadOrCreate(Path.Combine(dataDirectory, DataFolder.DataKeyFile));
        var adminToken = builder.Configuration["ADMIN_TOKEN"] is { Length: > 0 } configuredToken
            ? configuredToken
            : DataFolder.ReadOrCreateAdminToken(dataDirectory);
        var clock = time ?? TimeProvider.System;
        var orderLimiter = new OrderCountLimiter(settings.RateLimits, new LimiterClock(clock));
        var symbols = new SymbolCatalog(settings.Symbols);
        var routes = new ApiRouteTable()
            .MapGeneral()
            .MapExchangeInfo(symbols, settings.RateLimits, settings.Sors)
            .MapRateLimits(settings.RateLimits, orderLimiter)
            .MapTrading()
            .MapCancelReplace()
            .MapTradingLists()
            .MapSor()
            .MapAccount();
        var marketData = new MarketData(settings.Symbols.Select(symbol => symbol.Symbol), settings.MarketData);
        routes.MapMarketData(marketData).MapMarketDataTickers(marketData);

        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<ISpotStore>(store);
        builder.Services.AddSingleton(protector);
        builder.Services.AddSingleton<DataKeyService>();
        builder.Services.AddSingleton<KeyUsageTracker>();
        builder.Services.AddHostedService<KeyUsageFlusher>();
        builder.Services.AddSingleton<ApiKeyRegistry>();
        builder.Services.AddSingleton<AccountService>();
        builder.Services.AddSingleton(symbols);
        builder.Services.AddSingleton(routes);
        builder.Services.AddSingleton(new IpRateLimiter(settings.RateLimits, store));
        builder.Services.AddSingleton(orderLimiter);
        builder.Services.AddSingleton(exchangeCatalog);
        builder.Services.AddSingleton(services => new ExchangeHost(
            exchangeCatalog,
            orderLimiter,
            clock,
            services.GetRequiredService<ILogger<ExchangeHost>>(),
            settings.Journal.Enabled ? (openJournal ?? (path => new SqliteJournalStore(path)))(Path.Combine(dataDirectory, DataFolder.JournalFile)) : null,
            settings.Journal,
            [new MarketDataFeed(exchangeCatalog, marketData)]));
        // Graceful shutdown finishes the pending work, flushes and snapshots well inside the 10 s a supervisor allows.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(8));
        builder.Services.AddSingleton(marketData);
        if (settings.MarketSimulation.Enabled)
        {
            builder.Services.AddSingleton<MarketSimulator>();
        }

        builder.Services.AddSingleton<NetworkReset>();
        builder.Services.AddSingleton<ResetScheduler>();
        builder.Services.AddSingleton(new ClientAddressResolver(settings.Network));
        builder.Services.AddSingleton(connectionLimiter);
        builder.Services.AddSingleton<ApiPipeline>();
        builder.Services.AddSingleton(new ServerInfo(dataDirectory));

        builder.Services.AddSingleton(_ => folderLock);

        var app = builder.Build();
        // Resolved first, so disposed last: the folder is released only after the exchange has written its last snapshot.
        app.Services.GetRequiredService<DataFolderLock>();
        app.Lifetime.ApplicationStopped.Register(() => (store as IDisposable)?.Dispose());
        app.MapAdmin(adminToken, settings.Admin);
        var pipeline = app.Services.GetRequiredService<ApiPipeline>();
        app.Services.GetRequiredService<ExchangeHost>();
        // The first step fills every book before the server accepts requests.
        app.Services.GetService<MarketSimulator>()?.StartAsync().GetAwaiter().GetResult();
        // A scheduled reset that fell due while the server was down runs before the first request.
        app.Services.GetRequiredService<ResetScheduler>().StartAsync().GetAwaiter().GetResult();
        app.Use((context, next) => context.GetEndpoint() is null ? pipeline.InvokeAsync(context) : next(context));

        if (settings.Admin.CreateDemoAccount && store.GetMeta("demo.accountId") is null)
        {
            CreateDemoAccount(app.Services.GetRequiredService<AccountService>(), store, dataDirectory);
        }

        return app;
    }

    /// <summary>Refuses plain HTTP on non-loopback addresses unless explicitly allowed, and HTTPS without a certificate.</summary>
    public static void CheckBindings(string urls, NetworkSettings network)
    {
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(network);
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var uri = new Uri(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal));
            if (uri.Scheme == Uri.UriSchemeHttps)
            {
                if (network.CertificatePath is null)
                {
                    throw new InvalidOperationException($"{url} needs a certificate: set Network:CertificatePath (SPOTNET_Network__CertificatePath).");
                }

                continue;
            }

            var loopback = uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
            if (!loopback && !network.AllowInsecureNonLoopback)
            {
                throw new InvalidOperationException(
                    $"Refusing plain HTTP on non-loopback address {url}: use https with Network:CertificatePath, or set Network:AllowInsecureNonLoopback=true.");
            }
        }
    }

    private static void CreateDemoAccount(AccountService accounts, ISpotStore store, string dataDirectory)
    {
        var accountId = accounts.CreateAccount("demo", "startup");
        var key = accounts.CreateApiKey(accountId, new NewApiKey(KeyType.Hmac, null, true, true, []), "startup", out _)!;
        var path = Path.Combine(dataDirectory, DataFolder.DemoCredentialsFile);
        var credentials = new DemoCredentials(
            accountId, key.ApiKey, key.SecretKey!, "HMAC", "Demo account created on first start. Keep this file private.");
        DataFolder.WriteSecretFile(path, JsonSerializer.SerializeToUtf8Bytes(credentials, AdminJsonContext.Default.DemoCredentials));
        store.SetMeta("demo.accountId", accountId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine($"Spotnet: demo account {accountId} created; its API key and secret are in {path}");
    }
}
