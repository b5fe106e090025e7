namespace Spotnet.LoadGenerator;

/// <summary>An HTTP response as the load driver sees it: the status and, when asked for, the body text.</summary>
internal readonly record struct HttpAnswer(int Status, string? Body);
