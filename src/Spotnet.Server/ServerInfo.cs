namespace Spotnet.Server;

/// <summary>Facts about the running server that other parts may need.</summary>
/// <param name="DataDirectory">Absolute path of the data folder.</param>
public sealed record ServerInfo(string DataDirectory);
