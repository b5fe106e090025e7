using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Spotnet.Client.Tests.Support;

/// <summary>A Kestrel server on 127.0.0.1 that records the exact bytes each request carried and answers with scripted statuses or faults.</summary>
/// <remarks>It is not an exchange: it only checks what the SDK sends and how it reacts to transport faults and rate-limit statuses.</remarks>
internal sealed class CaptureServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();

    private CaptureServer(WebApplication app) => _app = app;

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<CapturedRequest> Requests { get; } = new();

    /// <summary>Answer used when the script is empty.</summary>
    public Func<HttpContext, Task> DefaultAnswer { get; set; } = context => Json(context, 200, "{}");

    /// <summary>The server's base URI (<c>http://127.0.0.1:port</c>).</summary>
    public Uri BaseUri { get; private set; } = null!;

    public static async Task<CaptureServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new CaptureServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseUri = new Uri(address);
        return server;
    }

    /// <summary>Queues the answer to the next request.</summary>
    public void Enqueue(Func<HttpContext, Task> answer) => _script.Enqueue(answer);

    /// <summary>Queues a JSON answer with optional headers.</summary>
    public void EnqueueJson(int status, string json, params (string Name, string Value)[] headers) => Enqueue(context =>
    {
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        return Json(context, status, json);
    });

    /// <summary>Queues an abort: the request is read in full, then the connection is reset without an answer.</summary>
    public void EnqueueAbort() => Enqueue(context =>
    {
        context.Abort();
        return Task.CompletedTask;
    });

    public static Task Json(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        Requests.Enqueue(new CapturedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            rawTarget,
            body.ToArray(),
            context.Request.Headers["X-MBX-APIKEY"].ToString(),
            context.Request.ContentType,
            context.Request.Headers.TryGetValue("X-MBX-TIME-UNIT", out var timeUnit) ? timeUnit.ToString() : null));
        var answer = _script.TryDequeue(out var scripted) ? scripted : DefaultAnswer;
        await answer(context);
    }
}

/// <summary>One request as it arrived on the wire.</summary>
internal sealed record CapturedRequest(string Method, string Path, string RawTarget, byte[] Body, string ApiKey, string? ContentType, string? TimeUnit)
{
    /// <summary>The query string as sent, without <c>?</c>.</summary>
    public string RawQuery => RawTarget.Contains('?', StringComparison.Ordinal) ? RawTarget[(RawTarget.IndexOf('?', StringComparison.Ordinal) + 1)..] : "";

    /// <summary>The body as text.</summary>
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);
}
