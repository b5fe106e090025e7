using System.Security.Cryptography;
using System.Text;

namespace Spotnet.Server.Security;

/// <summary>Files of the data folder and how secret files are created (owner read/write only).</summary>
public static class DataFolder
{
    /// <summary>SQLite database file name.</summary>
    public const string DatabaseFile = "spotnet.db";

    /// <summary>SQLite journal and snapshot file name.</summary>
    public const string JournalFile = "journal.db";

    /// <summary>AES-256-GCM data key file name.</summary>
    public const string DataKeyFile = "data.key";

    /// <summary>Operator API token file name.</summary>
    public const string AdminTokenFile = "admin-token";

    /// <summary>Demo account credentials file name.</summary>
    public const string DemoCredentialsFile = "demo-credentials.json";

    /// <summary>Optional settings file name.</summary>
    public const string SettingsFile = "spotnet.json";

    /// <summary>The default data folder: <c>./spotnet-data</c> under the working directory.</summary>
    public static string DefaultPath => Path.Combine(Directory.GetCurrentDirectory(), "spotnet-data");

    /// <summary>Creates the data folder, readable by the owner only (mode 0700) when new.</summary>
    public static void Create(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>The file a running server holds locked in its data folder.</summary>
    public const string LockFile = "spotnet.lock";

    /// <summary>
    /// Takes the data folder for this process: two servers on one folder would both append to its journal and each
    /// serve a state the other does not see. Throws <see cref="DataFolderInUseException"/> when another server (in
    /// this process or another) holds it; the lock goes when the returned lock is disposed, or with the process.
    /// </summary>
    public static DataFolderLock Lock(string path)
    {
        var file = Path.Combine(path, LockFile);
        try
        {
            return new DataFolderLock(new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException exception)
        {
            // The system's reason goes along: a file system that cannot lock at all fails here too.
            throw new DataFolderInUseException($"the data folder {path} is in use by another Spotnet server ({file}: {exception.Message})", exception);
        }
    }

    /// <summary>Reads a random key file, or creates one of <paramref name="length"/> bytes with mode 0600.</summary>
    public static byte[] ReadOrCreateKeyFile(string path, int length)
    {
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }

        var key = RandomNumberGenerator.GetBytes(length);
        WriteSecretFile(path, key);
        return key;
    }

    /// <summary>Writes a file readable and writable by the owner only (mode 0600), replacing any existing file.</summary>
    public static void WriteSecretFile(string path, ReadOnlySpan<byte> content)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(path, options))
        {
            stream.Write(content);
        }

        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode applies only to new files; an older file keeps its mode unless set again.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>Generates a random token of <paramref name="length"/> characters from <c>[A-Za-z0-9]</c>.</summary>
    public static string RandomAlphanumeric(int length) =>
        RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", length);

    /// <summary>Reads the admin token from the data folder, creating a new one when absent.</summary>
    public static string ReadOrCreateAdminToken(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, AdminTokenFile);
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        var token = RandomAlphanumeric(48);
        WriteSecretFile(path, Encoding.UTF8.GetBytes(token));
        return token;
    }
}
