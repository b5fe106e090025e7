using System.Data.Common;

namespace Spotnet.Server.Storage;

/// <summary>Administrative changes that happen only together with their audit record.</summary>
public static class AuditedChange
{
    /// <summary>
    /// Runs a change and its audit record in one store transaction; when the store fails, nothing is applied and
    /// <see cref="AuditUnavailableException"/> is thrown.
    /// </summary>
    public static T Run<T>(ISpotStore store, Func<T> change)
    {
        ArgumentNullException.ThrowIfNull(store);
        try
        {
            return store.Atomically(change);
        }
        catch (Exception exception) when (IsStorageFailure(exception))
        {
            throw new AuditUnavailableException("The audit log cannot be written; the change was not made.", exception);
        }
    }

    /// <summary>
    /// Writes an audit record before a change the store cannot roll back (a data key file, an engine command);
    /// throws <see cref="AuditUnavailableException"/> when it cannot, so the change is never attempted.
    /// </summary>
    public static void AuditFirst(ISpotStore store, long nowMilliseconds, string actor, string action, string detail) =>
        Run(store, () => store.AppendAudit(nowMilliseconds, actor, action, detail));

    /// <summary>
    /// Runs a change the store cannot roll back after its audit record (<see cref="AuditFirst"/>); when the change then
    /// throws, records <c>&lt;action&gt;.failed</c> and rethrows.
    /// </summary>
    public static T AuditFirst<T>(ISpotStore store, long nowMilliseconds, string actor, string action, string detail, Func<T> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        AuditFirst(store, nowMilliseconds, actor, action, detail);
        try
        {
            return change();
        }
        catch
        {
            AuditFailed(store, nowMilliseconds, actor, action, detail);
            throw;
        }
    }

    /// <summary>
    /// Records that a change announced by <see cref="AuditFirst"/> then failed. Best effort: the change already failed
    /// and its own error is the one to report.
    /// </summary>
    public static void AuditFailed(ISpotStore store, long nowMilliseconds, string actor, string action, string detail)
    {
        ArgumentNullException.ThrowIfNull(store);
        try
        {
            store.AppendAudit(nowMilliseconds, actor, action + ".failed", detail);
        }
        catch (Exception exception) when (IsStorageFailure(exception))
        {
            // Nothing more can be recorded; the caller reports the original failure.
        }
    }

    /// <summary>Whether an exception means the store could not read or write (disk full, I/O error, locked database).</summary>
    public static bool IsStorageFailure(Exception exception) =>
        exception is DbException or IOException or UnauthorizedAccessException or AuditUnavailableException;
}
