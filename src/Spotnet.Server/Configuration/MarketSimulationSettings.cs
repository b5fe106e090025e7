namespace Spotnet.Server.Configuration;

/// <summary>Simulated market participants that provide liquidity.</summary>
public sealed class MarketSimulationSettings
{
    /// <summary>Turns the simulated market makers on.</summary>
    public bool Enabled { get; set; }

    /// <summary>Seed of the simulation's random generator, for reproducible runs.</summary>
    public int Seed { get; set; } = 1;
}
