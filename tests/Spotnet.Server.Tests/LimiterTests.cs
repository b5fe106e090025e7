using Spotnet.Server.Api;
using Spotnet.Server.Configuration;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Tests;

public sealed class LimiterTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "spotnet-unit-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly SqliteSpotStore _store;

    public LimiterTests() => _store = new SqliteSpotStore(_path);

    public void Dispose()
    {
        _store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Fact]
    public void Weight_windows_are_aligned_to_the_clock_minute()
    {
        var limiter = new IpRateLimiter(new RateLimitSettings { RequestWeightPerMinute = 10 }, _store);
        Assert.Equal(10, limiter.Charge("a", 10, 59_999).UsedWeight);
        var decision = limiter.Charge("a", 1, 60_000);
        Assert.Null(decision.Error);
        Assert.Equal(1, decision.UsedWeight);
    }

    [Fact]
    public void Ban_length_doubles_per_offence_up_to_three_days()
    {
        var settings = new RateLimitSettings { RequestWeightPerMinute = 1, RequestsAfterLimitBeforeBan = 0 };
        var limiter = new IpRateLimiter(settings, _store);
        var now = 0L;
        var lengths = new List<long>();
        for (var offence = 0; offence < 14; offence++)
        {
            limiter.Charge("a", 1, now);
            var ban = limiter.Charge("a", 1, now);
            Assert.Equal(418, ban.Error!.Value.HttpStatus);
            lengths.Add(ban.RetryAfterSeconds);
            now += ban.RetryAfterSeconds * 1000 + 60_000;
        }

        Assert.Equal([120, 240, 480, 960], lengths.Take(4));
        Assert.Equal(3 * 24 * 3600, lengths[^1]);
        Assert.Equal(14, _store.LoadBans().Single().Offences);
    }

    [Fact]
    public void Refund_gives_back_weight_without_going_negative()
    {
        var limiter = new IpRateLimiter(new RateLimitSettings(), _store);
        limiter.Charge("a", 5, 0);
        Assert.Equal(0, limiter.Refund("a", 7, 0));
    }

    [Fact]
    public void Order_count_checks_the_day_before_the_ten_seconds_and_never_goes_negative()
    {
        var limiter = new OrderCountLimiter(new RateLimitSettings { OrdersPerTenSeconds = 5, OrdersPerDay = 6 }, new LimiterClock(TimeProvider.System));
        limiter.Add(1, 5, 0);
        Assert.Equal(-1015, limiter.Check(1, 1, 1_000).Error!.Value.Code);
        Assert.Contains("10 SECOND", limiter.Check(1, 1, 1_000).Error!.Value.Message, StringComparison.Ordinal);
        Assert.Null(limiter.Check(1, 1, 10_000).Error);
        limiter.Add(1, 1, 10_000);
        Assert.Contains("1 DAY", limiter.Check(1, 1, 20_000).Error!.Value.Message, StringComparison.Ordinal);
        limiter.Decrement(1, 100, 20_000);
        Assert.Equal((0, 0), limiter.Current(1, 20_000));
        Assert.Equal((0, 0), limiter.Current(2, 20_000));
    }

    [Fact]
    public void Past_the_day_limit_the_ten_second_count_stops_growing()
    {
        var limiter = new OrderCountLimiter(new RateLimitSettings { OrdersPerTenSeconds = 100, OrdersPerDay = 2 }, new LimiterClock(TimeProvider.System));
        limiter.Add(1, 3, 0);
        limiter.Add(1, 1, 0);
        Assert.Equal((3, 4), limiter.Current(1, 0));
    }
}
