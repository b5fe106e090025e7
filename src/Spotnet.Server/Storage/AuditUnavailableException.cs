namespace Spotnet.Server.Storage;

/// <summary>
/// The audit record of an administrative change could not be written, so the change was not made (fails closed, S-18);
/// the operator API answers 503.
/// </summary>
public sealed class AuditUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AuditUnavailableException()
        : base("The audit log cannot be written; the change was not made.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public AuditUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public AuditUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
