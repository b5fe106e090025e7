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

namespace Spotnet.Tests.Shared;

/// <summary>What the proxy does to one request.</summary>
public enum Fault
{
    /// <summary>Forward and relay the answer unchanged.</summary>
    None,

    /// <summary>Reset the connection without forwarding: the server never sees the request.</summary>
    DropRequest,

    /// <summary>Forward, let the server act, then reset the connection instead of relaying the answer.</summary>
    DropResponse,

    /// <summary>Forward, then relay the status, headers and half the body before resetting the connection.</summary>
    ResetMidBody,

    /// <summary>Forward, let the server act, then hold the answer until the client gives up waiting.</summary>
    Delay,

    /// <summary>Forward, then run <see cref="FaultProxy.OnStall"/> (e.g. move the client's clock) before relaying the answer.</summary>
    Stall,
}

/// <summary>
/// A reverse proxy on 127.0.0.1 between the SDK and a server (the real Spotnet server, or a recording one in the
/// client's unit tests), injecting one transport fault per queued request.
/// </summary>
internal sealed class FaultProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _upstream;
    private readonly ConcurrentQueue<Fault> _faults = new();

    private FaultProxy(WebApplication app, Uri upstream)
    {
        _app = app;
        _upstream = new HttpClient { BaseAddress = upstream };
    }

    /// <summary>The proxy's base URI, to use as the SDK's REST base.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Called for <see cref="Fault.Stall"/> after the server answered and before the answer is relayed.</summary>
    public Func<Task> OnStall { get; set; } = () => Task.CompletedTask;

    /// <summary>Every request that reached the server, as <c>METHOD /path</c>.</summary>
    public ConcurrentQueue<string> Forwarded { get; } = new();

    public static async Task<FaultProxy> StartAsync(Uri upstream)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var proxy = new FaultProxy(app, upstream);
        app.Run(proxy.HandleAsync);
        await app.StartAsync();
        proxy.BaseUri = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        return proxy;
    }

    /// <summary>Applies <paramref name="fault"/> to the next request; requests without a queued fault pass through.</summary>
    public void Next(Fault fault) => _faults.Enqueue(fault);

    /// <summary>How many forwarded requests were <paramref name="method"/> <paramref name="path"/>.</summary>
    public int CountForwarded(string method, string path) => Forwarded.Count(request => request == $"{method} {path}");

    public async ValueTask DisposeAsync()
    {
        _upstream.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var fault = _faults.TryDequeue(out var queued) ? queued : Fault.None;
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        if (fault == Fault.DropRequest)
        {
            context.Abort();
            return;
        }

        using var forward = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget);
        if (body.Length > 0)
        {
            forward.Content = new ByteArrayContent(body.ToArray());
            forward.Content.Headers.TryAddWithoutValidation("Content-Type", context.Request.ContentType);
        }

        foreach (var header in context.Request.Headers.Where(header => header.Key.StartsWith("X-MBX-", StringComparison.OrdinalIgnoreCase)))
        {
            forward.Headers.TryAddWithoutValidation(header.Key, header.Value.ToString());
        }

        // The server's answer is awaited in full whatever the client does, so "the server acted" holds for every fault below.
        using var answer = await _upstream.SendAsync(forward, CancellationToken.None);
        var payload = await answer.Content.ReadAsByteArrayAsync(CancellationToken.None);
        Forwarded.Enqueue($"{context.Request.Method} {context.Request.Path}");
        switch (fault)
        {
            case Fault.DropResponse:
                context.Abort();
                return;
            case Fault.Delay:
                await WaitForClientToGiveUpAsync(context.RequestAborted);
                return;
            case Fault.Stall:
                await OnStall();
                break;
        }

        context.Response.StatusCode = (int)answer.StatusCode;
        foreach (var header in answer.Headers.Concat(answer.Content.Headers))
        {
            if (header.Key is not ("Transfer-Encoding" or "Content-Length"))
            {
                context.Response.Headers[header.Key] = header.Value.ToArray();
            }
        }

        if (fault == Fault.ResetMidBody)
        {
            context.Response.ContentLength = payload.Length;
            await context.Response.Body.WriteAsync(payload.AsMemory(0, payload.Length / 2));
            await context.Response.Body.FlushAsync();
            context.Abort();
            return;
        }

        await context.Response.Body.WriteAsync(payload);
    }

    private static async Task WaitForClientToGiveUpAsync(CancellationToken clientAborted)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, clientAborted);
        }
        catch (OperationCanceledException)
        {
            // The client timed out and closed the connection: nothing is relayed.
        }
    }
}
