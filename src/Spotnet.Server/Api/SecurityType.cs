namespace Spotnet.Server.Api;

/// <summary>Endpoint security type: which key permission a request needs and whether it is signed.</summary>
public enum SecurityType
{
    /// <summary>Public; no key.</summary>
    None,

    /// <summary>Placing and canceling orders; signed, needs the trading permission.</summary>
    Trade,

    /// <summary>Private account data; signed, needs the reading permission.</summary>
    UserData,

    /// <summary>User data stream management; signed, needs the reading permission.</summary>
    UserStream,
}
