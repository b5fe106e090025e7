using System.Text.Json;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Models.MarketData;
using Spotnet.Protocol.Models.Trading;
using Spotnet.Protocol.UserData;
using Spotnet.Protocol.WebSocketApi;

namespace Spotnet.Protocol.Tests.Json;

public class NullHandlingTests
{
    [Fact]
    public void Execution_report_keeps_null_commission_asset_and_omits_absent_conditional_fields()
    {
        UserDataEvent report = new ExecutionReportEvent { Symbol = "ETHBTC", ClientOrderId = "a", OriginalClientOrderId = "", CommissionAsset = null, OrderListId = -1 };

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(report, SpotJsonContext.Default.UserDataEvent));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("N").ValueKind);
        foreach (var conditional in new[] { "d", "D", "j", "J", "v", "A", "B", "u", "U", "Cs", "pl", "pL", "pY", "W", "b", "a", "k", "uS", "gP", "gOT", "gOV", "gp", "eR" })
        {
            Assert.False(json.RootElement.TryGetProperty(conditional, out _), $"{conditional} should be omitted");
        }
    }

    [Fact]
    public void Execution_report_writes_conditional_fields_that_are_set()
    {
        UserDataEvent report = new ExecutionReportEvent { Symbol = "ETHBTC", ClientOrderId = "a", OriginalClientOrderId = "", TrailingDelta = 4, ExpiryReason = ExpiryReason.InsufficientLiquidity, CounterSymbol = "BTCUSDT" };

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(report, SpotJsonContext.Default.UserDataEvent));

        Assert.Equal(4, json.RootElement.GetProperty("d").GetInt64());
        Assert.Equal("INSUFFICIENT_LIQUIDITY", json.RootElement.GetProperty("eR").GetString());
        Assert.Equal("BTCUSDT", json.RootElement.GetProperty("Cs").GetString());
    }

    [Fact]
    public void Unset_reference_price_is_written_as_explicit_null()
    {
        var json = JsonSerializer.Serialize(new ReferencePrice { Symbol = "PAXGUSDT", Price = null, Timestamp = 1 }, SpotJsonContext.Default.ReferencePrice);

        Assert.Equal("""{"symbol":"PAXGUSDT","referencePrice":null,"timestamp":1}""", json);
    }

    [Fact]
    public void Cancel_replace_without_new_order_writes_explicit_null()
    {
        var response = new CancelReplaceResponse
        {
            CancelResult = CancelReplaceResult.Failure,
            NewOrderResult = NewOrderResult.NotAttempted,
            CancelResponse = new CancelOutcome { Error = new() { Code = -2011, Message = "Unknown order sent." } },
        };

        var json = JsonSerializer.Serialize(response, SpotJsonContext.Default.CancelReplaceResponse);

        Assert.Equal("""{"cancelResult":"FAILURE","newOrderResult":"NOT_ATTEMPTED","cancelResponse":{"code":-2011,"msg":"Unknown order sent."},"newOrderResponse":null}""", json);
    }

    [Fact]
    public void Ack_order_response_writes_only_the_five_ack_fields()
    {
        var ack = new NewOrderResponse { Symbol = "BTCUSDT", OrderId = 28, OrderListId = -1, ClientOrderId = "x", TransactTime = 1507725176595 };

        var json = JsonSerializer.Serialize(ack, SpotJsonContext.Default.NewOrderResponse);

        Assert.Equal("""{"symbol":"BTCUSDT","orderId":28,"orderListId":-1,"clientOrderId":"x","transactTime":1507725176595}""", json);
    }

    [Fact]
    public void Error_response_omits_absent_data()
    {
        var json = JsonSerializer.Serialize(new Spotnet.Protocol.Models.ErrorResponse { Code = -1121, Message = "Invalid symbol." }, SpotJsonContext.Default.ErrorResponse);

        Assert.Equal("""{"code":-1121,"msg":"Invalid symbol."}""", json);
    }

    [Fact]
    public void Web_socket_response_keeps_null_id_and_omits_absent_result_and_rate_limits()
    {
        var response = new WebSocketResponse<SessionStatus>
        {
            Status = 401,
            Error = new() { Code = -2015, Message = "Invalid API-key, IP, or permissions for action." },
        };

        var json = JsonSerializer.Serialize(response, SpotJsonContext.Default.WebSocketResponseSessionStatus);

        Assert.Equal("""{"id":null,"status":401,"error":{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}}""", json);
    }

    [Fact]
    public void Session_status_of_an_unauthenticated_connection_keeps_null_api_key()
    {
        var json = JsonSerializer.Serialize(new SessionStatus { ConnectedSince = 1, ServerTime = 2 }, SpotJsonContext.Default.SessionStatus);

        Assert.StartsWith("""{"apiKey":null,"authorizedSince":null,"connectedSince":1""", json);
    }

    [Fact]
    public void Missing_non_nullable_text_field_fails_the_read_instead_of_leaving_null()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"price":"1.0"}""", SpotJsonContext.Default.PriceTicker));

        Assert.Contains("symbol", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execution_report_with_every_conditional_field_writes_keys_in_the_decided_order()
    {
        UserDataEvent report = new ExecutionReportEvent
        {
            Symbol = "ETHBTC", ClientOrderId = "a", OriginalClientOrderId = "", CommissionAsset = "BNB",
            TrailingDelta = 4, PreventedMatchId = 3, TrailingTime = 1, StrategyId = 1, StrategyType = 1000000, WorkingTime = 1,
            PreventedQuantity = 3m, LastPreventedQuantity = 3m, TradeGroupId = 1, CounterOrderId = 37, CounterSymbol = "BTCUSDT",
            PreventedExecutionQuantity = 2m, PreventedExecutionPrice = 0.1m, PreventedExecutionQuoteQuantity = 0.2m,
            MatchType = Spotnet.Protocol.Enums.MatchType.OnePartyTradeReport, AllocationId = 1234, WorkingFloor = WorkingFloor.Sor, UsedSor = true,
            PegPriceType = PegPriceType.PrimaryPeg, PegOffsetType = PegOffsetType.PriceLevel, PegOffsetValue = 5, PeggedPrice = 1m,
            ExpiryReason = ExpiryReason.InsufficientLiquidity,
        };

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(report, SpotJsonContext.Default.UserDataEvent));
        var keys = string.Join(",", json.RootElement.EnumerateObject().Select(p => p.Name));

        // Documented sample order, with d after P, v after t and D, j, J, W before V, then the conditional table's order.
        Assert.Equal("e,E,s,c,S,o,f,q,p,P,d,F,g,C,x,X,r,i,l,z,L,n,N,T,t,v,I,w,m,M,O,Z,Y,Q,D,j,J,W,V,A,B,u,U,Cs,pl,pL,pY,b,a,k,uS,gP,gOT,gOV,gp,eR", keys);
    }
}
