using System.Globalization;
using System.Text;
using Spotnet.Protocol.Signing;

namespace Spotnet.LoadGenerator;

/// <summary>
/// Pre-signed <c>POST /api/v3/order</c> requests, a pool per connection, re-signed with a fresh timestamp every
/// second in the background so that signing stays off the measured path and timestamps stay inside
/// <c>recvWindow</c>.
/// </summary>
/// <remarks>
/// The orders are LIMIT IOC on an empty book (the market simulation is off), alternating a BUY below and a SELL above
/// the reference price: each goes through authentication, filters, balance locking and the engine, then expires
/// without a trade, so nothing rests and the per-symbol open-order limit never fills up however long the run.
/// </remarks>
internal sealed class SignedOrderRequests : IDisposable
{
    /// <summary>Distinct requests per connection; each carries its own <c>newClientOrderId</c>.</summary>
    public const int PoolSize = 64;

    private const string Symbol = "BTCUSDT";
    private const string Quantity = "0.00020";
    private const string BuyPrice = "60000.00";
    private const string SellPrice = "70000.00";

    private readonly IReadOnlyList<BenchAccount> _accounts;
    private readonly string _host;
    private readonly Timer _timer;
    private byte[][][] _pools;
    private long _generation;

    /// <summary>Signs the first pools now (one account per connection) and starts re-signing every second.</summary>
    public SignedOrderRequests(IReadOnlyList<BenchAccount> accounts, string host)
    {
        _accounts = accounts;
        _host = host;
        _pools = SignAll();
        _timer = new Timer(_ => Volatile.Write(ref _pools, SignAll()), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>Request number <paramref name="sequence"/> on connection <paramref name="connection"/>.</summary>
    public ReadOnlyMemory<byte> Get(int connection, long sequence) =>
        Volatile.Read(ref _pools)[connection][sequence % PoolSize];

    public void Dispose() => _timer.Dispose();

    private byte[][][] SignAll()
    {
        var generation = Interlocked.Increment(ref _generation);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var pools = new byte[_accounts.Count][][];
        for (var connection = 0; connection < _accounts.Count; connection++)
        {
            var account = _accounts[connection];
            var pool = new byte[PoolSize][];
            for (var i = 0; i < PoolSize; i++)
            {
                var buy = i % 2 == 0;
                var body = new QueryStringBuilder()
                    .Add("symbol", Symbol)
                    .Add("side", buy ? "BUY" : "SELL")
                    .Add("type", "LIMIT")
                    .Add("timeInForce", "IOC")
                    .Add("quantity", Quantity)
                    .Add("price", buy ? BuyPrice : SellPrice)
                    .Add("newClientOrderId", string.Create(CultureInfo.InvariantCulture, $"load-{connection}-{generation}-{i}"))
                    .Add("newOrderRespType", "RESULT")
                    .Add("recvWindow", 60000)
                    .Add("timestamp", timestamp)
                    .ToSignedString(account.SecretKey);
                pool[i] = Encoding.ASCII.GetBytes(
                    "POST /api/v3/order HTTP/1.1\r\n" +
                    $"Host: {_host}\r\n" +
                    $"X-MBX-APIKEY: {account.ApiKey}\r\n" +
                    "Content-Type: application/x-www-form-urlencoded\r\n" +
                    $"Content-Length: {body.Length}\r\n" +
                    "\r\n" +
                    body);
            }

            pools[connection] = pool;
        }

        return pools;
    }
}
