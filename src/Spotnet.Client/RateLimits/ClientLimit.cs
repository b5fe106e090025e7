namespace Spotnet.Client.RateLimits;

/// <summary>One client-side limiter window and what this client has sent in it.</summary>
/// <param name="CountsOrders">Whether it counts orders (<c>ORDERS</c>) rather than request weight (<c>REQUEST_WEIGHT</c>).</param>
/// <param name="Window">Length of the window.</param>
/// <param name="Limit">Most weight or orders per window.</param>
internal sealed record ClientLimit(bool CountsOrders, TimeSpan Window, int Limit)
{
    private DateTimeOffset _windowStart;
    private int _sent;

    /// <summary>The header suffix the server reports this window with, e.g. <c>1M</c> or <c>10S</c>.</summary>
    public string HeaderInterval { get; } = FormatInterval(Window);

    /// <summary>What this client sent in the window starting at <paramref name="windowStart"/>.</summary>
    public int Reserve(DateTimeOffset windowStart) => windowStart == _windowStart ? _sent : 0;

    /// <summary>Counts <paramref name="cost"/> against the window starting at <paramref name="windowStart"/>.</summary>
    public void Add(DateTimeOffset windowStart, int cost)
    {
        if (windowStart != _windowStart)
        {
            _windowStart = windowStart;
            _sent = 0;
        }

        _sent += cost;
    }

    private static string FormatInterval(TimeSpan window) => window switch
    {
        { TotalDays: >= 1 } when window.TotalDays % 1 == 0 => $"{(int)window.TotalDays}D",
        { TotalHours: >= 1 } when window.TotalHours % 1 == 0 => $"{(int)window.TotalHours}H",
        { TotalMinutes: >= 1 } when window.TotalMinutes % 1 == 0 => $"{(int)window.TotalMinutes}M",
        _ => $"{(int)window.TotalSeconds}S",
    };
}
