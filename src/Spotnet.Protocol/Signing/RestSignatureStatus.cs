namespace Spotnet.Protocol.Signing;

/// <summary>Outcome of locating the <c>signature</c> parameter in a REST request.</summary>
public enum RestSignatureStatus
{
    /// <summary>Exactly one <c>signature</c> pair, last in the part that holds it; the payload was written.</summary>
    Found,
    /// <summary>No <c>signature</c> pair in the query string or the body.</summary>
    Missing,
    /// <summary>More than one <c>signature</c> pair.</summary>
    Duplicate,
    /// <summary>Something follows the <c>signature</c> pair in its part (Binance: "signature must be the end part").</summary>
    NotLast,
}
