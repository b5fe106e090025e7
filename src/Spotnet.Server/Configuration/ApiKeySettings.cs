namespace Spotnet.Server.Configuration;

/// <summary>API key policies: trading expiry for keys without an IP list, and usage bookkeeping.</summary>
public sealed class ApiKeySettings
{
    /// <summary>
    /// Days after which a key with an empty IP list loses TRADE (live Binance's rule uses 30); 0 (the default) turns
    /// the policy off, because the testnet documents no such expiry.
    /// </summary>
    public int UnrestrictedTradingDays { get; set; }

    /// <summary>Seconds between writes of the in-memory key usage counters to the store.</summary>
    public int UsageFlushSeconds { get; set; } = 10;

    /// <summary>Most active (not revoked) keys one account may hold (S-7); 0 removes the cap.</summary>
    public int MaxActivePerAccount { get; set; } = 30;
}
