using System.Collections.Concurrent;
using Spotnet.Protocol.Errors;
using Spotnet.Server.Configuration;

namespace Spotnet.Server.Api;

/// <summary>
/// The unfilled order count (ORDERS limiter) per account, in a 10-second and a UTC-day window
/// (<c>faqs/order_count_decrement.md</c>).
/// </summary>
public sealed class OrderCountLimiter
{
    private const long TenSecondMilliseconds = 10_000;
    private const long DayMilliseconds = 86_400_000;
    private readonly RateLimitSettings _settings;
    private readonly ConcurrentDictionary<long, Counts> _accounts = new();

    /// <summary>Creates the limiter; <paramref name="clock"/> is the time its callers count in.</summary>
    public OrderCountLimiter(RateLimitSettings settings, LimiterClock clock)
    {
        _settings = settings;
        Clock = clock;
    }

    /// <summary>The monotonic clock every caller passes the time of (the IP limits and bans use it too).</summary>
    public LimiterClock Clock { get; }

    /// <summary>The error for placing <paramref name="orders"/> more orders now, or null when allowed.</summary>
    public (SpotError? Error, long RetryAfterSeconds) Check(long accountId, int orders, long nowMilliseconds)
    {
        if (!_settings.Enabled || orders == 0)
        {
            return (null, 0);
        }

        var counts = _accounts.GetOrAdd(accountId, static _ => new Counts());
        lock (counts)
        {
            counts.Roll(nowMilliseconds);
            if (counts.Day + orders > _settings.OrdersPerDay)
            {
                return (SpotError.TooManyOrders(_settings.OrdersPerDay, "1 DAY"), Seconds((counts.DayWindow + 1) * DayMilliseconds - nowMilliseconds));
            }

            if (counts.TenSecond + orders > _settings.OrdersPerTenSeconds)
            {
                return (SpotError.TooManyOrders(_settings.OrdersPerTenSeconds, "10 SECOND"), Seconds((counts.TenSecondWindow + 1) * TenSecondMilliseconds - nowMilliseconds));
            }

            return (null, 0);
        }
    }

    /// <summary>Adds orders after a successful placement (or a rejection by the check just before the engine).</summary>
    public void Add(long accountId, int orders, long nowMilliseconds)
    {
        var counts = _accounts.GetOrAdd(accountId, static _ => new Counts());
        lock (counts)
        {
            counts.Roll(nowMilliseconds);
            // Once the day limit is exceeded the 10-second count no longer grows (testnet CHANGELOG 2025-04-01).
            if (counts.Day <= _settings.OrdersPerDay)
            {
                counts.TenSecond += orders;
            }

            counts.Day += orders;
        }
    }

    /// <summary>Removes orders when an order is filled for the first time; never goes below zero.</summary>
    public void Decrement(long accountId, int orders, long nowMilliseconds)
    {
        var counts = _accounts.GetOrAdd(accountId, static _ => new Counts());
        lock (counts)
        {
            counts.Roll(nowMilliseconds);
            counts.TenSecond = Math.Max(0, counts.TenSecond - orders);
            counts.Day = Math.Max(0, counts.Day - orders);
        }
    }

    /// <summary>Current counts for the <c>X-MBX-ORDER-COUNT-10S</c> and <c>-1D</c> headers.</summary>
    public (int TenSecond, int Day) Current(long accountId, long nowMilliseconds)
    {
        var counts = _accounts.GetOrAdd(accountId, static _ => new Counts());
        lock (counts)
        {
            counts.Roll(nowMilliseconds);
            return (counts.TenSecond, counts.Day);
        }
    }

    private static long Seconds(long milliseconds) => Math.Max(1, (milliseconds + 999) / 1000);

    private sealed class Counts
    {
        public long TenSecondWindow { get; private set; } = -1;

        public long DayWindow { get; private set; } = -1;

        public int TenSecond { get; set; }

        public int Day { get; set; }

        public void Roll(long now)
        {
            if (now / TenSecondMilliseconds != TenSecondWindow)
            {
                TenSecondWindow = now / TenSecondMilliseconds;
                TenSecond = 0;
            }

            if (now / DayMilliseconds != DayWindow)
            {
                DayWindow = now / DayMilliseconds;
                Day = 0;
            }
        }
    }
}
