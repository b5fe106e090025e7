namespace Spotnet.Protocol.Errors;

/// <summary>Whether an errors.md bullet is a wire message or a note explaining the code.</summary>
public enum ErrorMessageKind
{
    /// <summary>A message (or template) Binance sends in <c>msg</c>.</summary>
    Message,
    /// <summary>A sentence of errors.md describing the code; never sent.</summary>
    DocumentationNote,
}
