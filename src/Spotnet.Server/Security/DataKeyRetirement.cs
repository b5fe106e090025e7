namespace Spotnet.Server.Security;

/// <summary>What became of a request to retire a data key version.</summary>
public enum DataKeyRetirement
{
    /// <summary>The version was forgotten and its file deleted.</summary>
    Retired,

    /// <summary>No such version exists.</summary>
    Unknown,

    /// <summary>The version is the active one, or a stored secret still uses it.</summary>
    InUse,
}
