using System.Text.Json;

namespace Spotnet.Protocol.UserData;

/// <summary>A user data event whose type (<c>e</c>) this library does not know; kept as received.</summary>
public sealed record UnknownUserDataEvent : UserDataEvent
{
    /// <summary>The event exactly as received.</summary>
    public JsonElement Raw { get; init; }
}
