namespace Spotnet.Server;

/// <summary>
/// The configuration cannot be served (a malformed or missing settings file, a value out of range, an unsafe or
/// unusable binding, a certificate that cannot be loaded): the server prints <c>Spotnet: cannot start: reason</c> and
/// exits with code 2, before it has written anything to the data folder.
/// </summary>
public sealed class StartupRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StartupRefusedException()
        : base("The configuration cannot be served.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StartupRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public StartupRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
