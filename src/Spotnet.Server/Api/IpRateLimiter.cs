using System.Collections.Concurrent;
using Spotnet.Protocol.Errors;
using Spotnet.Server.Configuration;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Api;

/// <summary>
/// REQUEST_WEIGHT (per minute) and RAW_REQUESTS (per 5 minutes) per IP in fixed, clock-aligned windows,
/// with 429 on the limit and escalating 418 bans for IPs that keep going.
/// </summary>
public sealed class IpRateLimiter
{
    private const long Minute = 60_000;
    private const long FiveMinutes = 5 * Minute;
    private readonly RateLimitSettings _settings;
    private readonly ISpotStore _store;
    private readonly ConcurrentDictionary<string, IpState> _states = new(StringComparer.Ordinal);

    /// <summary>Creates a limiter and loads persisted bans.</summary>
    public IpRateLimiter(RateLimitSettings settings, ISpotStore store)
    {
        _settings = settings;
        _store = store;
        foreach (var (address, until, offences) in store.LoadBans())
        {
            _states[address] = new IpState { BannedUntil = until, Offences = offences };
        }
    }

    /// <summary>Counts a request and its weight; the request is counted even when it is then rejected.</summary>
    public LimitDecision Charge(string address, int weight, long nowMilliseconds)
    {
        var state = _states.GetOrAdd(address, static _ => new IpState());
        lock (state)
        {
            if (nowMilliseconds < state.BannedUntil)
            {
                return new LimitDecision(state.RollWeight(nowMilliseconds), SpotError.IpBanned(state.BannedUntil), RetryAfterSeconds(state.BannedUntil, nowMilliseconds));
            }

            var used = state.RollWeight(nowMilliseconds) + weight;
            state.Weight = used;
            state.RollRaw(nowMilliseconds);
            state.Raw++;
            if (!_settings.Enabled)
            {
                return new LimitDecision(used, null, 0);
            }

            SpotError? error = null;
            long windowEnd = 0;
            if (used > _settings.RequestWeightPerMinute)
            {
                error = SpotError.TooManyRequestWeight(_settings.RequestWeightPerMinute, "1 MINUTE");
                windowEnd = (state.WeightWindow + 1) * Minute;
            }
            else if (state.Raw > _settings.RawRequestsPerFiveMinutes)
            {
                error = SpotError.TooManyRequestsQueued;
                windowEnd = (state.RawWindow + 1) * FiveMinutes;
            }

            if (error is null)
            {
                return new LimitDecision(used, null, 0);
            }

            state.RejectedInWindow++;
            if (state.RejectedInWindow <= _settings.RequestsAfterLimitBeforeBan)
            {
                return new LimitDecision(used, error, RetryAfterSeconds(windowEnd, nowMilliseconds));
            }

            // Kept going after 429: ban, doubling per offence within Binance's "2 minutes to 3 days".
            var seconds = Ban(address, state, nowMilliseconds, "weight");
            return new LimitDecision(used, SpotError.IpBanned(state.BannedUntil), seconds);
        }
    }

    /// <summary>
    /// Counts a failed authentication; past the per-minute budget the IP is banned like a weight offender, a budget
    /// stricter than the weight limit so that guessing keys or signatures stays slow (OWASP API2).
    /// </summary>
    public void RecordAuthenticationFailure(string address, long nowMilliseconds)
    {
        if (!_settings.Enabled || _settings.AuthFailuresPerMinuteBeforeBan <= 0)
        {
            return;
        }

        var state = _states.GetOrAdd(address, static _ => new IpState());
        lock (state)
        {
            state.RollWeight(nowMilliseconds);
            if (++state.AuthFailures > _settings.AuthFailuresPerMinuteBeforeBan && nowMilliseconds >= state.BannedUntil)
            {
                Ban(address, state, nowMilliseconds, "authentication");
            }
        }
    }

    private long Ban(string address, IpState state, long nowMilliseconds, string reason)
    {
        state.Offences++;
        var seconds = Math.Min((long)_settings.FirstBanSeconds << Math.Min(state.Offences - 1, 30), _settings.MaxBanSeconds);
        state.BannedUntil = nowMilliseconds + seconds * 1000;
        state.RejectedInWindow = 0;
        state.AuthFailures = 0;
        _store.SaveBan(address, state.BannedUntil, state.Offences);
        _store.AppendAudit(nowMilliseconds, address, "ip.ban", $"reason={reason} until={state.BannedUntil} offences={state.Offences}");
        return seconds;
    }

    /// <summary>Gives back weight charged for a request that turned out to be free (a successful order).</summary>
    public int Refund(string address, int weight, long nowMilliseconds)
    {
        var state = _states.GetOrAdd(address, static _ => new IpState());
        lock (state)
        {
            state.Weight = Math.Max(0, state.RollWeight(nowMilliseconds) - weight);
            return state.Weight;
        }
    }

    private static long RetryAfterSeconds(long untilMilliseconds, long nowMilliseconds) =>
        Math.Max(1, (untilMilliseconds - nowMilliseconds + 999) / 1000);

    private sealed class IpState
    {
        public long WeightWindow { get; private set; } = -1;

        public int Weight { get; set; }

        public long RawWindow { get; private set; } = -1;

        public int Raw { get; set; }

        public int RejectedInWindow { get; set; }

        public int AuthFailures { get; set; }

        public long BannedUntil { get; set; }

        public int Offences { get; set; }

        public int RollWeight(long now)
        {
            var window = now / Minute;
            if (window != WeightWindow)
            {
                WeightWindow = window;
                Weight = 0;
                RejectedInWindow = 0;
                AuthFailures = 0;
            }

            return Weight;
        }

        public void RollRaw(long now)
        {
            var window = now / FiveMinutes;
            if (window != RawWindow)
            {
                RawWindow = window;
                Raw = 0;
            }
        }
    }
}
