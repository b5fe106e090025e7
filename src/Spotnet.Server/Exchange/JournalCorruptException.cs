namespace Spotnet.Server.Exchange;

/// <summary>The journal is corrupt before its tail (or cannot be recovered at all): the server refuses to start rather than start wrong.</summary>
public sealed class JournalCorruptException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JournalCorruptException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public JournalCorruptException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public JournalCorruptException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
