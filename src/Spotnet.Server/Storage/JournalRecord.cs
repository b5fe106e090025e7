namespace Spotnet.Server.Storage;

/// <summary>One journal record: its sequence number and its bytes (checksum and payload, opaque to the store).</summary>
/// <param name="Sequence">Sequence number, 1 for the first record, without gaps.</param>
/// <param name="Data">The record's bytes.</param>
public sealed record JournalRecord(long Sequence, byte[] Data);
