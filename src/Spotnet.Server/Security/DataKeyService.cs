using System.Security.Cryptography;
using Spotnet.Server.Accounts;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Security;

/// <summary>
/// Data key rotation for the encrypted HMAC secrets (S-11): rotate adds a version, rewrap re-encrypts every secret under
/// the active version, retire deletes a version no secret uses any more. Each step is audited.
/// </summary>
public sealed class DataKeyService
{
    private readonly SecretProtector _protector;
    private readonly ISpotStore _store;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();

    /// <summary>Creates the service.</summary>
    public DataKeyService(SecretProtector protector, ISpotStore store, TimeProvider time)
    {
        _protector = protector;
        _store = store;
        _time = time;
    }

    /// <summary>The active version and, for every version that can decrypt, how many stored secrets use it.</summary>
    public DataKeyStatus Status()
    {
        var counts = _store.ListSecrets().GroupBy(secret => SecretProtector.VersionOf(secret.Ciphertext)).ToDictionary(group => group.Key, group => group.Count());
        return new DataKeyStatus(
            _protector.ActiveVersion,
            [.. _protector.Versions.Select(version => new DataKeyVersion(version, counts.GetValueOrDefault(version)))]);
    }

    /// <summary>Adds a new active version; secrets made before keep decrypting with theirs.</summary>
    public int Rotate(string actor)
    {
        lock (_lock)
        {
            // A data key file cannot be rolled back with the store: the audit record comes first (fails closed).
            var detail = FormattableString.Invariant($"activeVersion={_protector.Versions.Max() + 1}");
            return AuditedChange.AuditFirst(_store, NowMilliseconds, actor, "datakey.rotate", detail, _protector.Rotate);
        }
    }

    /// <summary>Re-encrypts every secret not under the active version; returns how many moved and how many could not be decrypted.</summary>
    public (int Rewrapped, int Failed) Rewrap(string actor)
    {
        lock (_lock)
        {
            var active = _protector.ActiveVersion;
            // Audited before any ciphertext moves, so a rewrap never runs unrecorded.
            var detail = FormattableString.Invariant($"activeVersion={active}");
            return AuditedChange.AuditFirst(_store, NowMilliseconds, actor, "datakey.rewrap", detail, () => RewrapAll(active));
        }
    }

    /// <summary>Retires a version unless it is unknown, active, or still encrypts a secret (then says why, and does nothing).</summary>
    public DataKeyRetirement Retire(int version, string actor, out string? refusal)
    {
        lock (_lock)
        {
            var status = Status();
            refusal = null;
            if (status.Versions.FirstOrDefault(candidate => candidate.Version == version) is not { } entry)
            {
                refusal = $"Data key version {version} does not exist.";
                return DataKeyRetirement.Unknown;
            }

            if (version == status.ActiveVersion || entry.Secrets > 0)
            {
                refusal = version == status.ActiveVersion
                    ? $"Data key version {version} is the active one; rotate first."
                    : $"Data key version {version} still encrypts {entry.Secrets} secret(s); rewrap first.";
                return DataKeyRetirement.InUse;
            }

            var detail = FormattableString.Invariant($"version={version}");
            return AuditedChange.AuditFirst(_store, NowMilliseconds, actor, "datakey.retire", detail, () =>
            {
                _protector.Retire(version);
                return DataKeyRetirement.Retired;
            });
        }
    }

    private (int Rewrapped, int Failed) RewrapAll(int active)
    {
        int rewrapped = 0, failed = 0;
        foreach (var secret in _store.ListSecrets())
        {
            if (SecretProtector.VersionOf(secret.Ciphertext) == active)
            {
                continue;
            }

            var associatedData = ApiKeyRegistry.SecretAssociatedData(secret.KeyHash);
            if (_protector.Unprotect(secret.Ciphertext, associatedData) is not { } plaintext)
            {
                failed++;
                continue;
            }

            var replacement = _protector.Protect(plaintext, associatedData);
            CryptographicOperations.ZeroMemory(plaintext);
            // Only rewrap moves ciphertext, under this lock, so the compare-and-swap cannot lose a concurrent change.
            if (_store.ReplaceSecret(secret.KeyId, secret.Ciphertext, replacement))
            {
                rewrapped++;
            }
        }

        return (rewrapped, failed);
    }

    private long NowMilliseconds => _time.GetUtcNow().ToUnixTimeMilliseconds();
}
