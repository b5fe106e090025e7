using System.Net;
using System.Text.Json;

namespace Spotnet.Reliability.Tests;

/// <summary>A complete HTTP answer from the server: status and parsed JSON body.</summary>
public sealed record ApiAnswer(HttpStatusCode Status, JsonElement Body)
{
    /// <summary>True for a 2xx answer: an acknowledgement.</summary>
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    /// <summary>Binance's error code of a failed answer, or 0.</summary>
    public int Code => !IsSuccess && Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("code", out var code) ? code.GetInt32() : 0;

    /// <summary>True when Binance documents the outcome as unknown (5xx, -1006, -1007): it must be resolved by query.</summary>
    public bool IsExecutionUnknown => (int)Status >= 500 || Code is -1006 or -1007;
}
