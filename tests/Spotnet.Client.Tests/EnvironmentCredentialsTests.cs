using Spotnet.Client.Credentials;
using Spotnet.Client.Tests.Support;
using Spotnet.Protocol.Signing;

namespace Spotnet.Client.Tests;

[CollectionDefinition(nameof(EnvironmentVariables), DisableParallelization = true)]
public sealed class EnvironmentVariables;

/// <summary>Credentials from process environment variables; serialized because the variables are process-wide.</summary>
[Collection(nameof(EnvironmentVariables))]
public sealed class EnvironmentCredentialsTests : IDisposable
{
    private static readonly string[] Variables = [SpotCredentials.ApiKeyVariable, SpotCredentials.SecretVariable, SpotCredentials.PrivateKeyPathVariable, SpotCredentials.PrivateKeyPassphraseVariable];

    public EnvironmentCredentialsTests() => Clear();

    public void Dispose() => Clear();

    [Fact]
    public void Hmac_secret_is_read_from_the_environment()
    {
        Environment.SetEnvironmentVariable(SpotCredentials.ApiKeyVariable, DocumentedKeys.ApiKey);
        Environment.SetEnvironmentVariable(SpotCredentials.SecretVariable, DocumentedKeys.Secret);

        using var credentials = SpotCredentials.FromEnvironment();

        Assert.Equal(KeyType.Hmac, credentials.KeyType);
        Assert.Equal("vmPU…Eh8A", credentials.MaskedApiKey);
    }

    [Fact]
    public void Single_line_pem_with_escaped_newlines_is_accepted()
    {
        Environment.SetEnvironmentVariable(SpotCredentials.ApiKeyVariable, "key0123456789");
        Environment.SetEnvironmentVariable(SpotCredentials.SecretVariable, TestKeys.Ed25519Pem.Replace("\n", "\\n", StringComparison.Ordinal));

        using var credentials = SpotCredentials.FromEnvironment();

        Assert.Equal(KeyType.Ed25519, credentials.KeyType);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Encrypted_key_file_is_read_with_the_passphrase_from_the_environment()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, TestKeys.RsaEncryptedPkcs8Pem("s3cret pass"));
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            Environment.SetEnvironmentVariable(SpotCredentials.ApiKeyVariable, "key0123456789");
            Environment.SetEnvironmentVariable(SpotCredentials.PrivateKeyPathVariable, path);
            Environment.SetEnvironmentVariable(SpotCredentials.PrivateKeyPassphraseVariable, "s3cret pass");

            using var credentials = SpotCredentials.FromEnvironment();

            Assert.Equal(KeyType.Rsa, credentials.KeyType);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_variables_name_what_to_set()
    {
        Assert.Contains(SpotCredentials.ApiKeyVariable, Assert.Throws<InvalidOperationException>(() => SpotCredentials.FromEnvironment()).Message, StringComparison.Ordinal);
        Environment.SetEnvironmentVariable(SpotCredentials.ApiKeyVariable, "key0123456789");
        Assert.Contains(SpotCredentials.SecretVariable, Assert.Throws<InvalidOperationException>(() => SpotCredentials.FromEnvironment()).Message, StringComparison.Ordinal);
    }

    private static void Clear()
    {
        foreach (var variable in Variables)
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
