using Microsoft.AspNetCore.Http.Features;
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
        // The body rules of the other operator routes: no body or {} resets; anything else is refused before anything changes.
        if (await HasBodyAsync(http).ConfigureAwait(false))
        {
            var (body, bodyError) = await AdminEndpoints.ReadJsonObjectAsync(http, BodyMessage).ConfigureAwait(false);
            using var document = body;
            if (body is null)
            {
                return bodyError!;
            }

            foreach (var property in body.RootElement.EnumerateObject())
            {
                return AdminEndpoints.Error(
                    StatusCodes.Status400BadRequest,
                    $"Unknown or mistyped field '{AdminAuthentication.Shorten(property.Name, AdminEndpoints.MaxEchoedLength)}'. {BodyMessage}");
            }
        }

        var outcome = await reset.RunAsync(AdminEndpoints.Actor(http)).ConfigureAwait(false);
        return Results.Json(
            new AdminReset(outcome.Epoch, outcome.ResetTime, scheduler.NextReset?.ToUnixTimeMilliseconds()),
            AdminJsonContext.Default.AdminReset);
    }

    private const string BodyMessage = "The reset takes no fields: send no body, or {}.";

    // Whether the request carries a body at all: a declared length above zero, or a chunked body with at least one byte.
    private static async Task<bool> HasBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength is { } length)
        {
            return length > 0;
        }

        if (http.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            return false;
        }

        var read = await http.Request.BodyReader.ReadAsync(http.RequestAborted).ConfigureAwait(false);
        var hasBytes = !read.Buffer.IsEmpty;
        // Nothing is consumed: the JSON reader starts from the first byte.
        http.Request.BodyReader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        return hasBytes;
    }

    private static async Task<IResult> StatusAsync(NetworkReset reset, ResetScheduler scheduler, ServerSettings settings) =>
        Results.Json(
            new AdminResetStatus(
                await reset.EpochAsync().ConfigureAwait(false), ResetSchedule.Describe(settings.Reset),
                scheduler.NextReset?.ToUnixTimeMilliseconds()),
            AdminJsonContext.Default.AdminResetStatus);
}
