namespace Spotnet.Server.Configuration;

/// <summary>The simulated market: a seeded liquidity provider, background trades and generated kline history.</summary>
public sealed class MarketSimulationSettings
{
    /// <summary>Turns the simulated market on (off gives empty books, for tests that need them).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seed of the simulation's random generator: the same seed and clock give the same market.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Milliseconds between two steps of the simulation (reference price move, book refresh, one background trade per symbol).</summary>
    public int IntervalMilliseconds { get; set; } = 1000;

    /// <summary>Price levels the liquidity provider keeps on each side of every book.</summary>
    public int LevelsPerSide { get; set; } = 20;

    /// <summary>Days of synthetic 1-minute kline history generated at start.</summary>
    public int HistoryDays { get; set; } = 3;
}
