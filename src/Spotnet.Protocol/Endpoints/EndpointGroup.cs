namespace Spotnet.Protocol.Endpoints;

/// <summary>The section of Binance's docs an endpoint belongs to; the SDK groups its methods the same way.</summary>
public enum EndpointGroup
{
    /// <summary>General endpoints (ping, time, exchange information).</summary>
    General,
    /// <summary>Market data endpoints.</summary>
    MarketData,
    /// <summary>Trading endpoints.</summary>
    Trading,
    /// <summary>Account endpoints.</summary>
    Account,
    /// <summary>WebSocket API session authentication requests.</summary>
    Authentication,
    /// <summary>WebSocket API User Data Stream requests.</summary>
    UserDataStream,
}
