namespace Spotnet.Client.Credentials;

/// <summary>Refuses secret and private-key files that other users can read.</summary>
internal static class KeyFileGuard
{
    private const UnixFileMode GroupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Throws when <paramref name="path"/> is accessible to group or others, unless <paramref name="allowInsecure"/>.</summary>
    public static void EnsurePrivate(string path, bool allowInsecure)
    {
        if (allowInsecure || OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & GroupOrOther) != 0)
        {
            throw new UnauthorizedAccessException($"The key file '{path}' is accessible to other users (mode {Convert.ToString((int)mode, 8)}); run 'chmod 600 {path}' or pass allowInsecureKeyFile: true.");
        }
    }
}
