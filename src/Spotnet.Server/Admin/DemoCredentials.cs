namespace Spotnet.Server.Admin;

/// <summary>Contents of the demo credentials file written on first start.</summary>
public sealed record DemoCredentials(long AccountId, string ApiKey, string SecretKey, string Type, string Note);
