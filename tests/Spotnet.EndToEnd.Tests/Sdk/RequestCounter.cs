namespace Spotnet.EndToEnd.Tests.Sdk;

/// <summary>Counts the requests an SDK client actually puts on the wire.</summary>
public sealed class RequestCounter : DelegatingHandler
{
    private int _count;

    /// <summary>Creates a counter in front of a plain socket handler.</summary>
    public RequestCounter() : base(new SocketsHttpHandler())
    {
    }

    /// <summary>Requests sent so far.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        return base.SendAsync(request, cancellationToken);
    }
}
