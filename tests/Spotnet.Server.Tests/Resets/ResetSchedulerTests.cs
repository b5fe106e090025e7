using Spotnet.Server.Configuration;
using Spotnet.Server.Resets;

namespace Spotnet.Server.Tests.Resets;

public sealed class ResetSchedulerTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset April = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), "spotnet-unit-" + Guid.NewGuid().ToString("N") + ".db");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public async Task First_start_stores_the_next_monthly_reset_and_nothing_runs_before_it()
    {
        var clock = new ManualClock(Start);
        await using var rig = new ResetRig(_path, clock);

        Assert.Equal(April, rig.Scheduler.NextReset);
        Assert.Equal(April.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), rig.Store.GetMeta(ResetScheduler.NextResetKey));
        Assert.Equal("monthly", rig.Store.GetMeta(ResetScheduler.ScheduleKey));
        clock.Advance(April - Start - TimeSpan.FromMilliseconds(1));
        Assert.Null(await rig.Scheduler.RunIfDueAsync());
        Assert.Equal(0, await rig.EpochAsync());
    }

    [Fact]
    public async Task A_due_reset_runs_once_is_audited_and_schedules_the_following_month()
    {
        var clock = new ManualClock(Start);
        await using var rig = new ResetRig(_path, clock);
        clock.Advance(April - Start);

        var outcome = await rig.Scheduler.RunIfDueAsync();

        Assert.Equal(new ResetOutcome(1, April.ToUnixTimeMilliseconds()), outcome);
        Assert.Null(await rig.Scheduler.RunIfDueAsync());
        Assert.Equal(1, await rig.EpochAsync());
        Assert.Equal(April.AddMonths(1), rig.Scheduler.NextReset);
        var record = Assert.Single(rig.Store.ReadAudit(), entry => entry.Action == "reset");
        Assert.Equal(("scheduler", "epoch=1", April.ToUnixTimeMilliseconds()), (record.Actor, record.Detail, record.TimeMilliseconds));
    }

    [Fact]
    public async Task A_restart_neither_repeats_a_reset_nor_skips_one_that_fell_due_while_the_server_was_down()
    {
        var clock = new ManualClock(Start);
        await using (var first = new ResetRig(_path, clock))
        {
            clock.Advance(April - Start);
            Assert.NotNull(await first.Scheduler.RunIfDueAsync());
        }

        // Restarted an hour later: April's reset is done and not repeated.
        clock.Advance(TimeSpan.FromHours(1));
        await using (var second = new ResetRig(_path, clock))
        {
            Assert.Null(await second.Scheduler.RunIfDueAsync());
            Assert.Equal(April.AddMonths(1), second.Scheduler.NextReset);
        }

        // Down from April to mid-July: the missed resets collapse into one at start.
        clock.Advance(new DateTimeOffset(2026, 7, 15, 12, 0, 0, TimeSpan.Zero) - clock.GetUtcNow());
        await using var third = new ResetRig(_path, clock);
        Assert.NotNull(await third.Scheduler.RunIfDueAsync());
        Assert.Null(await third.Scheduler.RunIfDueAsync());
        Assert.Equal(new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero), third.Scheduler.NextReset);
        Assert.Equal(2, third.Store.ReadAudit().Count(entry => entry.Action == "reset"));
    }

    [Fact]
    public async Task Starting_runs_a_reset_that_fell_due_while_down_and_the_timer_runs_the_next_one()
    {
        var clock = new ManualClock(Start);
        await using (var first = new ResetRig(_path, clock))
        {
            Assert.Equal(April, first.Scheduler.NextReset);
        }

        clock.Advance(April - Start + TimeSpan.FromDays(3));
        await using var restarted = new ResetRig(_path, clock);
        await restarted.Scheduler.StartAsync();
        Assert.Equal(1, await restarted.EpochAsync());

        clock.FireTimers();
        Assert.Equal(1, await restarted.EpochAsync());
        clock.Advance(April.AddMonths(1) - clock.GetUtcNow());
        clock.FireTimers();
        // The tick only starts the check; the next due time is stored once its reset is done.
        for (var i = 0; i < 5000 && restarted.Scheduler.NextReset != April.AddMonths(2); i++)
        {
            await Task.Delay(1);
        }

        Assert.Equal(April.AddMonths(2), restarted.Scheduler.NextReset);
        Assert.Equal(2, await restarted.EpochAsync());
    }

    [Fact]
    public async Task A_reset_due_at_start_that_the_audit_log_refuses_leaves_the_start_running_and_is_retried()
    {
        var clock = new ManualClock(Start);
        await using (var first = new ResetRig(_path, clock))
        {
            Assert.Equal(April, first.Scheduler.NextReset);
        }

        FullAuditLog.Set(_path, full: true);
        clock.Advance(April - Start + TimeSpan.FromDays(3));
        await using var restarted = new ResetRig(_path, clock);
        await restarted.Scheduler.StartAsync();
        Assert.Equal(0, await restarted.EpochAsync());
        Assert.Equal(April, restarted.Scheduler.NextReset);

        FullAuditLog.Set(_path, full: false);
        clock.FireTimers();
        for (var i = 0; i < 5000 && restarted.Scheduler.NextReset != April.AddMonths(1); i++)
        {
            await Task.Delay(1);
        }

        Assert.Equal(April.AddMonths(1), restarted.Scheduler.NextReset);
        Assert.Equal(1, await restarted.EpochAsync());
    }

    [Fact]
    public async Task A_changed_schedule_starts_from_now_without_catching_up()
    {
        var clock = new ManualClock(Start);
        await using (var monthly = new ResetRig(_path, clock))
        {
            Assert.Equal(April, monthly.Scheduler.NextReset);
        }

        clock.Advance(TimeSpan.FromDays(40));
        var daily = new ResetSettings { IntervalDays = 1 };
        await using var restarted = new ResetRig(_path, clock, daily);
        Assert.Null(await restarted.Scheduler.RunIfDueAsync());
        Assert.Equal(ResetSchedule.Next(daily, clock.GetUtcNow()), restarted.Scheduler.NextReset);
        Assert.Equal("every-1-days", restarted.Store.GetMeta(ResetScheduler.ScheduleKey));
    }

    [Fact]
    public async Task Scheduled_resets_switched_off_never_run()
    {
        var clock = new ManualClock(Start);
        await using var rig = new ResetRig(_path, clock, new ResetSettings { Enabled = false });
        clock.Advance(TimeSpan.FromDays(400));
        Assert.Null(await rig.Scheduler.RunIfDueAsync());
        Assert.Null(rig.Scheduler.NextReset);
        Assert.Equal(0, await rig.EpochAsync());
    }
}
