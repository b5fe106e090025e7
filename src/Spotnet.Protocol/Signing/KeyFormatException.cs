namespace Spotnet.Protocol.Signing;

/// <summary>Thrown when a secret or key cannot be loaded; the message names the problem and never contains key material.</summary>
public sealed class KeyFormatException : Exception
{
    /// <summary>Creates the exception with its reason and a human-readable message.</summary>
    public KeyFormatException(KeyFormatError reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    /// <summary>Creates the exception with its reason, a message and the underlying parse failure.</summary>
    public KeyFormatException(KeyFormatError reason, string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = reason;
    }

    /// <summary>Why the key was rejected.</summary>
    public KeyFormatError Reason { get; }
}
