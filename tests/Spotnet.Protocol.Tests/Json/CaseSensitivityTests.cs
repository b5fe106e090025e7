using System.Text.Json;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Models.MarketData;
using Spotnet.Protocol.Streams;
using Spotnet.Protocol.UserData;

namespace Spotnet.Protocol.Tests.Json;

public class CaseSensitivityTests
{
    [Fact]
    public void Context_is_case_sensitive_without_naming_policy()
    {
        var options = SpotJsonContext.Default.Options;

        Assert.False(options.PropertyNameCaseInsensitive);
        Assert.Null(options.PropertyNamingPolicy);
    }

    [Fact]
    public void Keys_differing_only_by_case_map_to_different_properties()
    {
        const string Json = """{"e":"aggTrade","E":5,"s":"BNBBTC","a":1,"p":"0.1","q":"2","f":3,"l":4,"T":6,"m":true,"M":false}""";

        var trade = Assert.IsType<AggregateTradeEvent>(JsonSerializer.Deserialize(Json, SpotJsonContext.Default.MarketStreamEvent));

        Assert.Equal(5, trade.EventTime);
        Assert.Equal(6, trade.TradeTime);
        Assert.True(trade.IsBuyerMaker);
        Assert.False(trade.Ignore);
    }

    [Fact]
    public void Execution_report_reads_symbol_and_side_from_s_and_S()
    {
        const string Json = """
            {"e":"executionReport","E":1,"s":"ETHBTC","c":"a","S":"SELL","o":"LIMIT","f":"GTC","q":"1","p":"2","P":"3","F":"0",
             "g":-1,"C":"","x":"NEW","X":"NEW","r":"NONE","i":7,"l":"0","z":"0","L":"0","n":"0","N":null,"T":2,"t":-1,"I":9,
             "w":true,"m":false,"M":false,"O":2,"Z":"0","Y":"0","Q":"0","V":"NONE"}
            """;

        var report = Assert.IsType<ExecutionReportEvent>(JsonSerializer.Deserialize(Json, SpotJsonContext.Default.UserDataEvent));

        Assert.Equal("ETHBTC", report.Symbol);
        Assert.Equal(OrderSide.Sell, report.Side);
        Assert.Equal(2m, report.Price);
        Assert.Equal(3m, report.StopPrice);
        Assert.Equal(-1, report.OrderListId);
        Assert.Equal("", report.OriginalClientOrderId);
    }

    [Fact]
    public void Key_in_the_wrong_case_is_not_bound()
    {
        var ticker = JsonSerializer.Deserialize("""{"SYMBOL":"BTCUSDT","Price":"1.0","symbol":"ETHBTC","price":"2.0"}""", SpotJsonContext.Default.PriceTicker)!;

        Assert.Equal("ETHBTC", ticker.Symbol);
        Assert.Equal(2.0m, ticker.Price);
    }
}
