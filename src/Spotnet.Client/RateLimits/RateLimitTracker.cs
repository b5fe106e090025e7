using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using Spotnet.Client.Errors;

namespace Spotnet.Client.RateLimits;

/// <summary>Follows the server's rate-limit headers and answers, and holds requests back while a limiter is exhausted or the IP is banned.</summary>
public sealed class RateLimitTracker
{
    private const string WeightPrefix = "X-MBX-USED-WEIGHT-";
    private const string OrderCountPrefix = "X-MBX-ORDER-COUNT-";

    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, RateLimitUsage> _weights = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, RateLimitUsage> _orderCounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();
    private IReadOnlyList<ClientLimit> _limits = [];
    private DateTimeOffset _requestsResumeAt;
    private DateTimeOffset _ordersResumeAt;
    private DateTimeOffset _bannedUntil;

    /// <summary>Creates a tracker reading time from <paramref name="time"/>.</summary>
    public RateLimitTracker(TimeProvider time) => _time = time;

    /// <summary>Raised on every 429 or 418 answer; a 418 means nothing is sent until <see cref="RateLimitHitEventArgs.ResumeAt"/>.</summary>
    public event EventHandler<RateLimitHitEventArgs>? RateLimitHit;

    /// <summary>Request weight used per interval (<c>X-MBX-USED-WEIGHT-*</c>), as last reported.</summary>
    public IReadOnlyDictionary<string, RateLimitUsage> UsedWeight => _weights;

    /// <summary>Unfilled order count per interval (<c>X-MBX-ORDER-COUNT-*</c>), as last reported.</summary>
    public IReadOnlyDictionary<string, RateLimitUsage> OrderCount => _orderCounts;

    /// <summary>When the current IP ban ends, or <see langword="null"/> when there is none.</summary>
    public DateTimeOffset? BannedUntil => _bannedUntil > _time.GetUtcNow() ? _bannedUntil : null;

    /// <summary>Replaces the client-side limits (usually from <c>exchangeInfo</c>'s <c>rateLimits</c>).</summary>
    internal void SetLimits(IReadOnlyList<ClientLimit> limits) => _limits = limits;

    /// <summary>Waits until a request of <paramref name="weight"/> may go out; throws at once during a ban.</summary>
    internal async ValueTask WaitToSendAsync(int weight, bool placesOrder, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = _time.GetUtcNow();
            if (_bannedUntil > now)
            {
                throw new SpotIpBannedException(_bannedUntil);
            }

            var resumeAt = Later(_requestsResumeAt, placesOrder ? _ordersResumeAt : default);
            resumeAt = Later(resumeAt, ReserveClientSide(now, weight, placesOrder));
            if (resumeAt <= now)
            {
                return;
            }

            await Task.Delay(resumeAt - now, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records the usage headers of a response.</summary>
    internal void Observe(HttpResponseHeaders headers)
    {
        var now = _time.GetUtcNow();
        foreach (var header in headers)
        {
            if (header.Key.StartsWith(WeightPrefix, StringComparison.OrdinalIgnoreCase))
            {
                Store(_weights, header.Key[WeightPrefix.Length..], header.Value, now);
            }
            else if (header.Key.StartsWith(OrderCountPrefix, StringComparison.OrdinalIgnoreCase))
            {
                Store(_orderCounts, header.Key[OrderCountPrefix.Length..], header.Value, now);
            }
        }
    }

    /// <summary>Records a 429 or 418 answer: the limiter it names sends nothing before <c>Retry-After</c> has passed.</summary>
    internal void OnLimitAnswer(int httpStatus, int code, TimeSpan? retryAfter)
    {
        var now = _time.GetUtcNow();

        // Without Retry-After the server gave no horizon; one second keeps the next request from hammering it.
        var resumeAt = now + (retryAfter ?? TimeSpan.FromSeconds(1));
        lock (_gate)
        {
            if (httpStatus == 418)
            {
                _bannedUntil = Later(_bannedUntil, resumeAt);
            }
            else if (code == -1015)
            {
                // -1015 is the unfilled-order-count limiter: only order placement waits.
                _ordersResumeAt = Later(_ordersResumeAt, resumeAt);
            }
            else
            {
                _requestsResumeAt = Later(_requestsResumeAt, resumeAt);
            }
        }

        RateLimitHit?.Invoke(this, new RateLimitHitEventArgs(httpStatus, code, resumeAt));
    }

    private DateTimeOffset ReserveClientSide(DateTimeOffset now, int weight, bool placesOrder)
    {
        var resumeAt = default(DateTimeOffset);
        lock (_gate)
        {
            foreach (var limit in _limits)
            {
                if (limit.CountsOrders && !placesOrder)
                {
                    continue;
                }

                var cost = limit.CountsOrders ? 1 : weight;
                var windowStart = WindowStart(now, limit.Window);
                var reported = (limit.CountsOrders ? _orderCounts : _weights).GetValueOrDefault(limit.HeaderInterval);
                var used = Math.Max(limit.Reserve(windowStart), reported is not null && reported.ReportedAt >= windowStart ? reported.Used : 0);
                if (used + cost > limit.Limit && used > 0)
                {
                    resumeAt = Later(resumeAt, windowStart + limit.Window);
                }
            }

            if (resumeAt == default)
            {
                foreach (var limit in _limits)
                {
                    if (!limit.CountsOrders || placesOrder)
                    {
                        limit.Add(WindowStart(now, limit.Window), limit.CountsOrders ? 1 : weight);
                    }
                }
            }
        }

        return resumeAt;
    }

    // Binance's windows are aligned to the clock (a minute window restarts at :00).
    private static DateTimeOffset WindowStart(DateTimeOffset now, TimeSpan window) => new(now.UtcTicks - now.UtcTicks % window.Ticks, TimeSpan.Zero);

    private static void Store(ConcurrentDictionary<string, RateLimitUsage> target, string interval, IEnumerable<string> values, DateTimeOffset now)
    {
        foreach (var value in values)
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var used))
            {
                target[interval] = new RateLimitUsage(interval.ToUpperInvariant(), used, now);
            }
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
