namespace Spotnet.Protocol.Errors;

/// <summary>One documented message (or template) of an error code.</summary>
/// <param name="Code">Binance's error code (<c>code</c>).</param>
/// <param name="Message">The message text, with Binance's placeholders left in templates.</param>
/// <param name="Kind">Whether the text is sent on the wire or only explains the code in errors.md.</param>
public sealed record ErrorCatalogEntry(int Code, string Message, ErrorMessageKind Kind);
