using Spotnet.Client.Http;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Requests;

/// <summary>Parameters of <c>GET /api/v3/klines</c> and <c>GET /api/v3/uiKlines</c>.</summary>
/// <param name="Symbol">Symbol (<c>symbol</c>).</param>
/// <param name="Interval">Candle length (<c>interval</c>).</param>
public sealed record KlinesRequest(string Symbol, KlineInterval Interval) : SpotRequest
{
    /// <summary>First open time, UTC (<c>startTime</c>).</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Last open time, UTC (<c>endTime</c>).</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>Time zone that candle boundaries follow (<c>timeZone</c>), e.g. <c>"8"</c> or <c>"-1:00"</c>; default <c>"0"</c>.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Most candles returned (<c>limit</c>): default 500, at most 1000.</summary>
    public int? Limit { get; init; }

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("symbol", Symbol)
        .AddEnum("interval", Interval)
        .Add("startTime", StartTime)
        .Add("endTime", EndTime)
        .Add("timeZone", TimeZone)
        .Add("limit", Limit);
}
