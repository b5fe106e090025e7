using Spotnet.Client.Http;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Requests;

/// <summary>Base of the order-list requests: what every list kind shares (<c>listClientOrderId</c>, <c>newOrderRespType</c>, <c>selfTradePreventionMode</c>).</summary>
/// <remarks>The list id and every leg's id are generated when the records are created, so a lost answer can be resolved by <see cref="ListClientOrderId"/>; a copy made with <c>with { … }</c> keeps them (see each list's <c>WithNewClientOrderIds</c>).</remarks>
public abstract record OrderListRequest : SignedRequest
{
    private readonly string _listClientOrderId = ClientOrderIds.New();

    /// <summary>Symbol (<c>symbol</c>).</summary>
    public required string Symbol { get; init; }

    /// <summary>Client id of the whole list (<c>listClientOrderId</c>); a random 22-character id unless set.</summary>
    public string ListClientOrderId
    {
        get => _listClientOrderId;
        init
        {
            ClientOrderIds.Validate(value, nameof(ListClientOrderId));
            _listClientOrderId = value;
        }
    }

    /// <summary>Response detail for each order (<c>newOrderRespType</c>).</summary>
    public OrderResponseType? ResponseType { get; init; }

    /// <summary>Self-trade prevention mode (<c>selfTradePreventionMode</c>).</summary>
    public SelfTradePreventionMode? SelfTradePreventionMode { get; init; }

    internal void WriteCommon(ParameterWriter writer) => writer
        .Add("symbol", Symbol)
        .Add("listClientOrderId", ListClientOrderId)
        .AddEnum("newOrderRespType", ResponseType)
        .AddEnum("selfTradePreventionMode", SelfTradePreventionMode);
}
