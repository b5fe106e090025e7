using Spotnet.Server.Security;

namespace Spotnet.Server.Tests;

public sealed class SecretProtectorTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("spotnet-keys-").FullName;

    private string KeyPath => Path.Combine(_directory, "data.key");

    [Fact]
    public void Secrets_made_before_a_rotation_still_decrypt_and_new_ones_use_the_new_version()
    {
        var protector = SecretProtector.LoadOrCreate(KeyPath);
        var old = protector.Protect("old"u8, "k"u8);

        var version = protector.Rotate();
        var fresh = protector.Protect("new"u8, "k"u8);

        Assert.Equal(2, version);
        Assert.Equal(1, SecretProtector.VersionOf(old));
        Assert.Equal(2, SecretProtector.VersionOf(fresh));
        Assert.Equal("old"u8.ToArray(), protector.Unprotect(old, "k"u8));
        Assert.Equal("new"u8.ToArray(), protector.Unprotect(fresh, "k"u8));
    }

    [Fact]
    public void A_reload_finds_every_version_in_the_data_folder()
    {
        var protector = SecretProtector.LoadOrCreate(KeyPath);
        var old = protector.Protect("old"u8, "k"u8);
        protector.Rotate();
        var fresh = protector.Protect("new"u8, "k"u8);

        var reloaded = SecretProtector.LoadOrCreate(KeyPath);

        Assert.Equal([1, 2], reloaded.Versions);
        Assert.Equal(2, reloaded.ActiveVersion);
        Assert.Equal("old"u8.ToArray(), reloaded.Unprotect(old, "k"u8));
        Assert.Equal("new"u8.ToArray(), reloaded.Unprotect(fresh, "k"u8));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyPath + ".2"));
        }
    }

    [Fact]
    public void Ciphertext_of_a_retired_version_is_rejected_even_after_a_reload()
    {
        var protector = SecretProtector.LoadOrCreate(KeyPath);
        var old = protector.Protect("old"u8, "k"u8);
        protector.Rotate();

        protector.Retire(1);

        Assert.Null(protector.Unprotect(old, "k"u8));
        Assert.False(File.Exists(KeyPath));
        Assert.Null(SecretProtector.LoadOrCreate(KeyPath).Unprotect(old, "k"u8));
        Assert.Equal([2], SecretProtector.LoadOrCreate(KeyPath).Versions);
    }

    [Fact]
    public void The_active_version_cannot_be_retired()
    {
        var protector = SecretProtector.LoadOrCreate(KeyPath);

        Assert.Throws<InvalidOperationException>(() => protector.Retire(1));
        Assert.True(File.Exists(KeyPath));
    }

    public void Dispose() => Directory.Delete(_directory, true);
}
