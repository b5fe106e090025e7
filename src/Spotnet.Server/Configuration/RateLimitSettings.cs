namespace Spotnet.Server.Configuration;

/// <summary>Advertised and enforced rate limits (see <c>exchangeInfo.rateLimits</c>).</summary>
public sealed class RateLimitSettings
{
    /// <summary>Turns every limiter off (for load tests); headers are still sent.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>REQUEST_WEIGHT per IP per minute.</summary>
    public int RequestWeightPerMinute { get; set; } = 6000;

    /// <summary>RAW_REQUESTS per IP per 5 minutes.</summary>
    public int RawRequestsPerFiveMinutes { get; set; } = 300000;

    /// <summary>ORDERS (unfilled order count) per account per 10 seconds.</summary>
    public int OrdersPerTenSeconds { get; set; } = 50;

    /// <summary>ORDERS (unfilled order count) per account per UTC day.</summary>
    public int OrdersPerDay { get; set; } = 160000;

    /// <summary>Requests an IP may still send in a window after its first 429 before it is banned (418).</summary>
    public int RequestsAfterLimitBeforeBan { get; set; } = 10;

    /// <summary>Failed authentications (-2014, -2015, -1022) an IP may make per minute before it is banned; 0 turns this off.</summary>
    public int AuthFailuresPerMinuteBeforeBan { get; set; } = 50;

    /// <summary>First ban length in seconds; each further offence doubles it up to <see cref="MaxBanSeconds"/>.</summary>
    public int FirstBanSeconds { get; set; } = 120;

    /// <summary>Longest ban in seconds (3 days).</summary>
    public int MaxBanSeconds { get; set; } = 3 * 24 * 3600;
}
