using System.Buffers.Text;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Spotnet.LoadGenerator;

/// <summary>
/// One raw-socket HTTP/1.1 keep-alive connection with one request in flight: sends pre-built request bytes and reads
/// one response (Content-Length or chunked body).
/// </summary>
internal sealed class HttpConnection : IDisposable
{
    private readonly Socket _socket;
    private byte[] _buffer = new byte[16 * 1024];
    private int _filled;

    private HttpConnection(Socket socket)
    {
        _socket = socket;
    }

    /// <summary>Opens a connection with Nagle off, as HTTP clients do.</summary>
    public static async Task<HttpConnection> ConnectAsync(IPEndPoint endPoint, CancellationToken cancellationToken)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
            return new HttpConnection(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Sends <paramref name="request"/> and reads its response; the body text is returned only when
    /// <paramref name="keepBody"/> says so for the status received.
    /// </summary>
    public async ValueTask<HttpAnswer> SendAsync(
        ReadOnlyMemory<byte> request, Func<int, bool> keepBody, CancellationToken cancellationToken)
    {
        while (request.Length > 0)
        {
            var sent = await _socket.SendAsync(request, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            request = request[sent..];
        }

        int headerEnd;
        while ((headerEnd = _buffer.AsSpan(0, _filled).IndexOf("\r\n\r\n"u8)) < 0)
        {
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }

        var (status, contentLength, chunked) = ParseHeaders(_buffer.AsSpan(0, headerEnd));
        var keep = keepBody(status);
        var body = keep ? new StringBuilder() : null;
        var position = headerEnd + 4;
        if (chunked)
        {
            while (true)
            {
                int lineLength;
                while ((lineLength = _buffer.AsSpan(position, _filled - position).IndexOf("\r\n"u8)) < 0)
                {
                    await FillAsync(cancellationToken).ConfigureAwait(false);
                }

                var sizeText = _buffer.AsSpan(position, lineLength);
                var extension = sizeText.IndexOf((byte)';');
                if (extension >= 0)
                {
                    sizeText = sizeText[..extension];
                }

                if (!Utf8Parser.TryParse(sizeText, out int size, out var consumed, 'x') || consumed != sizeText.Length)
                {
                    throw new IOException("Malformed chunk size.");
                }

                position += lineLength + 2;
                while (_filled < position + size + 2)
                {
                    await FillAsync(cancellationToken).ConfigureAwait(false);
                }

                body?.Append(Encoding.UTF8.GetString(_buffer, position, size));
                position += size + 2; // The last chunk has no data; its CRLF ends the body (no trailers expected).
                if (size == 0)
                {
                    break;
                }
            }
        }
        else
        {
            var length = contentLength ?? 0;
            while (_filled < position + length)
            {
                await FillAsync(cancellationToken).ConfigureAwait(false);
            }

            body?.Append(Encoding.UTF8.GetString(_buffer, position, length));
            position += length;
        }

        // With one request in flight nothing should follow the response, but keep any bytes that did.
        _filled -= position;
        _buffer.AsSpan(position, _filled).CopyTo(_buffer);
        return new HttpAnswer(status, body?.ToString());
    }

    public void Dispose() => _socket.Dispose();

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_filled == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await _socket.ReceiveAsync(_buffer.AsMemory(_filled), SocketFlags.None, cancellationToken)
            .ConfigureAwait(false);
        if (read == 0)
        {
            throw new IOException("The server closed the connection.");
        }

        _filled += read;
    }

    private static (int Status, int? ContentLength, bool Chunked) ParseHeaders(ReadOnlySpan<byte> headers)
    {
        // "HTTP/1.1 200 OK"
        if (headers.Length < 12 || !Utf8Parser.TryParse(headers.Slice(9, 3), out int status, out _))
        {
            throw new IOException("Malformed status line.");
        }

        int? contentLength = null;
        var chunked = false;
        var rest = headers[(headers.IndexOf("\r\n"u8) is var first and >= 0 ? first + 2 : headers.Length)..];
        while (rest.Length > 0)
        {
            var end = rest.IndexOf("\r\n"u8);
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 2)..];
            var colon = line.IndexOf((byte)':');
            if (colon < 0)
            {
                continue;
            }

            var name = line[..colon];
            var value = line[(colon + 1)..].Trim((byte)' ');
            if (Ascii.EqualsIgnoreCase(name, "Content-Length"u8))
            {
                if (!Utf8Parser.TryParse(value, out int length, out _))
                {
                    throw new IOException("Malformed Content-Length.");
                }

                contentLength = length;
            }
            else if (Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8))
            {
                chunked = value.IndexOf("chunked"u8) >= 0;
            }
        }

        return (status, contentLength, chunked);
    }
}
