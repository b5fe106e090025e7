namespace Spotnet.Server.Exchange;

/// <summary>
/// A listener whose state is derived from the exchange's events and is part of durable state (market data history):
/// it is saved in every snapshot and fed the replayed batches on recovery, unlike user-visible listeners.
/// </summary>
public interface IExchangeProjection : IExchangeListener
{
    /// <summary>Writes the whole projection state, deterministically.</summary>
    void WriteSnapshot(BinaryWriter writer);

    /// <summary>Replaces the whole projection state with what <see cref="WriteSnapshot"/> wrote.</summary>
    void ReadSnapshot(BinaryReader reader);
}
