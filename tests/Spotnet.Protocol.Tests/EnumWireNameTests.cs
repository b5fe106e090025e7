using System.Text.Json;
using Spotnet.Protocol.Enums;

namespace Spotnet.Protocol.Tests;

public class EnumWireNameTests
{
    [Theory]
    [InlineData(OrderStatus.ExpiredInMatch, "\"EXPIRED_IN_MATCH\"")]
    [InlineData(OrderSide.Sell, "\"SELL\"")]
    [InlineData(KlineInterval.OneMonth, "\"1M\"")]
    [InlineData(KlineInterval.OneMinute, "\"1m\"")]
    public void Enum_serializes_to_its_exact_wire_spelling(object value, string expected)
    {
        Assert.Equal(expected, JsonSerializer.Serialize(value, value.GetType()));
    }
}
