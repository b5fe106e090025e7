namespace Spotnet.Server.Storage;

/// <summary>
/// A store file cannot be trusted at start: SQLite cannot open it, a write-ahead log would silently drop committed
/// transactions, or a file belongs to another data folder. The server refuses to start rather than start wrong.
/// </summary>
public sealed class StoreDamagedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreDamagedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StoreDamagedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public StoreDamagedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
