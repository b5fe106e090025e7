using System.Text.Json.Serialization;

namespace Spotnet.Protocol.Enums;

/// <summary>Kline/candlestick interval (<c>interval</c>); case-sensitive: <c>1m</c> is a minute, <c>1M</c> a month.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KlineInterval>))]
public enum KlineInterval
{
    /// <summary><c>1s</c></summary>
    [JsonStringEnumMemberName("1s")]
    OneSecond,
    /// <summary><c>1m</c></summary>
    [JsonStringEnumMemberName("1m")]
    OneMinute,
    /// <summary><c>3m</c></summary>
    [JsonStringEnumMemberName("3m")]
    ThreeMinutes,
    /// <summary><c>5m</c></summary>
    [JsonStringEnumMemberName("5m")]
    FiveMinutes,
    /// <summary><c>15m</c></summary>
    [JsonStringEnumMemberName("15m")]
    FifteenMinutes,
    /// <summary><c>30m</c></summary>
    [JsonStringEnumMemberName("30m")]
    ThirtyMinutes,
    /// <summary><c>1h</c></summary>
    [JsonStringEnumMemberName("1h")]
    OneHour,
    /// <summary><c>2h</c></summary>
    [JsonStringEnumMemberName("2h")]
    TwoHours,
    /// <summary><c>4h</c></summary>
    [JsonStringEnumMemberName("4h")]
    FourHours,
    /// <summary><c>6h</c></summary>
    [JsonStringEnumMemberName("6h")]
    SixHours,
    /// <summary><c>8h</c></summary>
    [JsonStringEnumMemberName("8h")]
    EightHours,
    /// <summary><c>12h</c></summary>
    [JsonStringEnumMemberName("12h")]
    TwelveHours,
    /// <summary><c>1d</c></summary>
    [JsonStringEnumMemberName("1d")]
    OneDay,
    /// <summary><c>3d</c></summary>
    [JsonStringEnumMemberName("3d")]
    ThreeDays,
    /// <summary><c>1w</c></summary>
    [JsonStringEnumMemberName("1w")]
    OneWeek,
    /// <summary><c>1M</c></summary>
    [JsonStringEnumMemberName("1M")]
    OneMonth,
}
