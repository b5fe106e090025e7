using System.Net;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Models.Trading;

namespace Spotnet.Client.Errors;

/// <summary>An error answer from the server: Binance's <c>code</c> and <c>msg</c> with the HTTP status.</summary>
public sealed class SpotApiException : Exception
{
    /// <summary>Creates the exception from an error payload.</summary>
    public SpotApiException(int code, string message, HttpStatusCode httpStatus, string? clientOrderId = null)
        : base($"{message} (code {code}, HTTP {(int)httpStatus})")
    {
        Code = code;
        ServerMessage = message;
        HttpStatus = httpStatus;
        ClientOrderId = clientOrderId;
    }

    /// <summary>Binance's error code (<c>code</c>), e.g. -1121.</summary>
    public int Code { get; }

    /// <summary>The symbolic name errors.md gives the code (<c>-1121</c> → <c>BAD_SYMBOL</c>), or <see langword="null"/> for a code it does not list.</summary>
    public string? ErrorName => ErrorCatalog.Names.GetValueOrDefault(Code);

    /// <summary>The server's message (<c>msg</c>), verbatim.</summary>
    public string ServerMessage { get; }

    /// <summary>The HTTP status the error came with.</summary>
    public HttpStatusCode HttpStatus { get; }

    /// <summary>The <c>newClientOrderId</c> the failed order placement carried, to resolve an unknown outcome; otherwise <see langword="null"/>.</summary>
    public string? ClientOrderId { get; }

    /// <summary>For a cancel-replace that failed in whole or part (<c>-2021</c>, <c>-2022</c>): which half succeeded (<c>cancelResult</c>, <c>newOrderResult</c>) and each half's answer.</summary>
    public CancelReplaceResponse? CancelReplaceResult { get; init; }

    /// <summary>The raw error body, kept to read endpoint-specific details.</summary>
    internal byte[]? Body { get; init; }

    /// <summary>Whether the request may still have been executed: any 5xx, <c>-1006</c> (unexpected response) or <c>-1007</c> (backend timeout).</summary>
    public bool IsExecutionUnknown => (int)HttpStatus >= 500 || Code is -1006 or -1007;
}
