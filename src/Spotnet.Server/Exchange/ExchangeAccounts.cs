using System.Collections.Concurrent;

namespace Spotnet.Server.Exchange;

/// <summary>Server account ids (from the store) ↔ engine account ids; written only under the engine lock, readable from any thread.</summary>
public sealed class ExchangeAccounts
{
    private readonly ConcurrentDictionary<long, int> _engineIds = new();
    private readonly ConcurrentDictionary<int, long> _serverIds = new();

    /// <summary>The engine account of a server account, or -1 when it has none yet.</summary>
    public int EngineId(long serverAccountId) => _engineIds.GetValueOrDefault(serverAccountId, -1);

    /// <summary>The server account of an engine account, or -1 (system accounts such as the market simulator's).</summary>
    public long ServerId(int engineAccountId) => _serverIds.GetValueOrDefault(engineAccountId, -1);

    internal void Add(long serverAccountId, int engineAccountId)
    {
        _engineIds[serverAccountId] = engineAccountId;
        _serverIds[engineAccountId] = serverAccountId;
    }

    /// <summary>Every pair, by engine account id (the snapshot's canonical order).</summary>
    internal List<(long ServerId, int EngineId)> Pairs() =>
        [.. _serverIds.OrderBy(pair => pair.Key).Select(pair => (pair.Value, pair.Key))];

    /// <summary>Replaces every pair (recovery).</summary>
    internal void ReplaceAll(IEnumerable<(long ServerId, int EngineId)> pairs)
    {
        _engineIds.Clear();
        _serverIds.Clear();
        foreach (var (serverId, engineId) in pairs)
        {
            Add(serverId, engineId);
        }
    }
}
