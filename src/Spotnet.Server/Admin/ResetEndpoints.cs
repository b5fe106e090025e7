using Spotnet.Server.Configuration;
using Spotnet.Server.Resets;

namespace Spotnet.Server.Admin;

/// <summary>The operator's reset: <c>POST /admin/v1/reset</c> resets now, <c>GET /admin/v1/reset</c> shows the epoch and schedule.</summary>
public static class ResetEndpoints
{
    /// <summary>Maps the reset endpoints on the (guarded) operator API group.</summary>
    public static void MapReset(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/reset", ResetAsync);
        group.MapGet("/reset", StatusAsync);
    }

    private static async Task<IResult> ResetAsync(HttpContext http, NetworkReset reset, ResetScheduler scheduler)
    {
        var outcome = await reset.RunAsync("admin@" + http.Connection.RemoteIpAddress).ConfigureAwait(false);
        return Results.Json(
            new AdminReset(outcome.Epoch, outcome.ResetTime, scheduler.NextReset?.ToUnixTimeMilliseconds()),
            AdminJsonContext.Default.AdminReset);
    }

    private static async Task<IResult> StatusAsync(NetworkReset reset, ResetScheduler scheduler, ServerSettings settings) =>
        Results.Json(
            new AdminResetStatus(
                await reset.EpochAsync().ConfigureAwait(false), ResetSchedule.Describe(settings.Reset),
                scheduler.NextReset?.ToUnixTimeMilliseconds()),
            AdminJsonContext.Default.AdminResetStatus);
}
