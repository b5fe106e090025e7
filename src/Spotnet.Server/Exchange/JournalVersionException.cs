namespace Spotnet.Server.Exchange;

/// <summary>
/// The journal holds intact records that this build must not replay: written in a format it does not read, or under
/// other engine rules, where replaying could change what was acknowledged. The server refuses to start.
/// </summary>
public sealed class JournalVersionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JournalVersionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public JournalVersionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public JournalVersionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
