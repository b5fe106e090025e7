using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Spotnet.Server.Accounts;
using Spotnet.Server.Api;
using Spotnet.Server.Configuration;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Admin;

/// <summary>
/// The operator API's bearer token check, with its own failure budget (S-8) and an audit record per failure (S-18).
/// Failures are counted per client address in clock-aligned minutes: once <see cref="AdminSettings.AuthFailuresPerMinute"/>
/// of them were made in a minute, every further operator request from that address, with the right token or not, gets
/// 429 until the minute ends. Each counted failure is audited as <c>admin.auth.failure</c> with an internal reason,
/// never with the value presented, so the limit also bounds the audit records an address can cause.
/// </summary>
public sealed class AdminAuthentication
{
    /// <summary>The audit action of a failed operator authentication.</summary>
    public const string FailureAction = "admin.auth.failure";

    private const long Minute = 60_000;
    private const int PruneAbove = 1024;
    private readonly byte[]? _expectedHash;
    private readonly int _failuresPerMinute;
    private readonly LimiterClock _clock;
    private readonly ISpotStore _store;
    private readonly ApiKeyRegistry _registry;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);
    private long _prunedWindow = -1;

    /// <summary>Creates the check; an empty token never matches anything.</summary>
    public AdminAuthentication(
        string adminToken, AdminSettings settings, LimiterClock clock, ISpotStore store, ApiKeyRegistry registry, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _expectedHash = string.IsNullOrEmpty(adminToken) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(adminToken));
        _failuresPerMinute = settings.AuthFailuresPerMinute;
        _clock = clock;
        _store = store;
        _registry = registry;
        _logger = logger;
    }

    /// <summary>
    /// Seconds until <paramref name="address"/> may use the operator API again, or 0 when it may now: it is refused
    /// for the rest of a minute in which it failed to authenticate the allowed number of times.
    /// </summary>
    public long LockedForSeconds(string address)
    {
        if (_failuresPerMinute <= 0 || !_failures.TryGetValue(address, out var failures))
        {
            return 0;
        }

        var now = _clock.NowMilliseconds;
        lock (failures)
        {
            return failures.Window == now / Minute && failures.Count >= _failuresPerMinute
                ? Math.Max(1, ((failures.Window + 1) * Minute - now + 999) / 1000)
                : 0;
        }
    }

    /// <summary>
    /// Checks the <c>Authorization</c> header: exactly one, scheme <c>Bearer</c> in any case (RFC 9110 §11.1), one or
    /// more spaces, then the admin token. Returns null when it matches, else the internal reason of the failure.
    /// </summary>
    public string? Check(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.Headers.Authorization;
        if (headers.Count == 0)
        {
            return request.Headers.ContainsKey("X-MBX-APIKEY") ? "api-key-header" : "missing";
        }

        if (headers.Count != 1)
        {
            return "several-headers";
        }

        var value = headers[0] ?? "";
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || !value.AsSpan(0, space).Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return "not-bearer";
        }

        var token = value[space..].TrimStart(' ');
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        // Hashes compared in fixed time: neither the contents nor the length of the token leak through timing.
        if (_expectedHash is not null && CryptographicOperations.FixedTimeEquals(presented, _expectedHash))
        {
            return null;
        }

        return IsApiKey(token) ? "api-key" : "wrong-token";
    }

    /// <summary>
    /// Counts a failure from <paramref name="address"/> and audits it (best effort: the request is refused either way).
    /// </summary>
    public void RecordFailure(string address, string reason, string method, string path)
    {
        var now = _clock.NowMilliseconds;
        var window = now / Minute;
        var count = 0;
        if (_failuresPerMinute > 0)
        {
            // Past minutes' counts are dropped once per minute at most: a scan per failure would make many addresses
            // failing within one minute cost time in the square of their number.
            var pruned = Interlocked.Read(ref _prunedWindow);
            if (_failures.Count > PruneAbove && pruned < window && Interlocked.CompareExchange(ref _prunedWindow, window, pruned) == pruned)
            {
                foreach (var stale in _failures.Where(pair => Volatile.Read(ref pair.Value.Window) < window).ToList())
                {
                    _failures.TryRemove(stale);
                }
            }

            var failures = _failures.GetOrAdd(address, static _ => new Failures());
            lock (failures)
            {
                if (failures.Window != window)
                {
                    failures.Window = window;
                    failures.Count = 0;
                }

                count = ++failures.Count;
            }
        }

        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"reason={reason} method={Shorten(method, 16)} path={Shorten(path, 128)}");
        if (_failuresPerMinute > 0 && count == _failuresPerMinute)
        {
            detail += string.Create(CultureInfo.InvariantCulture, $" lockedUntil={(window + 1) * Minute}");
        }

        try
        {
            _store.AppendAudit(now, "admin@" + address, FailureAction, detail);
        }
        catch (Exception exception) when (AuditedChange.IsStorageFailure(exception))
        {
            _logger.LogWarning("A failed operator authentication from {Address} ({Reason}) could not be audited.", address, reason);
        }
    }

    /// <summary>Cuts text echoed into an answer or a record to <paramref name="maximum"/> characters, marking the cut with an ellipsis.</summary>
    public static string Shorten(string text, int maximum)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maximum)
        {
            return text;
        }

        // Never split a surrogate pair.
        var cut = char.IsHighSurrogate(text[maximum - 1]) ? maximum - 1 : maximum;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    // Only a 64-character key can be an API key; looking it up tells "an API key was used here" from "a wrong token".
    private bool IsApiKey(string token)
    {
        if (token.Length != 64 || !token.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        try
        {
            return _registry.Find(token) is not null;
        }
        catch (Exception exception) when (AuditedChange.IsStorageFailure(exception))
        {
            return false;
        }
    }

    private sealed class Failures
    {
        public long Window = -1;

        public int Count;
    }
}
