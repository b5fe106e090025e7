namespace Spotnet.Protocol.Endpoints;

/// <summary>Security type of an endpoint: which key and permission it needs.</summary>
public enum SecurityType
{
    /// <summary><c>NONE</c>: public, no key.</summary>
    None,
    /// <summary><c>TRADE</c>: signed; the key must be allowed to trade.</summary>
    Trade,
    /// <summary><c>USER_DATA</c>: signed; private account data.</summary>
    UserData,
    /// <summary><c>USER_STREAM</c>: User Data Stream subscription management.</summary>
    UserStream,
    /// <summary><c>SIGNED</c> with no particular permission (<c>session.logon</c>).</summary>
    Signed,
}
