using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Models.Trading;
using Spotnet.Server.Endpoints;

namespace Spotnet.Server.Tests.Endpoints;

public sealed class NewOrderResponseWriterTests
{
    private static readonly NewOrderResponse Ack = new()
    {
        Symbol = "BTCUSDT", OrderId = 7, OrderListId = -1, ClientOrderId = "abc", TransactTime = 1_700_000_000_000,
    };

    // Every property set, so a property added to the record and not to the writer fails the comparison.
    private static readonly NewOrderResponse Everything = new()
    {
        Symbol = "这是测试币456",
        OrderId = long.MaxValue,
        OrderListId = 3,
        ClientOrderId = "<a&b>\"c'\\é",
        TransactTime = 1_700_000_000_000_123,
        Price = 60000.00000000m,
        PegPriceType = PegPriceType.PrimaryPeg,
        PegOffsetType = PegOffsetType.PriceLevel,
        PegOffsetValue = 5,
        PeggedPrice = 0.00000001m,
        OriginalQuantity = 0.00020000m,
        ExecutedQuantity = 0m,
        OriginalQuoteOrderQuantity = 79228162514.26433759m,
        CumulativeQuoteQuantity = -1.5m,
        Status = OrderStatus.PartiallyFilled,
        TimeInForce = TimeInForce.Ioc,
        Type = OrderType.TakeProfitLimit,
        Side = OrderSide.Sell,
        StopPrice = 1.10000000m,
        TrailingDelta = 100,
        TrailingTime = -1,
        WorkingTime = 1_700_000_000_001,
        IcebergQuantity = 0.1m,
        StrategyId = 9,
        StrategyType = 1_000_000,
        Fills =
        [
            new OrderFill { Price = 1.5m, Quantity = 2m, Commission = 0m, CommissionAsset = "BNB", TradeId = 4 },
            new OrderFill { MatchType = Protocol.Enums.MatchType.OnePartyTradeReport, Price = 1m, Quantity = 1m, Commission = 0.1m, CommissionAsset = "USDT", TradeId = -1, AllocationId = 2 },
        ],
        PreventedMatches =
        [
            new OrderPreventedMatch { PreventedMatchId = 1, MakerSymbol = "BTCUSDT", MakerOrderId = 2, Price = 3m, TakerPreventedQuantity = 4m },
        ],
        WorkingFloor = WorkingFloor.Sor,
        SelfTradePreventionMode = SelfTradePreventionMode.ExpireBoth,
        TradeGroupId = 11,
        PreventedMatchId = 12,
        PreventedQuantity = 13m,
        UsedSor = false,
        ExpiryReason = ExpiryReason.UnfilledIocQuantityExpired,
    };

    public static TheoryData<string> Shapes => ["ack", "result", "full", "empty lists", "everything"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Writes_the_same_bytes_as_the_generated_serializer(string shape)
    {
        var response = shape switch
        {
            "ack" => Ack,
            "result" => Everything with { Fills = null, PreventedMatches = null, UsedSor = null, PegPriceType = null, TrailingDelta = null },
            "full" => Everything with { PreventedMatches = null, StrategyId = null },
            "empty lists" => Ack with { Fills = [], PreventedMatches = [] },
            _ => Everything,
        };

        Assert.Equal(Serialized(response), Written(response));
    }

    [Fact]
    public void The_full_sample_carries_every_json_property_of_the_record()
    {
        var json = Serialized(Everything);
        var names = typeof(NewOrderResponse).GetProperties()
            .Select(property => property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
            .OfType<string>()
            .ToList();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Contains($"\"{name}\":", json, StringComparison.Ordinal));
    }

    private static string Serialized(NewOrderResponse response) =>
        JsonSerializer.Serialize(response, SpotJsonContext.Default.NewOrderResponse);

    private static string Written(NewOrderResponse response)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            NewOrderResponseWriter.Write(writer, response);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
