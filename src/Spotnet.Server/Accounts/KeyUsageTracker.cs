using System.Collections.Concurrent;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Accounts;

/// <summary>The usage counters of every key seen since start, loaded from the store on first use and flushed back in batches.</summary>
public sealed class KeyUsageTracker
{
    /// <summary>Creator recorded for keys made before usage was tracked.</summary>
    public const string UnknownCreator = "unknown";

    private readonly ISpotStore _store;
    private readonly ConcurrentDictionary<long, KeyUsage> _byKey = new();
    private readonly Lock _flushLock = new();

    /// <summary>Creates a tracker over a store.</summary>
    public KeyUsageTracker(ISpotStore store) => _store = store;

    /// <summary>Starts the record of a new key (written at once: creation is rare).</summary>
    public void Created(long keyId, string createdBy)
    {
        var record = new ApiKeyUsageRecord(keyId, createdBy, 0, null, 0, 0, 0, 0);
        _store.SaveKeyUsage([record]);
        _byKey[keyId] = new KeyUsage(record);
    }

    /// <summary>The counters of a key, loaded from the store the first time.</summary>
    public KeyUsage For(long keyId) => _byKey.GetOrAdd(
        keyId, id => new KeyUsage(_store.GetKeyUsage(id) ?? new ApiKeyUsageRecord(id, UnknownCreator, 0, null, 0, 0, 0, 0)));

    /// <summary>Writes every changed counter to the store in one transaction; returns how many keys were written.</summary>
    public int Flush()
    {
        lock (_flushLock)
        {
            var changed = new List<KeyUsage>();
            var records = new List<ApiKeyUsageRecord>();
            foreach (var usage in _byKey.Values)
            {
                if (usage.TakeChanges() is { } record)
                {
                    changed.Add(usage);
                    records.Add(record);
                }
            }

            if (records.Count == 0)
            {
                return 0;
            }

            try
            {
                _store.SaveKeyUsage(records);
            }
            catch
            {
                // Not written: keep them marked so the next flush tries again.
                changed.ForEach(usage => usage.MarkChanged());
                throw;
            }

            return records.Count;
        }
    }
}
