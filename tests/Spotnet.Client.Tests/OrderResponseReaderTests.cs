using System.Text;
using System.Text.Json;
using Spotnet.Client.Json;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Models.Trading;

namespace Spotnet.Client.Tests;

/// <summary>The SDK's hand-written reader of order answers agrees with Protocol's generated one, property for property.</summary>
public class OrderResponseReaderTests
{
    private static readonly NewOrderResponse EveryPropertySet = new()
    {
        Symbol = "BTCUSDT", OrderId = 28, OrderListId = 3, ClientOrderId = "6gCrw2kRUAF9CvJDGP16IP", TransactTime = 1507725176595,
        Price = 3995.50000000m, PegPriceType = PegPriceType.PrimaryPeg, PegOffsetType = PegOffsetType.PriceLevel, PegOffsetValue = 2,
        PeggedPrice = 3995.40000000m, OriginalQuantity = 10.00000000m, ExecutedQuantity = 4.00000000m, OriginalQuoteOrderQuantity = 0.000000m,
        CumulativeQuoteQuantity = 15980.00000000m, Status = OrderStatus.PartiallyFilled, TimeInForce = TimeInForce.Gtc, Type = OrderType.Limit,
        Side = OrderSide.Sell, StopPrice = 3900.00000000m, TrailingDelta = 100, TrailingTime = 1507725176000, WorkingTime = 1507725176595,
        IcebergQuantity = 1.00000000m, StrategyId = 37463720, StrategyType = 1000000,
        Fills =
        [
            new OrderFill { MatchType = Protocol.Enums.MatchType.OnePartyTradeReport, Price = 3995.00000000m, Quantity = 4.00000000m, Commission = 0.00400000m, CommissionAsset = "BNB", TradeId = 56, AllocationId = 7 },
        ],
        PreventedMatches =
        [
            new OrderPreventedMatch { PreventedMatchId = 1, MakerSymbol = "BTCUSDT", MakerOrderId = 5, Price = 3995.50000000m, TakerPreventedQuantity = 1.00000000m, MakerPreventedQuantity = 1.00000000m },
        ],
        WorkingFloor = WorkingFloor.Sor, SelfTradePreventionMode = SelfTradePreventionMode.ExpireMaker, TradeGroupId = 4, PreventedMatchId = 1,
        PreventedQuantity = 1.00000000m, UsedSor = true, ExpiryReason = ExpiryReason.InsufficientLiquidity,
    };

    [Fact]
    public void The_sample_sets_every_property_so_a_property_added_later_fails_here_until_the_reader_reads_it()
    {
        Assert.All(typeof(NewOrderResponse).GetProperties(), property => Assert.NotNull(property.GetValue(EveryPropertySet)));
        Assert.All(typeof(OrderFill).GetProperties(), property => Assert.NotNull(property.GetValue(EveryPropertySet.Fills![0])));
    }

    [Fact]
    public void An_answer_with_every_property_reads_back_to_the_same_json()
    {
        var json = JsonSerializer.Serialize(EveryPropertySet, SpotJsonContext.Default.NewOrderResponse);

        var read = JsonSerializer.Deserialize(json, SdkJson.Context.NewOrderResponse)!;

        Assert.Equal(json, JsonSerializer.Serialize(read, SpotJsonContext.Default.NewOrderResponse));
        Assert.Equal(EveryPropertySet.Fills![0], Assert.Single(read.Fills!));
    }

    [Fact]
    public void Properties_it_does_not_know_and_nulls_are_skipped_like_the_generated_reader_does()
    {
        const string json = """{"symbol":"BTCUSDT","orderId":1,"newField":{"a":[1,2]},"orderListId":-1,"clientOrderId":"x","transactTime":1,"price":null,"fills":[{"price":"1","qty":"2","commission":"0","commissionAsset":"BNB","tradeId":3,"later":true}]}""";

        var sdk = JsonSerializer.Deserialize(json, SdkJson.Context.NewOrderResponse)!;
        var generated = JsonSerializer.Deserialize(json, SpotJsonContext.Default.NewOrderResponse)!;

        Assert.Equal(JsonSerializer.Serialize(generated, SpotJsonContext.Default.NewOrderResponse), JsonSerializer.Serialize(sdk, SpotJsonContext.Default.NewOrderResponse));
        Assert.Null(sdk.Price);
    }

    [Theory]
    [InlineData("""{"orderId":1,"clientOrderId":"x"}""")]
    [InlineData("""{"symbol":"BTCUSDT","orderId":1}""")]
    [InlineData("""{"symbol":"BTCUSDT","clientOrderId":"x","price":"1e5"}""")]
    [InlineData("""{"symbol":"BTCUSDT","clientOrderId":"x","fills":[{"price":"1","qty":"2","commission":"0","tradeId":3}]}""")]
    public void Answers_the_generated_reader_rejects_are_rejected_too(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, SpotJsonContext.Default.NewOrderResponse));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(json), SdkJson.Context.NewOrderResponse));
    }
}
