using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Json;

namespace Spotnet.Server.Api;

/// <summary>What a handler answers: a JSON body with status 200, or a Binance error.</summary>
public abstract class ApiResult
{
    // Bodies are built whole before the headers go out, so most buffers are reused; a rare large one is left to the GC.
    private const int MaxReusedBufferBytes = 64 * 1024;

    // What every answer is written with: Binance's escaping (Protocol's wire context, see Serialize), no validation (the
    // writers are ours).
    private static readonly JsonWriterOptions WireOptions = new() { Encoder = SpotJsonContext.Wire.Options.Encoder, SkipValidation = true };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>The error, when the request failed.</summary>
    public virtual SpotError? Error => null;

    /// <summary>A status replacing the pipeline's (nothing is sent before the body is written).</summary>
    private protected virtual int? Status => null;

    /// <summary>Answers with a value serialised by a source-generated type info.</summary>
    public static ApiResult Json<T>(T value, JsonTypeInfo<T> typeInfo) => new JsonResult<T>(value, typeInfo, null);

    /// <summary>
    /// Answers with a value written by a hand-made writer that matches <paramref name="typeInfo"/>'s serialization; the
    /// writer gets the same writer options the serializer would use.
    /// </summary>
    public static ApiResult Json<T>(T value, JsonTypeInfo<T> typeInfo, Action<Utf8JsonWriter, T> write) =>
        new JsonResult<T>(value, typeInfo, write);

    /// <summary>Answers with JSON written directly.</summary>
    public static ApiResult Json(Action<Utf8JsonWriter> write) => new WriterResult(write);

    /// <summary>Answers with a Binance error.</summary>
    public static ApiResult Failure(SpotError error) => new ErrorResult(error);

    /// <summary>Implicitly wraps an error.</summary>
    public static implicit operator ApiResult(SpotError error) => new ErrorResult(error);

    /// <summary>
    /// Writes the body (status and headers are already set) with a Content-Length, in the same write as the headers:
    /// a streamed, chunked body cost a second send per answer for its final chunk.
    /// </summary>
    public Task WriteBodyAsync(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(1024);
        t_buffer = null;
        try
        {
            Write(buffer);
            if (Status is { } status)
            {
                response.StatusCode = status;
            }

            response.ContentLength = buffer.WrittenCount;
            response.BodyWriter.Write(buffer.WrittenSpan);
            // Kestrel flushes what is left in the body writer when the request ends: headers and body go out in one send.
            return Task.CompletedTask;
        }
        finally
        {
            if (buffer.Capacity <= MaxReusedBufferBytes)
            {
                buffer.ResetWrittenCount();
                t_buffer = buffer;
            }
        }
    }

    /// <summary>Writes the JSON body into <paramref name="output"/>.</summary>
    private protected abstract void Write(IBufferWriter<byte> output);

    /// <summary>
    /// Serializes <paramref name="value"/> with Binance's escaping: <c>'</c>, non-ASCII symbols and the like are written
    /// as they are, not as <c>\u0027</c>-style escapes (a JSON answer is never HTML; fidelity S24).
    /// </summary>
    private protected static void Serialize<T>(IBufferWriter<byte> output, T value, JsonTypeInfo<T> typeInfo, Action<Utf8JsonWriter, T>? write = null)
    {
        using var writer = new Utf8JsonWriter(output, WireOptions);
        if (write is null)
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }
        else
        {
            write(writer, value);
        }
    }

    private sealed class JsonResult<T>(T value, JsonTypeInfo<T> typeInfo, Action<Utf8JsonWriter, T>? write) : ApiResult
    {
        private protected override void Write(IBufferWriter<byte> output) => Serialize(output, value, typeInfo, write);
    }

    private sealed class WriterResult(Action<Utf8JsonWriter> write) : ApiResult
    {
        private protected override void Write(IBufferWriter<byte> output)
        {
            using var writer = new Utf8JsonWriter(output, WireOptions);
            write(writer);
        }
    }

    private sealed class ErrorResult(SpotError error) : ApiResult
    {
        public override SpotError? Error => error;

        private protected override void Write(IBufferWriter<byte> output)
        {
            using var writer = new Utf8JsonWriter(output, WireOptions);
            writer.WriteStartObject();
            writer.WriteNumber("code", error.Code);
            writer.WriteString("msg", error.Message);
            writer.WriteEndObject();
        }
    }
}
