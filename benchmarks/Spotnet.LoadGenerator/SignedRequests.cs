using System.Globalization;
using System.Text;
using Spotnet.Protocol.Signing;

namespace Spotnet.LoadGenerator;

/// <summary>
/// Pre-signed HMAC requests, a pool per connection (one account each), re-signed with a fresh timestamp every second in
/// the background so that signing stays off the measured path and timestamps stay inside <c>recvWindow</c>.
/// </summary>
internal sealed class SignedRequests : IDisposable
{
    /// <summary>Distinct requests per connection.</summary>
    public const int PoolSize = 64;

    private const string Symbol = "BTCUSDT";
    private const string Quantity = "0.00020";
    private const string BuyPrice = "60000.00";
    private const string SellPrice = "70000.00";

    private readonly IReadOnlyList<BenchAccount> _accounts;
    private readonly string _host;
    private readonly bool _inBody;
    private readonly string _requestLine;
    private readonly Func<int, long, int, QueryStringBuilder> _parameters;
    private readonly Timer _timer;
    private byte[][][] _pools;
    private long _generation;

    private SignedRequests(
        IReadOnlyList<BenchAccount> accounts, string host, string method, string path,
        Func<int, long, int, QueryStringBuilder> parameters)
    {
        _accounts = accounts;
        _host = host;
        _inBody = method == "POST";
        _requestLine = $"{method} {path}";
        _parameters = parameters;
        _pools = SignAll();
        _timer = new Timer(_ => Volatile.Write(ref _pools, SignAll()), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>
    /// <c>POST /api/v3/order</c> (form body), LIMIT IOC on BTCUSDT, alternating a BUY below and a SELL above the
    /// reference price, each with its own <c>newClientOrderId</c>, <c>newOrderRespType=RESULT</c>.
    /// </summary>
    /// <remarks>
    /// On the empty book (market simulation off) each order goes through authentication, filters, balance locking and
    /// the engine, then expires without a trade: nothing rests, so the per-symbol open-order limit never fills up
    /// however long the run.
    /// </remarks>
    public static SignedRequests Orders(IReadOnlyList<BenchAccount> accounts, string host) =>
        new(accounts, host, "POST", "/api/v3/order", static (connection, generation, index) =>
        {
            var buy = index % 2 == 0;
            return new QueryStringBuilder()
                .Add("symbol", Symbol)
                .Add("side", buy ? "BUY" : "SELL")
                .Add("type", "LIMIT")
                .Add("timeInForce", "IOC")
                .Add("quantity", Quantity)
                .Add("price", buy ? BuyPrice : SellPrice)
                .Add("newClientOrderId", string.Create(CultureInfo.InvariantCulture, $"load-{connection}-{generation}-{index}"))
                .Add("newOrderRespType", "RESULT")
                .Add("recvWindow", 60000)
                .Add("timestamp", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        });

    /// <summary>
    /// <c>GET /api/v3/rateLimit/order</c>: a signed USER_DATA read with a small answer that does not go through the
    /// engine queue, to separate the signed pipeline's cost from the order's.
    /// </summary>
    public static SignedRequests OrderRateLimitReads(IReadOnlyList<BenchAccount> accounts, string host) =>
        new(accounts, host, "GET", "/api/v3/rateLimit/order", static (_, _, _) => new QueryStringBuilder()
            .Add("recvWindow", 60000)
            .Add("timestamp", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));

    /// <summary>Request number <paramref name="sequence"/> on connection <paramref name="connection"/>.</summary>
    public ReadOnlyMemory<byte> Get(int connection, long sequence) =>
        Volatile.Read(ref _pools)[connection][sequence % PoolSize];

    public void Dispose() => _timer.Dispose();

    private byte[][][] SignAll()
    {
        var generation = Interlocked.Increment(ref _generation);
        var pools = new byte[_accounts.Count][][];
        for (var connection = 0; connection < _accounts.Count; connection++)
        {
            var account = _accounts[connection];
            var pool = new byte[PoolSize][];
            for (var i = 0; i < PoolSize; i++)
            {
                var signed = _parameters(connection, generation, i).ToSignedString(account.SecretKey);
                pool[i] = Encoding.ASCII.GetBytes(_inBody
                    ? $"{_requestLine} HTTP/1.1\r\nHost: {_host}\r\nX-MBX-APIKEY: {account.ApiKey}\r\n" +
                      $"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {signed.Length}\r\n\r\n{signed}"
                    : $"{_requestLine}?{signed} HTTP/1.1\r\nHost: {_host}\r\nX-MBX-APIKEY: {account.ApiKey}\r\n\r\n");
            }

            pools[connection] = pool;
        }

        return pools;
    }
}
