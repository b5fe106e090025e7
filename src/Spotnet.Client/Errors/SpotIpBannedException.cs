namespace Spotnet.Client.Errors;

/// <summary>Thrown without sending anything while an IP ban announced by HTTP 418 is in force.</summary>
public sealed class SpotIpBannedException : Exception
{
    /// <summary>Creates the exception for a ban lasting until <paramref name="bannedUntil"/>.</summary>
    public SpotIpBannedException(DateTimeOffset bannedUntil)
        : base($"The server banned this IP until {bannedUntil:O} (HTTP 418); no request is sent before then.")
    {
        BannedUntil = bannedUntil;
    }

    /// <summary>When the ban ends.</summary>
    public DateTimeOffset BannedUntil { get; }
}
