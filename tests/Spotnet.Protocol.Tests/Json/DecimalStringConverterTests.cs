using System.Text.Json;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Models.MarketData;

namespace Spotnet.Protocol.Tests.Json;

public class DecimalStringConverterTests
{
    [Theory]
    [InlineData("0.00100000")]
    [InlineData("0.000000")]
    [InlineData("0.00000000")]
    [InlineData("100")]
    [InlineData("-94.990")]
    [InlineData("23416.10000000")]
    [InlineData("79228162514264337593543950335")]
    public void Decimal_string_round_trips_with_the_same_scale(string wire)
    {
        var json = $$"""{"symbol":"BTCUSDT","price":"{{wire}}"}""";

        var ticker = JsonSerializer.Deserialize(json, SpotJsonContext.Default.PriceTicker)!;

        Assert.Equal(json, JsonSerializer.Serialize(ticker, SpotJsonContext.Default.PriceTicker));
    }

    [Fact]
    public void Six_decimal_zero_keeps_six_places_in_the_value_itself()
    {
        var ticker = JsonSerializer.Deserialize("""{"symbol":"X","price":"0.000000"}""", SpotJsonContext.Default.PriceTicker)!;

        Assert.Equal(0m, ticker.Price);
        Assert.Equal(6, ticker.Price.Scale);
    }

    [Theory]
    [InlineData("\"1e5\"")]
    [InlineData("\" 1\"")]
    [InlineData("\"1,000\"")]
    [InlineData("\"\"")]
    [InlineData("\"abc\"")]
    [InlineData("\"79228162514264337593543950336\"")]
    [InlineData("1.5")]
    [InlineData("null")]
    public void Malformed_decimal_is_rejected(string wireValue)
    {
        var json = $$"""{"symbol":"X","price":{{wireValue}}}""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, SpotJsonContext.Default.PriceTicker));
    }

    [Fact]
    public void Decimal_is_written_as_a_string_not_a_number()
    {
        var json = JsonSerializer.Serialize(new PriceTicker { Symbol = "X", Price = 1.50m }, SpotJsonContext.Default.PriceTicker);

        Assert.Equal("""{"symbol":"X","price":"1.50"}""", json);
    }
}
