namespace Spotnet.Server.Configuration;

/// <summary>Periodic reset schedule (the real testnet resets about monthly, keeping API keys).</summary>
public sealed class ResetSettings
{
    /// <summary>Days between automatic resets; 0 turns automatic resets off.</summary>
    public int IntervalDays { get; set; }
}
