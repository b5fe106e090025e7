namespace Spotnet.Server.Exchange;

/// <summary>The journal cannot be written (disk full, I/O error): the state change was not made; the API answers 503 <c>-1008</c>.</summary>
public sealed class JournalUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JournalUnavailableException()
        : base("The journal cannot be written; state changes are refused until the disk accepts writes again.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public JournalUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public JournalUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
