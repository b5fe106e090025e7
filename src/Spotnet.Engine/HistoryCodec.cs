namespace Spotnet.Engine;

/// <summary>
/// Writes and reads <see cref="SpilledHistory"/> items in a compact, versioned binary form, for whoever stores spilled
/// history on disk. Culture-independent; a body written by one version is read by every later one.
/// </summary>
public static class HistoryCodec
{
    /// <summary>Writes one item.</summary>
    public static void Write(BinaryWriter writer, SpilledHistory item) => throw new NotImplementedException();

    /// <summary>Reads one item written by <see cref="Write"/>; throws <see cref="InvalidDataException"/> on a damaged body.</summary>
    public static SpilledHistory Read(BinaryReader reader) => throw new NotImplementedException();
}
