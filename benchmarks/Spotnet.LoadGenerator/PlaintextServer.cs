using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Spotnet.LoadGenerator;

/// <summary>
/// The baseline: a minimal Kestrel app answering <c>GET /plaintext</c> with the 13-byte body <c>Hello, World!</c>,
/// built like Spotnet.Server (slim builder, quiet ASP.NET Core logging). Runs in its own child process.
/// </summary>
internal static class PlaintextServer
{
    /// <summary>The command-line verb that makes this program run the baseline server instead of the benchmark.</summary>
    public const string Verb = "plaintext-server";

    private static readonly byte[] Body = "Hello, World!"u8.ToArray();

    /// <summary>Serves on <paramref name="url"/> until the process is killed.</summary>
    public static async Task RunAsync(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.UseUrls(url);
        await using var app = builder.Build();
        app.MapGet("/plaintext", static (HttpContext context) =>
        {
            context.Response.ContentType = "text/plain";
            context.Response.ContentLength = Body.Length;
            return context.Response.Body.WriteAsync(Body).AsTask();
        });
        await app.RunAsync().ConfigureAwait(false);
    }
}
