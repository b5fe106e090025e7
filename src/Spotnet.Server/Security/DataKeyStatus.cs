namespace Spotnet.Server.Security;

/// <summary>Data key versions and their use.</summary>
/// <param name="ActiveVersion">Version new secrets are encrypted with.</param>
/// <param name="Versions">Every version that can still decrypt.</param>
public sealed record DataKeyStatus(int ActiveVersion, IReadOnlyList<DataKeyVersion> Versions);
