namespace Spotnet.Engine;

/// <summary>An account's balance of one asset.</summary>
public readonly record struct Balance(int Asset, Quantity Free, Quantity Locked);
