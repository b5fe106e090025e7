namespace Spotnet.Engine.Core;

/// <summary>A client order id on one symbol: the key of an account's client-id index.</summary>
/// <remarks>A dedicated key type, not a tuple: a tuple holding a string makes the dictionary run shared generic code that looks up its comparer on every call.</remarks>
internal readonly struct ClientOrderKey(int symbolId, string clientOrderId) : IEquatable<ClientOrderKey>
{
    public int SymbolId { get; } = symbolId;

    public string ClientOrderId { get; } = clientOrderId;

    public static implicit operator ClientOrderKey((int SymbolId, string ClientOrderId) key) => new(key.SymbolId, key.ClientOrderId);

    public bool Equals(ClientOrderKey other) => SymbolId == other.SymbolId && string.Equals(ClientOrderId, other.ClientOrderId);

    public override bool Equals(object? obj) => obj is ClientOrderKey other && Equals(other);

    // string.GetHashCode is randomized per process, so client ids chosen by users cannot be made to collide.
    public override int GetHashCode() => ClientOrderId.GetHashCode() ^ (SymbolId * -1_640_531_535);
}
