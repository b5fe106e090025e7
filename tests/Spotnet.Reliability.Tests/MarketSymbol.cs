namespace Spotnet.Reliability.Tests;

/// <summary>
/// A symbol the load trades, with the price grid and lot sizes it uses. Prices are multiples of
/// <paramref name="PriceStep"/> and quantities of <paramref name="QuantityStep"/>, chosen so that price × quantity
/// has at most 8 decimals: every reservation is then exact and can be checked to the unit.
/// </summary>
/// <param name="Name">Symbol, for example <c>BTCUSDT</c>.</param>
/// <param name="BaseAsset">Base asset.</param>
/// <param name="QuoteAsset">Quote asset.</param>
/// <param name="Reference">Centre of the prices the load uses (the configured reference price, or the simulated market's mid).</param>
/// <param name="PriceStep">Distance between two prices the load uses (a multiple of the tick size).</param>
/// <param name="QuantityStep">Quantity unit (a multiple of the step size).</param>
/// <param name="MinimumSteps">Smallest order, in quantity units (above the minimum notional).</param>
/// <param name="MaximumSteps">Largest order, in quantity units.</param>
public sealed record MarketSymbol(
    string Name, string BaseAsset, string QuoteAsset, decimal Reference, decimal PriceStep, decimal QuantityStep, int MinimumSteps, int MaximumSteps)
{
    /// <summary>Price steps on either side of the reference that orders use: close enough that many cross.</summary>
    public const int PriceSpread = 15;

    /// <summary>Four of the server's default symbols, one of them quoted in BTC, around their configured reference prices.</summary>
    public static IReadOnlyList<MarketSymbol> Defaults { get; } =
    [
        new("BTCUSDT", "BTC", "USDT", 65000m, 1m, 0.0001m, 1, 5),
        new("ETHUSDT", "ETH", "USDT", 3200m, 0.1m, 0.001m, 2, 10),
        new("BNBUSDT", "BNB", "USDT", 580m, 0.05m, 0.01m, 1, 5),
        new("ETHBTC", "ETH", "BTC", 0.05m, 0.0001m, 0.001m, 3, 12),
    ];

    /// <summary>A buy quantity whose cost is far above any account's quote balance, yet within the symbol's filters.</summary>
    public decimal OversizedQuantity => QuantityStep * MaximumSteps * 10_000;

    /// <summary>The same symbol centred on another price, rounded to the price grid.</summary>
    public MarketSymbol CentredOn(decimal price) => this with { Reference = Math.Round(price / PriceStep) * PriceStep };

    /// <summary>A price on the grid within <see cref="PriceSpread"/> steps of the reference.</summary>
    public decimal RandomPrice(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Reference + (PriceStep * random.Next(-PriceSpread, PriceSpread + 1));
    }

    /// <summary>A quantity between the minimum and maximum order.</summary>
    public decimal RandomQuantity(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return QuantityStep * random.Next(MinimumSteps, MaximumSteps + 1);
    }
}
