using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Signing;
using Spotnet.Server.Api;
using Spotnet.Server.Configuration;

namespace Spotnet.Benchmarks.Server;

/// <summary>What the REST pipeline does to a signed order before its handler: split, verify the HMAC, check the grammar.</summary>
[MemoryDiagnoser]
public class RequestFrontBenchmarks
{
    private const string Secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    private readonly SymbolCatalog _symbols = new(DefaultMarket.Symbols());
    private readonly SignatureVerifier _verifier = SignatureVerifier.ForHmacSecret(Encoding.ASCII.GetBytes(Secret));
    private ApiRoute _route = null!;
    private string _query = "";

    [GlobalSetup]
    public void Setup()
    {
        var unsigned = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01000&price=65000.00&recvWindow=5000&timestamp=1499827319559";
        _query = unsigned + "&signature=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.ASCII.GetBytes(Secret), Encoding.ASCII.GetBytes(unsigned)));
        var table = new ApiRouteTable().Map(
            EndpointId.NewOrder, _ => throw new InvalidOperationException(),
            ParameterSpec.Enum("side", true, SpotError.InvalidSide, "BUY", "SELL"),
            ParameterSpec.Enum("type", true, SpotError.InvalidOrderType, "LIMIT", "MARKET"),
            ParameterSpec.Enum("timeInForce", false, SpotError.InvalidTimeInForce, "GTC", "IOC", "FOK"));
        _route = table.Find("POST", "/api/v3/order")!;
    }

    [GlobalCleanup]
    public void Cleanup() => _verifier.Dispose();

    [Benchmark]
    public bool ParseVerifyValidate()
    {
        var parameters = RequestParameters.Parse(_query, []);
        return parameters.VerifySignature(_verifier) && ParameterValidator.Validate(_route, parameters, _symbols) is null;
    }

    [Benchmark]
    public int ParseOnly() => RequestParameters.Parse(_query, []).Effective.Count;
}
