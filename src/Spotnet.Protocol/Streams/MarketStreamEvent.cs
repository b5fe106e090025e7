using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Streams;

/// <summary>A market stream payload that carries an event type (<c>e</c>).</summary>
[JsonConverter(typeof(MarketStreamEventConverter))]
public abstract record MarketStreamEvent;
