namespace Spotnet.Server.Market;

/// <summary>Consecutive trades of one taker order at one price, as <c>aggTrades</c> reports them.</summary>
/// <param name="Id">Aggregate trade id (<c>a</c>).</param>
/// <param name="Price">Price (<c>p</c>).</param>
/// <param name="Quantity">Summed quantity (<c>q</c>).</param>
/// <param name="FirstTradeId">First trade id (<c>f</c>).</param>
/// <param name="LastTradeId">Last trade id (<c>l</c>).</param>
/// <param name="Time">Time of the first trade in µs (<c>T</c>).</param>
/// <param name="IsBuyerMaker">Whether the buyer was the maker (<c>m</c>).</param>
/// <param name="TakerOrderId">The taker order, which decides whether the next trade joins.</param>
public readonly record struct AggregateTradeRecord(
    long Id, decimal Price, decimal Quantity, long FirstTradeId, long LastTradeId, long Time, bool IsBuyerMaker, long TakerOrderId);
