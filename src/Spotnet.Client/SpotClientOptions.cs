using Spotnet.Client.Credentials;
using Spotnet.Client.Timing;

namespace Spotnet.Client;

/// <summary>Settings shared by every Spotnet client: where to connect, which key to sign with, and how to time and pace requests.</summary>
public sealed class SpotClientOptions
{
    /// <summary>Where requests go; <see cref="SpotEnvironment.Testnet"/> unless set.</summary>
    public SpotEnvironment Environment { get; set; } = SpotEnvironment.Testnet;

    /// <summary>The key that signs requests; public endpoints work without one.</summary>
    public SpotCredentials? Credentials { get; set; }

    /// <summary>Default <c>recvWindow</c> sent with signed requests (Binance's own default is 5 s, its maximum 60 s).</summary>
    public TimeSpan ReceiveWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one call may take, retries and rate-limit waits included, unless the request sets its own.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Whether <c>timestamp</c> is corrected by the offset measured from <c>GET /api/v3/time</c>.</summary>
    public bool SynchronizeTime { get; set; } = true;

    /// <summary>How often the server-time offset is measured again.</summary>
    public TimeSpan TimeSyncInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Unit of the <c>timestamp</c> parameter sent with signed requests.</summary>
    public TimestampUnit TimestampUnit { get; set; } = TimestampUnit.Millisecond;

    /// <summary>Unit of the times in responses: <see cref="TimestampUnit.Microsecond"/> sends <c>X-MBX-TIME-UNIT: MICROSECOND</c>. The records' <c>…Utc</c> properties read either unit.</summary>
    public TimestampUnit ResponseTimeUnit { get; set; } = TimestampUnit.Millisecond;

    /// <summary>How many times a read (GET) is retried after a transport failure, a 5xx or a <c>-1021</c>.</summary>
    public int MaxReadRetries { get; set; } = 2;

    /// <summary>First delay of the jittered exponential backoff between read retries.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Whether requests wait for the current rate-limit window when the server-reported usage plus the request's weight would exceed a limit from <c>exchangeInfo</c>.</summary>
    public bool ClientSideRateLimiting { get; set; }

    /// <summary>Allows sending credentials over plain HTTP to a host that is not loopback (never needed for a local Spotnet).</summary>
    public bool AllowCredentialsOverPlainHttp { get; set; }

    /// <summary>Checks that the options can be used, before any request is sent.</summary>
    /// <exception cref="InvalidOperationException">A setting is out of range or credentials would travel in clear text.</exception>
    public void Validate()
    {
        if (ReceiveWindow <= TimeSpan.Zero || ReceiveWindow > TimeSpan.FromSeconds(60))
        {
            throw new InvalidOperationException("ReceiveWindow must be greater than 0 and at most 60 seconds (Binance's maximum recvWindow is 60000 ms).");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("RequestTimeout must be positive.");
        }

        if (TimeSyncInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("TimeSyncInterval must be positive.");
        }

        if (MaxReadRetries < 0)
        {
            throw new InvalidOperationException("MaxReadRetries cannot be negative.");
        }

        var rest = Environment.RestBaseUri;
        if (Credentials is not null && rest.Scheme == Uri.UriSchemeHttp && !rest.IsLoopback && !AllowCredentialsOverPlainHttp)
        {
            throw new InvalidOperationException($"Credentials would be sent in clear text to {rest.Host}; use https, a loopback address, or set AllowCredentialsOverPlainHttp.");
        }
    }
}
