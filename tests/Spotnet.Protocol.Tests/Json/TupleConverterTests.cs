using System.Text.Json;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Models.MarketData;

namespace Spotnet.Protocol.Tests.Json;

public class TupleConverterTests
{
    [Fact]
    public void Kline_array_maps_to_named_fields()
    {
        const string Json = """[[1499040000000,"0.01634790","0.80000000","0.01575800","0.01577100","148976.11427815",1499644799999,"2434.19055334",308,"1756.87402397","28.46694368","0"]]""";

        var kline = JsonSerializer.Deserialize(Json, SpotJsonContext.Default.IReadOnlyListKline)![0];

        Assert.Equal(1499040000000, kline.OpenTime);
        Assert.Equal(0.80000000m, kline.HighPrice);
        Assert.Equal(1499644799999, kline.CloseTime);
        Assert.Equal(308, kline.TradeCount);
        Assert.Equal(28.46694368m, kline.TakerBuyQuoteVolume);
        Assert.Equal(Json, JsonSerializer.Serialize(JsonSerializer.Deserialize(Json, SpotJsonContext.Default.IReadOnlyListKline)!, SpotJsonContext.Default.IReadOnlyListKline));
    }

    [Theory]
    [InlineData("""[[1499040000000,"0.1","0.1","0.1","0.1","1",1499644799999,"1",308,"1","1"]]""")]
    [InlineData("""[[1499040000000,"0.1","0.1","0.1","0.1","1",1499644799999,"1",308,"1","1","0","extra"]]""")]
    [InlineData("""[["1499040000000","0.1","0.1","0.1","0.1","1",1499644799999,"1",308,"1","1","0"]]""")]
    [InlineData("""[{"openTime":1}]""")]
    public void Malformed_kline_is_rejected(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, SpotJsonContext.Default.IReadOnlyListKline));
    }

    [Fact]
    public void Price_level_is_a_two_string_array()
    {
        const string Json = """{"lastUpdateId":1027024,"bids":[["4.00000000","431.00000000"]],"asks":[["4.00000200","12.00000000"]]}""";

        var book = JsonSerializer.Deserialize(Json, SpotJsonContext.Default.OrderBook)!;

        Assert.Equal(new PriceLevel(4.00000000m, 431.00000000m), book.Bids[0]);
        Assert.Equal(Json, JsonSerializer.Serialize(book, SpotJsonContext.Default.OrderBook));
    }

    [Theory]
    [InlineData("""{"lastUpdateId":1,"bids":[["4.0"]],"asks":[]}""")]
    [InlineData("""{"lastUpdateId":1,"bids":[["4.0","1.0","2.0"]],"asks":[]}""")]
    [InlineData("""{"lastUpdateId":1,"bids":[[4.0,1.0]],"asks":[]}""")]
    public void Malformed_price_level_is_rejected(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, SpotJsonContext.Default.OrderBook));
    }
}
