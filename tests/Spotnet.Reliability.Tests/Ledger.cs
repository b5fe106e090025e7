using System.Collections.Concurrent;

namespace Spotnet.Reliability.Tests;

/// <summary>
/// Everything the clients were told before the server died: acknowledged orders and trades, rejected and unknown
/// placements, and every client order id given to an order. Filled concurrently by the load's workers.
/// </summary>
public sealed class Ledger
{
    private readonly ConcurrentQueue<int> _unanswered = new();
    private int _answered;

    /// <summary>Every acknowledgement of an order's state (placement, cancel, cancel-replace), in arrival order per account.</summary>
    public ConcurrentQueue<AckedOrder> Orders { get; } = new();

    /// <summary>Every acknowledged fill (from <c>fills</c> of a FULL response).</summary>
    public ConcurrentQueue<AckedTrade> Trades { get; } = new();

    /// <summary>Placements whose answer never came: each must resolve to exactly zero or one order.</summary>
    public ConcurrentQueue<SentOrder> Unknown { get; } = new();

    /// <summary>Placements the server refused with an error: none may exist after the restart.</summary>
    public ConcurrentQueue<SentOrder> Rejected { get; } = new();

    /// <summary>Client order ids given to each order id (the placement's, and a cancel's, which renames the order).</summary>
    public ConcurrentDictionary<(string Symbol, long OrderId), ConcurrentBag<string>> Names { get; } = new();

    /// <summary>Requests answered with a complete response.</summary>
    public int Answered => _answered;

    /// <summary>Requests whose answer never came.</summary>
    public int Unanswered => _unanswered.Count;

    /// <summary>Counts a complete answer.</summary>
    public void CountAnswered() => Interlocked.Increment(ref _answered);

    /// <summary>Counts a request of account <paramref name="account"/> that got no answer.</summary>
    public void CountUnanswered(int account) => _unanswered.Enqueue(account);

    /// <summary>True once a request of account <paramref name="account"/> went unanswered.</summary>
    public bool LostAnswer(int account) => _unanswered.Contains(account);

    /// <summary>Records a client order id that names an order.</summary>
    public void Name(string symbol, long orderId, string clientOrderId) =>
        Names.GetOrAdd((symbol, orderId), _ => []).Add(clientOrderId);

    /// <summary>The largest order id acknowledged on <paramref name="symbol"/>, or 0.</summary>
    public long MaxOrderId(string symbol) => Orders.Where(order => order.Symbol == symbol).Select(order => order.OrderId).DefaultIfEmpty().Max();

    /// <summary>The largest trade id acknowledged on <paramref name="symbol"/>, or 0.</summary>
    public long MaxTradeId(string symbol) => Trades.Where(trade => trade.Symbol == symbol).Select(trade => trade.TradeId).DefaultIfEmpty().Max();
}

/// <summary>An acknowledged state of an order.</summary>
/// <param name="Account">Index of the owning account.</param>
/// <param name="Symbol">Symbol.</param>
/// <param name="OrderId">Order id (<c>orderId</c>).</param>
/// <param name="Status">Acknowledged status (<c>status</c>).</param>
/// <param name="ExecutedQuantity">Acknowledged executed quantity (<c>executedQty</c>).</param>
/// <param name="Source">Which answer carried it, for failure messages.</param>
public sealed record AckedOrder(int Account, string Symbol, long OrderId, string Status, decimal ExecutedQuantity, string Source);

/// <summary>An acknowledged fill of an order of <paramref name="Account"/>.</summary>
/// <param name="Account">Index of the account that was told about the fill.</param>
/// <param name="Symbol">Symbol.</param>
/// <param name="TradeId">Trade id (<c>tradeId</c>).</param>
/// <param name="OrderId">The account's order that filled.</param>
/// <param name="Price">Fill price.</param>
/// <param name="Quantity">Fill quantity.</param>
public sealed record AckedTrade(int Account, string Symbol, long TradeId, long OrderId, decimal Price, decimal Quantity);

/// <summary>A placement that was sent, by its client order id.</summary>
/// <param name="Account">Index of the account.</param>
/// <param name="Symbol">Symbol.</param>
/// <param name="ClientOrderId">The <c>newClientOrderId</c> sent.</param>
/// <param name="Detail">Error code or transport failure, for failure messages.</param>
public sealed record SentOrder(int Account, string Symbol, string ClientOrderId, string Detail);
