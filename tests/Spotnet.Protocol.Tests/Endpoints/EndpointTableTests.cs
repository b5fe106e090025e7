using Spotnet.Protocol.Endpoints;

namespace Spotnet.Protocol.Tests.Endpoints;

public class EndpointTableTests
{
    [Fact]
    public void Lookups_find_endpoints_by_route_name_and_id()
    {
        var newOrder = EndpointTable.FindRest("POST", "/api/v3/order");
        Assert.NotNull(newOrder);
        Assert.Equal(EndpointId.NewOrder, newOrder.Id);
        Assert.Equal("order.place", EndpointTable.FindWebSocket(EndpointId.NewOrder)!.Name);
        Assert.Same(newOrder, EndpointTable.FindRest(EndpointId.NewOrder));
        Assert.Equal(EndpointId.CancelOrder, EndpointTable.FindRest("DELETE", "/api/v3/order")!.Id);
        Assert.Equal(EndpointId.QueryOrder, EndpointTable.FindRest("GET", "/api/v3/order")!.Id);
    }

    [Fact]
    public void Lookups_are_case_sensitive_and_return_null_for_unknown_operations()
    {
        Assert.Null(EndpointTable.FindRest("get", "/api/v3/ping"));
        Assert.Null(EndpointTable.FindRest("GET", "/api/v3/Ping"));
        Assert.Null(EndpointTable.FindRest("POST", "/api/v3/userDataStream"));
        Assert.Null(EndpointTable.FindWebSocket("Order.place"));
        Assert.Null(EndpointTable.FindWebSocket("userDataStream.start"));
        Assert.Null(EndpointTable.FindRest(EndpointId.SessionLogon));
    }

    [Fact]
    public void Ids_are_unique_and_every_rest_endpoint_has_its_websocket_method()
    {
        Assert.Equal(EndpointTable.Rest.Count, EndpointTable.Rest.Select(endpoint => endpoint.Id).Distinct().Count());
        Assert.Equal(EndpointTable.WebSocket.Count, EndpointTable.WebSocket.Select(method => method.Id).Distinct().Count());
        Assert.All(EndpointTable.Rest, endpoint => Assert.NotNull(EndpointTable.FindWebSocket(endpoint.Id)));
        Assert.Equal(Enum.GetValues<EndpointId>().Length, EndpointTable.WebSocket.Count);
    }

    [Fact]
    public void Websocket_method_shares_the_rest_rules_and_swaps_in_websocket_signing_parameters()
    {
        var rest = EndpointTable.FindRest(EndpointId.NewOrder)!;
        var webSocket = EndpointTable.FindWebSocket(EndpointId.NewOrder)!;

        Assert.Same(rest.Weight, webSocket.Weight);
        Assert.Equal(rest.Security, webSocket.Security);
        Assert.Equal(rest.UnfilledOrderCount, webSocket.UnfilledOrderCount);
        Assert.Contains(webSocket.Parameters, parameter => parameter is { Name: "apiKey", Required: false });
        Assert.Contains(webSocket.Parameters, parameter => parameter is { Name: "timestamp", Required: true });
        Assert.Equal(
            rest.Parameters.Select(parameter => parameter.Name).Append("apiKey").Append("signature").Order(StringComparer.Ordinal),
            webSocket.Parameters.Select(parameter => parameter.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Deprecated_oco_requires_stop_price_on_rest_but_not_on_the_websocket_api()
    {
        Assert.Contains(EndpointTable.FindRest("POST", "/api/v3/order/oco")!.Parameters, parameter => parameter is { Name: "stopPrice", Required: true });
        Assert.Contains(EndpointTable.FindWebSocket("orderList.place")!.Parameters, parameter => parameter is { Name: "stopPrice", Required: false });
        Assert.Contains(EndpointTable.FindWebSocket("orderList.place")!.Parameters, parameter => parameter is { Name: "trailingDelta", Required: false });
    }

    [Fact]
    public void Groups_follow_the_documentation_sections()
    {
        Assert.Equal(EndpointGroup.General, EndpointTable.FindRest(EndpointId.ExecutionRules)!.Group);
        Assert.Equal(EndpointGroup.MarketData, EndpointTable.FindRest(EndpointId.Depth)!.Group);
        Assert.Equal(EndpointGroup.Trading, EndpointTable.FindRest(EndpointId.QueryOrder)!.Group);
        Assert.Equal(EndpointGroup.Account, EndpointTable.FindWebSocket(EndpointId.QueryOrder)!.Group);
        Assert.Equal(EndpointGroup.Account, EndpointTable.FindRest(EndpointId.MyFilters)!.Group);
        Assert.Equal(EndpointGroup.Authentication, EndpointTable.FindWebSocket("session.logon")!.Group);
        Assert.Equal(EndpointGroup.UserDataStream, EndpointTable.FindWebSocket("userDataStream.subscribe.signature")!.Group);
    }

    [Fact]
    public void Order_placement_data_sources_and_order_counts_are_as_documented()
    {
        Assert.Equal(DataSource.MatchingEngine, EndpointTable.FindRest(EndpointId.NewOrder)!.DataSource);
        Assert.Equal(DataSource.Memory, EndpointTable.FindRest(EndpointId.TestNewOrder)!.DataSource);
        Assert.Equal(DataSource.MemoryThenDatabase, EndpointTable.FindRest(EndpointId.MyTrades)!.DataSource);
        Assert.Equal(0, EndpointTable.FindRest(EndpointId.TestNewOrder)!.UnfilledOrderCount);
        Assert.Equal(2, EndpointTable.FindRest(EndpointId.NewOcoDeprecated)!.UnfilledOrderCount);
        Assert.Equal(2, EndpointTable.FindWebSocket("orderList.place")!.UnfilledOrderCount);
    }
}
