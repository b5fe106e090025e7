namespace Spotnet.Client.Timing;

/// <summary>Unit of a Binance time: of the <c>timestamp</c> request parameter, or of the times in responses.</summary>
public enum TimestampUnit
{
    /// <summary>Milliseconds since the Unix epoch (Binance's default).</summary>
    Millisecond,

    /// <summary>Microseconds since the Unix epoch.</summary>
    Microsecond,
}
