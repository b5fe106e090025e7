namespace Spotnet.Client.Timing;

/// <summary>Unit of the <c>timestamp</c> request parameter; Binance accepts both.</summary>
public enum TimestampUnit
{
    /// <summary>Milliseconds since the Unix epoch (Binance's default).</summary>
    Millisecond,

    /// <summary>Microseconds since the Unix epoch.</summary>
    Microsecond,
}
