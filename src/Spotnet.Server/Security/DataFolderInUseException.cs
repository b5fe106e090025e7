namespace Spotnet.Server.Security;

/// <summary>Another server holds the data folder; starting would have two servers write one journal (exit code 2).</summary>
public sealed class DataFolderInUseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DataFolderInUseException()
        : base("The data folder is in use by another Spotnet server.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DataFolderInUseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public DataFolderInUseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
