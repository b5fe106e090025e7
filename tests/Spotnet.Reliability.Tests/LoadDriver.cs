using System.Globalization;
using System.Text.Json;

namespace Spotnet.Reliability.Tests;

/// <summary>
/// Drives the server with one worker per account, each sending a seeded random stream of LIMIT (GTC, IOC, FOK),
/// MARKET, oversized (refused) buys, cancel and cancel-replace requests one after another, and records every answer in a
/// <see cref="Ledger"/>.
/// The seed fixes each worker's stream; how the workers interleave is up to the scheduler.
/// </summary>
public sealed class LoadDriver
{
    private readonly HttpClient _http;
    private readonly IReadOnlyList<TradingAccount> _accounts;
    private readonly IReadOnlyList<MarketSymbol> _symbols;
    private readonly Ledger _ledger;
    private readonly int _seed;

    /// <summary>Creates the driver.</summary>
    public LoadDriver(HttpClient http, IReadOnlyList<TradingAccount> accounts, IReadOnlyList<MarketSymbol> symbols, Ledger ledger, int seed)
    {
        _http = http;
        _accounts = accounts;
        _symbols = symbols;
        _ledger = ledger;
        _seed = seed;
    }

    /// <summary>Runs every worker until <paramref name="stop"/> is cancelled; each finishes its current request first.</summary>
    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(_accounts.Select(account => Task.Run(() => WorkAsync(account, stop), CancellationToken.None)));

    private async Task WorkAsync(TradingAccount account, CancellationToken stop)
    {
        var random = new Random(unchecked((_seed * 7919) + account.Index));
        var open = new List<(MarketSymbol Symbol, long OrderId)>();
        var sequence = 0;
        string NextId() => string.Create(CultureInfo.InvariantCulture, $"s{(uint)_seed:x}a{account.Index}n{sequence++}");

        // A worker stops at its first request without an answer, as a bot that lost the server would: that request
        // is the one in flight when the server died, and its outcome is unknown.
        while (!stop.IsCancellationRequested && !_ledger.LostAnswer(account.Index))
        {
            var roll = random.Next(100);
            if (roll >= 65 && open.Count > 0)
            {
                var target = open[random.Next(open.Count)];
                open.Remove(target);
                if (roll < 85)
                {
                    await CancelAsync(account, target.Symbol, target.OrderId, NextId());
                }
                else
                {
                    await CancelReplaceAsync(account, target.Symbol, target.OrderId, NextId(), NextId(), random, open);
                }

                continue;
            }

            var symbol = _symbols[random.Next(_symbols.Count)];
            // Rolls 25-26 are buys far beyond the balance: the engine refuses them (-2010), and a refusal must leave no trace.
            var oversized = roll is >= 25 and < 27;
            var side = oversized || random.Next(2) == 0 ? "BUY" : "SELL";
            var quantity = Amount.Format(symbol.RandomQuantity(random));
            var price = Amount.Format(symbol.RandomPrice(random));
            (string, string)[] order = roll switch
            {
                < 10 => [("type", "LIMIT"), ("timeInForce", "IOC"), ("quantity", quantity), ("price", price)],
                < 15 => [("type", "LIMIT"), ("timeInForce", "FOK"), ("quantity", quantity), ("price", price)],
                < 25 => [("type", "MARKET"), ("quantity", quantity)],
                < 27 => [("type", "LIMIT"), ("timeInForce", "GTC"), ("quantity", Amount.Format(symbol.OversizedQuantity)), ("price", price)],
                _ => [("type", "LIMIT"), ("timeInForce", "GTC"), ("quantity", quantity), ("price", price)],
            };
            await PlaceAsync(account, symbol, side, order, NextId(), open);
        }
    }

    private async Task PlaceAsync(
        TradingAccount account, MarketSymbol symbol, string side, (string, string)[] order, string clientOrderId,
        List<(MarketSymbol Symbol, long OrderId)> open)
    {
        (string, string)[] parameters =
        [
            ("symbol", symbol.Name), ("side", side), .. order, ("newClientOrderId", clientOrderId), ("newOrderRespType", "FULL"),
        ];
        var answer = await TrySendAsync(account, HttpMethod.Post, "/api/v3/order", parameters);
        var sent = new SentOrder(account.Index, symbol.Name, clientOrderId, "");
        if (answer is null || answer.IsExecutionUnknown)
        {
            _ledger.Unknown.Enqueue(sent with { Detail = answer is null ? "no answer" : answer.Body.ToString() });
        }
        else if (!answer.IsSuccess)
        {
            _ledger.Rejected.Enqueue(sent with { Detail = answer.Body.ToString() });
        }
        else
        {
            Acknowledge(account, symbol, answer.Body, "placement", open);
        }
    }

    private async Task CancelAsync(TradingAccount account, MarketSymbol symbol, long orderId, string cancelClientOrderId)
    {
        // A cancel renames the order to its own client id; named before sending, since an unanswered cancel may have done it.
        _ledger.Name(symbol.Name, orderId, cancelClientOrderId);
        var answer = await TrySendAsync(account, HttpMethod.Delete, "/api/v3/order", [
            ("symbol", symbol.Name), ("orderId", orderId.ToString(CultureInfo.InvariantCulture)), ("newClientOrderId", cancelClientOrderId),
        ]);
        if (answer is { IsSuccess: true })
        {
            Record(account, symbol, answer.Body, "cancel");
        }
    }

    private async Task CancelReplaceAsync(
        TradingAccount account, MarketSymbol symbol, long orderId, string cancelClientOrderId, string newClientOrderId, Random random,
        List<(MarketSymbol Symbol, long OrderId)> open)
    {
        _ledger.Name(symbol.Name, orderId, cancelClientOrderId);
        var answer = await TrySendAsync(account, HttpMethod.Post, "/api/v3/order/cancelReplace", [
            ("symbol", symbol.Name), ("side", random.Next(2) == 0 ? "BUY" : "SELL"), ("type", "LIMIT"), ("timeInForce", "GTC"),
            ("quantity", Amount.Format(symbol.RandomQuantity(random))), ("price", Amount.Format(symbol.RandomPrice(random))),
            ("cancelReplaceMode", "STOP_ON_FAILURE"), ("cancelOrderId", orderId.ToString(CultureInfo.InvariantCulture)),
            ("cancelNewClientOrderId", cancelClientOrderId), ("newClientOrderId", newClientOrderId), ("newOrderRespType", "FULL"),
        ]);
        var sent = new SentOrder(account.Index, symbol.Name, newClientOrderId, "");
        if (answer is null || answer.IsExecutionUnknown)
        {
            _ledger.Unknown.Enqueue(sent with { Detail = answer is null ? "no answer" : answer.Body.ToString() });
            return;
        }

        // Success answers carry both halves at the top level; partial failures (-2021, -2022) under "data".
        var halves = answer.IsSuccess ? answer.Body : answer.Body.TryGetProperty("data", out var data) ? data : default;
        if (halves.ValueKind != JsonValueKind.Object)
        {
            _ledger.Rejected.Enqueue(sent with { Detail = answer.Body.ToString() });
            return;
        }

        if (halves.TryGetProperty("cancelResponse", out var cancel) && cancel.TryGetProperty("orderId", out _))
        {
            Record(account, symbol, cancel, "cancelReplace.cancel");
        }

        if (halves.TryGetProperty("newOrderResponse", out var placed) && placed.ValueKind == JsonValueKind.Object && placed.TryGetProperty("orderId", out _))
        {
            Acknowledge(account, symbol, placed, "cancelReplace.new", open);
        }
        else
        {
            _ledger.Rejected.Enqueue(sent with { Detail = answer.Body.ToString() });
        }
    }

    private void Acknowledge(TradingAccount account, MarketSymbol symbol, JsonElement order, string source, List<(MarketSymbol Symbol, long OrderId)> open)
    {
        var orderId = Record(account, symbol, order, source);
        _ledger.Name(symbol.Name, orderId, order.GetProperty("clientOrderId").GetString()!);
        if (order.GetProperty("status").GetString() is "NEW" or "PARTIALLY_FILLED")
        {
            open.Add((symbol, orderId));
        }

        if (order.TryGetProperty("fills", out var fills))
        {
            foreach (var fill in fills.EnumerateArray())
            {
                _ledger.Trades.Enqueue(new AckedTrade(
                    account.Index, symbol.Name, fill.GetProperty("tradeId").GetInt64(), orderId, Amount.Parse(fill, "price"), Amount.Parse(fill, "qty")));
            }
        }
    }

    private long Record(TradingAccount account, MarketSymbol symbol, JsonElement order, string source)
    {
        var orderId = order.GetProperty("orderId").GetInt64();
        _ledger.Orders.Enqueue(new AckedOrder(
            account.Index, symbol.Name, orderId, order.GetProperty("status").GetString()!, Amount.Parse(order, "executedQty"), source));
        return orderId;
    }

    /// <summary>Sends a request; null when no complete answer came (the server died or the connection broke).</summary>
    private async Task<ApiAnswer?> TrySendAsync(TradingAccount account, HttpMethod method, string path, (string Name, string Value)[] parameters)
    {
        try
        {
            var answer = await account.SendAsync(_http, method, path, parameters);
            _ledger.CountAnswered();
            return answer;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException or JsonException)
        {
            _ledger.CountUnanswered(account.Index);
            return null;
        }
    }
}
