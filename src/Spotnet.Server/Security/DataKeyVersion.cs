namespace Spotnet.Server.Security;

/// <summary>One data key version.</summary>
/// <param name="Version">Version number.</param>
/// <param name="Secrets">Stored secrets encrypted with it.</param>
public sealed record DataKeyVersion(int Version, int Secrets);
