using Spotnet.Engine;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Exchange;

/// <summary>
/// Rebuilds the exchange from the store: the newest valid snapshot (a corrupt one falls back to the one before), then
/// the journal after it. A corrupt last record is a torn write and is cut; a corrupt or missing record with records
/// after it means the journal cannot be trusted, and recovery refuses with <see cref="JournalCorruptException"/>. An
/// intact record written by a build with other engine rules or another record format is refused with
/// <see cref="JournalVersionException"/>.
/// </summary>
internal static partial class ExchangeRecovery
{
    private const int HistoryWriteStep = 10_000;

    /// <summary>
    /// Recovers the state. With <paramref name="projections"/>, they are restored from the snapshot and fed the replayed
    /// batches; without, they are left alone (a rollback, where they already match the durable state).
    /// </summary>
    public static Result Recover(
        IJournalStore store, ExchangeConfig config, IReadOnlyList<IExchangeProjection>? projections, long nowMilliseconds, ILogger logger)
    {
        var snapshot = NewestValidSnapshot(store, config, logger);
        var engine = snapshot?.Engine ?? new MatchingEngine(config);
        var accounts = new ExchangeAccounts();
        accounts.ReplaceAll(snapshot?.Accounts ?? []);
        if (snapshot is not null && projections is not null)
        {
            if (snapshot.Projections.Count != projections.Count)
            {
                throw new JournalCorruptException(
                    $"Snapshot {snapshot.Sequence} holds {snapshot.Projections.Count} projections but the server has {projections.Count}; refusing to start.");
            }

            for (var i = 0; i < projections.Count; i++)
            {
                using var reader = new BinaryReader(new MemoryStream(snapshot.Projections[i]));
                projections[i].ReadSnapshot(reader);
            }
        }

        var sequence = snapshot?.Sequence ?? 0;
        var replayed = 0;
        // Replay spills the history it spilled when it ran (the engine is deterministic): stored again, the same rows.
        var spilled = new List<(long Epoch, SpilledHistory Item)>();
        JournalRecord? corrupt = null;
        foreach (var record in store.Read(sequence))
        {
            if (corrupt is not null)
            {
                throw new JournalCorruptException(
                    $"Journal record {corrupt.Sequence} is corrupt and record {record.Sequence} follows it: the journal is damaged before its end. "
                    + "Refusing to start; restore the data folder from a backup or move it away to start empty.");
            }

            if (record.Sequence != sequence + 1)
            {
                var unreadable = snapshot is null && store.ListSnapshots().Count > 0 ? " (every snapshot is corrupt)" : "";
                throw new JournalCorruptException(
                    $"Journal record {sequence + 1} is missing (the next one is {record.Sequence}) and no valid snapshot covers it{unreadable}. Refusing to start.");
            }

            var intact = JournalFormat.IsIntact(record);
            if (intact)
            {
                RefuseOtherRules(record);
            }

            if (!intact || !TryDecode(record, out var operations))
            {
                corrupt = record;
                continue;
            }

            Apply(operations, engine, accounts, projections, logger, spilled);
            if (spilled.Count >= HistoryWriteStep)
            {
                HistoryArchive.WriteNow(store, spilled);
                spilled.Clear();
            }

            sequence = record.Sequence;
            replayed++;
        }

        if (corrupt is not null)
        {
            LogTornTail(logger, corrupt.Sequence);
            store.CutFrom(corrupt.Sequence);
        }

        HistoryArchive.WriteNow(store, spilled);
        if (projections is not null)
        {
            // At start nothing reads an erased epoch's history any more (a rollback leaves it to the archive).
            store.DeleteHistoryBefore(engine.Epoch);
        }

        var problems = engine.CheckInvariants();
        if (problems.Count > 0)
        {
            throw new JournalCorruptException($"The recovered state breaks the engine's invariants ({string.Join("; ", problems)}). Refusing to start.");
        }

        LogRecovered(logger, snapshot?.Sequence ?? 0, replayed, sequence);
        return new Result(
            engine, accounts.Pairs(), sequence, snapshot?.Sequence ?? -1, snapshot?.GenesisMilliseconds ?? nowMilliseconds, snapshot is not null || replayed > 0);
    }

    private static JournalFormat.Snapshot? NewestValidSnapshot(IJournalStore store, ExchangeConfig config, ILogger logger)
    {
        foreach (var sequence in store.ListSnapshots())
        {
            try
            {
                var snapshot = JournalFormat.DecodeSnapshot(store.LoadSnapshot(sequence) ?? [], config);
                if (snapshot.Sequence == sequence)
                {
                    return snapshot;
                }
            }
            catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException or ArgumentException or IndexOutOfRangeException or StoreDamagedException)
            {
                LogCorruptSnapshot(logger, exception, sequence);
                continue;
            }

            LogCorruptSnapshot(logger, null, sequence);
        }

        return null;
    }

    // An intact record that another build wrote is never cut like a torn one: it may have been acknowledged.
    private static void RefuseOtherRules(JournalRecord record)
    {
        const string Advice = "Start the build that wrote it and stop it with SIGTERM or Ctrl-C (it then saves a snapshot, which leaves nothing to replay), then start this build.";
        var (format, rules) = JournalFormat.Header(record);
        if (rules is null)
        {
            throw new JournalVersionException(
                $"Journal record {record.Sequence} is in record format {format}, which this build does not read (a newer build wrote it). Refusing to start. {Advice}");
        }

        if (rules != MatchingEngine.RulesVersion)
        {
            throw new JournalVersionException(
                $"Journal record {record.Sequence} was written under engine rules version {rules}, and this build applies version {MatchingEngine.RulesVersion}: "
                + $"replaying it could change what was acknowledged. Refusing to start. {Advice}");
        }
    }

    // Decodes an intact record; its bytes may still be bad (a record whose checksum was written over damaged data).
    private static bool TryDecode(JournalRecord record, out List<JournalFormat.Operation> operations)
    {
        operations = [];
        try
        {
            operations = JournalFormat.Decode(record);
            return true;
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException)
        {
            return false;
        }
    }

    private static void Apply(
        List<JournalFormat.Operation> operations, MatchingEngine engine, ExchangeAccounts accounts, IReadOnlyList<IExchangeProjection>? projections, ILogger logger,
        List<(long Epoch, SpilledHistory Item)> spilled)
    {
        var events = new ExchangeEvents();
        foreach (var operation in operations)
        {
            if (operation.Command is null)
            {
                accounts.Add(operation.ServerAccountId, operation.EngineAccountId);
                continue;
            }

            try
            {
                engine.Execute(operation.Command);
                events.MarkIfReset(operation.Command, engine.Epoch);
                events.Append(engine.Output, engine.Epoch);
            }
#pragma warning disable CA1031 // The command threw when it ran live too (a bug, answered -1000); replay keeps its partial effect the same way.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogReplayedCommandThrew(logger, exception, operation.Command.GetType().Name);
            }
        }

        spilled.AddRange(events.Spilled);
        if (projections is not null && !events.IsEmpty)
        {
            foreach (var projection in projections)
            {
                projection.OnBatch(events, accounts);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Journal record {Sequence} is torn or corrupt and is the last one: cut (it was never acknowledged)")]
    private static partial void LogTornTail(ILogger logger, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Snapshot {Sequence} is corrupt; falling back to the previous one")]
    private static partial void LogCorruptSnapshot(ILogger logger, Exception? exception, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A replayed {Command} threw, as it did when it ran")]
    private static partial void LogReplayedCommandThrew(ILogger logger, Exception exception, string command);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recovered from snapshot {Snapshot} and {Replayed} journal records (now at record {Sequence})")]
    private static partial void LogRecovered(ILogger logger, long snapshot, int replayed, long sequence);

    /// <summary>The recovered state.</summary>
    public sealed record Result(
        MatchingEngine Engine, List<(long ServerId, int EngineId)> Accounts, long Sequence, long SnapshotSequence, long GenesisMilliseconds, bool Restored);
}
