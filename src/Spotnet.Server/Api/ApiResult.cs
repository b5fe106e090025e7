using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Spotnet.Protocol.Errors;

namespace Spotnet.Server.Api;

/// <summary>What a handler answers: a JSON body with status 200, or a Binance error.</summary>
public abstract class ApiResult
{
    /// <summary>The error, when the request failed.</summary>
    public virtual SpotError? Error => null;

    /// <summary>Answers with a value serialised by a source-generated type info.</summary>
    public static ApiResult Json<T>(T value, JsonTypeInfo<T> typeInfo) => new JsonResult<T>(value, typeInfo);

    /// <summary>Answers with JSON written directly.</summary>
    public static ApiResult Json(Action<Utf8JsonWriter> write) => new WriterResult(write);

    /// <summary>Answers with a Binance error.</summary>
    public static ApiResult Failure(SpotError error) => new ErrorResult(error);

    /// <summary>Implicitly wraps an error.</summary>
    public static implicit operator ApiResult(SpotError error) => new ErrorResult(error);

    /// <summary>Writes the body (status and headers are already set).</summary>
    public abstract Task WriteBodyAsync(HttpResponse response);

    private sealed class JsonResult<T>(T value, JsonTypeInfo<T> typeInfo) : ApiResult
    {
        public override Task WriteBodyAsync(HttpResponse response) =>
            JsonSerializer.SerializeAsync(response.Body, value, typeInfo, response.HttpContext.RequestAborted);
    }

    private sealed class WriterResult(Action<Utf8JsonWriter> write) : ApiResult
    {
        public override async Task WriteBodyAsync(HttpResponse response)
        {
            await using var writer = new Utf8JsonWriter(response.BodyWriter);
            write(writer);
            await writer.FlushAsync(response.HttpContext.RequestAborted).ConfigureAwait(false);
        }
    }

    private sealed class ErrorResult(SpotError error) : ApiResult
    {
        public override SpotError? Error => error;

        public override async Task WriteBodyAsync(HttpResponse response)
        {
            await using var writer = new Utf8JsonWriter(response.BodyWriter);
            writer.WriteStartObject();
            writer.WriteNumber("code", error.Code);
            writer.WriteString("msg", error.Message);
            writer.WriteEndObject();
            await writer.FlushAsync(response.HttpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
