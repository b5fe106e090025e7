namespace Spotnet.Server.Configuration;

/// <summary>Operator API settings.</summary>
public sealed class AdminSettings
{
    /// <summary>Allows the operator API from non-loopback clients (off by default).</summary>
    public bool AllowRemote { get; set; }

    /// <summary>Creates a demo account with one HMAC key on first start.</summary>
    public bool CreateDemoAccount { get; set; } = true;
}
