namespace Spotnet.Server.Configuration;

/// <summary>Listening and transport security settings.</summary>
public sealed class NetworkSettings
{
    /// <summary>The default URL when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> is given.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5757";

    /// <summary>Allows plain HTTP on non-loopback addresses (off: plain HTTP binds to loopback only).</summary>
    public bool AllowInsecureNonLoopback { get; set; }

    /// <summary>Path of a PFX/PEM certificate used for HTTPS endpoints.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Password of the certificate file, if any.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>
    /// Reverse proxies (addresses or CIDR ranges) whose <c>Forwarded</c> / <c>X-Forwarded-For</c> headers name the
    /// client; empty (the default) means the client is always the socket peer.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>Maximum request body size on <c>/api</c> in bytes; larger bodies get 413.</summary>
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Most TCP connections one client address may hold open at once; further ones are closed; 0 turns the cap off.</summary>
    public int MaxConnectionsPerIp { get; set; } = 100;
}
