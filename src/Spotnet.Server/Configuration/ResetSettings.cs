namespace Spotnet.Server.Configuration;

/// <summary>Periodic reset schedule (the real testnet resets about monthly, keeping API keys).</summary>
public sealed class ResetSettings
{
    /// <summary>Whether scheduled resets run; false turns them off (resets on demand still work).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Days between scheduled resets, at 00:00 UTC on every day number since 1970-01-01 divisible by it;
    /// 0 (the default) means monthly, at 00:00 UTC on the first day of every month.
    /// </summary>
    public int IntervalDays { get; set; }
}
