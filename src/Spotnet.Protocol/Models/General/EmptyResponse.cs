namespace Spotnet.Protocol.Models.General;

/// <summary>Empty object answer (<c>GET /api/v3/ping</c>, <c>ping</c>, test orders without commission rates).</summary>
public sealed record EmptyResponse;
