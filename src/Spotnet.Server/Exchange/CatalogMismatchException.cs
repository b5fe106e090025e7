namespace Spotnet.Server.Exchange;

/// <summary>
/// The configured symbols and assets no longer match the catalog the data folder's state was written with; starting
/// would put balances and orders on the wrong asset or symbol, so the server refuses (exit code 2).
/// </summary>
public sealed class CatalogMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CatalogMismatchException()
        : base("The configured catalog does not match the data folder's catalog.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CatalogMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public CatalogMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
