using System.Globalization;

namespace Spotnet.Reliability.Tests;

/// <summary>
/// The pass criteria of RT-1 (a)–(g) over HTTP, comparing what the clients were told (<see cref="Ledger"/>) with what
/// the server shows (<see cref="RecoveredState"/>). Each broken rule becomes one line; none means the state is sound.
/// </summary>
public sealed class RecoveryCheck
{
    private readonly IReadOnlyList<TradingAccount> _accounts;
    private readonly IReadOnlyList<MarketSymbol> _symbols;
    private readonly Ledger _ledger;
    private readonly RecoveredState _state;
    private readonly List<string> _violations = [];

    private RecoveryCheck(IReadOnlyList<TradingAccount> accounts, IReadOnlyList<MarketSymbol> symbols, Ledger ledger, RecoveredState state)
    {
        _accounts = accounts;
        _symbols = symbols;
        _ledger = ledger;
        _state = state;
    }

    /// <summary>How the unknown placements resolved: (found once, not found).</summary>
    public (int Found, int Absent) UnknownResolution { get; private set; }

    /// <summary>Every broken rule, one line each.</summary>
    public IReadOnlyList<string> Violations => _violations;

    /// <summary>
    /// Reads the state and checks it. <paramref name="closedMarket"/> means only the test's accounts trade (no market
    /// simulator), so the assets are conserved across them and the book holds exactly their open orders.
    /// </summary>
    public static async Task<RecoveryCheck> RunAsync(
        HttpClient http, string adminToken, IReadOnlyList<TradingAccount> accounts, IReadOnlyList<MarketSymbol> symbols, Ledger ledger, bool closedMarket)
    {
        ArgumentNullException.ThrowIfNull(http);
        var state = await RecoveredState.ReadStableAsync(http, accounts, symbols);
        var check = new RecoveryCheck(accounts, symbols, ledger, state);
        check.AcknowledgedOrdersExist();
        check.AcknowledgedTradesExist();
        check.ClientOrderIdsAreUniqueAndExplained();
        await check.OrdersAreFoundByClientOrderIdAsync(http);
        check.OrdersMatchTheirTrades();
        check.BalancesFollowTheTrades(closedMarket);
        check.LockedMatchesOpenOrders();
        await check.BooksAreSoundAsync(http, closedMarket);
        // Last, because it trades: ids handed out after the restart continue above every id seen before.
        await check.NewIdsExceedEverySeenIdAsync(http, adminToken);
        return check;
    }

    /// <summary>The violations as one failure message, capped so a broken run stays readable.</summary>
    public string Describe(int limit = 40)
    {
        // Per rule first ("(a) 12, (d) 3"), then the first lines of each rule in turn.
        var byRule = _violations.GroupBy(line => line[..3]).OrderBy(group => group.Key, StringComparer.Ordinal).ToList();
        var sample = byRule.SelectMany(group => group.Take(Math.Max(3, limit / byRule.Count))).Take(limit);
        return $"{_violations.Count} violation(s): {string.Join(", ", byRule.Select(group => $"{group.Key} {group.Count()}"))}\n" + string.Join('\n', sample);
    }

    private static int Rank(string status) => status switch
    {
        "NEW" => 0,
        "PARTIALLY_FILLED" => 1,
        _ => 2,
    };

    private void Fail(string message) => _violations.Add(message);

    /// <summary>(a) every acknowledged order exists with a status and executed quantity at least as advanced.</summary>
    private void AcknowledgedOrdersExist()
    {
        foreach (var acked in _ledger.Orders)
        {
            if (!_state.Orders[(acked.Account, acked.Symbol)].TryGetValue(acked.OrderId, out var order))
            {
                Fail($"(a) {acked.Symbol} order {acked.OrderId} of account {acked.Account}, acknowledged {acked.Status} by {acked.Source}, is missing");
                continue;
            }

            var regressed = Rank(order.Status) < Rank(acked.Status) || order.ExecutedQuantity < acked.ExecutedQuantity
                || (Rank(acked.Status) == 2 && (order.Status != acked.Status || order.ExecutedQuantity != acked.ExecutedQuantity));
            if (regressed)
            {
                Fail($"(a) {acked.Symbol} order {acked.OrderId} acknowledged {acked.Status} executedQty {acked.ExecutedQuantity} by {acked.Source}, "
                    + $"but shows {order.Status} executedQty {order.ExecutedQuantity}");
            }
        }
    }

    /// <summary>(b) every acknowledged fill is in the account's <c>myTrades</c> with the same order, price and quantity.</summary>
    private void AcknowledgedTradesExist()
    {
        foreach (var acked in _ledger.Trades)
        {
            var trade = _state.Trades[(acked.Account, acked.Symbol)].Find(trade => trade.Id == acked.TradeId);
            if (trade is null)
            {
                Fail($"(b) {acked.Symbol} trade {acked.TradeId} of order {acked.OrderId} (account {acked.Account}) is missing from myTrades");
            }
            else if (trade.OrderId != acked.OrderId || trade.Price != acked.Price || trade.Quantity != acked.Quantity)
            {
                Fail($"(b) {acked.Symbol} trade {acked.TradeId} acknowledged as order {acked.OrderId} {acked.Quantity}@{acked.Price}, "
                    + $"shows order {trade.OrderId} {trade.Quantity}@{trade.Price}");
            }
        }
    }

    /// <summary>
    /// (c) no client order id appears twice; an unknown placement resolves to one order or none; a refused one to none;
    /// and every order carries a name the clients gave it (no order appears that nobody placed).
    /// </summary>
    private void ClientOrderIdsAreUniqueAndExplained()
    {
        var unknown = _ledger.Unknown.ToHashSet();
        var unknownIds = unknown.Select(sent => (sent.Account, sent.Symbol, sent.ClientOrderId)).ToHashSet();
        foreach (var ((account, symbol), orders) in _state.Orders)
        {
            foreach (var duplicate in orders.Values.GroupBy(order => order.ClientOrderId).Where(group => group.Count() > 1))
            {
                Fail($"(c) {symbol} client order id {duplicate.Key} of account {account} names orders {string.Join(", ", duplicate.Select(order => order.OrderId))}");
            }

            foreach (var order in orders.Values)
            {
                var named = _ledger.Names.TryGetValue((symbol, order.OrderId), out var names) && names.Contains(order.ClientOrderId);
                if (!named && !unknownIds.Contains((account, symbol, order.ClientOrderId)))
                {
                    Fail($"(c) {symbol} order {order.OrderId} '{order.ClientOrderId}' of account {account} was never placed by the clients");
                }
            }
        }

        var found = 0;
        foreach (var sent in unknown)
        {
            var count = _state.Orders[(sent.Account, sent.Symbol)].Values.Count(order => order.ClientOrderId == sent.ClientOrderId);
            found += count;
            if (count > 1)
            {
                Fail($"(c) unknown placement {sent.ClientOrderId} resolves to {count} orders");
            }
        }

        UnknownResolution = (found, unknown.Count - found);
        foreach (var sent in _ledger.Rejected)
        {
            if (_state.Orders[(sent.Account, sent.Symbol)].Values.Any(order => order.ClientOrderId == sent.ClientOrderId))
            {
                Fail($"(c) {sent.Symbol} placement {sent.ClientOrderId} was refused ({sent.Detail}) but exists");
            }
        }
    }

    /// <summary>
    /// (c) the way a bot resolves an unknown outcome works: <c>GET /api/v3/order?origClientOrderId=</c> finds each unknown
    /// placement that exists and answers -2013 for one that does not; every open order is found by its client order id too.
    /// </summary>
    private async Task OrdersAreFoundByClientOrderIdAsync(HttpClient http)
    {
        var lookups = _ledger.Unknown.Select(sent => (sent.Account, sent.Symbol, sent.ClientOrderId))
            .Concat(_state.Orders.SelectMany(pair => pair.Value.Values.Where(order => order.IsOpen).Select(order => (pair.Key.Account, pair.Key.Symbol, order.ClientOrderId))));
        foreach (var (account, symbol, clientOrderId) in lookups)
        {
            var expected = _state.Orders[(account, symbol)].Values.FirstOrDefault(order => order.ClientOrderId == clientOrderId);
            var answer = await _accounts[account].SendAsync(http, HttpMethod.Get, "/api/v3/order", [("symbol", symbol), ("origClientOrderId", clientOrderId)]);
            var found = answer.IsSuccess ? answer.Body.GetProperty("orderId").GetInt64() : (long?)null;
            if (found != expected?.OrderId || (found is null && answer.Code != -2013))
            {
                Fail($"(c) {symbol} query by client order id {clientOrderId} (account {account}) answered {(int)answer.Status} {answer.Body}; allOrders shows order {expected?.OrderId.ToString(CultureInfo.InvariantCulture) ?? "none"}");
            }
        }
    }

    /// <summary>Each order's executed quantity and quote amount equal the sums of its trades.</summary>
    private void OrdersMatchTheirTrades()
    {
        foreach (var (key, orders) in _state.Orders)
        {
            var byOrder = _state.Trades[key].GroupBy(trade => trade.OrderId).ToDictionary(group => group.Key, group => group.ToList());
            foreach (var order in orders.Values)
            {
                var trades = byOrder.GetValueOrDefault(order.OrderId) ?? [];
                if (trades.Sum(trade => trade.Quantity) != order.ExecutedQuantity || trades.Sum(trade => trade.QuoteQuantity) != order.CumulativeQuoteQuantity)
                {
                    Fail($"(b) {key.Symbol} order {order.OrderId} shows executedQty {order.ExecutedQuantity} / cummulativeQuoteQty {order.CumulativeQuoteQuantity}, "
                        + $"its {trades.Count} trades sum to {trades.Sum(trade => trade.Quantity)} / {trades.Sum(trade => trade.QuoteQuantity)}");
                }
            }
        }
    }

    /// <summary>
    /// (d), (e) each account holds its grant plus what its trades moved minus commissions, nothing is negative, and in a
    /// closed market every asset's total plus collected commissions equals the total granted.
    /// </summary>
    private void BalancesFollowTheTrades(bool closedMarket)
    {
        var totalHeld = new Dictionary<string, decimal>();
        var totalExpected = new Dictionary<string, decimal>();
        foreach (var account in _accounts)
        {
            var expected = new Dictionary<string, decimal>(account.Grant);
            foreach (var symbol in _symbols)
            {
                foreach (var trade in _state.Trades[(account.Index, symbol.Name)])
                {
                    var direction = trade.IsBuyer ? 1 : -1;
                    expected[symbol.BaseAsset] = expected.GetValueOrDefault(symbol.BaseAsset) + (direction * trade.Quantity);
                    expected[symbol.QuoteAsset] = expected.GetValueOrDefault(symbol.QuoteAsset) - (direction * trade.QuoteQuantity);
                    expected[trade.CommissionAsset] = expected.GetValueOrDefault(trade.CommissionAsset) - trade.Commission;
                    // Commission leaves the account but not the system: it counts toward conservation.
                    totalExpected[trade.CommissionAsset] = totalExpected.GetValueOrDefault(trade.CommissionAsset) - trade.Commission;
                }
            }

            var balances = _state.Balances[account.Index];
            foreach (var asset in expected.Keys.Union(balances.Keys))
            {
                var (free, locked) = balances.GetValueOrDefault(asset);
                if (free < 0 || locked < 0)
                {
                    Fail($"(e) account {account.Index} {asset} is negative: free {free}, locked {locked}");
                }

                if (free + locked != expected.GetValueOrDefault(asset))
                {
                    Fail($"(d) account {account.Index} holds {free + locked} {asset} (free {free}, locked {locked}); grant and trades say {expected.GetValueOrDefault(asset)}");
                }

                totalHeld[asset] = totalHeld.GetValueOrDefault(asset) + free + locked;
                totalExpected[asset] = totalExpected.GetValueOrDefault(asset) + account.Grant.GetValueOrDefault(asset);
            }
        }

        if (!closedMarket)
        {
            return;
        }

        foreach (var asset in totalExpected.Keys.Union(totalHeld.Keys))
        {
            // totalExpected = grants − commissions, so held + commissions = grants.
            if (totalHeld.GetValueOrDefault(asset) != totalExpected.GetValueOrDefault(asset))
            {
                Fail($"(d) {asset} is not conserved: the accounts hold {totalHeld.GetValueOrDefault(asset)}, grants minus commissions are {totalExpected.GetValueOrDefault(asset)}");
            }
        }
    }

    /// <summary>
    /// (d) locked equals the open orders' reservations: a sell reserves its remaining base quantity exactly; a limit buy
    /// reserves between price × remaining quantity and price × original quantity − quote spent (a fill at a better
    /// price may leave the difference reserved until the order ends).
    /// </summary>
    private void LockedMatchesOpenOrders()
    {
        foreach (var account in _accounts)
        {
            var lower = new Dictionary<string, decimal>();
            var upper = new Dictionary<string, decimal>();
            foreach (var symbol in _symbols)
            {
                foreach (var order in _state.Orders[(account.Index, symbol.Name)].Values.Where(order => order.IsOpen))
                {
                    var (asset, low, high) = order.Side == "SELL"
                        ? (symbol.BaseAsset, order.RemainingQuantity, order.RemainingQuantity)
                        : (symbol.QuoteAsset, order.Price * order.RemainingQuantity, (order.Price * order.OriginalQuantity) - order.CumulativeQuoteQuantity);
                    lower[asset] = lower.GetValueOrDefault(asset) + low;
                    upper[asset] = upper.GetValueOrDefault(asset) + high;
                }
            }

            foreach (var (asset, (_, locked)) in _state.Balances[account.Index])
            {
                if (locked < lower.GetValueOrDefault(asset) || locked > upper.GetValueOrDefault(asset))
                {
                    Fail($"(d) account {account.Index} has {locked} {asset} locked; its open orders reserve {lower.GetValueOrDefault(asset)}..{upper.GetValueOrDefault(asset)}");
                }
            }
        }
    }

    /// <summary>(f) no book is crossed; in a closed market each book holds exactly the open orders' remaining quantities.</summary>
    private async Task BooksAreSoundAsync(HttpClient http, bool closedMarket)
    {
        foreach (var symbol in _symbols)
        {
            using var depth = System.Text.Json.JsonDocument.Parse(
                await http.GetStringAsync(new Uri($"/api/v3/depth?symbol={symbol.Name}&limit=5000", UriKind.Relative)));
            var bids = Levels(depth.RootElement.GetProperty("bids"));
            var asks = Levels(depth.RootElement.GetProperty("asks"));
            if (bids.Count > 0 && asks.Count > 0 && bids.Keys.Max() >= asks.Keys.Min())
            {
                Fail($"(f) {symbol.Name} book is crossed: best bid {bids.Keys.Max()} >= best ask {asks.Keys.Min()}");
            }

            if (!closedMarket)
            {
                continue;
            }

            var open = _accounts.SelectMany(account => _state.Orders[(account.Index, symbol.Name)].Values).Where(order => order.IsOpen).ToList();
            CompareBook(symbol.Name, "bid", bids, open.Where(order => order.Side == "BUY"));
            CompareBook(symbol.Name, "ask", asks, open.Where(order => order.Side == "SELL"));
        }
    }

    private void CompareBook(string symbol, string side, Dictionary<decimal, decimal> book, IEnumerable<RecoveredOrder> open)
    {
        var expected = open.GroupBy(order => order.Price).ToDictionary(group => group.Key, group => group.Sum(order => order.RemainingQuantity));
        foreach (var price in book.Keys.Union(expected.Keys).Order())
        {
            if (book.GetValueOrDefault(price) != expected.GetValueOrDefault(price))
            {
                Fail($"(f) {symbol} {side} level {price} shows {book.GetValueOrDefault(price)}, the open orders rest {expected.GetValueOrDefault(price)} there");
            }
        }
    }

    private static Dictionary<decimal, decimal> Levels(System.Text.Json.JsonElement side) =>
        side.EnumerateArray().ToDictionary(level => Amount.Parse(level[0]), level => Amount.Parse(level[1]));

    /// <summary>(g) a fresh seller and buyer trade on every symbol: their order and trade ids exceed every id seen before.</summary>
    private async Task NewIdsExceedEverySeenIdAsync(HttpClient http, string adminToken)
    {
        var seller = await TradingAccount.CreateAsync(http, adminToken, -1);
        var buyer = await TradingAccount.CreateAsync(http, adminToken, -2);
        foreach (var symbol in _symbols)
        {
            var recovered = _state.Orders.Where(pair => pair.Key.Symbol == symbol.Name).SelectMany(pair => pair.Value.Keys);
            var maxOrderId = recovered.Append(_ledger.MaxOrderId(symbol.Name)).Max();
            var maxTradeId = _state.Trades.Where(pair => pair.Key.Symbol == symbol.Name).SelectMany(pair => pair.Value)
                .Select(trade => trade.Id).Append(_ledger.MaxTradeId(symbol.Name)).Max();
            var quantity = Amount.Format(symbol.QuantityStep * symbol.MinimumSteps);
            var tradeIds = new List<long>();
            foreach (var (account, order) in new[]
            {
                (seller, new[] { ("side", "SELL"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", Amount.Format(symbol.Reference)) }),
                (buyer, new[] { ("side", "BUY"), ("type", "MARKET") }),
            })
            {
                var answer = await account.SendAsync(http, HttpMethod.Post, "/api/v3/order",
                    [("symbol", symbol.Name), .. order, ("quantity", quantity), ("newOrderRespType", "FULL")]);
                if (!answer.IsSuccess)
                {
                    Fail($"(g) {symbol.Name} probe order was refused: {answer.Body}");
                    continue;
                }

                var orderId = answer.Body.GetProperty("orderId").GetInt64();
                if (orderId <= maxOrderId)
                {
                    Fail($"(g) {symbol.Name} new order id {orderId} is not above {maxOrderId}, the largest seen before");
                }

                tradeIds.AddRange(answer.Body.GetProperty("fills").EnumerateArray().Select(fill => fill.GetProperty("tradeId").GetInt64()));
            }

            if (tradeIds.Count == 0)
            {
                Fail($"(g) {symbol.Name} probe orders did not trade, so the trade ids could not be checked");
            }

            foreach (var tradeId in tradeIds.Where(tradeId => tradeId <= maxTradeId))
            {
                Fail(string.Create(CultureInfo.InvariantCulture, $"(g) {symbol.Name} new trade id {tradeId} is not above {maxTradeId}, the largest seen before"));
            }
        }
    }
}
