namespace Spotnet.Server.Security;

/// <summary>This server's hold on its data folder (<see cref="DataFolder.Lock"/>), released when the host is disposed.</summary>
public sealed class DataFolderLock(FileStream lockFile) : IDisposable
{
    /// <inheritdoc />
    public void Dispose() => lockFile.Dispose();
}
