namespace Spotnet.Server.Configuration;

/// <summary>Operator API settings.</summary>
public sealed class AdminSettings
{
    /// <summary>Allows the operator API from non-loopback clients (off by default).</summary>
    public bool AllowRemote { get; set; }

    /// <summary>Creates a demo account with one HMAC key on first start.</summary>
    public bool CreateDemoAccount { get; set; } = true;

    /// <summary>
    /// Failed operator authentications one client address may make in a clock minute; after that, every operator
    /// request from it gets 429 until the minute ends. 0 turns the limit off (failures are still audited).
    /// </summary>
    public int AuthFailuresPerMinute { get; set; } = 10;
}
