using Spotnet.Server;

var app = SpotnetHost.Build(args);
var info = app.Services.GetRequiredService<ServerInfo>();
app.Lifetime.ApplicationStarted.Register(() =>
{
    Console.WriteLine($"Spotnet: listening on {string.Join(", ", app.Urls)}");
    Console.WriteLine($"Spotnet: data folder {info.DataDirectory} (admin token in {Path.Combine(info.DataDirectory, Spotnet.Server.Security.DataFolder.AdminTokenFile)} unless SPOTNET_ADMIN_TOKEN is set)");
});
app.Run();

/// <summary>Entry point, visible to tests.</summary>
public partial class Program;
