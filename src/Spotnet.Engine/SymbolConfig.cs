namespace Spotnet.Engine;

/// <summary>A symbol; its id is its index in <see cref="ExchangeConfig.Symbols"/>.</summary>
public sealed record SymbolConfig
{
    /// <summary>The symbol name (may be Unicode, e.g. <c>这是测试币456</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Base asset id (<c>baseAsset</c>).</summary>
    public required int BaseAsset { get; init; }

    /// <summary>Quote asset id (<c>quoteAsset</c>).</summary>
    public required int QuoteAsset { get; init; }

    /// <summary>Initial status (<c>status</c>).</summary>
    public SymbolStatus Status { get; init; } = SymbolStatus.Trading;

    /// <summary>Allowed order types (<c>orderTypes</c>).</summary>
    public OrderTypes OrderTypes { get; init; } = OrderTypes.All;

    /// <summary><c>icebergAllowed</c>.</summary>
    public bool IcebergAllowed { get; init; } = true;

    /// <summary><c>ocoAllowed</c>.</summary>
    public bool OcoAllowed { get; init; } = true;

    /// <summary><c>otoAllowed</c>.</summary>
    public bool OtoAllowed { get; init; } = true;

    /// <summary><c>opoAllowed</c>.</summary>
    public bool OpoAllowed { get; init; } = true;

    /// <summary><c>quoteOrderQtyMarketAllowed</c>.</summary>
    public bool QuoteOrderQtyMarketAllowed { get; init; } = true;

    /// <summary><c>allowTrailingStop</c>.</summary>
    public bool AllowTrailingStop { get; init; } = true;

    /// <summary><c>cancelReplaceAllowed</c>.</summary>
    public bool CancelReplaceAllowed { get; init; } = true;

    /// <summary><c>amendAllowed</c>.</summary>
    public bool AmendAllowed { get; init; } = true;

    /// <summary><c>pegInstructionsAllowed</c>.</summary>
    public bool PegInstructionsAllowed { get; init; } = true;

    /// <summary><c>allowedSelfTradePreventionModes</c>.</summary>
    public SelfTradePreventionModes AllowedSelfTradePreventionModes { get; init; } = SelfTradePreventionModes.All;

    /// <summary><c>defaultSelfTradePreventionMode</c>.</summary>
    public SelfTradePreventionMode DefaultSelfTradePreventionMode { get; init; } = SelfTradePreventionMode.ExpireMaker;

    /// <summary>The symbol filters.</summary>
    public SymbolFilters Filters { get; init; } = new();

    /// <summary><c>discount.enabledForSymbol</c>: fees on this symbol may be paid with the discount asset.</summary>
    public bool CommissionDiscountEnabled { get; init; }

    /// <summary>The <c>PRICE_RANGE</c> execution rule, or null when the symbol has none.</summary>
    public PriceRangeRule? PriceRange { get; init; }

    /// <summary>The engine-calculated reference price (<c>ARITHMETIC_MEAN</c>), or null when it is external (set with <see cref="SetReferencePrice"/>) or absent.</summary>
    public ArithmeticMeanReference? ReferencePriceCalculation { get; init; }

    /// <summary>Default commission rates on this symbol (accounts may override them).</summary>
    public SymbolCommission Commission { get; init; } = SymbolCommission.Zero;
}
