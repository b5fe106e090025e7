namespace Spotnet.Server.Storage;

/// <summary>One audit log entry; <see cref="Hash"/> chains it to the previous entry.</summary>
/// <param name="Sequence">Position in the log, from 1.</param>
/// <param name="TimeMilliseconds">Server time, Unix milliseconds.</param>
/// <param name="Actor">Who acted (for example <c>admin</c>, or an IP address).</param>
/// <param name="Action">What happened (for example <c>apikey.create</c>).</param>
/// <param name="Detail">Context; never a secret.</param>
/// <param name="PreviousHash">Hash of the previous entry (32 zero bytes for the first).</param>
/// <param name="Hash">SHA-256 over the previous hash and this entry's fields.</param>
public sealed record AuditRecord(
    long Sequence, long TimeMilliseconds, string Actor, string Action, string Detail, byte[] PreviousHash, byte[] Hash);
