using Microsoft.Extensions.Logging;

namespace Spotnet.Client;

/// <summary>The client's log lines; none of them carries a query string, body, signature or full API key.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Spotnet client for {Environment} uses API key {MaskedApiKey}")]
    public static partial void UsingCredentials(ILogger logger, string environment, string maskedApiKey);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Sending {Method} {Path} (weight {Weight})")]
    public static partial void Sending(ILogger logger, string method, string path, int weight);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "HTTP {Status} for {Method} {Path} in {ElapsedMilliseconds:0.0} ms")]
    public static partial void Received(ILogger logger, int status, string method, string path, double elapsedMilliseconds);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Error {Code} \"{ServerMessage}\" from {Method} {Path}")]
    public static partial void ApiError(ILogger logger, int code, string serverMessage, string method, string path);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Retrying {Method} {Path} after {Failure}")]
    public static partial void RetryingRead(ILogger logger, string method, string path, string failure);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Resent cancel on {Symbol} answered -2011: the first cancel went through or the order had finished; querying it")]
    public static partial void CancelAlreadySettled(ILogger logger, string symbol);
}
