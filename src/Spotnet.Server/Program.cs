namespace Spotnet.Server;

/// <summary>Entry point: <c>dotnet run --project src/Spotnet.Server -- [--urls URL] [--data-dir DIR]</c>.</summary>
internal static class Program
{
    /// <summary>Exit code of a refused start: the reason is the one line printed on standard error.</summary>
    private const int Refused = 2;

    private static int Main(string[] args)
    {
        WebApplication app;
        try
        {
            app = SpotnetHost.Build(args);
        }
        catch (Exception exception) when (exception is StartupRefusedException or Exchange.JournalCorruptException or Exchange.JournalVersionException or Storage.StoreDamagedException or Exchange.CatalogMismatchException or Security.DataFolderInUseException)
        {
            // Settings that cannot be served, a journal that cannot be trusted, or one another server writes: stop with
            // the reason instead (a stack trace would only hide it). Anything else is a bug and stays unhandled.
            return Refuse(exception);
        }

        var info = app.Services.GetRequiredService<ServerInfo>();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            Console.WriteLine($"Spotnet: listening on {string.Join(", ", app.Urls)}");
            Console.WriteLine($"Spotnet: data folder {info.DataDirectory} (admin token in {Path.Combine(info.DataDirectory, Security.DataFolder.AdminTokenFile)} unless SPOTNET_ADMIN_TOKEN is set)");
        });
        try
        {
            app.StartAsync().GetAwaiter().GetResult();
        }
        catch (IOException exception)
        {
            // Kestrel cannot listen: the address is in use, or not one of this machine's. The exchange has started,
            // so it is stopped properly (its last snapshot written, the data folder released).
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return Refuse(exception);
        }

        app.WaitForShutdownAsync().GetAwaiter().GetResult();
        app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return 0;
    }

    private static int Refuse(Exception exception)
    {
        Console.Error.WriteLine($"Spotnet: cannot start: {exception.Message.ReplaceLineEndings(" ")}");
        return Refused;
    }
}
