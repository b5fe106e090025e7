using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.UserData;

/// <summary>A user data event, chosen on the wire by its event type (<c>e</c>).</summary>
[JsonConverter(typeof(UserDataEventConverter))]
public abstract record UserDataEvent;
