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
        // The slim builder leaves out Kestrel's support for https:// addresses; the certificate is Network:CertificatePath.
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        var dataDirectory = Path.GetFullPath(builder.Configuration["data-dir"] ?? builder.Configuration["DATA_DIR"] ?? DataFolder.DefaultPath);
        // Everything the settings alone decide is checked before the data folder is created: a refused start leaves nothing behind.
        var startup = ReadSettings(builder, args, dataDirectory);
        try
        {
            DataFolder.Create(dataDirectory);
            var folderLock = DataFolder.Lock(dataDirectory);
            try
            {
                return Build(builder, startup, dataDirectory, folderLock, time, openJournal, openStore);
            }
            catch
            {
                // A refused start leaves the folder to the next one (tests start again in the same process).
                folderLock.Dispose();
                throw;
            }
        }
        catch
        {
            startup.Certificate?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads and checks the settings (file, environment, command line), the bindings, the reset schedule, the symbol
    /// list, the trusted proxies and the certificate; whatever they refuse becomes a <see cref="StartupRefusedException"/>.
    /// </summary>
    private static StartupSettings ReadSettings(WebApplicationBuilder builder, string[] args, string dataDirectory)
    {
        try
        {
            var explicitPath = builder.Configuration["settings"];
            var settingsPath = Path.GetFullPath(explicitPath ?? Path.Combine(dataDirectory, DataFolder.SettingsFile));
            if (File.Exists(settingsPath))
            {
                // Order of precedence: built-in defaults < settings file < SPOTNET_ environment variables < command line.
                // The file is parsed here: malformed JSON is refused at once.
                builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
                {
                    Path = Path.GetFileName(settingsPath),
                    Optional = false,
                    FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(Path.GetDirectoryName(settingsPath)!),
                });
            }
            else if (explicitPath is not null)
            {
                // Only the default <data-dir>/spotnet.json is optional: a file named explicitly and missing is most
                // likely a typo, and starting on the defaults would hide it.
                throw new StartupRefusedException($"the settings file {settingsPath} (--settings) does not exist.");
            }

            builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
            builder.Configuration.AddCommandLine(args);
            var settings = new ServerSettings();
            builder.Configuration.Bind(settings);
            settings.WithDefaults();

            var urls = builder.Configuration["urls"] ?? NetworkSettings.DefaultUrl;
            CheckBindings(urls, settings.Network);
            ResetSchedule.Validate(settings.Reset);
            var symbols = new SymbolCatalog(settings.Symbols);
            var addresses = new ClientAddressResolver(settings.Network);
            var https = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Any(url => url.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
            return new StartupSettings(settings, urls, symbols, addresses, https ? LoadCertificate(settings.Network) : null);
        }
        catch (Exception exception) when (IsConfigurationError(exception))
        {
            throw new StartupRefusedException(Describe(exception), exception);
        }
    }

    /// <summary>The errors reading and checking settings raise (a genuine bug, such as a null argument, is not one of them).</summary>
    private static bool IsConfigurationError(Exception exception) =>
        exception is InvalidOperationException or InvalidDataException or FormatException or OverflowException
            || (exception is ArgumentException && exception is not ArgumentNullException);

    /// <summary>One line: the message and those of its causes (the JSON parser's position, the value that does not convert).</summary>
    private static string Describe(Exception exception)
    {
        var parts = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (!parts.Contains(current.Message, StringComparer.Ordinal))
            {
                parts.Add(current.Message);
            }
        }

        return string.Join(' ', parts).ReplaceLineEndings(" ");
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2 LoadCertificate(NetworkSettings network)
    {
        // CheckBindings has refused https:// without a certificate path.
        var path = Path.GetFullPath(network.CertificatePath!);
        System.Security.Cryptography.X509Certificates.X509Certificate2 certificate;
        try
        {
            certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(path, network.CertificatePassword);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new StartupRefusedException(
                $"Network:CertificatePath {path} cannot be read as a PKCS#12 (PFX) certificate with Network:CertificatePassword: {exception.Message}", exception);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new StartupRefusedException($"Network:CertificatePath {path} holds no private key: a server certificate needs one.");
        }

        return certificate;
    }

    private static WebApplication Build(
        WebApplicationBuilder builder,
        StartupSettings startup,
        string dataDirectory,
        DataFolderLock folderLock,
        TimeProvider? time,
        Func<string, IJournalStore>? openJournal,
        Func<string, ISpotStore>? openStore)
    {
        var settings = startup.Settings;
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // While this category is enabled at any level, hosting starts an Activity and a log scope for every request;
        // it only logs request start and finish (filtered out above) and errors Kestrel and the pipeline log anyway.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.WebHost.UseUrls(startup.Urls);
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
            // Kestrel refuses a header whose bytes are not UTF-8 with a bare 400 before Spotnet sees it. The API's own
            // headers are ASCII by definition, so they are read byte for byte instead, and any other byte gets Binance's
            // answer (-2014 for the key, -1194 for the time unit); other headers keep Kestrel's decoding.
            kestrel.RequestHeaderEncodingSelector = name =>
                name.Equals("X-MBX-APIKEY", StringComparison.OrdinalIgnoreCase) || name.Equals("X-MBX-TIME-UNIT", StringComparison.OrdinalIgnoreCase)
                    ? System.Text.Encoding.Latin1
                    : null;
            if (startup.Certificate is { } certificate)
            {
                kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate);
            }
        });

        // Before anything is opened: a journal file means state written under the stored catalog, whose assets keep
        // their ids; a new folder just records the catalog.
        var storedCatalog = settings.Journal.Enabled
            ? CatalogManifest.Stored(dataDirectory, File.Exists(Path.Combine(dataDirectory, DataFolder.JournalFile)))
            : null;
        ExchangeCatalog exchangeCatalog;
        try
        {
            exchangeCatalog = new ExchangeCatalog(settings, storedCatalog?.Assets);
        }
        catch (Exception exception) when (IsConfigurationError(exception))
        {
            // A symbol or SOR group the settings describe wrongly: nothing has been written yet.
            throw new StartupRefusedException(Describe(exception), exception);
        }

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
        var symbols = startup.Symbols;
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
        builder.Services.AddSingleton(startup.Addresses);
        builder.Services.AddSingleton(connectionLimiter);
        builder.Services.AddSingleton<ApiPipeline>();
        builder.Services.AddSingleton(new ServerInfo(dataDirectory));

        builder.Services.AddSingleton(_ => folderLock);

        var app = builder.Build();
        // Resolved first, so disposed last: the folder is released only after the exchange has written its last snapshot.
        app.Services.GetRequiredService<DataFolderLock>();
        app.Lifetime.ApplicationStopped.Register(() => (store as IDisposable)?.Dispose());
        if (startup.Certificate is { } serverCertificate)
        {
            app.Lifetime.ApplicationStopped.Register(serverCertificate.Dispose);
        }

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

    /// <summary>The settings and what is derived from them alone, checked before the data folder is touched.</summary>
    private sealed record StartupSettings(
        ServerSettings Settings,
        string Urls,
        SymbolCatalog Symbols,
        ClientAddressResolver Addresses,
        System.Security.Cryptography.X509Certificates.X509Certificate2? Certificate);
}
