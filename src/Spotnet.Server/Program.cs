namespace Spotnet.Server;

/// <summary>Entry point: <c>dotnet run --project src/Spotnet.Server -- [--urls URL] [--data-dir DIR]</c>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        WebApplication app;
        try
        {
            app = SpotnetHost.Build(args);
        }
        catch (Exception exception) when (exception is Exchange.JournalCorruptException or Exchange.CatalogMismatchException or Security.DataFolderInUseException)
        {
            // Starting from a journal that cannot be trusted, or one another server writes, would serve a wrong state:
            // stop with the reason instead.
            Console.Error.WriteLine($"Spotnet: cannot start: {exception.Message}");
            return 2;
        }

        var info = app.Services.GetRequiredService<ServerInfo>();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            Console.WriteLine($"Spotnet: listening on {string.Join(", ", app.Urls)}");
            Console.WriteLine($"Spotnet: data folder {info.DataDirectory} (admin token in {Path.Combine(info.DataDirectory, Security.DataFolder.AdminTokenFile)} unless SPOTNET_ADMIN_TOKEN is set)");
        });
        app.Run();
        return 0;
    }
}
