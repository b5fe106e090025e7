namespace Spotnet.Server;

/// <summary>Entry point: <c>dotnet run --project src/Spotnet.Server -- [--urls URL] [--data-dir DIR]</c>.</summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        var app = SpotnetHost.Build(args);
        var info = app.Services.GetRequiredService<ServerInfo>();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            Console.WriteLine($"Spotnet: listening on {string.Join(", ", app.Urls)}");
            Console.WriteLine($"Spotnet: data folder {info.DataDirectory} (admin token in {Path.Combine(info.DataDirectory, Security.DataFolder.AdminTokenFile)} unless SPOTNET_ADMIN_TOKEN is set)");
        });
        app.Run();
    }
}
