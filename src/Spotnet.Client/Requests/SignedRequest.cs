namespace Spotnet.Client.Requests;

/// <summary>Base of requests to signed endpoints (<c>TRADE</c>, <c>USER_DATA</c>): adds a per-call <c>recvWindow</c>.</summary>
public abstract record SignedRequest : SpotRequest
{
    /// <summary>This call's <c>recvWindow</c>; <see cref="SpotClientOptions.ReceiveWindow"/> when <see langword="null"/>. Binance accepts up to 60 s with microsecond precision.</summary>
    public TimeSpan? ReceiveWindow { get; init; }
}
