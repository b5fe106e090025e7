using System.Globalization;
using Spotnet.Client.Requests;
using Spotnet.Client.Tests.Support;
using Spotnet.Client.Timing;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Tests;

/// <summary>How the SDK reads what Binance may send: times in milliseconds or microseconds, and enum spellings added after this SDK was built.</summary>
public class ResponseReadingTests
{
    private const string OrderTemplate = """
        {"symbol":"BTCUSDT","orderId":1,"orderListId":-1,"clientOrderId":"abc","price":"1.00000000","origQty":"1.00000000","executedQty":"0.00000000",
        "cummulativeQuoteQty":"0.00000000","status":"STATUS","timeInForce":"GTC","type":"TYPE","side":"BUY","stopPrice":"0.00000000","icebergQty":"0.00000000",
        "time":TIME,"updateTime":UPDATE,"isWorking":true,"workingTime":WORKING,"origQuoteOrderQty":"0.00000000","selfTradePreventionMode":"NONE"}
        """;

    private static readonly DateTimeOffset Placed = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_567_0);

    [Theory]
    [InlineData("de-DE", "Europe/Berlin")]
    [InlineData("ar-SA", "Asia/Riyadh")]
    [InlineData("ja-JP", "America/Los_Angeles")]
    public async Task Times_in_milliseconds_read_as_the_same_utc_instant_whatever_the_culture_and_time_zone(string culture, string timeZone)
    {
        await using var fixture = await ClientFixture.StartAsync();
        var milliseconds = Placed.ToUnixTimeMilliseconds();
        fixture.Server.EnqueueJson(200, Order("NEW", "LIMIT", milliseconds, milliseconds + 5, -1));

        var order = await InCultureAndTimeZone(culture, timeZone, () => fixture.Client.GetOrderAsync(QueryOrder.ById("BTCUSDT", 1)));

        Assert.Equal((Placed.AddTicks(-(Placed.Ticks % TimeSpan.TicksPerMillisecond)), TimeSpan.Zero), (order.TimeUtc, order.TimeUtc.Offset));
        Assert.Equal(order.TimeUtc.AddMilliseconds(5), order.UpdateTimeUtc);
        Assert.Null(order.WorkingTimeUtc);
        Assert.Equal(milliseconds, order.Time);
    }

    [Theory]
    [InlineData("fr-FR", "Australia/Sydney")]
    [InlineData("en-US", "UTC")]
    public async Task Microsecond_response_times_are_asked_for_with_the_header_and_read_to_the_microsecond(string culture, string timeZone)
    {
        await using var fixture = await ClientFixture.StartAsync(options => options.ResponseTimeUnit = TimestampUnit.Microsecond);
        var microseconds = (Placed - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;
        fixture.Server.EnqueueJson(200, Order("NEW", "LIMIT", microseconds, microseconds + 7, microseconds));

        var order = await InCultureAndTimeZone(culture, timeZone, () => fixture.Client.GetOrderAsync(QueryOrder.ById("BTCUSDT", 1)));

        Assert.Equal("MICROSECOND", Assert.Single(fixture.Server.Requests).TimeUnit);
        Assert.Equal((Placed, TimeSpan.Zero), (order.TimeUtc, order.TimeUtc.Offset));
        Assert.Equal(Placed.AddTicks(70), order.UpdateTimeUtc);
        Assert.Equal(Placed, order.WorkingTimeUtc);
    }

    [Fact]
    public async Task Millisecond_responses_are_the_default_and_send_no_time_unit_header()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.EnqueueJson(200, """{"serverTime":1499827319559}""");

        var serverTime = await fixture.Client.GetServerTimeAsync();

        Assert.Null(Assert.Single(fixture.Server.Requests).TimeUnit);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1499827319559), serverTime);
    }

    [Fact]
    public async Task Server_time_in_microseconds_reads_as_the_same_instant()
    {
        await using var fixture = await ClientFixture.StartAsync(options => options.ResponseTimeUnit = TimestampUnit.Microsecond);
        fixture.Server.EnqueueJson(200, """{"serverTime":1499827319559123}""");

        var serverTime = await fixture.Client.GetServerTimeAsync();

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1499827319559).AddTicks(1230), serverTime);
    }

    [Fact]
    public async Task An_order_status_and_type_binance_added_later_read_as_unknown_values_keeping_their_spelling()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.EnqueueJson(200, Order("PENDING_SOMETHING_NEW", "LIMIT_FUTURE_KIND", 1499827319559, 1499827319559, 1499827319559));

        var order = await fixture.Client.GetOrderAsync(QueryOrder.ById("BTCUSDT", 1));

        Assert.True(SpotEnumValues.IsUnknown(order.Status));
        Assert.False(Enum.IsDefined(order.Status));
        Assert.Equal("PENDING_SOMETHING_NEW", SpotEnumValues.ToWire(order.Status));
        Assert.Equal("LIMIT_FUTURE_KIND", SpotEnumValues.ToWire(order.Type));
        Assert.Equal((OrderSide.Buy, SelfTradePreventionMode.None), (order.Side, order.SelfTradePreventionMode));
        Assert.Equal(SpotEnumValues.FromWire<OrderStatus>("PENDING_SOMETHING_NEW"), order.Status);
        Assert.NotEqual(SpotEnumValues.FromWire<OrderStatus>("ANOTHER_NEW_STATUS"), order.Status);
    }

    [Fact]
    public async Task An_unknown_value_read_from_a_response_is_sent_back_with_its_own_spelling()
    {
        await using var fixture = await ClientFixture.StartAsync();
        var futureType = SpotEnumValues.FromWire<OrderType>("LIMIT_FUTURE_KIND");

        await fixture.Client.TestOrderAsync(new TestOrder(new NewOrder("BTCUSDT", OrderSide.Buy, futureType) { Quantity = 1m }));

        Assert.Contains("&type=LIMIT_FUTURE_KIND&", Assert.Single(fixture.Server.Requests).BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_spellings_map_to_their_named_members_and_undefined_values_are_refused()
    {
        Assert.Equal(OrderStatus.ExpiredInMatch, SpotEnumValues.FromWire<OrderStatus>("EXPIRED_IN_MATCH"));
        Assert.False(SpotEnumValues.IsUnknown(OrderStatus.ExpiredInMatch));
        Assert.Equal("EXPIRED_IN_MATCH", SpotEnumValues.ToWire(OrderStatus.ExpiredInMatch));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpotEnumValues.ToWire((OrderStatus)(-999_999)));
    }

    private static string Order(string status, string type, long time, long updateTime, long workingTime) => OrderTemplate
        .Replace("STATUS", status, StringComparison.Ordinal)
        .Replace("TYPE", type, StringComparison.Ordinal)
        .Replace("UPDATE", updateTime.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("WORKING", workingTime.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("TIME", time.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    // TZ is read by TimeZoneInfo.Local on Linux; clearing the cache makes it take effect inside this process.
    private static async Task<T> InCultureAndTimeZone<T>(string culture, string timeZone, Func<Task<T>> action)
    {
        var previousCulture = CultureInfo.CurrentCulture;
        var previousZone = Environment.GetEnvironmentVariable("TZ");
        CultureInfo.CurrentCulture = new CultureInfo(culture);
        Environment.SetEnvironmentVariable("TZ", timeZone);
        TimeZoneInfo.ClearCachedData();
        try
        {
            Assert.Equal(timeZone, TimeZoneInfo.Local.Id);
            return await action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previousCulture;
            Environment.SetEnvironmentVariable("TZ", previousZone);
            TimeZoneInfo.ClearCachedData();
        }
    }
}
