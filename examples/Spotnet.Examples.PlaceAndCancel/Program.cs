// Places a limit buy far below the market on a local Spotnet, reads it back and cancels it.
//
//   BINANCE_API_KEY=... BINANCE_API_SECRET=... dotnet run --project examples/Spotnet.Examples.PlaceAndCancel -- http://127.0.0.1:8080 BTCUSDT
//
// BINANCE_API_SECRET may hold an HMAC secret or a private-key PEM; BINANCE_PRIVATE_KEY_PATH may name a key file instead.
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spotnet.Client;
using Spotnet.Client.Credentials;
using Spotnet.Client.Errors;
using Spotnet.Client.Requests;
using Spotnet.Protocol.Enums;

var baseUri = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:8080");
var symbol = args.Length > 1 ? args[1] : "BTCUSDT";
var webSocketBase = new UriBuilder(baseUri) { Scheme = baseUri.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" }.Uri;

var services = new ServiceCollection();
services.AddSpotRestClient(options =>
{
    options.Environment = SpotEnvironment.Custom(baseUri, new Uri(webSocketBase, "/ws-api/v3"), webSocketBase);
    options.Credentials = SpotCredentials.FromEnvironment();
});
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<SpotRestClient>();

var exchangeInfo = await client.GetExchangeInfoAsync(new ExchangeInfoRequest { Symbol = symbol });
var rules = SymbolRules.From(exchangeInfo, symbol);
var book = await client.GetOrderBookAsync(new OrderBookRequest(symbol) { Limit = 5 });
var reference = book.Bids.Count > 0 ? book.Bids[0].Price : (await client.GetAveragePriceAsync(new SymbolRequest(symbol))).Price;

// Half the best bid rests on the book without filling; round to the symbol's tick and step.
var price = rules.RoundPrice(reference / 2);
var quantity = rules.RoundQuantity(Math.Max(rules.LotSize?.MinimumQuantity ?? 0m, (rules.Notional?.MinimumNotional ?? 10m) * 2 / price));
var order = NewOrder.Limit(symbol, OrderSide.Buy, quantity, price);
rules.EnsureValid(order);

try
{
    var placed = await client.PlaceOrderAsync(order);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"placed {placed.OrderId} ({placed.ClientOrderId}): {placed.Status} {quantity} @ {price}"));
}
catch (SpotExecutionUnknownException unknown)
{
    // The answer was lost: ask the server whether the order exists before doing anything else.
    var found = await client.ResolveOrderAsync(symbol, unknown.ClientOrderId!);
    Console.WriteLine(found is null ? "the order was not placed" : $"the order was placed: {found.OrderId} {found.Status}");
    if (found is null)
    {
        return;
    }
}

var queried = await client.GetOrderAsync(QueryOrder.ByClientOrderId(symbol, order.ClientOrderId));
Console.WriteLine($"queried {queried.OrderId}: {queried.Status}");
var canceled = await client.CancelOrderAsync(CancelOrder.ByClientOrderId(symbol, order.ClientOrderId));
Console.WriteLine($"canceled {canceled.OrderId}: {canceled.Status}");
