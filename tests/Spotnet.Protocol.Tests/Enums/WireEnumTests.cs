using System.Reflection;
using System.Text;
using System.Text.Json;
using Spotnet.Protocol.Enums;

namespace Spotnet.Protocol.Tests.Enums;

public class WireEnumTests
{
    public static TheoryData<Type> EnumTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(WireEnum).Assembly.GetTypes().Where(type => type.IsEnum && type.IsPublic && type.Namespace == typeof(WireEnum).Namespace))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void All_generated_enums_are_covered()
    {
        Assert.True(EnumTypes().Count >= 31);
    }

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void Every_value_round_trips_through_its_wire_spelling(Type enumType)
    {
        typeof(WireEnumTests).GetMethod(nameof(RoundTrip), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(enumType)
            .Invoke(null, null);
    }

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void Other_letter_cases_never_parse_to_the_same_value(Type enumType)
    {
        typeof(WireEnumTests).GetMethod(nameof(RejectOtherCases), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(enumType)
            .Invoke(null, null);
    }

    [Theory]
    [InlineData("buy")]
    [InlineData("Buy")]
    [InlineData("BUY ")]
    [InlineData("")]
    [InlineData("BUYX")]
    public void Side_is_case_sensitive_and_exact(string text)
    {
        Assert.False(WireEnum.TryParse<OrderSide>(text, out _));
        Assert.False(WireEnum.TryParse<OrderSide>(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void Minute_and_month_kline_intervals_differ_only_by_case()
    {
        Assert.True(WireEnum.TryParse("1m", out KlineInterval minute));
        Assert.True(WireEnum.TryParse("1M"u8, out KlineInterval month));
        Assert.Equal(KlineInterval.OneMinute, minute);
        Assert.Equal(KlineInterval.OneMonth, month);
        Assert.Equal("1m", WireEnum.ToWire(KlineInterval.OneMinute));
        Assert.Equal("1M", WireEnum.ToWire(KlineInterval.OneMonth));
    }

    [Fact]
    public void Wire_string_is_cached()
    {
        Assert.Same(WireEnum.ToWire(OrderStatus.ExpiredInMatch), WireEnum.ToWire(OrderStatus.ExpiredInMatch));
        Assert.Equal("EXPIRED_IN_MATCH", WireEnum.ToWire(OrderStatus.ExpiredInMatch));
    }

    [Fact]
    public void Undefined_value_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WireEnum.ToWire((OrderSide)7));
    }

    private static void RoundTrip<T>()
        where T : struct, Enum
    {
        var values = WireEnum.Values<T>().ToArray();
        Assert.Equal(Enum.GetValues<T>(), values);
        Assert.Equal(values.Length, values.Select(WireEnum.ToWire).Distinct(StringComparer.Ordinal).Count());
        foreach (var value in values)
        {
            var wire = WireEnum.ToWire(value);
            Assert.Equal(JsonSerializer.Serialize(value), "\"" + wire + "\"");
            Assert.True(WireEnum.TryParse(wire, out T fromChars));
            Assert.True(WireEnum.TryParse(Encoding.UTF8.GetBytes(wire), out T fromBytes));
            Assert.Equal(value, fromChars);
            Assert.Equal(value, fromBytes);
            Assert.Equal(wire, Encoding.UTF8.GetString(WireEnum.ToWireUtf8(value)));
        }
    }

    private static void RejectOtherCases<T>()
        where T : struct, Enum
    {
        foreach (var value in WireEnum.Values<T>())
        {
            var wire = WireEnum.ToWire(value);
            foreach (var variant in new[] { wire.ToLowerInvariant(), wire.ToUpperInvariant() }.Where(variant => variant != wire))
            {
                Assert.False(WireEnum.TryParse(variant, out T parsed) && parsed.Equals(value), $"{variant} parsed as {wire}");
            }
        }
    }
}
